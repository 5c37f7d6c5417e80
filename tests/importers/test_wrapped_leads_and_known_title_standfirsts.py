"""Nothing lost: a hard-wrapped mail whose lead, caption and footer each run past the wrap
column is still joined into paragraphs, and a standfirst between a known headline and the
dateline's text is the lead, not dropped with the header.
"""

from __future__ import annotations

import textwrap

from app.importers.normalize import unwrap
from tests.importers.makers import REVIEW_DE_MORE, REVIEW_DE_TEXT, articles_of, mail_bytes

EN_TEXT = (
    "The council voted on Tuesday to extend the harbour wall by two hundred metres before the "
    "winter storms, after engineers warned that the old wall would not hold another season. "
    "Work is due to start in January and should take about eight months."
)
EN_MORE = (
    "Residents of the seafront streets had asked for the repair for years, and several "
    "cellars flooded during the last spring tide. The cost is put at 3.4 million pounds."
)
RU_TEXT = (
    "Городская дума во вторник одобрила строительство новой школы на сто двадцать мест в "
    "микрорайоне Северный, сообщили в пресс-службе администрации города. Проект обойдется "
    "бюджету примерно в девятьсот миллионов рублей."
)
RU_MORE = (
    "Жители микрорайона несколько лет добивались строительства школы, сейчас дети ездят на "
    "занятия в соседний район. Стройка начнется весной следующего года."
)

DE_CAPTION = (
    "[Bild: Die Grundschule Nordheim soll bis zum Sommer 2027 erweitert werden. (c) Jan Roth]"
)


def _wrapped(*paras: str) -> str:
    return "\n\n".join(textwrap.fill(p, 74) for p in paras)


def _long(line: str) -> str:
    assert len(line) > 80  # runs past the wrap column on purpose
    return line


def test_wrapped_text_with_a_long_lead_caption_and_footer_is_joined() -> None:
    """Three single-line paragraphs past the column (a standfirst, a caption, a footer)
    beside many wrapped lines: the text is still hard-wrapped, each paragraph one line."""
    cases = [
        (
            "Der Ausschuss empfiehlt 4,1 Millionen Euro für vier neue Klassenräume - entscheiden "
            "wird der Rat im Dezember.",
            (REVIEW_DE_TEXT + " " + REVIEW_DE_MORE, REVIEW_DE_MORE + " " + REVIEW_DE_TEXT),
            DE_CAPTION,
            "Beispielverlag GmbH & Co. KG | Newsletter abbestellen: https://example.org/newsletter",
        ),
        (
            "Engineers warned that the old wall would not survive another winter of storms on "
            "this stretch of coast.",
            (EN_TEXT, EN_MORE + " " + EN_TEXT),
            "Picture: The harbour wall at high tide on Monday morning, seen from the pier "
            "(Jane Doe)",
            "Example Media Ltd, 1 Harbour Street, Exampleton | Unsubscribe: https://example.org/u",
        ),
        (
            "Депутаты одобрили проект новой школы на сто двадцать мест, строительство начнется "
            "весной следующего года.",
            (RU_TEXT, RU_MORE + " " + RU_TEXT),
            "Фото: Так будет выглядеть новая школа в микрорайоне Северный (пресс-служба мэрии)",
            "ООО «Пример Медиа», 2025 | Отписаться от рассылки: https://example.org/unsubscribe",
        ),
    ]
    for lead, paras, caption, footer in cases:
        text = "\n\n".join(
            ["Headline of the day", _long(lead), _wrapped(*paras), _long(caption), _long(footer)]
        )
        out = unwrap(text).split("\n")
        assert " ".join(paras[0].split()) in out, lead
        assert " ".join(paras[1].split()) in out, lead
        assert _long(caption) in out and _long(lead) in out


def test_paragraphs_a_line_each_over_label_rows_stay_as_they_are() -> None:
    """A pasted page: every paragraph one long line, a few short label rows over values; no
    line is wrapped, so nothing is joined."""
    text = "\n".join(
        [
            "Autor: Jan Roth",
            "Ressort: Region Nord, Ausgabe Nordheim, Seite 11 der Mittwochsausgabe vom 26.11.",
            "",
            *(p + "\n" for p in (REVIEW_DE_TEXT, REVIEW_DE_MORE, EN_TEXT, EN_MORE, RU_TEXT)),
            RU_MORE,
        ]
    )
    assert unwrap(text) == text


def test_forwarded_wrapped_newsletter_keeps_its_opening_lines_and_dateline() -> None:
    """A forwarded newsletter article, hard-wrapped without flowed marks and with its long
    standfirst and caption on one line each: the opening paragraph stays whole with its
    'Nordheim -' dateline."""
    body = (
        "Hallo Jan,\n\nzur Info.\n\nGruß\nEva\n\n-------- Weitergeleitete Nachricht --------\n"
        "Betreff: Bote am Morgen: Grundschule Nordheim\nDatum: Wed, 26 Nov 2025 05:30:11 +0100\n"
        "Von: Bote am Morgen <newsletter@example.org>\n\n\n"
        "Nordheimer Bote > Lokales > Nordheim\n\n"
        "Grundschule Nordheim bekommt vier neue Klassenräume\n\n"
        "Der Ausschuss empfiehlt 4,1 Millionen Euro für vier neue Klassenräume - entscheiden "
        "wird der Rat im Dezember.\n\nStand: 25.11.2025, 18:47 Uhr\nVon: Jan Roth\n\n"
        + _wrapped("Nordheim - " + REVIEW_DE_TEXT + " " + REVIEW_DE_MORE, REVIEW_DE_MORE)
        + f"\n\n{DE_CAPTION}\n\n"
        "Beispielverlag GmbH & Co. KG | Newsletter abbestellen: https://example.org/newsletter\n"
    )
    (art,) = articles_of("fwd.eml", mail_bytes("Eva <eva@example.org>", "Fwd: Bote", body))
    assert art.body.startswith("Nordheim - " + REVIEW_DE_TEXT)
    assert art.dateline == "Nordheim"


def _release(label: str, head: str, standfirst: str, opener: str, text: str) -> bytes:
    body = f"{label}\n\n{head}\n\n{standfirst}\n\n{opener} {text}\n\n{EN_MORE}\n"
    return mail_bytes("Press office <press@example.org>", head, body)


def test_standfirst_between_release_headline_and_dateline_is_the_lead() -> None:
    """A release's sub-headline without a full stop, between the headline over it and the
    dateline's text: the lead, in any language and under any label."""
    cases = [
        (
            "PRESSEMITTEILUNG\nNr. 12/2025",
            "Nordheim erweitert die Grundschule um vier Klassenräume",
            "Bauarbeiten beginnen im Januar – Unterricht läuft während der Arbeiten weiter",
            "Nordheim, 25. November 2025 –",
            REVIEW_DE_TEXT,
        ),
        (
            "PRESS RELEASE",
            "Exampleton council approves harbour wall extension",
            "Work on the two hundred metre extension starts in January and runs until the autumn",
            "EXAMPLETON, 25 November 2025 –",
            EN_TEXT,
        ),
        (
            "ПРЕСС-РЕЛИЗ\n№ 58/2025",
            "В микрорайоне Северный построят новую школу",
            "Школа на сто двадцать мест откроется через два года – проект уже одобрен",
            "Екатеринбург, 25 ноября 2025 года –",
            RU_TEXT,
        ),
    ]
    for label, head, standfirst, opener, text in cases:
        (art,) = articles_of("release.eml", _release(label, head, standfirst, opener, text))
        assert art.title == head
        assert art.lead == standfirst, head
        assert art.body.startswith(opener)


def test_byline_between_release_headline_and_dateline_is_no_lead() -> None:
    """The look-alike: a byline under the headline states the author; it is no standfirst."""
    data = _release(
        "PRESS RELEASE",
        "Exampleton council approves harbour wall extension",
        "By Jane Doe",
        "EXAMPLETON, 25 November 2025 –",
        EN_TEXT,
    )
    (art,) = articles_of("release.eml", data)
    assert art.lead == ""
    assert art.author == "Jane Doe"


def _digest(top: str, label: str, marks: tuple[str, str], items: list[tuple[str, str]]) -> bytes:
    rule = "=" * 50
    listed = "\n".join(f"{m} {head}" for m, (head, _) in zip(marks, items, strict=True))
    parts = [f"{top}\n\n{label}\n{listed}"]
    parts += [
        f"{head}\n{desk} | 26.11.2025 1{n}:52\n\n{_wrapped(text)}"
        for n, ((head, text), desk) in enumerate(zip(items, ("ECONOMY", "CITY"), strict=True))
    ]
    subject = top.split("\n")[-1]
    return mail_bytes("Digest <news@example.org>", subject, f"\n\n{rule}\n\n".join(parts) + "\n")


def test_contents_box_listing_the_items_headlines_is_no_item() -> None:
    """A digest's contents box ('In this issue:', 'Inhalt:', 'В выпуске:') over its items,
    whatever marks its entries: no item of its own, each entry is an item's headline."""
    cases = [
        (
            "Harbour Media\nTHE DAY IN BRIEF | 26 November 2025",
            "In this issue:",
            ("•", "•"),
            [
                ("Council approves harbour wall extension", EN_TEXT),
                ("Seafront cellars flood again at spring tide", EN_MORE),
            ],
        ),
        (
            "Nordheimer Bote\nDER TAG | 26. November 2025",
            "Inhalt",
            ("1.", "2."),
            [
                ("Grundschule Nordheim wird größer", REVIEW_DE_TEXT),
                ("Kosten für den Umbau der Grundschule steigen", REVIEW_DE_MORE),
            ],
        ),
        (
            "ИА «Пример»\nИТОГИ ДНЯ | 26 ноября 2025",
            "В выпуске:",
            ("-", "-"),
            [
                ("В микрорайоне Северный построят школу", RU_TEXT),
                ("Жители Северного ждут школу несколько лет", RU_MORE),
            ],
        ),
    ]
    for top, label, marks, items in cases:
        arts = articles_of("digest.eml", _digest(top, label, marks, items))
        assert [a.title for a in arts] == [head for head, _ in items], top


def test_short_list_naming_no_other_item_stays_an_item() -> None:
    """The look-alike: a list box with an entry that heads no item (a date for the diary)
    is no contents box; it stays, with all its entries."""
    items = [
        ("Council approves harbour wall extension", EN_TEXT),
        ("Seafront cellars flood again at spring tide", EN_MORE),
    ]
    data = _digest(
        "Harbour Media\nTHE DAY IN BRIEF | 26 November 2025", "Dates:", ("•", "•"), items
    )
    data = data.replace(
        b"Seafront cellars flood again at spring tide\n", b"Lifeboat fair on Sunday\n", 1
    )
    arts = articles_of("digest.eml", data)
    assert any("Lifeboat fair on Sunday" in a.body for a in arts)
