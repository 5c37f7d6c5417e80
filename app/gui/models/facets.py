"""The sidebar's tree: saved searches, the facets of the current query (tags as a
hierarchy), and the trash. Rebuilt from plain data after each search."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from app.gui import facet_query
from app.gui.resources import icon

KindRole = Qt.ItemDataRole.UserRole + 1  # "section", "saved", "facet", "trash"
FieldRole = Qt.ItemDataRole.UserRole + 2
ValueRole = Qt.ItemDataRole.UserRole + 3
StateRole = Qt.ItemDataRole.UserRole + 4

#: facet key of the search result → (heading, query field, icon)
SECTIONS = (
    ("tags", "Tags", "tag", "tag"),
    ("sources", "Sources", "source", "source"),
    ("languages", "Languages", "lang", "language"),
    ("years", "Years", "date", "calendar"),
)
MAX_VALUES = 40
#: the entry for the matches without a value, last in its section
NONE_LABELS = {"sources": "(no source)", "tags": "(no tags)", "years": "(no date)"}
#: sections kept with only that entry when no match has a value: a search of undated
#: clippings without a source says so instead of losing its Sources and Years. Tags are
#: left out: every clipping starts untagged, and a lone "(no tags)" would head the sidebar
#: of every archive not tagged yet
SHOWN_WITHOUT_VALUES = frozenset({"sources", "years"})
LANGUAGE_NAMES = {
    "de": "German",
    "en": "English",
    "ru": "Russian",
    "fr": "French",
    "uk": "Ukrainian",
    "kk": "Kazakh",
    "es": "Spanish",
    "it": "Italian",
    "zh": "Chinese",
    "tr": "Turkish",
}


class FacetModel(QStandardItemModel):
    """Two columns: the name and the number of matching clippings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels(["Name", ""])  # no header: sized by the counts alone

    def rebuild(
        self,
        facets: dict[str, dict[str, int]],
        saved: list[tuple[str, str]],
        query: str,
        trash_count: int,
    ) -> None:
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        if saved:
            section = _section("Saved Searches", "saved", "star")
            for name, text in saved:
                item = _item(name, "saved", value=text, icon_name="search")
                item.setToolTip(text)
                section.appendRow([item, _count(None)])
            root.appendRow([section, _count(None)])
        missing = facets.get("missing") or {}
        for key, heading, field, icon_name in SECTIONS:
            values = dict(facets.get(key) or {})
            listed = {v.casefold() for v in values}
            for value in facet_query.excluded(query, field):  # "⊘ English": clicked again,
                if value and value.casefold() not in listed:  # the term goes (no match has
                    values[value] = 0  # it, so the counts never list it)
            none = missing.get(key, 0)
            named = key in NONE_LABELS and facet_query.state(query, field, "") != facet_query.ABSENT
            explained = none and key in SHOWN_WITHOUT_VALUES
            if not values and not named and not explained:
                continue  # none has one: "(no tags)" for every match would filter nothing
            section = _section(heading, key, icon_name)
            if key == "tags":
                self._tag_tree(section, values, query)
            else:
                ordered = (
                    sorted(values.items(), reverse=True)
                    if key == "years"
                    else sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
                )
                for value, count in ordered[:MAX_VALUES]:
                    label = (  # a typed '-lang:EN' is English too
                        LANGUAGE_NAMES.get(value.lower(), value) if key == "languages" else value
                    )
                    section.appendRow([_facet(label, field, value, query), _count(count)])
            if none or named:  # "(no source)": filters to them (source:""), again: excludes
                item = _facet(NONE_LABELS[key], field, "", query)
                if not named:
                    item.setForeground(QColor("#5f6368"))
                section.appendRow([item, _count(none)])
            root.appendRow([section, _count(None)])
        trash = _item("Trash", "trash", icon_name="trash")
        root.appendRow([trash, _count(trash_count or None)])

    def _tag_tree(self, section: QStandardItem, values: dict[str, int], query: str) -> None:
        items: dict[str, QStandardItem] = {}
        for name in sorted(values, key=str.casefold):
            parent_name, _, leaf = name.rpartition("/")
            item = _facet(leaf, "tag", name, query)
            parent = items.get(parent_name, section)
            parent.appendRow([item, _count(values[name])])
            items[name] = item


def _section(text: str, key: str, icon_name: str) -> QStandardItem:
    item = QStandardItem(icon(icon_name), text)
    item.setData("section", KindRole)
    item.setData(key, ValueRole)
    item.setData("", FieldRole)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold)
    item.setFont(font)
    return item


def _item(text: str, kind: str, value: str = "", icon_name: str = "") -> QStandardItem:
    item = QStandardItem(icon(icon_name), text) if icon_name else QStandardItem(text)
    item.setData(kind, KindRole)
    item.setData(value, ValueRole)
    item.setData("", FieldRole)  # never None when read back (see results.py)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _facet(label: str, field: str, value: str, query: str) -> QStandardItem:
    item = _item(label, "facet", value)
    item.setData(field, FieldRole)
    state = facet_query.state(query, field, value)
    item.setData(state, StateRole)
    item.setToolTip(f"Click: {facet_query.term(field, value)}  ·  click again: exclude")
    if state == facet_query.INCLUDE:
        item.setText(f"✓ {label}")
        font = QFont()
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
    elif state == facet_query.EXCLUDE:
        item.setText(f"⊘ {label}")
        font = QFont()
        font.setStrikeOut(True)
        item.setFont(font)
        item.setForeground(QColor("#b3261e"))
    return item


def _count(count: int | None) -> QStandardItem:
    item = QStandardItem("" if count is None else f"{count:,}")
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setForeground(QColor("#80868b"))
    return item
