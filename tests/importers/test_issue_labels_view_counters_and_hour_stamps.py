"""Newsletter issue labels, labelled view counters, hour-only times, quoted names, notes.

- A newsletter's issue label with its mailing day over its one story ('ARTICLE OF THE DAY ·
  Saturday, 22 November 2025', 'Ihr Artikel des Tages | 27.11.2025', 'Статья дня · …') is
  neither the story's outlet nor its day: the story's own stamp dates it, the sender names it.
- A view counter with its label first ('Просмотров: 2 314', 'Views: 1,204', 'Aufrufe: 312')
  beside a stamp's day and byline leaves the stamp read.
- An hour alone with its half of the day ('5 AM PT', '11 p.m. ET') times a date; German
  'am' after a number is no time.
- A Cyrillic outlet name wrapped in quotes ('«Вечерняя Москва»') is transliterated without
  them.
- A release's background note ('Справка:', 'Справка о компании') ends its text.
- A read-aloud button alone on its line ('Hören', 'Прослушать') is no headline.
- A press office's sender 'Пресс-служба ПАО «X»' names the company with its closing quote
  (an unclosed quote read the name as a media outlet's and transliterated it).
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.importers.dates import find_dates
from app.importers.newsletter import is_issue_label, release_end
from app.importers.sitename import latin_name
from app.model import Extracted

EN = (
    "<p>The harbour board approved a second ferry ramp on the north quay on Monday, and work "
    "is expected to begin in the spring once the funding has been confirmed by ministers.</p>"
    "<p>Operators said the new ramp would cut waiting times for freight lorries at peak hours "
    "and allow two vessels to load at once during the summer season.</p>"
)
DE = (
    "<p>Die Hafengesellschaft will am Nordkai eine zweite Rampe für Fähren bauen "
    "und hat dafür beim Land eine Förderung beantragt, wie der Geschäftsführer mitteilte.</p>"
    "<p>Der Bau könnte im kommenden Herbst beginnen und etwa zwei Jahre dauern, der Betrieb "
    "am bestehenden Anleger soll während der Bauzeit ohne Einschränkungen weiterlaufen.</p>"
)
RU = (
    "<p>С 1 марта стоимость проезда в городских автобусах вырастет на пять рублей, сообщили в "
    "департаменте транспорта администрации города после заседания комиссии.</p>"
    "<p>По словам чиновников, повышение связано с ростом цен на топливо и запчасти, а льготы "
    "для пенсионеров и школьников сохранятся в прежнем объёме.</p>"
)


def _mail(html: str, sender: str, subject: str, date: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.org", subject
    msg["Date"] = date
    msg.set_content(f"<html><body>{html}</body></html>", subtype="html")
    return bytes(msg)


def _art(data: bytes):
    arts = [i.article for i in extract("issue.eml", data) if isinstance(i, Extracted)]
    assert len(arts) == 1
    return arts[0]


def test_issue_label_names_no_outlet_and_no_day_en() -> None:
    html = (
        "<p>Harbour Post</p><p>ARTICLE OF THE DAY · Saturday, November 22, 2025</p>"
        "<h2>Ferries</h2><h1>Second ferry ramp approved for the north quay</h1>"
        "<p>Jane Roe</p><p>Nov 21, 2025 · 07:30 am</p>" + EN
    )
    art = _art(
        _mail(html, '"Harbour Post" <news@harbourpost.example>', "Article of the Day: ramp",
              "Sat, 22 Nov 2025 07:00:05 +0000")
    )  # fmt: skip
    assert art.source == "Harbour Post"
    assert art.published == datetime(2025, 11, 21, 7, 30)


def test_issue_label_names_no_outlet_de_and_ru() -> None:
    assert is_issue_label("Ihr Artikel des Tages")
    assert is_issue_label("Статья дня")
    assert is_issue_label("Morning Briefing")
    assert is_issue_label("NEWSLETTER")
    # look-alikes: outlets' own names
    assert not is_issue_label("Daily Mail")
    assert not is_issue_label("Der Tagesspiegel")
    assert not is_issue_label("Вечерняя Москва")


def test_labelled_view_counter_leaves_the_stamp_read() -> None:
    cases = [
        ("Новые автобусы выйдут на маршруты до конца года",
         "24 ноября 2025, 10:15 | Автор: Иван Петров | Просмотров: 2 314", RU,
         datetime(2025, 11, 24, 10, 15), "Иван Петров"),
        ("Second ferry ramp approved for the north quay",
         "By Jane Roe | Nov 3, 2025, 9:10 | Views: 1,204", EN,
         datetime(2025, 11, 3, 9, 10), "Jane Roe"),
        ("Zweite Fährrampe am Nordkai beantragt",
         "Von Max Muster | 03.11.2025, 09:10 Uhr | Aufrufe: 312", DE,
         datetime(2025, 11, 3, 9, 10), "Max Muster"),
    ]  # fmt: skip
    for title, meta, body, when, author in cases:
        text = f"{title}\n{meta}\n" + body.replace("<p>", "").replace("</p>", "\n")
        (item,) = extract("clip.txt", text.encode())
        assert item.article.published == when, meta
        assert item.article.author == author, meta


def test_hour_alone_with_its_half_of_the_day() -> None:
    (hit,) = find_dates("Nov. 17, 2025 5 AM PT")
    assert (hit.value.hour, hit.has_time) == (5, True)
    assert hit.value.utcoffset().total_seconds() == -8 * 3600
    (hit,) = find_dates("Nov. 17, 2025 11 p.m. ET")
    assert hit.value.hour == 23
    # look-alikes: German 'am', a word starting with 'am'
    assert not find_dates("17.11.2025 5 am Montag")[0].has_time
    assert not find_dates("Nov 17, 2025 5 amendments")[0].has_time


def test_quoted_cyrillic_name_transliterated_without_quotes() -> None:
    assert latin_name("«Вечерняя Астана»") == "Vechernyaya Astana"
    assert latin_name("„Новая газета“") == "Novaya Gazeta"
    assert latin_name("ТАСС") == "TASS"
    assert latin_name("ИА «Хакасия»") == "IA «Khakasiya»"  # a name around its quotes stays


def test_background_note_ends_a_release() -> None:
    lines = [
        "Энергетики восстановили электроснабжение всех потребителей после снегопада в регионе.",
        "К работам были привлечены 96 бригад и 118 единиц техники, сообщили в компании вчера.",
        "Справка: ПАО «Пример» осуществляет передачу электроэнергии в семи регионах.",
    ]
    assert release_end(lines) == 2
    about = ["Справка о компании", "ПАО «Пример» основано в 2004 году."]
    assert release_end([*lines[:2], *about]) == 2
    # look-alike: the word inside a sentence
    assert release_end([*lines[:2], "Справка из банка больше не нужна, сообщили в ведомстве."]) == 3


def _release(sender: str, org: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = f"{sender} <press@example.ru>", "me@example.org"
    msg["Subject"] = "Пресс-релиз"
    msg["Date"] = "Thu, 27 Nov 2025 10:00:00 +0300"
    msg.set_content(
        f"ПРЕСС-РЕЛИЗ\n27.11.2025\n\n{org} открыли новый центр обслуживания клиентов\n\n"
        f"Специалисты {org} открыли новый центр обслуживания клиентов в областном центре, "
        "где можно подать заявку на подключение и получить консультацию.\n\n"
        "В центре работают двенадцать специалистов, приём ведётся ежедневно с восьми утра "
        "до восьми вечера без перерыва на обед.\n\n"
        f"{sender}\nтел.: +7 (812) 000-00-00\n"
    )
    return bytes(msg)


def test_press_office_sender_keeps_the_closing_quote() -> None:
    for legal, name in (("ПАО", "Энергосети Юга"), ("АО", "Тепловые сети"), ("ООО", "Пример")):
        sender = f"Пресс-служба {legal} «{name}»"
        art = _art(_release(sender, f"«{name}»"))
        assert "«" not in art.source or art.source.count("«") == art.source.count("»")
        assert name in art.source, art.source


def test_read_aloud_button_is_no_headline() -> None:
    from app.importers.boilerplate import is_boilerplate

    assert is_boilerplate("Hören") and is_boilerplate("Прослушать")
    assert not is_boilerplate("Hören und Sehen in der Stadthalle")  # a headline
    for kind, title in (
        ("Exklusiv für Abonnenten\nHören\nDrucken\nTeilen",
         "Zweite Fährrampe am Nordkai beantragt"),
        ("Nur für Abonnenten\nHören\nTeilen", "Zweite Fährrampe am Nordkai beantragt"),
    ):  # fmt: skip
        body = DE.replace("<p>", "").replace("</p>", "\n\n")
        text = f"Nordstadt Anzeiger\nAbo\nLogin\nRegion › Nordstadt\n{title}\n\nJana Beispiel\n"
        text += f"21.11.2025, 17.30 Uhr\n{kind}\n\n{body}"
        (item,) = extract("paste.txt", text.encode())
        assert item.article.title == title
    ru = RU.replace("<p>", "").replace("</p>", "\n\n")
    text = "Новости Примера\nЦены на проезд вырастут с марта\n24.11.2025, 10:15\nПрослушать\n\n"
    text += ru
    (item,) = extract("paste.txt", text.encode())
    assert item.article.title == "Цены на проезд вырастут с марта"
