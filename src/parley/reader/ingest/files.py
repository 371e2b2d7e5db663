"""Reading a file that cannot hurt the machine: regular files only, never more than a limit.

A folder given to ``parley add`` may hold anything a folder can: a FIFO (opening it waits
for a writer forever), a symlink to ``/dev/zero`` (its size is 0, and reading it never
ends), a socket, a device. ``open_regular`` opens without blocking and checks, on the
open descriptor itself (so a file swapped between the check and the open is caught),
that it is a regular file; ``read_limited`` then reads in bounded chunks and stops at
``limit + 1`` bytes, whatever the size the file system claimed.

Only the standard library: ``parley.batch`` imports this in its parent process.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from parley.errors import InputError, NotRegularFile, TooLarge

CHUNK_BYTES = 1 << 16  # one read; a report is read in at most limit / 64 KiB + 1 reads


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def _refuse(path: Path, mode: int) -> NotRegularFile:
    via = " (through a symlink)" if path.is_symlink() else ""
    return NotRegularFile(f"{path}: not a regular file{via}: {_kind(mode)}, not read")


def open_regular(path: str | Path) -> BinaryIO:
    """``path`` opened for binary reading, if (after symlinks) it is a regular file.

    Raises ``NotRegularFile`` for anything else, ``InputError`` when it cannot be opened.
    Never blocks: the mode is checked before opening, and the open is non-blocking.
    """
    path = Path(path)
    try:
        mode = os.stat(path).st_mode  # follows symlinks: a link to /dev/zero is a device
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    if not stat.S_ISREG(mode):
        raise _refuse(path, mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    try:
        mode = os.fstat(fd).st_mode  # what was opened, not what was looked at
        if not stat.S_ISREG(mode):
            raise _refuse(path, mode)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_chunks(f: BinaryIO, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``f``, read ``CHUNK_BYTES`` at a time."""
    parts: list[bytes] = []
    got = 0
    while got <= limit:
        part = f.read(min(CHUNK_BYTES, limit + 1 - got))
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; ``TooLarge`` past ``limit`` bytes.

    The size the file system reports is not trusted (a file may grow while read, a
    special file reports 0): the read itself stops at ``limit + 1`` bytes.
    """
    path = Path(path)
    with open_regular(path) as f:
        try:
            size = os.fstat(f.fileno()).st_size
        except OSError:
            size = 0
        if size > limit:
            raise TooLarge(f"{path}: {size / 1e6:.1f} MB is over the {limit // 1_000_000} MB limit for one report")
        try:
            data = read_chunks(f, limit)
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    if len(data) > limit:
        raise TooLarge(f"{path}: over the {limit // 1_000_000} MB limit for one report")
    return data


def bounded_lines(f: BinaryIO, limit: int) -> Iterator[bytes]:
    """The lines of ``f``, none longer than ``limit + 1`` bytes: a longer line is cut to
    ``limit + 1`` (so the caller sees it is over) and the rest of it is skipped unread
    into memory."""
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line, a chunk at a time
                rest = f.readline(CHUNK_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line
