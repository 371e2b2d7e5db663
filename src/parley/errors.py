"""parley's exceptions.

    ParleyError                 anything parley reports to a user as one line
    ├── InputError              the input cannot be read as a report (exit status 2)
    │   ├── EmptyInput          nothing there, or only white space
    │   ├── BinaryInput         not text (NUL bytes, an image, an archive)
    │   ├── TooLarge            over the size limit
    │   ├── MalformedInput      broken JSON / JSON Lines / HTML beyond repair
    │   ├── NotAReport          text, but no article in it (no body, not English)
    │   └── NotRegularFile      a FIFO, socket or device (a symlink to /dev/zero): never read
    ├── StoreError              the store cannot be opened or written (exit status 3)
    ├── UsageError              an option or setting that cannot be used (exit status 4)
    │   └── NotFound            no stored item has that id
    └── SetupError              the installation lacks a part, or a part is damaged (exit status 5)
    Bug                         an internal invariant broke: this is a bug, please report it

Uncertainty (an unresolved speaker, an unanchored date) is never an exception: it is
a coded diagnostic on the record.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Root of the errors parley reports to a user as one line."""

    code = "E000"
    exit_status = 2

    def __str__(self) -> str:
        msg = super().__str__()
        return " ".join(msg.split())  # always one line


class InputError(ParleyError):
    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class TooLarge(InputError):
    code = "E103"


class MalformedInput(InputError):
    code = "E104"


class NotAReport(InputError):
    code = "E105"


class NotRegularFile(InputError):
    """A FIFO, socket, device or other special file: never opened for reading."""

    code = "E106"


class StoreError(ParleyError):
    code = "E200"
    exit_status = 3


class UsageError(ParleyError):
    code = "E300"
    exit_status = 4


class NotFound(UsageError):
    code = "E301"


class SetupError(ParleyError):
    """A part of the installation is missing or damaged (the parser model): the message says how to install it."""

    code = "E400"
    exit_status = 5


class Bug(Exception):
    """An internal invariant broke. Not a ParleyError: the CLI shows it as a bug."""
