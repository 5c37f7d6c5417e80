"""Source profiles from YAML (built-in and user), and the no-Qt rule."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.importers import extract, load_profiles
from app.model import Extracted

STORY = (
    "Hafen erweitert Terminal\n\n"
    "KLAIPĖDA, 4. Juni (ELTA) – Der Hafen von Klaipėda erweitert sein Containerterminal, "
    "teilte die Hafenverwaltung am Mittwoch mit. Die Kapazität soll um ein Drittel steigen.\n"
    "Sekite mus\n"
)


def test_builtin_profiles_load() -> None:
    names = {p.name for p in load_profiles()}
    assert {"BelTA", "Kazinform", "TASS", "Reuters", "dpa", "AFP", "AP", "Interfax",
            "RIA Novosti", "Xinhua"} <= names  # fmt: skip


def test_user_profile_adds_an_agency_with_boilerplate(tmp_path: Path) -> None:
    (tmp_path / "elta.yaml").write_text(
        "name: ELTA\naliases: [ELTA]\ndateline: ['\\(ELTA\\)']\n"
        "boilerplate: ['^Sekite mus$']\nlanguage: lt\nsection: Ekonomika\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    profiles = load_profiles(tmp_path)
    [item] = extract("h.txt", STORY.encode(), profiles=profiles)
    assert isinstance(item, Extracted)
    art = item.article
    assert (art.source, art.dateline, art.section) == ("ELTA", "Klaipėda", "Ekonomika")
    assert "Sekite mus" not in art.body


def test_user_profile_overrides_a_builtin(tmp_path: Path) -> None:
    (tmp_path / "dpa.yaml").write_text(
        "name: dpa\ndateline: ['\\(dpa\\)']\nsection: Nachrichten\n", encoding="utf-8"
    )
    dpa = [p for p in load_profiles(tmp_path) if p.name == "dpa"]
    assert len(dpa) == 1 and dpa[0].section == "Nachrichten"


def test_importers_never_import_qt() -> None:
    code = (
        "import sys, app.importers as m\n"
        "from app.importers import html, mail, pdf, office, records, zipped\n"
        "m.extract('a.txt', b'Titel\\n\\nBerlin (dpa) - Ein kurzer Text mit genug Worten hier.')\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
