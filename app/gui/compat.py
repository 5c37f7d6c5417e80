"""Work-arounds for the Qt binding in use, each with the reason and when to drop it.

PySide6 6.12 on CPython 3.11: every call of a ``void`` Qt method (``painter.setPen``,
``save``/``restore`` …) and every invalid ``QVariant`` converted to Python releases one
reference to ``None`` (or ``True``/``False``) that it never took. From CPython 3.12 on
these are immortal and nothing happens; on 3.11 the count reaches zero after some ten
thousand paints and the interpreter aborts with "Fatal Python error: none_dealloc".
``None`` is never freed, so giving it a large reserve of references is harmless and
keeps the application alive.
Drop this when the project requires Python 3.12 or the binding is fixed.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def protect_none_refcount() -> None:
    """Top up the reference counts of ``None``, ``True`` and ``False`` (CPython < 3.12)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < RESERVE:
            ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
