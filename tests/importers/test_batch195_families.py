"""Blind batch 195's families of misses, on fictional inputs unlike the batch's files.

A reader view's domain line and a messenger post's copied header name the outlet; a press
office's headline opening with the sender's name is no fuller name of it; "Lesen Sie zum
Thema" and a donation box's pitch are chrome; the description set as an <h2> over the text
is its standfirst; a colleague's note over an article pasted into a document is its note.
"""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_teaser
from app.importers.covernote import outlet_in_note, split_cover_note
from app.importers.mail import _printed_name
from app.importers.outlets import Gazetteer, Outlet, outlet_of_host
from app.importers.sitename import channel_name

from .makers import article_of, articles_of, docx_with, html_page, mail_bytes, paste

_EN = (
    "The regional government has approved the construction of a new bridge over the river, "
    "which is expected to cut travel times between the two districts by half from 2028.",
    "Officials said the project would cost about 90 million euros and be financed by the "
    "state budget and a loan from a development bank, with works starting next spring.",
    "Residents welcomed the plan but asked for better bus links while the works last, "
    "since the old crossing will be closed for several months during construction.",
)
_RU = (
    "Городские власти утвердили проект реконструкции набережной, работы начнутся весной "
    "и продлятся около полутора лет, сообщили в пресс-службе мэрии в четверг.",
    "Стоимость работ оценивается в 1,4 млрд рублей, большую часть средств выделит "
    "региональный бюджет, остальное — федеральная программа благоустройства.",
    "Во время работ движение по набережной будет частично ограничено, для пешеходов "
    "обустроят временные переходы и дополнительное освещение.",
)
_DE = (
    "Die Gemeinde will das alte Hallenbad bis 2027 durch einen Neubau ersetzen. Das hat der "
    "Gemeinderat am Dienstagabend nach langer Debatte mit deutlicher Mehrheit beschlossen.",
    "Die Kosten schätzt die Verwaltung auf rund 14 Millionen Euro. Ein Teil soll aus einem "
    "Förderprogramm des Landes kommen, den Rest muss die Gemeinde über Kredite finanzieren.",
    "Während der Bauzeit sollen Schulen und Vereine auf das Bad der Nachbarstadt ausweichen, "
    "für den Transport der Schulklassen will die Gemeinde eigens Busse einsetzen.",
)


# --- a reader view's domain line: the outlet of that host --------------------------------


def test_reader_view_host_gives_the_known_outlet_of_that_host() -> None:
    gaz = Gazetteer(
        [
            Outlet(name="The Example Chronicle", hosts=("chronicle.example.ge",)),
            Outlet(name="Example.ru", hosts=("example.ru",)),
        ]
    )
    assert outlet_of_host("chronicle.example.ge", gaz) == "The Example Chronicle"
    assert outlet_of_host("example.ru", gaz) == ""  # named by its address: as printed
    assert outlet_of_host("other.example.ge", gaz) == ""


def test_reader_view_domain_line_of_a_known_outlet() -> None:
    art = article_of(
        paste("wa.de", "Neues Hallenbad bis 2027", "Petra Sommer", "3–4 minutes", "", *_DE),
    )
    assert art.source == "Westfälischer Anzeiger"


# --- a post copied from a messenger's desktop app -----------------------------------------


def test_copied_post_header_names_the_channel() -> None:
    assert (
        channel_name(["Example City News, [11/20/2025 9:47 AM]", "Headline"]) == "Example City News"
    )
    assert channel_name(["Пример, [20.11.2025 9:47]", "Заголовок"]) == "Пример"
    assert channel_name(["Berlin, 20.11.2025", "Headline"]) == ""  # a dateline's stamp


def test_copied_post_of_a_listed_agency_under_its_latin_name() -> None:
    art = article_of(
        paste(
            "ИА «Татар-информ», [21.11.2025 14:05]",
            "Набережную Казанки реконструируют до 2027 года",
            "",
            *_RU,
            "",
            "#город",
        ),
    )
    assert art.source == "Tatar-inform"
    assert art.title.startswith("Набережную Казанки")


# --- a press office's headline that opens with its name ------------------------------------


def test_headline_opening_with_the_senders_name_is_no_fuller_name() -> None:
    text = "EXAMPLE AIR\nPRESS RELEASE\nExample Air to open a base in Riga next spring\n"
    assert _printed_name("Example Air", text) == "Example Air"
    # the name carried on in capitalised words is the fuller one
    letter = "Embassy of Examplia in the Federal Republic of Germany\nPress release\n"
    assert _printed_name("Embassy of Examplia", letter).endswith("Federal Republic of Germany")


def test_release_mail_subject_label_is_no_source() -> None:
    body = paste(
        "EXAMPLE AIR",
        "PRESS RELEASE",
        "",
        "Example Air to open a base in Riga next spring",
        "",
        "RIGA, 20 November 2025 – " + _EN[0],
        "",
        _EN[1],
        "",
        _EN[2],
    )
    data = mail_bytes(
        "Example Air Press Office <press@example-air.test>",
        "PRESS RELEASE: Example Air to open a base in Riga next spring",
        body,
    )
    art = articles_of("release.eml", data)[0]
    assert art.source == "Example Air"


# --- teasers and donation boxes inside the text ---------------------------------------------


def test_read_on_the_topic_marker_alone_is_a_teaser() -> None:
    assert is_teaser("Lesen Sie zum Thema")
    assert is_teaser("Lesen Sie mehr zum Thema")
    assert not is_teaser("Lesen Sie zum Thema Verkehr die Meinung des Ministers, der sagt …")


def test_marker_and_teased_headline_leave_the_text() -> None:
    art = article_of(
        paste(
            "Neues Hallenbad bis 2027",
            "",
            _DE[0],
            "Lesen Sie zum Thema",
            "Bäder in der Region: Eintrittspreise steigen",
            _DE[1],
            _DE[2],
        ),
    )
    assert "Lesen Sie zum Thema" not in art.body
    assert "Eintrittspreise steigen" not in art.body
    assert art.body.rstrip().endswith("Busse einsetzen.")


def test_donation_box_pitch_is_chrome() -> None:
    assert is_boilerplate(
        "We are an independent newsroom. We publish without paywalls, and we depend on our "
        "readers. Please consider a gift."
    )
    assert is_boilerplate("Every contribution counts.")
    assert is_boilerplate("Jede Spende zählt!")
    assert not is_boilerplate("Every donation matters, the charity's director told the hearing.")


# --- the description set as a heading over the text -----------------------------------------


def test_description_as_h2_over_the_text_is_the_standfirst() -> None:
    desc = (
        "Die Gemeinde ersetzt ihr altes Hallenbad bis 2027 durch einen Neubau für 14 "
        "Millionen Euro."
    )
    page = html_page(
        f'<title>Neues Hallenbad bis 2027</title><meta name="description" content="{desc}">',
        "<article><h1>Neues Hallenbad bis 2027</h1><div class='text'>"
        f"<h2>{desc}</h2>" + "".join(f"<p>{p}</p>" for p in _DE) + "</div></article>",
        lang="de",
    )
    art = articles_of("page.html", page)[0]
    assert art.body.startswith("Die Gemeinde will das alte Hallenbad")
    assert art.lead == desc


# --- a colleague's note over an article pasted into a document -------------------------------


def test_colleagues_note_is_split_from_the_document() -> None:
    text = "\n".join(
        ["Hi Tom,", "here is the piece from the Example Times we talked about.", "Best,",
         "Anna", "", "Bridge over the river approved", *_EN, "More on this", "Other story"]
    )  # fmt: skip
    note, rest = split_cover_note(text)
    assert note.startswith("Hi Tom,") and note.endswith("Anna")
    assert rest.startswith("Bridge over the river approved")
    # a text that opens with a greeting but signs off nowhere keeps it
    assert split_cover_note("Hallo zusammen,\n" + "\n".join(_DE)) == (
        "",
        "Hallo zusammen,\n" + "\n".join(_DE),
    )


def test_outlet_a_note_says_the_article_is_from() -> None:
    assert outlet_in_note("Hallo Jana,\nanbei der Artikel aus dem WA von heute.\nGruß") == (
        "Westfälischer Anzeiger"
    )
    assert outlet_in_note("Hi Tom,\nhere is the piece from Monday.\nBest") == ""


def test_docx_note_over_a_pasted_article_is_its_note() -> None:
    data = docx_with(
        [
            "Liebe Frau Berger,",
            "anbei der Bericht aus dem WA zum Hallenbad, bitte in den Pressespiegel Sport.",
            "Viele Grüße",
            "Tim Krause",
            "",
            "Neues Hallenbad bis 2027",
            "Von Petra Sommer",
            *_DE,
        ],
        table=False,
    )
    art = articles_of("hallenbad.docx", data)[0]
    assert art.title == "Neues Hallenbad bis 2027"
    assert art.body.startswith("Die Gemeinde will")
    assert "Frau Berger" not in art.body and "Frau Berger" in art.notes
    assert art.source == "Westfälischer Anzeiger"
