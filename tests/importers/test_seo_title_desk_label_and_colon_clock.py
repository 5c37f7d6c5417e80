"""Families of blind batch 155 (saved pages from outside Europe/North America):

- a <title> "Headline - Site - motto, keywords" over a page whose headline is a plain <h2>:
  the <h2> is the title, the short name after it the source;
- a known desk's name in a classed block just above the headline (whatever its class, or a
  one-item category list) is the section;
- "27 November ,2025: 03:12 PM": a comma spaced off the year and a colon before the clock.
"""

from __future__ import annotations

from app.importers import extract
from app.importers.dates import find_dates
from app.importers.sitename import site_from_title

_EN = (
    "The city council approved a new bus network on Monday that will bring more frequent "
    "services to the eastern districts from January next year.",
    "Officials said twelve additional drivers would be hired, with most of the cost carried "
    "by the provincial government and the rest by the municipal budget.",
    "Commuter groups welcomed the plan but asked for better connections to the railway "
    "station in the evenings and at weekends.",
)
_DE = (
    "Der Stadtrat hat am Montag ein neues Busnetz beschlossen, das ab Januar dichtere Takte "
    "in den östlichen Stadtteilen bringen soll.",
    "Nach Angaben der Verwaltung werden zwölf zusätzliche Fahrer eingestellt, die Kosten "
    "trägt zum größeren Teil das Land.",
    "Der Fahrgastverband begrüßte die Pläne, forderte aber bessere Anschlüsse an die "
    "Regionalbahn am Abend und an den Wochenenden.",
)
_RU = (
    "Городской совет в понедельник утвердил новую схему автобусных маршрутов, которая с "
    "января сделает движение в восточных районах более частым.",
    "По словам чиновников, будут наняты двенадцать новых водителей, большую часть расходов "
    "возьмёт на себя областной бюджет.",
    "Общественники приветствовали план, но попросили улучшить пересадки на вокзале вечером.",
)


def _page(title: str, before: str, heading: str, paras: tuple[str, ...], stamp: str) -> bytes:
    text = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='menu'>Home | News | Politics | Economy | Sports</div>"
        f"<div class='main'>{before}<h2>{heading}</h2>"
        f"<div class='meta'>{stamp}</div><div class='text'>{text}</div></div>"
        "</body></html>"
    ).encode()


def test_seo_title_after_the_site_gives_h2_headline_and_source() -> None:
    head = "City council approves new bus network for eastern districts"
    page = _page(
        f"{head} - Exampletimes - Latest news of Examplia in English, Breaking News Articles",
        "<div class='cat'>Politics</div>",
        head,
        _EN,
        "Published On: November 22, 2025 07:45 AM",
    )
    art = extract("a.html", page)[0].article
    assert art.title == head
    assert art.source == "Exampletimes"
    assert art.section == "Politics"
    assert art.published.replace(tzinfo=None).isoformat() == "2025-11-22T07:45:00"


def test_seo_title_in_german_and_russian() -> None:
    head = "Stadtrat beschließt neues Busnetz für den Osten"
    page = _page(
        f"{head} | Beispielblatt | Nachrichten aus der Region, aktuell und kostenlos",
        "",
        head,
        _DE,
        "21.11.2025, 14:20",
    )
    art = extract("d.html", page)[0].article
    assert (art.title, art.source) == (head, "Beispielblatt")
    assert (
        site_from_title(
            "Горсовет утвердил новую схему маршрутов - Primer.ru - новости региона каждый день",
            "Горсовет утвердил новую схему маршрутов",
        )
        == "Primer.ru"
    )


def test_a_title_with_a_long_second_headline_names_no_site() -> None:
    # look-alike: the part after the headline is a sentence, not a name and its motto
    assert (
        site_from_title(
            "City council approves bus network - Mayor says the plan - costs will rise",
            "City council approves bus network",
        )
        == ""
    )
    # no headline to compare: nothing is taken from the middle
    assert site_from_title("Headline here now - Exampletimes - news of the day in brief") == ""


def test_desk_name_over_the_headline_whatever_its_class() -> None:
    head = "Stadtrat beschließt neues Busnetz für den Osten"
    page = (
        "<html><head><meta charset='utf-8'><title>Beispielblatt</title></head><body>"
        "<div class='content'><div class='unit-title'>Wirtschaft</div>"
        "<div class='news-date'>20.11.2025</div>"
        f"<h2 class='news-title'>{head}</h2>"
        "<div class='news-content'>" + "".join(f"<p>{p}</p>" for p in _DE) + "</div></div>"
        "</body></html>"
    ).encode()
    assert extract("w.html", page)[0].article.section == "Wirtschaft"


def test_one_item_category_list_over_the_h1() -> None:
    head = "Городской совет утвердил новую схему маршрутов"
    page = (
        "<html><head><meta charset='utf-8'><title>Пример</title></head><body>"
        "<ul class='menu'><li>Политика</li><li>Экономика</li></ul>"
        "<ul class='td-category'><li>Экономика</li></ul>"
        f"<h1 class='entry-title'>{head}</h1>"
        "<div class='entry-content'>" + "".join(f"<p>{p}</p>" for p in _RU) + "</div>"
        "</body></html>"
    ).encode()
    assert extract("r.html", page)[0].article.section == "Экономика"


def test_topic_label_over_the_headline_is_no_section() -> None:
    # look-alike: a kicker naming a topic, not a desk, in an unfamiliar class
    head = "Stadtrat beschließt neues Busnetz für den Osten"
    page = (
        "<html><head><meta charset='utf-8'><title>Beispielblatt</title></head><body>"
        "<div class='content'><div class='unit-title'>Busnetz-Reform</div>"
        f"<h2 class='news-title'>{head}</h2>"
        "<div class='news-content'>" + "".join(f"<p>{p}</p>" for p in _DE) + "</div></div>"
        "</body></html>"
    ).encode()
    assert extract("w.html", page)[0].article.section == ""


def test_colon_between_year_and_clock() -> None:
    for text, want in (
        ("Published: 27 November ,2025: 03:12 PM GST", "2025-11-27T15:12:00"),
        ("Опубликовано: 3 марта 2025: 14:05", "2025-03-03T14:05:00"),
        ("Posted May 3, 2025: 10:15 AM", "2025-05-03T10:15:00"),
    ):
        hit = find_dates(text)[0]
        assert hit.has_time and hit.value.replace(tzinfo=None).isoformat() == want, text


def test_colon_before_a_number_is_no_clock() -> None:
    for text in ("Stand 1. Januar 2025: 5.30 Euro", "am 3. März 2025: 12 Tote"):
        assert not find_dates(text)[0].has_time
