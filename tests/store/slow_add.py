"""``parley`` with a pause after each stored report, for the tests that kill a run mid-way.

    python tests/store/slow_add.py SECONDS add FOLDER --db URL ...

The pause is put in by this test-only launcher (it wraps ``Store.add`` in the parent, where
the store is written), so production code carries no test hook. Pool workers are spawned and
import this file as ``__mp_main__``: the guard keeps them from running the command.
"""

from __future__ import annotations

import sys
import time
from typing import Any


def main(argv: list[str]) -> int:
    from parley.cli import main as parley_main
    from parley.store.db import Store

    pause_s = float(argv[0])
    add = Store.add

    def slow_add(self: Store, *args: Any, **kwargs: Any) -> tuple[str, str]:
        try:
            return add(self, *args, **kwargs)
        finally:
            time.sleep(pause_s)

    Store.add = slow_add  # type: ignore[method-assign]
    return parley_main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
