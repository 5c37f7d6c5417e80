"""A one-clip monitoring alert mailed as an HTML table of label and value cells with no
heading ('Publication' / 'Example Times' / … / 'Headline' / … / 'Size' / '286 sq cm' / 'AVE'
/ '₹1,42,600' / 'Full text'): its rows name the clip's outlet, day, desk and journalist;
the rows under the headline's, down to the text's label, are the service's, never the
source or the text."""

from __future__ import annotations

from email.message import EmailMessage

from app.importers.newsletter import alert_clip
from tests.importers.makers import NEWS_MORE, NEWS_TEXT
from tests.importers.test_batch122_families import articles_of


def _cells(rows: list[tuple[str, str]], text: str) -> str:
    cells = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        "<html><body><p>Daily Print Alert · 27 Nov 2025</p><p>1 new clip</p>"
        f"<table>{cells}<tr><td>Full text</td><td>{paras}</td></tr></table>"
        "<p>Example Monitoring Pvt Ltd, Springfield. Internal use only.</p></body></html>"
    )


ROWS = [
    ("Client", "Example Gas Ltd"),
    ("Publication", "Example Chronicle"),
    ("Edition", "Springfield"),
    ("Date", "27 Nov 2025"),
    ("Section", "City"),
    ("Journalist", "Jane Roe"),
    ("Headline", "Example Gas to add 40 stations by March"),
    ("Size", "286 sq cm"),
    ("AVE", "₹1,42,600"),
    ("Tone", "Positive"),
]


def test_an_html_alert_table_names_the_clips_outlet_and_journalist() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Example Alerts <alerts@monitoring.example>", "pr@gas.example"
    msg["Subject"], msg["Date"] = "Print alert: Example Gas", "Thu, 27 Nov 2025 07:00:00 +0530"
    msg.set_content(_cells(ROWS, f"{NEWS_TEXT}\n\n{NEWS_MORE}"), subtype="html")
    (art,) = articles_of("m.eml", bytes(msg))
    assert (art.source, art.author, art.section) == ("Example Chronicle", "Jane Roe", "City")
    assert art.title == "Example Gas to add 40 stations by March"
    assert art.body.startswith(NEWS_TEXT[:40])


def test_the_rows_under_the_headline_are_skipped_in_other_languages() -> None:
    lines = [
        "Издание", "Пример-Вести", "Дата", "27.11.2025", "Журналист", "Иван Петров",
        "Заголовок", "Пример открыл завод", "Тональность", "Позитивная", "Текст", "",
        "Пример открыл новый завод в Примерске. " * 3,
    ]  # fmt: skip
    clip = alert_clip(lines)
    assert clip is not None and clip.author == "Иван Петров"
    assert lines[clip.start].startswith("Пример открыл новый завод")


def test_a_text_right_under_the_rows_keeps_its_start() -> None:
    lines = [
        "Medium: Beispielblatt", "Datum: 27.11.2025", "Autor: Max Muster", "Titel: Neues Werk",
        "", "Die Stadt hat am Dienstag ein neues Werk eröffnet, wie die Firma mitteilte. " * 2,
        "Text", "mehr",
    ]  # fmt: skip
    clip = alert_clip(lines)
    assert clip is not None and lines[clip.start].startswith("Die Stadt hat")
