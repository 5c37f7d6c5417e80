"""Twenty-sixth blind batch: a paste's logo with no copyright notice under the text is the
outlet when the text names it again ('Фото: Example'), and a domain-like logo ('Example.at')
takes the bare name the text uses ('Foto: Example, Archiv')."""

from __future__ import annotations

from app.importers import extract

RU_PARA = (
    "Городской совет во вторник после долгих обсуждений одобрил строительство нового моста "
    "через реку, работы должны начаться следующей весной. "
)
DE_PARA = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den "
    "Fluss beschlossen, die Arbeiten sollen im kommenden Frühjahr beginnen. "
)


def _paste(logo: str, menu: list[str], title: str, para: str, credit: str) -> bytes:
    lines = [logo, *menu, title, para * 3, credit, para * 2]
    return "\n".join(lines).encode("utf-8")


def test_logo_named_again_in_the_text_is_the_source() -> None:
    menu = ["Каталог", "Новости", "Барахолка", "Форум", "Люди", "Авто"]
    data = _paste(
        "Примерник", menu, "Совет одобрил строительство моста", RU_PARA, "Фото: Примерник"
    )
    art = extract("a.txt", data)[0].article
    assert art.source in {"Примерник", "Primernik"}


def test_logo_not_named_again_is_no_source() -> None:
    menu = ["Каталог", "Новости", "Барахолка", "Форум", "Люди", "Авто"]
    data = _paste("Примерник", menu, "Совет одобрил строительство моста", RU_PARA, "Фото: ТАСС")
    assert extract("a.txt", data)[0].article.source not in {"Примерник", "Primernik"}


def test_domain_logo_takes_the_bare_name_the_text_uses() -> None:
    menu = ["Niederösterreich", "Bezirke", "Wirtschaft", "Sport", "Blaulicht"]
    data = _paste(
        "MUB.at", menu, "Gemeinderat beschließt neue Brücke", DE_PARA, "Foto: MUB, Archiv"
    )
    data += "\nNewsletter: Jetzt anmelden\n© MUB.at / Musterbezirk Nachrichten\n".encode()
    assert extract("a.txt", data)[0].article.source == "MUB"
