"""A press review's clipping heads the splitter used to miss: a field bar whose cells ran
together on one line, a numbered bare credit among numbered source lines, and a credit
giving the day after 'vom'/'от'."""

from app.importers.review import _comma_credit, _field_bar, clippings
from app.importers.stampline import credit_stamp

_TEXT = (
    "Die Beispielstadt erwartet im kommenden Jahr ein deutlich höheres Defizit als geplant.\n"
    "Der Kämmerer verweist auf gestiegene Sozialausgaben und sinkende Steuereinnahmen.\n"
)
_TEXT_RU = (
    "В Примерске до конца года откроют новую развязку на въезде в город с севера.\n"
    "Об этом сообщили в городском управлении дорожного хозяйства и благоустройства.\n"
)


def test_run_together_field_bar_is_read_field_by_field():
    assert _field_bar("SOURCE: Example Gazette DATE: 20/11/2025 PAGE: 4 SECTION: Farming") == [
        "SOURCE: Example Gazette",
        "DATE: 20/11/2025",
        "PAGE: 4",
        "SECTION: Farming",
    ]
    assert _field_bar("Quelle: Beispielbote DATUM: 21.11.2025 SEITE: 9") == [
        "Quelle: Beispielbote",
        "DATUM: 21.11.2025",
        "SEITE: 9",
    ]
    assert _field_bar("Источник: Примерские вести Дата: 24.11.2025 Рубрика: Общество") == [
        "Источник: Примерские вести",
        "Дата: 24.11.2025",
        "Рубрика: Общество",
    ]
    # look-alikes: a source line with its parts split already, a line with no date label
    assert _field_bar("Quelle: Beispielbote, 21.11.2025, Seite 9") == [
        "Quelle: Beispielbote, 21.11.2025, Seite 9"
    ]
    assert _field_bar("Source: Example Statistics Office, page: 4") == [
        "Source: Example Statistics Office, page: 4"
    ]
    assert _field_bar("Date: the meeting is on Monday") == ["Date: the meeting is on Monday"]


def test_review_with_run_together_field_bars_splits_by_clipping():
    text = (
        "Example Growers' Union\nDaily Press Review\n"
        "SOURCE: Example Gazette DATE: 20/11/2025 PAGE: 4 SECTION: Farming\n"
        "Prices for weanlings hold at autumn high\n" + _TEXT + "SOURCE: Sample Herald (online) "
        "DATE: 19/11/2025 15:32 SECTION: Tillage\nStraw payment deadline nears\n" + _TEXT
    )
    parts = clippings(text)
    assert len(parts) == 2
    assert parts[1].split("\n")[:2] == ["SOURCE: Sample Herald (online)", "DATE: 19/11/2025 15:32"]


def test_numbered_bare_credit_among_numbered_source_lines():
    text = (
        "Пресс-служба\nОБЗОР СМИ\n"
        "1. Примерское агентство, 24.11.2025, 11:20\nНовая развязка откроется в декабре\n"
        + _TEXT_RU
        + "2. Примерск 24 | 25.11.2025 | 14:36 | Рубрика: Общество\nСхему движения изменят\n"
        + _TEXT_RU
        + "* * *\n3. «Вечерний Примерск», № 12 от 26.11.2025, стр. 3\nДорожники отчитались\n"
        + _TEXT_RU
        + "4. «Знамя Примерска» (Примерск), 27.11.2025\nНа маршруты выйдут электробусы\n"
        + _TEXT_RU
    )
    parts = clippings(text)
    assert len(parts) == 4
    # the clipping's number is no part of its source line
    assert [p.split("\n", 1)[0][:3] for p in parts] == ["При", "При", "«Ве", "«Зн"]
    assert _comma_credit(parts[3].split("\n", 1)[0]) == "Знамя Примерска"


def test_comma_credit_and_its_look_alikes():
    assert _comma_credit("Example Daily, 24.11.2025, 11:20") == "Example Daily"
    assert _comma_credit("«Beispielbote» (Musterstadt), 27.11.2025") == "Beispielbote"
    assert _comma_credit("Примерские вести, 24 ноября 2025") == "Примерские вести"
    # a sentence with a date, a line with digits in the outlet's place: no credit
    assert _comma_credit("The council met, and on 24.11.2025 it voted for the plan") == ""
    assert _comma_credit("Budget 2026, 24.11.2025") == ""
    # a labelled source line or a stamp's parts are read elsewhere
    assert _comma_credit("Quelle: Beispielbote, 24.11.2025") == ""
    assert _comma_credit("EXAMPLE FM (example.fm) | Tuesday, 25 November 2025") == ""


def test_numbered_day_lines_in_an_unnumbered_review_are_no_clippings():
    text = (
        "Beispielverband\nPressespiegel\n"
        "Quelle: Beispielbote, 21.11.2025, Seite 9\nDefizit wächst\n"
        + _TEXT
        + "1. Musterstadt, 22.11.2025\nEin Nachtrag\n"
        + _TEXT
        + "Quelle: Musterblatt, 22.11.2025, Seite 3\nKita-Ausbau stockt\n"
        + _TEXT
    )
    assert len(clippings(text)) == 2


def test_credit_gives_its_day_after_vom_from_or_ot():
    stamp = credit_stamp("Beispiel-Zeitung vom 24.11.2025, Seite 5 (Region)")
    assert stamp and (stamp.outlet, stamp.section) == ("Beispiel-Zeitung", "Region")
    stamp = credit_stamp("Example Courier from 24.11.2025, page 7 (Business)")
    assert stamp and (stamp.outlet, stamp.section) == ("Example Courier", "Business")
    stamp = credit_stamp("Примерские вести от 24.11.2025, с. 3")
    assert stamp and stamp.outlet == "Примерские вести" and stamp.published.day == 24
    # a dateline's day names no page or desk: still no credit
    assert credit_stamp("Berlin vom 24.11.2025") is None
