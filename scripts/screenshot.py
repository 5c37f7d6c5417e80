"""Render the main window with the sample clippings to a PNG (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py docs/screenshot.png

Imports ``resources/samples`` into a temporary archive, tags a few articles, runs a
sample query, selects a hit and saves ``window.grab()``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERY = "export OR gas OR grain"


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
    from PySide6.QtCore import QCoreApplication, QSettings

    from app.archive import Archive
    from app.gui.application import make_application
    from app.gui.resources import samples_dir
    from app.gui.shell import Shell

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        os.environ["CLIPPINGS_CONFIG_DIR"] = tmp
        app = make_application()
        QCoreApplication.setApplicationName("ClippingsScreenshot")
        archive = Archive.open(Path(tmp) / "archive")
        results = archive.import_paths([samples_dir()])
        ids = [r.id for r in results if r.id is not None]
        for article in archive.get_many(ids):
            text = f"{article.title} {article.body}".lower()
            names = []
            if any(w in text for w in ("kazakh", "astana", "almaty")):
                names.append("Region/Kazakhstan")
            if any(w in text for w in ("gas", "oil", "energy", "pipeline")):
                names.append("Topic/Energy")
            if any(w in text for w in ("grain", "wheat", "milk", "export")):
                names.append("Topic/Trade")
            if names:
                archive.tag([article.id], add=names)
        archive.set_tag_color("Region", "#9fc5e8")
        archive.set_tag_color("Topic/Energy", "#f9cb9c")
        archive.set_tag_color("Topic/Trade", "#b6d7a8")
        archive.save_search("Energy in Central Asia", "tag:Topic/Energy")

        shell = Shell()
        window = shell.window
        window.resize(1440, 860)
        window.show()
        shell.attach(archive)

        def settle(seconds: float = 2.0) -> None:
            deadline = time.perf_counter() + seconds
            while time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.01)
            while shell.session.tasks.pending or not shell.search.idle:
                app.processEvents()

        settle(1.0)
        window.search_bar.set_text(QUERY)
        settle(1.0)
        row = 1 if shell.model.rowCount() > 1 else 0
        window.results.select_row(row)
        settle(1.0)
        shell.reader.next_hit()
        window.results.table.setFocus()
        settle(0.5)
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(
            f"{out}: {shell.model.rowCount()} hits for {QUERY!r}, "
            f"{len(ids)} sample clippings imported"
        )
        window.close()
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
