"""An institution's release page whose <h1> is the release's number ("Nr. 12/2025") and
whose headline stands one level down, under a <title> built as "Site - Desk - Headline":
the heading is the title, the <title>'s first part (named again by the footer's ©) the
source, the desk part the trail's bold last crumb; a bold date field in a paragraph
("<strong>Erscheinungsdatum</strong> 26.11.2025") or a dated cell in the row over the <h1>
gives the day; a reuse note ("При использовании материала ссылка … обязательна") leaves the
text."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate

_DE = (
    "<p>Der Erste Senat des Gerichts hat heute entschieden, dass eine Gemeinde die Gebühren "
    "für die Abwasserentsorgung nicht rückwirkend erhöhen darf, wenn sie die Kalkulation "
    "den Bürgern nicht vorher offengelegt hat.</p>"
    "<p>Die Klägerin, eine Eigentümerin aus dem Kreis, hatte gegen den Bescheid geklagt. Das "
    "Verwaltungsgericht gab ihr recht, das Oberverwaltungsgericht hob das Urteil auf.</p>"
    "<p>Der Senat stellte das erste Urteil wieder her und ließ keine weitere Revision zu, "
    "weil die Rechtsfrage bereits geklärt sei und keine grundsätzliche Bedeutung habe.</p>"
)
_EN = (
    "<p>The tribunal ruled today that a port authority may not raise its berthing fees for "
    "the past year unless it published the calculation before the season began.</p>"
    "<p>The shipping company that brought the case had challenged the invoices in the lower "
    "court, which found for the authority; the appeal judges have now reversed that.</p>"
    "<p>The judgment is final. The authority said it would review its fee schedule and "
    "consult the operators before setting new charges for the coming season.</p>"
)


def _page(title: str, number: str, heading: str, field: str, crumb: str, owner: str, text: str):
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<div id="header"><div class="banner"><img src="logo.gif" alt="x"></div></div>'
        f'<div id="crumbs"><a href="#">Start</a> &gt; <a href="#">Presse</a> &gt; '
        f"<strong>{crumb}</strong></div>"
        f'<div id="content"><div class="docData">{field}</div>'
        f"<h1>{number}</h1><h2>{heading}</h2>{text}</div>"
        f'<div id="footer"><p>© {owner} 2025</p></div></body></html>'
    ).encode()


def test_release_number_h1_heading_under_it_is_the_title() -> None:
    page = _page(
        "Landesverwaltungsgericht - Pressemitteilungen - Keine rückwirkende Erhöhung der "
        "Abwassergebühren",
        "Nr. 47/2025",
        "Keine rückwirkende Erhöhung der Abwassergebühren",
        "<p><strong>Ausgabejahr</strong> 2025</p>"
        "<p><strong>Erscheinungsdatum</strong> 14.10.2025</p>",
        "Pressemitteilungen",
        "Landesverwaltungsgericht",
        _DE,
    )
    art = extract("r.html", page)[0].article
    assert art.title == "Keine rückwirkende Erhöhung der Abwassergebühren"
    assert art.source == "Landesverwaltungsgericht"
    assert art.section == "Pressemitteilungen"
    assert (art.published.year, art.published.month, art.published.day) == (2025, 10, 14)
    assert art.body.startswith("Der Erste Senat")
    assert "Erscheinungsdatum" not in art.body and "Nr. 47/2025" not in art.body


def test_english_tribunal_release_with_date_of_issue_field() -> None:
    page = _page(
        "Maritime Tribunal | Judgments | Port authority may not raise past berthing fees",
        "Judgment 9/2025",
        "Port authority may not raise past berthing fees",
        "<p><b>Date of issue:</b> 3 March 2025</p>",
        "Judgments",
        "Maritime Tribunal",
        _EN,
    )
    art = extract("t.html", page)[0].article
    assert art.title == "Port authority may not raise past berthing fees"
    assert art.source == "Maritime Tribunal"
    assert art.section == "Judgments"
    assert (art.published.month, art.published.day) == (3, 3)


def test_a_title_whose_last_part_no_heading_prints_stays() -> None:
    page = _page(
        "Landesverwaltungsgericht - Pressemitteilungen - Keine rückwirkende Erhöhung",
        "Nr. 47/2025",
        "Ein ganz anderer Satz über etwas Neues",
        "",
        "Pressemitteilungen",
        "Landesverwaltungsgericht",
        _DE,
    )
    art = extract("r.html", page)[0].article
    assert art.title != "Keine rückwirkende Erhöhung"


def test_dated_cell_in_the_row_over_the_headline() -> None:
    body = (
        "<p>Центральный банк области сообщил, что объем выданных кредитов малому бизнесу "
        "вырос за девять месяцев на 14 процентов, а доля просроченной задолженности снизилась.</p>"
        "<p>По данным регулятора, больше всего кредитов получили предприятия торговли и "
        "строительства, а также производители продуктов питания в южных районах области.</p>"
        "<p>В банке отметили, что спрос на кредиты сохранится и в следующем году, если ставки "
        "не вырастут, и пообещали опубликовать подробный обзор в декабре.</p>"
    )
    page = (
        "<html><head><title>Пример | Кредиты малому бизнесу выросли на 14%</title></head><body>"
        '<div class="rates"><span>Курсы на 27.11.2025</span></div>'
        '<main><div class="info-line"><div class="info-line_type">Пресс-релиз</div>'
        '<div class="info-line_date">26 ноября 2025</div></div>'
        "<h1>Кредиты малому бизнесу выросли на 14 процентов за девять месяцев</h1>"
        f"{body}</main></body></html>"
    ).encode()
    art = extract("c.html", page)[0].article
    assert (art.published.month, art.published.day) == (11, 26)


def test_reuse_note_is_boilerplate_but_a_sentence_about_links_is_not() -> None:
    assert is_boilerplate(
        "При использовании материала ссылка на пресс-службу Пример-банка обязательна."
    )
    assert is_boilerplate("При цитировании информации ссылка на сайт ведомства обязательна")
    assert not is_boilerplate(
        "Депутаты обсудили, обязательна ли ссылка на источник при использовании данных."
    )


def test_media_contact_heading_with_its_colon_ends_the_text() -> None:
    from app.importers.boilerplate import is_footer

    assert is_footer("Media contact:")
    assert is_footer("Press contacts:")
    assert is_footer("Контакты для СМИ:")
    assert not is_footer("Media contacts of the ministry said the talks would resume.")
