"""A text digest whose items each open with a marked headline ('■ Headline') over a day
line, no rule between them; and a letterhead naming the organisation over its press
office's line.

Why: read as one article, the later headlines stayed in the first item's text (and the
first item's text opening was taken for its headline); 'Пресс-служба X' writes for the
organisation its letterhead names in full.
"""

from email.message import EmailMessage

import pytest

from app.importers import extract
from app.importers.mail import _marked_parts, _printed_name

_ITEMS = {
    "ru": (
        "■",
        [
            ("Совет одобрил поправки о платформенной занятости", "21 января 2026, 11:20"),
            ("Депутаты направили запрос о ценах на газ", "21 января 2026, 12:05"),
            ("Председатель встретился с делегацией соседей", "22 января 2026, 15:40"),
        ],
        "Депутаты на пленарном заседании одобрили в первом чтении законопроект. Документ "
        "вводит новые понятия и устанавливает порядок разрешения споров между сторонами.",
    ),
    "de": (
        "►",
        [
            ("Rat beschließt neue Buslinie zum Gewerbegebiet", "14. Januar 2026, 11:20"),
            ("Kreistag vertagt Entscheidung über Klinik", "15. Januar 2026, 16:05"),
            ("Landrätin empfängt Delegation aus der Partnerstadt", "16. Januar 2026"),
        ],
        "Der Rat hat in seiner Sitzung am Mittwoch beschlossen, die Linie ab dem Sommer im "
        "Halbstundentakt fahren zu lassen. Die Kosten teilen sich Stadt und Landkreis.",
    ),
    "en": (
        "▪",
        [
            ("Council approves new bus route to business park", "14 January 2026, 11:20"),
            ("Committee delays decision on hospital", "15 January 2026, 16:05"),
            ("Mayor welcomes twin town delegation", "16 January 2026"),
        ],
        "The council decided on Wednesday that the route will run every half hour from the "
        "summer. The city and the county will share the costs of the service.",
    ),
}


def _body(lang: str) -> str:
    mark, heads, text = _ITEMS[lang]
    items = "\n\n".join(f"{mark} {h}\n{day}\n\n{text}\n\n{text}" for h, day in heads)
    return f"{items}\n"


@pytest.mark.parametrize("lang", sorted(_ITEMS))
def test_marked_headlines_split_a_part(lang: str) -> None:
    parts = _marked_parts(_body(lang))
    assert [p.split("\n")[0] for p in parts] == [h for h, _ in _ITEMS[lang][1]]


@pytest.mark.parametrize("lang", sorted(_ITEMS))
def test_a_marked_digest_imports_each_item(lang: str) -> None:
    msg = EmailMessage()
    msg["From"] = "Pressestelle <presse@rat.example>"
    msg["To"] = "liste@rat.example"
    msg["Subject"] = "Die Woche im Rat"
    msg["Date"] = "Fri, 16 Jan 2026 17:30:00 +0100"
    rule = "-" * 40
    msg.set_content(f"Stadtrat Beispielstadt\n{rule}\nWOCHE IM RAT\n{rule}\n\n{_body(lang)}")
    items = extract("woche.eml", bytes(msg))
    assert [i.article.title for i in items] == [h for h, _ in _ITEMS[lang][1]]


def test_one_marked_line_and_a_list_stay_whole() -> None:
    one = "■ Rat beschließt neue Buslinie\n14. Januar 2026\n\nDer Rat hat beschlossen, dass …"
    assert _marked_parts(one) == [one]
    listed = "Themen:\n■ Haushalt\n■ Schulen\n■ Verkehr\n\nDer Rat hat lange beraten, sagte er."
    assert _marked_parts(listed) == [listed]


@pytest.mark.parametrize(
    ("sender", "text", "want"),
    [
        (
            "Мажилис",
            "Мажилис Парламента Республики Пример\nПресс-служба\n---\n…",
            "Мажилис Парламента Республики Пример",
        ),
        ("Stadtrat", "Stadtrat Beispielstadt\nPressestelle\n…", "Stadtrat Beispielstadt"),
        ("Example Council", "Example Council West\nPress Office\n…", "Example Council West"),
        # no office line under the longer name: the sender as it is
        ("Stadtrat", "Stadtrat Beispielstadt tagt\nHeute im Rathaus\n…", "Stadtrat"),
    ],
)
def test_a_letterhead_over_its_press_office_names_the_organisation(
    sender: str, text: str, want: str
) -> None:
    assert _printed_name(sender, text) == want
