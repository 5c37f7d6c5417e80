"""Four families from blind batch 147:

- an unnamed reporter's byline ("Our Correspondent", "Staff Reporter", "Unser Korrespondent",
  "Собственный корреспондент") is a byline, never the headline;
- a headline ending on an ordinal ("… im 22. Bezirk") is no caption with a credit after
  its full stop;
- a broadcaster's kind before its unquoted name ("Телекомпания ПРИМЕР ТВ") is no part of
  the name;
- a source label over a handout picture's caption ("Source: Example Foods" / caption /
  text) credits the picture, not the text.
"""

from __future__ import annotations

from app.importers.byline import desk_credit
from app.importers.compose import _CAPTION_CREDIT_END, compose
from app.importers.profiles import load_profiles
from app.importers.sitename import brand_name

PROFILES = load_profiles()


def test_unnamed_reporter_credits() -> None:
    for line in (
        "Our Correspondent",
        "From Our Special Correspondent",
        "Staff Reporter",
        "Unser Korrespondent",
        "Собственный корреспондент",
        "Наш корреспондент",
    ):
        assert desk_credit(line), line
    # look-alikes: a bare label, a person, a headline about a correspondent
    for line in ("Reporter", "Jane Correspondent", "Correspondent wins award", "Our Town"):
        assert not desk_credit(line), line


def test_unnamed_reporter_is_no_headline() -> None:
    paste = "\n".join([
        "Example Valley Times",
        "Home",
        "Region",
        "Region",
        "New bridge over the river opens to traffic after two years of work",
        "Published on: 12 Mar 2025, 10:15 am",
        "2 min read",
        "The bridge at dusk. (EVT Images)",
        "Our Correspondent",
        "Rivertown, Mar. 12: The new bridge over the Example river opened to traffic on "
        "Wednesday, cutting the drive between the two banks from forty minutes to five.",
        "Officials said the bridge had cost about 90 crore and would carry 20,000 vehicles "
        "a day once the approach roads are finished next month.",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title.startswith("New bridge over the river")
    assert art.author == ""


def test_ordinal_ends_a_headline_not_a_caption() -> None:
    for line in (
        "Gemeinderat beschließt neue Linie im 22. Bezirk",
        "Stadtfest findet zum 5. Mal",
        "Итоги голосования за 3. Квартал",
    ):
        assert not _CAPTION_CREDIT_END.search(line), line
    # look-alikes: a caption's sentence, then the agency's bare name, still a credit
    assert _CAPTION_CREDIT_END.search("Die Mühle wurde 2024 geschlossen. Lehtikuva")
    assert _CAPTION_CREDIT_END.search("The mill closed in spring. Examplefoto")


def test_headline_with_ordinal_under_a_rubric() -> None:
    paste = "\n".join([
        "Beispiel TV",
        "Mediathek",
        "LIVE: Sitzung des Landtags ab 10 Uhr im Stream",
        "Politik",
        "Graz: Stadt beschließt Radweg im 4. Bezirk",
        "12.03.2025 | 10:20",
        "Der neue Radweg soll 2027 fertig sein. Die Opposition kritisiert die Kosten.",
        "Graz – Der Gemeinderat hat am Donnerstag den Bau eines neuen Radwegs entlang der "
        "Mur beschlossen. Die Arbeiten beginnen im Herbst und sollen zwei Jahre dauern.",
        "Die Kosten werden mit rund zwölf Millionen Euro beziffert, die Hälfte trägt das Land.",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Graz: Stadt beschließt Radweg im 4. Bezirk"


def test_broadcaster_kind_before_unquoted_name() -> None:
    assert brand_name("Телекомпания ПРИМЕР ТВ") == "ПРИМЕР ТВ"
    assert brand_name("Телеканал Пример 24") == "Пример 24"
    assert brand_name("Радиостанция Example FM") == "Example FM"
    # look-alikes: the kind in lower case inside a name, a station named "Радио …"
    assert brand_name("Радио Пример") == "Радио Пример"
    assert brand_name("Телекомпания") == "Телекомпания"
    assert brand_name("Телеканал «Пример»") == "Пример"


def _grocer_like(label: str, under: str) -> str:
    return "\n".join([
        "The Example Trader",
        "News",
        "Retail",
        "Examplemart to open 40 convenience stores across the north next year",
        "The chain wants to double its small-store estate by 2027",
        "By Jane Roe",
        "12 March 2025",
        label,
        under,
        "Examplemart is to open 40 convenience stores across the north of England next "
        "year, the chain said on Wednesday, as it pushes further into top-up shopping.",
        "The first ten stores will open in the spring, with the rest following by the "
        "end of the year, the company told staff in a memo seen by this paper.",
    ])  # fmt: skip


def test_source_label_over_a_caption_credits_the_picture() -> None:
    art = compose(_grocer_like("Source: Examplemart", "A new Examplemart store in Leeds"), PROFILES)
    assert art.source != "Examplemart"
    assert art.body.startswith("Examplemart is to open")
    art = compose(_grocer_like("Quelle: Beispielmarkt", "Eine Filiale in Köln"), PROFILES)
    assert art.source != "Beispielmarkt"


def test_agency_source_label_over_the_text_still_names_the_agency() -> None:
    # a known agency's label, a caption after it: the agency's copy all the same
    art = compose(_grocer_like("Source: AFP", "A new Examplemart store in Leeds"), PROFILES)
    assert art.source == "AFP"


def _rubric_page(rubric: str, title: str, deck: str, byline: str, stamp: str, text: str) -> str:
    return "\n".join([
        "Beispiel.ch", "Newsletter", "Agenda", "Suche", rubric, title, deck, byline, stamp, text,
        text.replace(".", ",", 1) + " Mehr dazu folgt in den kommenden Wochen.",
    ])  # fmt: skip


def test_rubric_over_headline_with_standfirst_and_byline_before_the_stamp() -> None:
    cases = [
        (
            "Stadtleben",
            "Parkhaus am See: Stadt prüft Umnutzung zu Wohnungen",
            "Das Parkhaus steht seit Jahren halb leer. Nun will die Stadt dort Wohnungen bauen.",
            "Von Anna Beispiel und Max Muster",
            "12.03.2025",
            "Das Parkhaus am See ist seit der Eröffnung der neuen Tiefgarage kaum ausgelastet, "
            "wie eine Antwort des Stadtrats auf eine Anfrage aus dem Parlament zeigt.",
        ),
        (
            "Transport",
            "City to convert lakeside car park into flats by 2028",
            "The multi-storey has stood half empty for years. Now the council wants homes there.",
            "By Jane Roe",
            "12 March 2025",
            "The lakeside car park has been barely used since the new underground garage "
            "opened, according to a council answer to a question from a councillor.",
        ),
        (
            "Город",
            "Парковку у озера превратят в жилой дом к 2028 году",
            "Многоуровневая парковка годами пустует. Теперь мэрия хочет построить там жильё.",
            "Автор: Анна Примерова",
            "12 марта 2025",
            "Парковка у озера почти не используется с тех пор, как открылся новый подземный "
            "гараж, следует из ответа мэрии на запрос депутата городского совета.",
        ),
    ]
    for rubric, title, deck, byline, stamp, text in cases:
        art = compose(_rubric_page(rubric, title, deck, byline, stamp, text), PROFILES)
        assert art.title == title
        assert art.section == rubric, (title, art.section)


def test_rubric_needs_the_headline_block_before_the_stamp() -> None:
    # look-alike: a paragraph of text, not a standfirst or byline, before the stamp
    paste = "\n".join([
        "Beispiel.ch", "Newsletter", "Suche", "Stadtleben",
        "Parkhaus am See: Stadt prüft Umnutzung zu Wohnungen",
        "Das Parkhaus steht seit Jahren halb leer. Nun will die Stadt dort Wohnungen bauen, "
        "wie sie am Dienstag mitteilte, und hat dafür ein Planungsbüro beauftragt, das bis "
        "zum Sommer erste Varianten vorlegen soll, über die dann das Parlament entscheidet.",
        "Ein Sprecher sagte, man rechne mit Kosten von mehreren Millionen Franken.",
        "Weitere Details sollen im Herbst folgen.",
        "12.03.2025",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.section != "Stadtleben" or art.title.startswith("Parkhaus")
