"""Our fixes to Whoosh: segment files are read without being copied into memory."""

from __future__ import annotations

import io
import os

from whoosh.filedb.structfile import BufferFile

from app.index import engine  # noqa: F401  (applies the fixes)
from app.index.whoosh_fixes import ViewFile


def test_view_file_reads_like_bytes_io():
    data = b"first line\nsecond line\nrest"
    ours, theirs = ViewFile(data), io.BytesIO(data)
    for step in [
        lambda f: f.read(5),
        lambda f: f.readline(),
        lambda f: f.seek(3, os.SEEK_CUR),
        lambda f: f.tell(),
        lambda f: f.read(),
        lambda f: f.seek(-4, os.SEEK_END),
        lambda f: f.read(100),
        lambda f: f.seek(0),
        lambda f: f.readline(4),
    ]:
        assert step(ours) == step(theirs)


def test_buffer_files_share_the_mapped_bytes():
    source = bytearray(b"\x00\x01\x02\x03" * 1000)
    view = memoryview(source)
    buffer_file = BufferFile(view[4:])
    assert isinstance(buffer_file.file, ViewFile)
    source[4] = 9  # a copy would not see this
    assert buffer_file.read(1) == b"\x09"
    assert buffer_file.get_byte(1) == 1
