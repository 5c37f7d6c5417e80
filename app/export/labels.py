"""The words a press review prints (title, contents, counts), in German, English or
Russian: ``resources/review_labels.yaml``. The app's own interface is English; a review is
handed on to readers, so it speaks the user's language (the GUI's locale, the command
line's ``--language`` or environment)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from app.config import read_yaml

LABELS_FILE = Path(__file__).resolve().parents[2] / "resources" / "review_labels.yaml"
DEFAULT = "en"


@cache
def _table() -> dict[str, dict]:
    data = read_yaml(LABELS_FILE)
    return data if isinstance(data, dict) else {}


def languages() -> tuple[str, ...]:
    return tuple(_table())


def review_language(name: str | None) -> str:
    """The labels' language of a locale or language name ('de_DE.UTF-8', 'ru-RU', 'de'):
    one the labels have, else English."""
    code = (name or "").strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return code if code in _table() else DEFAULT


def environment_language() -> str:
    """The user's language as the environment gives it to programs' messages (LANGUAGE's
    first choice, LC_ALL, LC_MESSAGES, LANG), for the command line."""
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(key, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return review_language(value)
    return DEFAULT


def label(language: str, key: str, **values: object) -> str:
    """The label ``key`` in ``language`` (English where it lacks it), filled in."""
    table = _table()
    text = table.get(language, {}).get(key) or table[DEFAULT][key]
    if isinstance(text, list):
        text = text[_plural(language, int(values.get("n", 0)), len(text))]
    return str(text).format(**values)


def _plural(language: str, n: int, forms: int) -> int:
    """Which plural form a number takes: Russian one (1, 21), few (2-4, 22-24), many."""
    if language == "ru" and forms == 3:
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else min(1, forms - 1)
