"""A listed company's ad-hoc disclosure label (EU market abuse rules, Art. 17 MAR) over or under
its release: the filing's frame, neither the text's first paragraph nor its headline."""

import pytest

from app.importers import extract
from app.importers.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Veröffentlichung einer Insiderinformation nach Artikel 17 der Verordnung (EU) "
        "Nr. 596/2014 (MAR)",
        "Inside information pursuant to Article 17 of Regulation (EU) No 596/2014",
        "Disclosure of an inside information according to Article 17 MAR",
        "Ad-hoc-Mitteilung gemäß Art. 17 MAR",
        "Ende der Insiderinformation",
        "End of Inside Information",
    ],
)
def test_disclosure_label_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Insiderinformationen dürfen nach dem Gesetz nicht vorzeitig weitergegeben werden.",
        "Ad-hoc-Mitteilungen",
        "The regulator fined the bank for failing to disclose inside information in time.",
    ],
)
def test_prose_about_inside_information_stays(line: str) -> None:
    assert not is_boilerplate(line)


def test_adhoc_release_opens_with_its_dateline() -> None:
    text = (
        "11.03.2026 | 18:05 Uhr\n\n"
        "Nordwerk Optics hebt Ergebnisprognose für 2026 an\n\n"
        "Veröffentlichung einer Insiderinformation nach Artikel 17 der Verordnung (EU) "
        "Nr. 596/2014 (MAR)\n\n"
        "Kassel, 11. März 2026 – Der Vorstand der Nordwerk Optics SE hat heute beschlossen, "
        "die Prognose für das laufende Geschäftsjahr anzuheben. Grund ist ein starker "
        "Auftragseingang aus der Medizintechnik.\n\n"
        "Die vollständigen Zahlen veröffentlicht das Unternehmen am 28. April 2026.\n\n"
        "Ende der Insiderinformation\n"
    )
    art = extract("adhoc.txt", text.encode())[0].article
    assert art.dateline == "Kassel"
    assert art.body.startswith("Kassel, 11. März 2026 – Der Vorstand")
    assert "Insiderinformation" not in art.body
