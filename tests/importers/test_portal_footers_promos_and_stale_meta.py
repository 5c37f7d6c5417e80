"""Families from a blind batch (invented pages and clippings): a desk's "More in this
section" list and a paid-content box, a day's top-stories heading, a member station's plea,
an app promo under the text, a caption signed 'Name | Outlet', a labelled stamp in a
portal's footer, a <title> motto in title case, a logo link inside a block classed logo,
a logo lettered in small letters, metadata left over from another story, and a public
body's official portal."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate, is_caption, is_footer
from app.importers.compose import compose
from app.importers.sitename import official_portal_owner, without_motto
from tests.importers.makers import ARTICLE_HTML, articles_of

_TEXT_EN = (
    "The harbour board approved a plan on Tuesday to dredge the inner basin, so that larger "
    "ferries can berth there from next summer, the chairwoman said.\n"
    "Work is due to start in March and should take about four months, she added.\n"
)


def test_lists_of_the_desks_other_stories_and_paid_boxes_end_the_text() -> None:
    assert is_footer("More in this section")
    assert is_footer("Mehr aus diesem Ressort")
    assert is_footer("Ещё в этом разделе")
    assert is_footer("Главное за день")
    assert is_footer("Главное за неделю")
    assert is_boilerplate("Sponsored Content")
    assert is_boilerplate("Partner content")
    # look-alikes: a sentence about a section, the word in a headline
    assert not is_footer("More in this section of the report is devoted to the budget.")
    assert not is_footer("Главное за день: власти утвердили бюджет на следующий год")


def test_more_in_this_section_drops_the_list_under_the_text() -> None:
    text = (
        "Example Evening News\nNews\nSport\nHarbour basin to be dredged for larger ferries\n"
        + _TEXT_EN
        + "More in this section\nCouncil approves new cycle lanes\nSchool roof repairs done\n"
        "Sponsored Content\n"
    )
    art = compose(text, ())
    assert art.body.endswith("she added.")


def test_member_station_pleas_are_appeals() -> None:
    assert is_boilerplate(
        "Your support makes a difference. Gifts from individuals fuel everything you find "
        "here. Make a gift of any amount today to become a member!"
    )
    assert is_boilerplate("Ihre Unterstützung zählt: Werden Sie jetzt Mitglied bei Radio Beispiel.")
    assert is_boilerplate("Ваша поддержка важна. Помогите редакции Пример-ТВ работать дальше.")
    assert not is_boilerplate("Your support for the plan matters, the mayor told residents.")


def test_app_promo_under_the_text_is_boilerplate() -> None:
    assert is_boilerplate(
        "Discover the latest Market News and Budget updates. Obtain tax insights and expert "
        "opinions on Example Money or download the Example Money App to stay updated!"
    )
    assert is_boilerplate(
        "Entdecken Sie mehr aus Ihrer Region: Laden Sie die Beispiel-App herunter, um immer "
        "informiert zu bleiben!"
    )
    assert is_boilerplate("Скачайте наше приложение, чтобы быть в курсе последних событий.")
    # a sentence of a story about an app stays
    assert not is_boilerplate("Users can download the new app from the store from Monday.")
    assert not is_boilerplate(
        "The bank said customers who download the app to stay updated on their balance will "
        "get alerts, but critics said many older clients have no smartphone at all."
    )


def test_caption_signed_by_photographer_and_outlet_after_a_bar() -> None:
    assert is_caption(
        "A ferry leaves the harbour at dawn on Nov. 12. Jane Roe | Example Public Radio"
    )
    assert is_caption("Rettungskräfte am Unfallort bei Linz. Anna Berger | Beispiel Nachrichten")
    assert is_caption("Митинг у здания мэрии. Иван Петров | Пример Медиа")
    assert not is_caption("Politik | Wirtschaft | Sport")
    assert not is_caption("Startseite | Beispiel Nachrichten")


def test_caption_under_the_stamp_is_no_headline() -> None:
    text = (
        "Example Public Radio\nListen live\nDonate\nEnvironment\n\n"
        "Harbour basin to be dredged for larger ferries\n"
        "By Jane Roe and John Poe\nNovember 18, 2025 5:40 AM\n"
        "A ferry leaves the harbour at dawn on Nov. 12. Jane Roe | Example Public Radio\n"
        + _TEXT_EN
    )
    art = compose(text, ())
    assert art.title == "Harbour basin to be dredged for larger ferries"
    assert "Jane Roe |" not in art.body


def test_labelled_stamp_in_the_portals_footer_dates_the_page() -> None:
    de = (
        "Stadt Beispielstadt\nStartseite\nAktuelles\nVerkehr\n"
        "Neue Brücke über den Fluss: Baubeginn im Frühjahr\n"
        "Der Gemeinderat hat am Donnerstag die Finanzierung für die neue Brücke beschlossen. "
        "Die Bauzeit ist mit rund 14 Monaten veranschlagt.\n"
        "Die Gesamtkosten belaufen sich auf 9,8 Millionen Euro, davon übernimmt das Land rund "
        "die Hälfte, teilte die Stadt mit.\n"
        "Das könnte Sie auch interessieren\nWinterdienst startet\nNeue Tempo-30-Zonen\n"
        "Veröffentlicht am 27.11.2025\nSeite teilen\nImpressum\n"
    )
    assert compose(de, ()).published == datetime(2025, 11, 27)
    en = (
        "Example Borough Council\nHome\nNews\nHarbour basin to be dredged for larger ferries\n"
        + _TEXT_EN
        + "Related news\nNew cycle lanes\nPublished on 3 March 2025\nShare this page\n"
    )
    assert compose(en, ()).published == datetime(2025, 3, 3)
    ru = (
        "Администрация города Примерска\nГлавная\nНовости\n"
        "В Примерске отремонтируют двенадцать мостов\n"
        "Городские власти утвердили план ремонта двенадцати мостов, работы начнутся весной "
        "и продлятся до конца следующего года, сообщили в мэрии.\n"
        "Подрядчик уже выбран, сообщили в администрации.\n"
        "Другие новости\nОткрыт новый каток\nОпубликовано: 12.11.2025\nПоделиться\n"
    )
    assert compose(ru, ()).published == datetime(2025, 11, 12)


def test_a_stamp_by_the_headline_beats_the_footer_one() -> None:
    text = (
        "Example Borough Council\nHome\nNews\nHarbour basin to be dredged for larger ferries\n"
        "20 November 2025\n" + _TEXT_EN + "Related news\nNew cycle lanes\n"
        "Published on 3 March 2025\nShare this page\nContact us\nAccessibility\nPrivacy policy\n"
    )
    assert compose(text, ()).published == datetime(2025, 11, 20)


def test_title_case_motto_that_describes_a_news_site() -> None:
    assert without_motto("Example Times | Ruritania's Leading Online News Site") == "Example Times"
    assert without_motto("Beispiel Kurier - Das Nachrichtenportal Der Region") == "Beispiel Kurier"
    assert without_motto("Пример Инфо | Новостной Портал Области") == "Пример Инфо"
    # two names, no motto
    two = "Example Times | Example Sunday Herald"
    assert without_motto(two) == two


def _page(head: str, header: str, h1: str, under: str = "", footer: str = "") -> bytes:
    return (
        f"<html><head>{head}</head><body>{header}<article><h1>{h1}</h1>{under}"
        f"{ARTICLE_HTML}</article><footer>{footer}</footer></body></html>"
    ).encode()


def test_home_link_in_a_logo_block_names_the_site() -> None:
    data = _page(
        "<title>Example Times | Ruritania's Leading Online News Site</title>",
        '<div class="td-header-logo"><a href="https://www.example-times.com/">Example Times</a>'
        " <span>Ruritania's Leading Online News Site</span></div>",
        "Railway carries a record number of passengers",
    )
    art = articles_of("page.html", data)[0]
    assert art.source == "Example Times"
    assert art.title == "Railway carries a record number of passengers"


def test_logo_in_small_letters_takes_the_titles_spelling() -> None:
    data = _page(
        "<title>Railway carries a record number of passengers | Examplemoney</title>",
        '<header><a href="/" class="logo">examplemoney</a></header>',
        "Railway carries a record number of passengers",
    )
    assert articles_of("page.html", data)[0].source == "Examplemoney"


def test_metadata_of_another_story_yields_to_the_printed_stamp() -> None:
    head = (
        '<meta property="og:title" content="Port shares: what analysts expect ahead of results">'
        '<meta property="article:published_time" content="2025-11-12T09:10:00+05:30">'
        "<title>Port shares: what analysts expect ahead of results | Examplemoney</title>"
    )
    under = (
        '<div class="byline"><a href="/author/jane-roe">Jane Roe</a></div>'
        '<div class="schedule"><span>First Published: Nov 25, 2025 2:37 PM IST</span> | '
        "<span>Last Updated: Nov 25, 2025 3:10 PM IST</span></div>"
    )
    data = _page(head, "", "Railway carries a record number of passengers in November", under)
    art = articles_of("page.html", data)[0]
    assert art.published.replace(tzinfo=None) == datetime(2025, 11, 25, 14, 37)
    # the same story's metadata (its og:title reworded, the same day) stays
    head_same = head.replace(
        "Port shares: what analysts expect ahead of results",
        "Railway carries record number of passengers in November",
    )
    data = _page(head_same, "", "Railway carries a record number of passengers in November", under)
    art = articles_of("page.html", data)[0]
    assert art.published == datetime.fromisoformat("2025-11-12T09:10:00+05:30")


def test_public_bodys_official_portal_is_the_bodys() -> None:
    assert (
        official_portal_owner(
            ["Примерск.рф Официальный портал", "Новости — Примерск.рф"],
            ["Администрация города Примерска"],
        )
        == "Администрация города Примерска"
    )
    de = official_portal_owner(
        ["Beispielstadt.de", "Offizielles Stadtportal"], ["Stadt Beispielstadt"]
    )
    assert de == "Stadt Beispielstadt"
    assert (
        official_portal_owner(["Official website of Exampleton"], ["Exampleton City Council"])
        == "Exampleton City Council"
    )
    # an outlet's "official website" owned by a company; a portal without the phrase
    assert official_portal_owner(["Official website"], ["Example Media Ltd"]) == ""
    owners = ["Администрация города Примерска"]
    assert official_portal_owner(["Примерск.рф", "Новости"], owners) == ""


def test_official_portal_page_names_the_body_in_cyrillic() -> None:
    data = _page(
        "<title>Новости — Примерск.рф</title>",
        '<header><a href="/" class="portal-logo"><img src="/gerb.svg" alt="Герб"> Примерск.рф'
        "<br><small>Официальный портал</small></a></header>",
        "Railway carries a record number of passengers",
        footer="<p>© 2025 Администрация города Примерска. При использовании материалов ссылка "
        "обязательна.</p>",
    )
    assert articles_of("page.html", data)[0].source == "Администрация города Примерска"
