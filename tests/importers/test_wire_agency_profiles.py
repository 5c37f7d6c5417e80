"""Wire agencies analysts meet in Central Asia, the Caucasus, the Baltics and Asia-Pacific
are named by their datelines as their profiles spell them."""

from __future__ import annotations

import pytest

from app.importers import extract

BODY = "\n\nThe second paragraph adds what officials said about the plans for next year."

CASES = [
    ("ЕРЕВАН, 27 ноября. /АРМИНФО/. Цены на продовольствие выросли на два процента.", "ArmInfo"),
    ("Алматы. 25 ноября. КазТАГ - Банки повысили ставки по потребительским кредитам.", "KazTAG"),
    ("ДУШАНБЕ, 20.11.2025 /НИАТ «Ховар»/. Сбор хлопка в республике завершён досрочно.", "Khovar"),
    ("Баку, 24 ноября (Туран) – Экспорт нефти через порт вырос на пятую часть.", "Turan"),
    ("ТАЛЛИНН, 24 ноября, BNS – Правительство одобрило новый налог на автомобили.", "BNS"),
    ("KUALA LUMPUR, Nov 24 (Bernama) -- Palm oil exports rose for a third month.", "Bernama"),
    ("Jakarta (ANTARA) - The government will open two new rail lines next year.", "ANTARA"),
    ("New Delhi, Nov 24 (IANS) The Cabinet approved a new scheme for rural roads.", "IANS"),
]


@pytest.mark.parametrize(("opening", "agency"), CASES)
def test_dateline_names_the_agency(opening: str, agency: str) -> None:
    [item] = extract("wire.txt", f"Headline of the item\n\n{opening}{BODY}".encode())
    assert item.article.source == agency


def test_aap_end_mark_leaves_the_text() -> None:
    text = f"Senate passes bill\n\nSYDNEY (AAP) - The Senate passed the bill on Monday.{BODY}"
    [item] = extract("wire.txt", f"{text}\n\nAAP gb/jmc\n".encode())
    assert item.article.source == "AAP"
    assert item.article.body.endswith("plans for next year.")
