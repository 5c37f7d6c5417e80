"""A phone app's share over a pasted page, a signed aside, a caption's labelled credit.

A reader who shares an article from an outlet's app sends a note, the headline and its
link, and the app's or phone's signature ('Sent from my phone', 'Gesendet aus der X App',
'Отправлено с iPhone'), then pastes the page under a rule: the share is the sender's frame,
the page under the rule is the one article, and its masthead, printed again in a bare
'© Name' under the text, names the outlet (never the person who mailed it). A colleague's
one-sentence aside over a pasted page may be signed on the line under it ('-M'): still the
sender's words. A caption that ends in a labelled credit after its stop ('… of the council.
Photo: Jane Roe') is a caption, never the headline.
"""

from __future__ import annotations

from datetime import datetime

from app.importers.compose import compose
from tests.importers.makers import articles_of, mail_bytes

EN = (
    "The harbour board has approved a plan to rebuild the old ferry pier, which will see "
    "the wooden deck replaced and a new waiting hall built at its landward end."
)
EN_MORE = (
    "Work is to start in spring and last about a year, the board's chairman told the "
    "meeting, which ran for more than two hours on Tuesday evening."
)
DE = (
    "Der Gemeinderat hat am Dienstag den Neubau der Sporthalle an der Seestrasse "
    "beschlossen, die bis zum Herbst 2027 fertig sein soll und rund zwölf Millionen kostet."
)
DE_MORE = (
    "Die alte Halle wird im kommenden Sommer abgerissen, der Unterricht findet bis dahin "
    "in Provisorien auf dem Schulgelände statt, teilte die Gemeinde weiter mit."
)
RU = (
    "Городские власти утвердили план реконструкции набережной, работы начнутся весной и "
    "продлятся около двух лет, сообщили в администрации города во вторник."
)
RU_MORE = (
    "Стоимость проекта оценивается в 1,2 млрд рублей, большую часть средств выделит "
    "региональный бюджет, остальное добавит муниципалитет из собственных средств."
)


def _share(note: str, head: str, signature: str, page: str, rule: str = "----") -> str:
    return f"{note}\n\n{head}\nhttps://news.example/a/123\n\n{signature}\n\n{rule}\n\n{page}"


def test_app_share_over_a_rule_leaves_the_pasted_page_alone() -> None:
    page = (
        "Harbour Examiner\nNews\nBoard approves plan to rebuild the old ferry pier\n"
        "Jane Roe\nThu 27 Nov 2025 at 10:15\n"
        f"{EN}\n\n{EN_MORE}\n\n{EN_MORE}\n\n© Harbour Examiner\n"
    )
    text = _share(
        "I saw this on the Harbour Examiner app and thought you'd want it for the file:",
        "Board approves plan to rebuild the old ferry pier",
        "Sent from my Galaxy",
        page,
    )
    arts = articles_of("m.eml", mail_bytes("Ann Lee <ann@consult.example>", "Pier plan", text))
    assert len(arts) == 1
    (a,) = arts
    assert a.title == "Board approves plan to rebuild the old ferry pier"
    assert a.source == "Harbour Examiner"  # the masthead's bare '©' line, not the sender
    assert a.published == datetime(2025, 11, 27, 10, 15)
    assert a.body.startswith("The harbour board has approved")
    assert "Sent from my" not in a.body and "saw this" not in a.body


def test_german_app_share_signature_and_rule_of_underscores() -> None:
    page = (
        "Seetaler Bote\nGemeinderat beschliesst Neubau der Sporthalle\n27.11.2025, 06.00 Uhr\n"
        f"{DE}\n\n{DE_MORE}\n\n{DE_MORE}\n"
    )
    text = _share(
        "Hallo Tom, schau mal, das betrifft uns.",
        "Gemeinderat beschliesst Neubau der Sporthalle | Seetaler Bote",
        "Gesendet aus der Seetaler Bote App für iOS",
        page,
        rule="_____",
    )
    (a,) = articles_of("m.eml", mail_bytes("Eva Muster <eva@mail.example>", "Halle", text))
    assert a.title == "Gemeinderat beschliesst Neubau der Sporthalle"
    assert a.body.startswith("Der Gemeinderat hat am Dienstag")
    assert "Gesendet aus" not in a.body and "schau mal" not in a.body


def test_russian_phone_signature_over_a_rule() -> None:
    page = (
        "Вечерний Примерск\nОбщество\nНабережную реконструируют за два года\n"
        f"27 ноября 2025, 10:40\n{RU}\n\n{RU_MORE}\n\n{RU_MORE}\n"
    )
    text = _share(
        "Посмотри, это по нашей теме.",
        "Набережную реконструируют за два года",
        "Отправлено с iPhone",
        page,
        rule="=====",
    )
    (a,) = articles_of("m.eml", mail_bytes("Иван Петров <ivan@mail.example>", "Набережная", text))
    assert a.title == "Набережную реконструируют за два года"
    assert a.body.startswith("Городские власти утвердили")
    assert "Отправлено с" not in a.body


def test_signed_aside_over_a_pasted_page_is_the_senders() -> None:
    page = (
        "Skip to content\nRiverside Ledger logo\nSubscribe\nNews › Transport\n"
        "Board approves plan to rebuild the old ferry pier\nBy Jane Roe | Riverside Ledger\n"
        f"{EN}\n\n{EN_MORE}\n\n{EN_MORE}\n\n{EN_MORE}\n"
    )
    text = f"Tom, pasting the full piece since you're not a subscriber.\n-M\n\n{page}"
    (a,) = articles_of("m.eml", mail_bytes("Meg Kay <meg@plan.example>", "pier story", text))
    assert a.title == "Board approves plan to rebuild the old ferry pier"
    assert a.body.startswith("The harbour board has approved")
    assert "pasting the full piece" not in a.body


def test_look_alikes_stay() -> None:
    # a signature with no rule under it and no page: the mail's own text stays whole
    text = f"{EN}\n\n{EN_MORE}\n\nSent from my iPhone\n"
    (a,) = articles_of("m.eml", mail_bytes("Ann Lee <ann@consult.example>", "Pier", text))
    assert a.body.startswith("The harbour board has approved")
    # a note of two sentences over the page is no signed aside: the mail stays as it was
    lines = "Tom, this one matters.\nWe should discuss it at the board meeting on Friday."
    assert (
        "this one matters"
        in articles_of(
            "m.eml",
            mail_bytes("Meg Kay <meg@plan.example>", "pier", f"{lines}\n\n{EN}\n\n{EN_MORE}"),
        )[0].body
    )


def test_caption_with_labelled_credit_after_its_stop_is_no_headline() -> None:
    for caption, credit in (
        ("Members of the board at the November meeting.", "Photo: Jane Roe"),
        ("Die Sporthalle an der Seestrasse im Sommer.", "Foto: Max Muster"),
        ("Набережная в центре города весной.", "Фото: Иван Петров"),
    ):
        text = (
            f"Board approves plan to rebuild the old ferry pier\n{caption} {credit}\n"
            f"Jane Roe\n27.11.2025\n{EN}\n\n{EN_MORE}\n"
        )
        a = compose(text, ())
        assert a.title == "Board approves plan to rebuild the old ferry pier", caption
    # a headline with a colon in its second sentence stays the headline
    a = compose(f"Pier plan approved. Board: work starts in spring\n27.11.2025\n{EN}\n", ())
    assert a.title.startswith("Pier plan approved")
