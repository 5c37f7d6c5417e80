"""Held-out files of several articles each (tests/importers/data/heldout_multi): digests,
newsletters, an mbox and press reviews the heuristics were not written against. Per file
the number of articles, per article the fields test_heldout checks, so what they already
get right does not regress; what stays open is a strict xfail with its reason."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.model import Extracted

HELDOUT = Path(__file__).parent / "data" / "heldout_multi"
EXPECTED = yaml.safe_load((HELDOUT / "expected.yaml").read_text(encoding="utf-8"))
FIELDS = ("title", "source", "dateline", "section", "language", "author")
CASES = [(name, k) for name in sorted(EXPECTED) for k in range(len(EXPECTED[name]["items"]))]
# 'file' for its count of articles, 'file#k' for its k-th article.
KNOWN_MISSES = {
    # Blind batch 220 (6 newsletters and digests, measured blind: 128 of 150 core fields)
    # (fixer 220). Open, to be fixed family by family:
    "nd_de_morgenlage.eml#2": "section: the rubric's place ('OSTDEUTSCHLAND · Thüringen') "
    "taken for the desk",
    "nd_de_morgenlage.eml#3": "section: the rubric's topic ('KULTUR · Theater') taken for the desk",
    "wannundwo_de_newsletter.eml#1": "source: the bracketed desk '[Dornbirn]' read as the "
    "outlet; section unread",
    "citywire_en_daily.eml#0": "section unread; author: the desk 'Wealth Management' taken "
    "for a byline",
    "sarke_en_digest.eml#2": "date: the mail's sending time over the item's own day",
    "theeastafrican_en_headlines.mbox": "4 articles for 5: two items read as one",
    "theeastafrican_en_headlines.mbox#2": "source: the desk 'Rest of Africa' read as the "
    "outlet; section unread",
    "theeastafrican_en_headlines.mbox#3": "the next item in its place (two items read as one)",
    "theeastafrican_en_headlines.mbox#4": "missing (two items read as one)",
    # Blind batch 214 (6 newsletters and digests, measured blind: 144 of 150 core fields)
    # (fixer r38). Open, to be fixed family by family:
    "lowyinstitute_en_weekly.eml#2": "section: the item's rubric unread",
    "luzernerzeitung_de_morgenbriefing.eml#2": "date: the mail's sending time over the "
    "item's own date",
    # Blind batch 203 (fixer 203). Left open, a convention: a brand in both scripts stays as
    # printed (as bo_ru_zemlya.txt in the held-out set expects 'БИЗНЕС Online'); the writer
    # wants the gazetteer's 'Business Online'.
    "brandanalytics_ru_uvedomlenie.eml#0": "source: mixed-script brand 'БИЗНЕС Online' kept "
    "as printed, not the listed 'Business Online' (convention)",
    # Blind batch 197 (fixer 197). Left open:
    "argus_de_medienspiegel.eml#2": "source: the programme 'SRF Regionaljournal Aargau "
    "Solothurn' for its broadcaster SRF (an edition's name kept as printed, as 'Mining Weekly "
    "Africa' in test_batch176_families)",
    "observer_de_clippings.mbox#0": "source: the edition 'Kleine Zeitung Steiermark' for the "
    "known outlet Kleine Zeitung (as #2 of argus_de_medienspiegel.eml)",
    # Blind batch 94 (fixer 94). Left open:
    "pressrelations_de_medienspiegel.eml#4": "section: the search profile's 'transport' where "
    "the item shows no rubric",
    "semafor_en_inbox.mbox#2": "the 'Reader Comments' block under the text stays",
    "table_de_briefing.eml#0": "source: the newsletter's masthead 'Research.Table' where the "
    "writer wants the publisher's '© Table.Briefings' (a judgement call: logo vs. © line)",
    "table_de_briefing.eml#1": "source as #0; author: the signature name under the text (no "
    "'Von') unread",
    "table_de_briefing.eml#2": "source as #0",
    "table_de_briefing.eml#3": "source as #0; the sign-off 'Ihr Research.Table-Team' and the "
    "trial pitch for non-subscribers stay in the last item",
    # Blind batch 99 (fixer 99). Left open:
    "businesspost_en_alerts.mbox": "the plain-text 'Tech Week' mail's masthead 'BUSINESS POST "
    "- TECH WEEK' under 'Forwarded this email?' made an article of its own",
    "businesspost_en_alerts.mbox#3": "the 'Tech Week' masthead read as the headline (desk "
    "'Energy' and byline under it unread)",
    "dkwv_de_pressespiegel.docx#2": "source: 'manager magazin online' as the stamp prints it, "
    "the writer wants the brand without 'online' (judgement call: 'Spiegel Online' is a name)",
    "btt_ru_obzor.pdf#1": "source: the opener's own abbreviation '(ПЛН)' read as an agency "
    "('PLN') over the outlet's name in the source line",
    "pacs_en_mediareview.odt#3": "author: the byline 'Name | Business Desk' unread",
    # Blind batch 104 (fixer 104). Left open:
    "landvorarlberg_de_pressespiegel.docx#2": "source: the review's 'Pressespiegel' for the "
    "online item's outlet 'ORF Vorarlberg', which is read as its section",
    "cision_en_esbdigest.eml#0": "author: the 'name, role' byline unread",
    "cision_en_esbdigest.eml#1": "section and author: the desk between the outlet and the "
    "'Published:' field unread; the 'name, role' byline unread",
    "cision_en_esbdigest.eml#3": "author as #0",
    "cision_en_esbdigest.eml#4": "author as #0; a publisher's licence line stays",
    "eabr_ru_obzorsmi.odt#2": "author: the byline under the text ('Name, Outlet.kz') unread",
    "mailguardian_en_newsletters.mbox#3": "the author's bio under the text stays",
    # Blind batch 109 (fixer 109). Left open:
    "astrobl_ru_obzor.odt#1": "the review's 'Материал также опубликовали: …' note stays",
    "kepsa_en_mediareview.pdf#1": "the PDF text layer's \"Kenya 's\" spacing in the text",
    "staedtetag_de_pressespiegel.docx#2": "source: the full name printed in the credit "
    "'Staatsanzeiger für Baden-Württemberg' (writer: 'Staatsanzeiger', as its contents list; "
    "a judgement call)",
    # Blind batch 126 (fixer 126). Left open:
    "polizeimuenchen_de_pressebericht.txt#0": "source: the logo 'Polizei Bayern' for the "
    "issuing office in the trail; section: a menu entry over the trail's 'Pressemitteilungen'",
    "polizeimuenchen_de_pressebericht.txt#1": "source and section as #0",
    "polizeimuenchen_de_pressebericht.txt#2": "source: the footer's '© Bayerische Polizei' "
    "for the issuing office; section as #0",
    # Blind batch 167 (fixer 167). Left open:
    "presseordner_de_forwards.mbox#1": "the forwarded page's comment row read as the headline; "
    "desk, byline and stamp under it unread",
    "presseordner_de_forwards.mbox#2": "shifted by the extra article (the third forward's "
    "'Baar (Keystone-SDA) -' item is #3)",
    # Blind batch 177 (fixer 177). Left open:
    "germanwatch_de_newsletter.eml#0": "section: the kicker over the headline lost by the "
    "template split (digestsplit); source 'Germanwatch e.V.' as the sender and © line print "
    "it, the writer wants the logo's 'Germanwatch' (judgement call)",
    "germanwatch_de_newsletter.eml#1": "as #0 (the previous item's 'Weiterlesen' taken over "
    "the kicker)",
    "germanwatch_de_newsletter.eml#2": "section: the kicker 'Presse über uns' unread (as #0)",
    # Blind batch 202 (fixer 202). Left open:
    "instituteforgovernment_en_bulletin.eml#1": "author: the bare name under a 'Topic: "
    "question?' headline unread (the same name under a headline without the colon is read)",
    # Blind batch 208 (fixer 208). Left open:
    "schwarzwaelder_de_abend.eml#1": "date: the mail's sending minute for this unstamped item "
    "(the writer files the mail's day; test_samples and the mail tests file the minute)",
    "pamedia_en_morningwire.eml#4": "the diary's 'For subscriber use only' footer stays",
    "brookings_en_brief.eml#0": "the editor's essay: its rubric 'FROM THE EDITOR' and the "
    "signature under its text ('Name' / 'Managing Editor, Brookings') unread",
    # Blind batch 210 (fixer 210). Left open:
    "thueringen_de_pressespiegel.docx#2": "source: 'MDR THÜRINGEN (online)', MDR's Thuringian "
    "service, kept as printed where the writer files 'MDR' (no alias: a service is no spelling)",
    "vbw_de_pressespiegel.pdf#3": "author: 'Von X und Y' filed as printed ('X und Y'), as the "
    "held-out set files two authors ('Stefan Schulte und Frank Meßing'); the writer wrote 'X, Y'",
    # Blind batch 209 (fixer 209). Left open:
    "infopaq_de_tagesalert.eml#3": "source: the service's name for the outlet in the 'Medium:' row",
    "infopaq_de_tagesalert.eml#5": "source: the host's 'NDR.de' for the 'Medium:' row's name",
    "yandex_ru_syuzhet.eml#3": "source: the digest's own 'Яндекс' for the item's outlet",
    "fwdteam_en_forwards.mbox#0": "section: the desk line under the masthead ('Stuttgart' "
    "over the kicker) unread",
    # Blind batch 216 (fixer 216a: its PDF and RTF files). Left open:
    "yanao_ru_obzor.rtf#3": "source: the field's 'URA.RU' in its usual case 'Ura.ru' as a "
    "domain in capitals is (convention clash: heldout ura_ru_metallurgi.txt and "
    "nurkz_ru_benzin.txt want 'Ura.ru', 'Nur.kz'; the writer here the listed 'URA.RU')",
    # Blind batch 215 (fixer 215). Left open:
    "bluereport_de_medienspiegel.eml#2": "section: a programme's name of four words after the "
    "station and the duration ('Radio SRF 1, Dauer 2:14 | Regionaljournal Bern Freiburg "
    "Wallis') read as no desk",
    "truescope_en_mediaalert.eml#1": "source: the printed 'ABC News' beside abc.net.au for "
    "the listed 'ABC News (Australia)' (the listed 'ABC News' is the US one)",
    "scan_ru_monitoringfwd.eml#3": "source: domain in capitals 'E1.RU' given its usual case "
    "'E1.ru' (convention, as e1_ru_tramvai.txt in heldout)",
    # Blind batch 221 (fixer 221; measured blind: core 84/120). Open, to be fixed family by
    # family:
    "iqbuzz_ru_monitoring.eml#2": "source: the paper's town in brackets after its name "
    "('Речь (Вологда)') kept, the writer files the paper ('Rech')",
    "swissdox_de_medienbeobachtung.eml#3": "the delivery's licence footer stays",
}
_CACHE: dict[str, list] = {}  # type: ignore[type-arg]


def _articles(name: str) -> list:  # type: ignore[type-arg]
    if name not in _CACHE:
        items = extract(name, (HELDOUT / name).read_bytes())
        _CACHE[name] = [i.article for i in items if isinstance(i, Extracted)]
    return _CACHE[name]


def _xfail(key: str, request: pytest.FixtureRequest) -> None:
    if key in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_MISSES[key], strict=True))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_heldout_multi_count(name: str, request: pytest.FixtureRequest) -> None:
    _xfail(name, request)
    assert len(_articles(name)) == len(EXPECTED[name]["items"])


@pytest.mark.parametrize(("name", "k"), CASES, ids=[f"{n}#{k}" for n, k in CASES])
def test_heldout_multi_article(name: str, k: int, request: pytest.FixtureRequest) -> None:
    _xfail(f"{name}#{k}", request)
    want = EXPECTED[name]["items"][k]
    arts = _articles(name)
    assert k < len(arts), "missing"
    art = arts[k]
    for field in FIELDS:
        if field in want:
            assert getattr(art, field) == want[field], field
    expected = datetime.fromisoformat(str(want["published"]))
    assert art.published is not None
    if expected.tzinfo is None or art.published.tzinfo is None:
        assert art.published.replace(tzinfo=None) == expected.replace(tzinfo=None)
    else:
        assert art.published == expected
    assert art.body.startswith(want["body_starts"])
    for snippet in want.get("excludes", []) or []:
        assert snippet not in art.body, snippet
    assert not [p for p in art.body.split("\n\n") if is_boilerplate(p)]
