"""A search never loads the extractors: they cost about 0.8 s of CPU per command-line search
(half of it) and a search needs only the source profiles' names."""

import subprocess
import sys
import textwrap
from pathlib import Path


def test_opening_an_archive_and_searching_loads_no_extractor(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from app.archive import Archive
        with Archive.open({str(tmp_path / "arch")!r}) as archive:
            archive.search("source:dpa Regierung")
        loaded = sorted(m for m in sys.modules if m.startswith("app.import"))
        print(" ".join(loaded))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "app.importers.compose" not in out and "app.importing" not in out, out
    assert "app.importers.profiles" in out  # the aliases of `source:` came from the profiles
