"""Model checks (qtmodeltester), lazy fetching, facet query editing, the sidebar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui import facet_query
from app.gui.models.facets import FacetModel, KindRole
from app.gui.models.results import PAGE, LoadedRole, ResultsModel
from app.model import Hit
from app.query import parse
from app.query.ast import And, Or, Term
from tests.gui.conftest import wait_idle


def fake_fetch(ids, query):
    return [
        Hit(
            i,
            f"Title {i}",
            "Reuters",
            None,
            "en",
            ["Region/Kazakhstan"],
            f"about <b>{query}</b>",
            1.0,
        )
        for i in ids
    ]


def test_results_model_passes_modeltester(qtmodeltester):
    model = ResultsModel(fake_fetch)
    model.set_result(list(range(1, 251)), "wheat")
    qtmodeltester.check(model)
    assert model.index(249, 0).data() == "Title 250"


def test_results_model_fetches_only_the_pages_asked_for():
    asked: list[list[int]] = []

    def fetch(ids, query):
        asked.append(list(ids))
        return fake_fetch(ids, query)

    model = ResultsModel(fetch)
    model.set_result(list(range(100_000)), "q")
    assert model.rowCount() == 100_000
    assert model.index(50_050, 0).data() == "Title 50050"
    assert asked == [list(range(50_000, 50_000 + PAGE))]
    assert model.index(0, 0).data(LoadedRole) is True
    assert len(asked) == 2


def test_newer_rows_repaint_only_their_rows(qtbot):
    model = ResultsModel(fake_fetch)
    model.set_result(list(range(100_000)), "q", fake_fetch([0, 1, 2], "q"))
    changed: list[tuple[int, int]] = []

    def record(first, last, _roles=()) -> None:
        changed.append((first.row(), last.row()))

    model.dataChanged.connect(record)
    marked = fake_fetch([1, 2, -5], "marked")  # -5: an id the list does not show
    with qtbot.waitSignal(model.rows_loaded) as loaded:
        model.update_hits(marked)
    assert changed == [(1, 2)]
    assert loaded.args == [[1, 2, -5]]
    assert model.hit(1).snippet == "about <b>marked</b>"
    assert model.hit(0).snippet == "about <b>q</b>"
    model.refresh_ids([99_999])  # the other caller of the row lookup: the last row
    assert changed[-1] == (99_999, 99_999)


def test_background_fetch_drops_rows_of_an_old_search(qtbot, shell):
    model = shell.model
    model.set_result([1, 2, 3], "wheat")
    assert model.index(0, 0).data() == "Loading…"
    model.set_result([4], "")  # a new search before the rows arrived
    wait_idle(qtbot, shell)
    assert model.rowCount() == 1
    assert model.index(0, 0).data(LoadedRole) is True


def test_facet_model_passes_modeltester(qtmodeltester):
    model = FacetModel()
    facets = {
        "tags": {"Region": 3, "Region/Kazakhstan": 2, "Region/Uzbekistan": 1},
        "sources": {"Reuters": 2},
        "languages": {"en": 3},
        "years": {"2025": 3},
    }
    model.rebuild(facets, [("Grain", "wheat")], "tag:Region", 0)
    qtmodeltester.check(model)
    tags = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == "Tags"
    )
    region = model.index(0, 0, tags)
    assert region.data() == "✓ Region"  # included in the query
    assert model.rowCount(region) == 2
    assert model.index(model.rowCount() - 1, 0).data(KindRole) == "trash"


def test_facet_clicks_include_exclude_remove():
    q = facet_query.toggle("wheat", "tag", "Region/Kazakhstan")
    assert q == "wheat tag:Region/Kazakhstan"
    q = facet_query.toggle(q, "tag", "Region/Kazakhstan")
    assert q == "wheat -tag:Region/Kazakhstan"
    assert facet_query.state(q, "tag", "Region/Kazakhstan") == facet_query.EXCLUDE
    assert facet_query.toggle(q, "tag", "Region/Kazakhstan") == "wheat"
    assert facet_query.toggle("", "source", "RIA Novosti") == 'source:"RIA Novosti"'
    assert facet_query.state("tag:Region/Kazakhstan", "tag", "Region") == facet_query.ABSENT


def test_a_filter_typed_by_hand_is_the_facets_in_any_case_or_quoting():
    """The search reads 'tag:watch' and 'lang:EN' as the facets 'Watch' and 'en': a click
    on them excludes the typed term (it added a second one, then 'tag:watch -tag:Watch')."""
    assert facet_query.state("wheat tag:watch", "tag", "Watch") == facet_query.INCLUDE
    assert facet_query.toggle("wheat tag:watch", "tag", "Watch") == "wheat -tag:watch"
    assert facet_query.toggle("wheat -tag:watch", "tag", "Watch") == "wheat"
    assert facet_query.toggle("LANG:EN", "lang", "en") == "-LANG:EN"
    assert facet_query.toggle('source:"Reuters" x', "source", "Reuters") == '-source:"Reuters" x'
    assert facet_query.excluded("a -Tag:watch", "tag") == ["watch"]
    assert facet_query.state("tag:Watchlist", "tag", "Watch") == facet_query.ABSENT


def test_a_value_excluded_by_hand_is_listed_once_under_its_name(qapp):
    model = FacetModel()
    model.rebuild({"languages": {"de": 2}, "tags": {"Watch": 1}}, [], "-lang:EN -tag:watch", 0)
    labels = [
        model.index(r, 0, model.index(s, 0)).data()
        for s in range(model.rowCount())
        for r in range(model.rowCount(model.index(s, 0)))
    ]
    assert "⊘ English" in labels and "⊘ Watch" in labels
    assert "⊘ watch" not in labels


def test_a_facet_filters_every_branch_of_an_or_query():
    """OR binds tighter than AND, so the filter appended to an OR query filters both words."""
    q = facet_query.toggle("Korridor OR коридор", "lang", "ru")
    assert q == "Korridor OR коридор lang:ru"
    assert parse(q) == And((Or((Term("Korridor"), Term("коридор"))), Term("ru", "lang")))
    q = facet_query.toggle(q, "source", "Trend")
    assert q == "Korridor OR коридор lang:ru source:Trend"
    assert facet_query.toggle("(a OR b) c", "lang", "de") == "(a OR b) c lang:de"
    assert facet_query.toggle("a OR", "lang", "de") == "a OR lang:de"  # invalid: as typed


def test_sidebar_click_filters_and_the_bar_shows_the_query(qtbot, archive, shell):
    archive.tag([1, 4], add=["Region/Kazakhstan"])
    shell.search.refresh()
    wait_idle(qtbot, shell)
    shell.sidebar.toggle_facet("tag", "Region/Kazakhstan")
    wait_idle(qtbot, shell)
    assert shell.window.search_bar.text() == "tag:Region/Kazakhstan"
    assert shell.model.rowCount() == 2
    shell.sidebar.toggle_facet("tag", "Region/Kazakhstan")
    wait_idle(qtbot, shell)
    assert shell.window.search_bar.text() == "-tag:Region/Kazakhstan"
    assert shell.model.rowCount() == 2


def test_saved_search_and_trash_in_sidebar(qtbot, archive, shell):
    shell.window.search_bar.set_text("wheat")
    wait_idle(qtbot, shell)
    shell.sidebar.save_search("Grain")
    wait_idle(qtbot, shell)
    assert [s.name for s in archive.saved_searches()] == ["Grain"]
    model = shell.window.sidebar.model
    assert model.index(0, 0).data() == "Saved Searches"
    archive.delete([3])
    shell.sidebar.show_trash()
    wait_idle(qtbot, shell)
    assert shell.search.mode == "trash"
    assert shell.model.ids == [3]
    assert shell.actions["restore"].isEnabled()
    shell.window.results.select_row(0)
    shell.edit.restore()
    wait_idle(qtbot, shell)
    assert archive.trash() == []


def test_shortcut_sheet_lists_every_action(qtbot, shell):
    from app.gui.actions import ACTIONS
    from app.gui.dialogs.shortcuts import sheet_rows

    texts = {row[2] for row in sheet_rows()}
    assert all(s.text.replace("&", "") in texts for s in ACTIONS if s.shortcuts)
    qtbot.keyClick(shell.window, Qt.Key.Key_F1)
    assert shell.app.dialog is not None and shell.app.dialog.isVisible()
    menu_texts = [a.text() for m in shell.window.menuBar().actions() for a in m.menu().actions()]
    assert "&Tag…" in menu_texts
    assert shell.actions["tag"].shortcut().toString() == "T"


def test_a_facet_click_after_an_or_search_filters_both_branches(qtbot, archive, shell):
    (election,) = archive.search("election").ids
    archive.tag([election], add=["Region/Kyrgyzstan"])
    shell.window.search_bar.set_text("pipeline OR election")
    wait_idle(qtbot, shell)
    assert shell.model.rowCount() == 2
    shell.sidebar.toggle_facet("tag", "Region/Kyrgyzstan")
    wait_idle(qtbot, shell)
    assert shell.window.search_bar.text() == "pipeline OR election tag:Region/Kyrgyzstan"
    assert shell.model.rowCount() == 1
