"""A newsletter's edition brand spelled in full by its imprint, a Russian edition word, and
a digest's own lines under an item (its comment, its link back to the contents, a
monitoring row's buttons) kept out of the item's text.

Why: 'TAGEBLATT am Abend' is the paper's product, the imprint ('Stader Tageblatt · Verlag …')
names the paper; 'ЕАН Утро' is the agency's morning edition; 'Our take: …' is the sender's
analysis of the item, no part of the article.
"""

from email.message import EmailMessage

import pytest

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.mail import _footer_fuller

_PARAS = {
    "de": (
        "Der Kreistag hat am Donnerstag den Bau einer neuen Umgehungsstraße beschlossen. Die "
        "Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro.\n"
        "Die Bauarbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, teilte der "
        "Landrat mit. Anwohner hatten sich seit Jahren über den Durchgangsverkehr beklagt.\n"
    ),
    "ru": (
        "Администрация города заключила контракт на ремонт набережной. Работы начнутся в "
        "апреле и продлятся до конца сентября, сообщили в мэрии.\n"
        "Стоимость ремонта составит около 300 млн рублей. Горожан предупредили о временных "
        "ограничениях движения на прилегающих улицах в течение всего сезона.\n"
    ),
}


def _mail(sender: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "leser@example.org"
    msg["Subject"] = "Die Themen des Tages"
    msg["Date"] = "Thu, 22 Jan 2026 18:00:12 +0100"
    msg.set_content(body)
    return bytes(msg)


def _digest(lang: str, heads: list[str], foot: str) -> str:
    parts = []
    for n, head in enumerate(heads):
        parts.append(f"REGION\n{head}\n22.01.2026, 1{n}:40\n\n{_PARAS[lang]}\n* * *\n")
    return "\n".join(parts) + "\n" + foot + "\n"


def test_a_one_word_brand_is_named_by_the_imprint_in_full() -> None:
    heads = [
        "Kreistag beschließt neue Umgehungsstraße",
        "Hallenbad öffnet erst im Herbst",
        "Obstbauern testen neue Frostschutztechnik",
    ]
    body = "KURIER am Abend\nDonnerstag, 22. Januar 2026\n\n" + _digest(
        "de", heads, "Wendener Kurier · Beispiel Verlag GmbH · Hauptstraße 1 · 12345 Wenden"
    )
    items = extract("abend.eml", _mail("KURIER am Abend <news@kurier.example>", body))
    assert len(items) == 3
    assert {i.article.source for i in items} == {"Wendener Kurier"}


def test_a_russian_morning_edition_is_its_outlets() -> None:
    heads = [
        "В городе отремонтируют набережную",
        "Аграрии получат новые субсидии",
        "На ремонт закрыли мост через реку",
    ]
    rule, split = "=" * 40, "-" * 40
    items_text = f"\n{split}\n\n".join(
        f"ГОРОД\n{head}\n19.01.2026 1{n}:42\n\n{_PARAS['ru']}" for n, head in enumerate(heads)
    )
    body = (
        f"ЗНА | Утренняя лента | 20 января 2026\n\nДоброе утро!\n{rule}\n\n{items_text}\n"
        f"{rule}\nВы получили это письмо, потому что подписались на рассылку.\n"
        "Отписаться: https://primer.example/unsubscribe\n"
        "Западное агентство новостей (ZNA) | zna.example\n© 2026 ZNA\n"
    )
    items = extract("utro.eml", _mail("ЗНА Утро <digest@zna.example>", body))
    assert len(items) == 3
    assert {i.article.source for i in items} == {"ZNA"}


@pytest.mark.parametrize(
    ("brand", "text", "want"),
    [
        ("BOTE", "…\nOberländer Bote – Ihre Zeitung im Tal | Impressum\n", "Oberländer Bote"),
        ("Herald", "…\nNorth Valley Herald · 12 High St · Valleytown\n", "North Valley Herald"),
        ("Вестник", "…\nСеверный Вестник | Подписка\n", "Северный Вестник"),
        # the publisher's name, its legal form after the brand: no fuller name of the paper
        ("Tageblatt", "…\nVerlag Tageblatt GmbH · Stade\n", "Tageblatt"),
        # two words are no one-word brand
        ("Example News", "…\nBig Example News · Home\n", "Example News"),
    ],
)
def test_footer_fuller(brand: str, text: str, want: str) -> None:
    assert _footer_fuller(brand, text) == want


@pytest.mark.parametrize(
    "line",
    [
        "Our take: The move fits the ministry's push for local suppliers.",
        "My view: the three stories are really one story.",
        "Unsere Einschätzung: Der Schritt kommt spät, aber er kommt.",
        "Наш комментарий: решение ожидаемое, но сроки сжатые.",
        "Back to contents",
        "Zurück zum Inhaltsverzeichnis",
        "↑ К содержанию",
        "View full article · Add to report · Reach: 97,300",
    ],
)
def test_a_digests_own_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our take on the budget was wrong, the minister conceded on Friday.",
        "My view of the river changed when the dam was built, she said.",
        "Back to school: parents face higher costs this autumn",
    ],
)
def test_look_alikes_stay_text(line: str) -> None:
    assert not is_boilerplate(line)
