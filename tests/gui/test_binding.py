"""The Qt binding must not release references it never took (PySide6 6.12.0 did)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPen
    app = QGuiApplication([])
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(20000):
        painter.setPen(QPen())
        painter.save()
        painter.restore()
        QModelIndex().data()
    painter.end()
    print(sys.getrefcount(None) - before)
    """
)


def test_void_calls_keep_none_alive():
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert int(proc.stdout.strip()) > -1000  # immortal on 3.12+; never drained on 3.11
