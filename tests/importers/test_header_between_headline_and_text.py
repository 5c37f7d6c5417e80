"""What stands between a headline and its text: a standfirst right under the headline over
a dateline's paragraph, a byline or the site's own logo between the headline and the stamp
(the line under the stamp is no headline), the headline printed twice, a bar of trending
topics with its label, a language switcher in its own scripts, a logo marked by its motto,
and the outlet describing itself under the text."""

from __future__ import annotations

from app.importers import boilerplate as bp
from app.importers.compose import compose
from app.importers.profiles import load_profiles

PROFILES = load_profiles()

DE = (
    "Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die Gebühren für "
    "das Anwohnerparken im kommenden Jahr deutlich anzuheben, wie die Verwaltung mitteilte."
)
EN = (
    "The regional council approved the new budget on Tuesday after a long debate, and the "
    "opposition said it would take the decision to the constitutional court next month."
)
RU = (
    "Городская дума в четверг одобрила бюджет на следующий год, несмотря на возражения "
    "оппозиции, которая потребовала увеличить расходы на ремонт дорог и школ в районах."
)


# --- a standfirst right under the headline, over the dateline's paragraph -----------------


def test_standfirst_under_the_headline_over_a_dateline_is_the_lead() -> None:
    text = (
        "Der Alpenbote\nPolitik\nWirtschaft\nSport\nWirtschaft\n14. Jänner 2026\n"
        "„Das ist zu viel“\n"
        "Parkgebühren: Stadtrat erhöht die Tarife deutlich\n"
        "Ab März kostet das Anwohnerparken fast doppelt so viel. Die Händler protestieren.\n"
        f"Lienz – {DE}\n{DE}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Parkgebühren: Stadtrat erhöht die Tarife deutlich"
    assert art.dateline == "Lienz"
    assert art.body.startswith("Lienz – Der Stadtrat")


def test_standfirst_under_an_english_headline_over_a_dateline() -> None:
    text = (
        "Example Courier\nNews\nBusiness\nSport\nBusiness\n"
        "Port workers threaten strike over new shift rules\n"
        "Unions say the changes would cut overtime pay. Talks resume on Friday.\n"
        f"MOMBASA – {EN}\n{EN}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Port workers threaten strike over new shift rules"
    assert art.dateline == "Mombasa"
    assert art.body.startswith("MOMBASA – The regional council")


def test_standfirst_under_a_russian_headline_over_a_dateline() -> None:
    text = (
        "Северный вестник\nПолитика\nЭкономика\nОбщество\nЭкономика\n"
        "Дума утвердила бюджет на следующий год без поправок\n"
        "Оппозиция требовала больше денег на дороги. Решение принято большинством.\n"
        f"Петрозаводск – {RU}\n{RU}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Дума утвердила бюджет на следующий год без поправок"
    assert art.dateline == "Петрозаводск"
    assert art.body.startswith("Петрозаводск – Городская дума")


def test_first_paragraph_without_a_dateline_under_it_stays_the_text() -> None:
    text = (
        "Der Alpenbote\nPolitik\nWirtschaft\nSport\nWirtschaft\n14. Jänner 2026\n"
        "Parkgebühren: Stadtrat erhöht die Tarife deutlich\n"
        "Ab März kostet das Anwohnerparken fast doppelt so viel. Die Händler protestieren.\n"
        f"{DE}\n{DE}\n"
    )
    art = compose(text, PROFILES)
    assert art.dateline == ""
    assert art.body.startswith("Ab März kostet")


# --- a byline or the site's own logo between the headline and the stamp --------------------


def test_site_logo_as_byline_and_a_picture_title_under_the_stamp() -> None:
    text = (
        "KICKBLATT\nFußball\nTennis\nHandball\nMehr\nStartseite › Handball\n"
        "Füchse gewinnen das Derby nach Verlängerung\n"
        "Füchse gewinnen das Derby nach Verlängerung\n"
        "KICKBLATT\n22.01.2026 | 21:48\n"
        "Derby: Füchse - Eulen 31:30\n"
        "Der Kapitän traf siebenmal.\n© imago\n"
        f"Berlin (SID) - {DE}\n{DE}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Füchse gewinnen das Derby nach Verlängerung"
    assert art.dateline == "Berlin"
    assert "Füchse gewinnen das Derby" not in art.lead


def test_caption_under_byline_and_stamp_is_no_headline() -> None:
    text = (
        "Example Herald\nHome\nNews\nBusiness\nSport\nOpinion\nBusiness\n"
        "Maize farmers demand earlier payments from the grain board\n"
        "By Jane Roe\n15th January 2026\n"
        "Farmers queue at a grain depot outside the capital during the 2025 season\n"
        f"LUSAKA – {EN}\n{EN}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Maize farmers demand earlier payments from the grain board"
    assert art.author == "Jane Roe"
    assert art.body.startswith("LUSAKA – The regional council")


def test_caption_under_a_russian_byline_and_stamp_is_no_headline() -> None:
    text = (
        "Северный вестник\nГлавная\nПолитика\nЭкономика\nОбщество\nЭкономика\n"
        "Фермеры требуют ускорить выплаты за сданное зерно\n"
        "Автор: Ирина Смирнова\n16 января 2026, 10:42\n"
        "Зерновой элеватор под Петрозаводском в сезон уборки 2025 года\n"
        f"ПЕТРОЗАВОДСК, 16 января. {RU}\n{RU}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Фермеры требуют ускорить выплаты за сданное зерно"


def test_deck_right_under_the_stamp_stays_the_lead_of_the_headline_above() -> None:
    text = (
        "Example Herald\nHome\nNews\nBusiness\nSport\nOpinion\nBusiness\n"
        "Car exports fall for the third month in a row\n"
        "15 January 2026\n"
        "Exporters blame weak European demand\n"
        f"{EN}\n{EN}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Car exports fall for the third month in a row"


# --- a bar of trending topics with its label ------------------------------------------------


def test_trending_bar_with_its_label_is_no_headline() -> None:
    text = (
        "Example Daily\nHome\nHot News\nBusiness\nSports\nEntertainment\nVideo\nWeather\n"
        "Trending Now: Flood warning | Budget 2026 | Harbour Bridge\n"
        "Ferry services resume after the storm damage is repaired\n"
        "January 17, 2026 08:14 pm\n"
        f"{EN}\n{EN}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Ferry services resume after the storm damage is repaired"


def test_german_topic_bar_with_its_label_is_no_headline() -> None:
    text = (
        "Beispielblatt\nStartseite\nPolitik\nWirtschaft\nSport\nWetter\n"
        "Top-Themen: Hochwasser | Haushalt 2026 | Neue Brücke\n"
        "Fähren fahren nach dem Sturm wieder nach Fahrplan\n"
        "17.01.2026, 20:14 Uhr\n"
        f"{DE}\n{DE}\n"
    )
    art = compose(text, PROFILES)
    assert art.title == "Fähren fahren nach dem Sturm wieder nach Fahrplan"


def test_headline_with_bars_and_a_colon_stays_a_headline() -> None:
    text = (
        "Example Daily\nHome\nNews\nBusiness\n"
        "Budget 2026: what changes for renters | pensioners | students this spring\n"
        "January 17, 2026\n"
        f"{EN}\n{EN}\n"
    )
    art = compose(text, PROFILES)
    assert art.title.startswith("Budget 2026: what changes")


# --- languages in their own scripts, a logo marked by its motto ------------------------------


def test_languages_in_their_own_scripts_are_chrome() -> None:
    for name in ("සිංහල", "தமிழ்", "বাংলা", "Українська", "ไทย"):
        assert bp.is_boilerplate(name), name
    assert not bp.is_boilerplate("Tamil Nadu")


def test_logo_over_its_motto_wins_over_the_owning_company() -> None:
    text = (
        "English\nසිංහල\nதமிழ்\n"
        "Lanka Example\nThe Island's Most Trusted News Source\n"
        "Home\nHot News\nBusiness\nSports\n"
        "Ferry services resume after the storm damage is repaired\n"
        "January 17, 2026 08:14 pm\n"
        f"{EN}\n{EN}\n"
        "Copyright © 2026 Example Macro Holdings (Pvt) Ltd. All Rights Reserved.\n"
    )
    assert compose(text, PROFILES).source == "Lanka Example"


def test_logo_over_a_site_motto_in_german() -> None:
    text = (
        "Talbote\nDas Nachrichtenportal der Region\nStartseite\nPolitik\nWirtschaft\n"
        "Fähren fahren nach dem Sturm wieder nach Fahrplan\n"
        "17.01.2026, 20:14 Uhr\n"
        f"{DE}\n{DE}\n"
        "© 2026 Beispiel Mediengruppe GmbH\n"
    )
    assert compose(text, PROFILES).source == "Talbote"


# --- the outlet describing itself under the text ---------------------------------------------


def test_outlet_describing_itself_is_boilerplate() -> None:
    assert bp.is_boilerplate("Example is an independent magazine about Central Asia.")
    assert bp.is_boilerplate("The Example Post is a nonprofit online newspaper.")
    assert bp.is_boilerplate("«Пример» — независимое издание о Сибири.")
    assert not bp.is_boilerplate("The mayor is an independent candidate for the magazine board.")
    assert not bp.is_boilerplate("Он — независимый депутат и журналист.")
