"""An agency's mail service: a headline sent in capitals, the agency's name before the
subject, the opt-out line and the copyright notice under the last rule (casing.py,
mail.py, newsletter.py, resources/profiles)."""

from __future__ import annotations

from email.message import EmailMessage

from app.importers import extract
from app.importers.agency import parse_dateline
from app.importers.casing import cased_title
from app.importers.profiles import default_profiles
from app.model import Extracted

_TEXT = (
    "Zürich (awp) - Der Einkaufsmanagerindex für die Industrie ist im November auf 48,2 "
    "Punkte gefallen, wie die Bank am Montag mitteilte. Ökonomen hatten mit einem Wert von "
    "49,5 Punkten gerechnet.\n\n"
    "Vor allem die Auftragseingänge aus dem Ausland hätten nachgelassen, hiess es. Die "
    "Beschäftigung blieb dagegen stabil."
)


def _mail(subject: str, body: str, sender: str = "Agentur Abo-Dienst <abo@agentur.example>"):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "desk@corp.example", subject
    msg["Date"] = "Mon, 24 Nov 2025 10:45:00 +0100"
    msg.set_content(body)
    return [i for i in extract("wire.eml", msg.as_bytes()) if isinstance(i, Extracted)], msg


def test_a_capitals_headline_takes_the_case_of_its_text() -> None:
    title = cased_title("EINKAUFSMANAGERINDEX FÄLLT IM NOVEMBER UNTER ERWARTUNGEN", _TEXT)
    assert title == "Einkaufsmanagerindex fällt im November unter erwartungen"
    assert cased_title("EU AND UK AGREE ON RULES", "The UK and the EU agreed.") == (
        "EU and UK agree on rules"
    )
    assert cased_title("Bund und Länder einigen sich", _TEXT) == "Bund und Länder einigen sich"


def test_agency_service_mail_gives_one_cased_article_without_its_footer() -> None:
    body = (
        "Agentur Abo-Dienst\nKunde 4711 | Meldung 2 von 5\n" + "-" * 40 + "\n"
        "24.11.2025 10:42\n\nEINKAUFSMANAGERINDEX FÄLLT IM NOVEMBER STÄRKER ALS ERWARTET\n\n"
        f"{_TEXT}\n\nmk/ra\n\n" + "-" * 40 + "\n"
        "(c) Agentur AG. Weiterverbreitung nur mit Genehmigung.\n"
        "Abonnement verwalten oder abbestellen: https://agentur.example/abo/4711\n"
    )
    items, _ = _mail("Meldung: Einkaufsmanagerindex", body)
    assert len(items) == 1
    article = items[0].article
    assert article.title == "Einkaufsmanagerindex fällt im November stärker als erwartet"
    assert article.source == "AWP" and article.dateline == "Zürich"
    assert "abbestellen" not in article.body and "(c)" not in article.body


def test_the_agencys_name_before_the_subject_is_no_part_of_the_headline() -> None:
    text = (
        "Wien, 24.11.2025 (KAP) Die Caritas hat vor Kürzungen bei Deutschkursen gewarnt. "
        "Ohne ausreichende Mittel drohten Wartelisten von mehreren Monaten, sagte ihr "
        "Präsident am Montag in Wien."
    )
    items, _ = _mail("Kathpress: Caritas warnt vor Kürzungen", text, "Kathpress <a@kap.example>")
    article = items[0].article
    assert article.title == "Caritas warnt vor Kürzungen"
    assert article.source == "Kathpress"


def test_agencies_known_by_their_dateline_marker() -> None:
    profiles = default_profiles()
    for line, name in [
        ("Prague, Nov 24 (CTK) - The government approved the budget.", "ČTK"),
        ("Budapest, November 24 (MTI) - Parliament passed the bill.", "MTI"),
        ("Sofia, November 24 (BTA) - The cabinet met on Monday.", "BTA"),
        ("DEN HAAG (ANP) - Het kabinet heeft besloten.", "ANP"),
        ("Stockholm (TT) - Regeringen meddelade på måndagen.", "TT"),
    ]:
        found = parse_dateline(line, profiles)
        assert found is not None and found.agency == name, line
