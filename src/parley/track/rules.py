"""The version of the merge rules, apart from the rules themselves.

A store built under another version says a retrack is due (``store.tracked``): every
query reads this, so it sits where reading it imports nothing of the merge.
"""

# Bump when a rule changes what the merge gives: a store built under another version
# says a retrack is due (and rebuilds its tracked tables).
RULES_VERSION = "track-7"
