"""``parley serve``: the dashboard and its JSON API over the store (see ``app.create_app``).

Imports only ``parley.service``, ``parley.model`` and ``parley.errors`` of parley's own:
everything shown comes from a service function.
"""
