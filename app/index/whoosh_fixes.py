"""Fixes to whoosh-reloaded 2.7.5, which is frozen upstream and ours to maintain.

``BufferFile`` wraps a segment's memory-mapped bytes in ``io.BytesIO``, which *copies*
them: opening an index then costs as much RAM as the index is large. ``ViewFile`` reads
the same bytes through the memoryview without a copy, so the operating system's page
cache holds the index, as the mmap intended.
"""

from __future__ import annotations

import os

from whoosh.filedb import structfile


class ViewFile:
    """The file methods ``StructFile`` needs, over a buffer, without copying it."""

    def __init__(self, buf) -> None:
        self._view = memoryview(buf)
        self._pos = 0

    def read(self, size: int | None = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._pos + size
        data = bytes(self._view[self._pos : end])
        self._pos += len(data)
        return data

    def peek(self, size: int = 0) -> memoryview:
        """What ``read`` would return next, without moving or copying: pickle's loader
        reads ahead with it, so a block header is one call instead of one per opcode."""
        return self._view[self._pos : self._pos + max(size, 1)]

    def readline(self, size: int | None = -1) -> bytes:
        rest = self._view[self._pos :]
        newline = bytes(rest[: size if size and size > 0 else len(rest)]).find(b"\n")
        return self.read(newline + 1 if newline >= 0 else size)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: len(self._view)}[whence]
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view.release()

    def flush(self) -> None:
        pass


def _buffer_file_init(self, buf, name=None, onclose=None) -> None:
    self._buf = buf
    self._name = name
    self.file = ViewFile(buf)
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


def apply() -> None:
    structfile.BufferFile.__init__ = _buffer_file_init
