"""Held-out clippings (tests/importers/data/heldout): agencies and site chromes the
heuristics were not written against. The benchmark reports their accuracy separately;
this test keeps what they already get right from regressing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.model import Extracted

HELDOUT = Path(__file__).parent / "data" / "heldout"
EXPECTED = yaml.safe_load((HELDOUT / "expected.yaml").read_text(encoding="utf-8"))
FIELDS = ("title", "source", "dateline", "section", "language", "author")
# Misses of the third and fourth batches still open (the benchmark lists the field): kept
# visible here rather than dropped, and flagged when one starts passing.
# the writer of batch 127 counts the page's standfirst as the body's start
_LEAD_APART = "body: the lead (standfirst) kept apart, the writer counts it as the text's start"

KNOWN_MISSES = {
    # Blind batches 223 (10 documents, measured blind: 53 of 60 core fields, author 7/10,
    # 5 lines left), 224 (12 pastes: 69 of 72, 2 lines left) and 225 (12 saved pages: 68 of
    # 72, 2 lines left) (fixer r39). Open, to be fixed family by family:
    "mincult_ru_muzei.pdf": "source: the ministry's full Cyrillic name for its short Latin "
    "'Minkultury Rossii'",
    "tatneft_ru_vodorod.docx": "source: the issuer's legal Cyrillic name 'ПАО «ТАТНЕФТЬ» им. "
    "В.Д. Шашина' for 'Tatneft'",
    "blueprint_en_fec.txt": "source: the company's 'Blueprint Newspapers Limited' for 'Blueprint'",
    "werdenberger_de_rhein.txt": "source: the masthead's short 'W&O' over the full name "
    "(printed alias vs full name)",
    "sputnikuz_ru_kommunalka.txt": "source: the dateline's 'Sputnik' for the regional site "
    "'Sputnik Uzbekistan' (as sputniknewsuz_ru_eksport.eml); 'Читать Sputnik в Telegram' stays",
    "orfsalzburg_de_lawine.html": "source 'ORF' for the regional 'salzburg.ORF.at'; the "
    "closing 'Lawinenwarndienst Salzburg' credit stays",
    "swraktuell_de_stuttgart21.html": "source 'SWR' for the printed 'SWR Aktuell'",
    "roshydromet_ru_morozy.html": "source: the agency's site name unread",
    "vitbich_ru_avtobus.html": "source 'Vitbichi' for the site's Latin 'Vitbich'",
    # Blind batches 219 (12 saved pages, measured blind: 58 of 72 core fields), 217 (10
    # documents: 49 of 60, 6 lines left) and 218 (12 pastes: 67 of 72, 5 lines left) (fixer
    # r38). Open, to be fixed family by family:
    "dab_de_honorare.html": "source: og:site_name 'DABonline | Deutsches Architektenblatt' "
    "kept whole (a brand and its paper's name; held-out 'ZfK - Zeitung für …' files the first)",
    "sachsen_de_ganztag.html": "a state press office's release: source (the issuing office in "
    "the release's field rows) unread; section the trail's 'Medieninformationen' (a release "
    "portal's trail level, which held-out pages file as the section)",
    "hulldailymail_en_bridge.html": "source: the site's brand 'Hull Live' for the list's "
    "'Hull Daily Mail' (printed alias vs list name)",
    "itv_en_ferries.html": "section: a topic tag over the headline ('Ferries', linking to "
    "/topic/) read as no desk",
    "nwzonline_de_deich.pdf": "section: the kicker 'Küstenschutz' over the rubric; an ad "
    "line ('Autohaus …') stays in the text",
    "basf_en_ammoniak.pdf": "a press release: dateline unread; the bullet summary opens the text",
    "ogonyok_ru_dacha.pdf": "title: the deck read over the headline; source the publisher "
    "'Kommersant' for its magazine 'Ogonyok'; section the kicker over the rubric",
    "thehindu_en_metro.docx": "dateline: the stamp's place ('… IST - CHENNAI') read as the "
    "dateline, as the held-out hindu_en_gst.txt files it; the writer wants none (convention)",
    "vbb_de_fahrrad.docx": "a press release: source the letterhead's full name over 'VBB'; "
    "'Berlin, date' over the headline read as a dateline",
    "teleinfo_ru_maining.txt": "a caption without a credit stays in the text",
    "ntann_ru_kanatka.txt": "a related-article teaser under 'Главное' stays in the text",
    "wp_de_volmetalbahn.txt": "section: a menu entry ('Wetter') over the article's rubric; "
    "author unread; a caption stays",
    "newsminute_en_tunnel.txt": "title: a photo caption read as the headline; section unread; "
    "the dateline's place read as the author",
    # Blind batches 211 (10 documents, measured blind: 55 of 60 core fields), 212 (12
    # pastes: 67 of 72) and 213 (10 saved pages: 53 of 60) (fixer 211). Left open:
    "viennaat_de_westeinfahrt.txt": "source: 'Vienna.at' for the logo's 'VIENNA.AT'",
    "extratipp_de_ampel.html": "source: the domain-cased 'Extratipp.com' for 'Extra Tipp'",
    "ngs42_ru_snegopad.html": "source: the domain 'NGS42.ru' for the brand 'NGS42'",
    # Blind batch 205 (12 documents, measured blind: 62 of 72 core fields; 70 after). Left open:
    "uralpress_ru_tramvay.pdf": "source: our 'Ural-press-inform' (the held-out precedent "
    "fwdkollega_ru_peresylki.mbox#1) where the writer title-cases 'Ural-Press-Inform' "
    "(convention clash; title-casing hyphened parts lost 4 held-out items)",
    "orenburzhie_ru_zerno.rtf": "title: a short headline of a clause over its longer deck "
    "('Зерно пошло на юг') read as a kicker (a Russian-clause rule lost 5 held-out titles)",
    # Blind batch 201 (12 saved pages, measured blind: 69 of 72 core fields; 70 after the
    # ministry's source was filed in full, as every held-out ministry is). Left open:
    "derbytelegraph_en_mickleover.html": "source: the page's own brand 'Derbyshire Live' "
    "(og:site_name, publisher) where the writer files the list's name 'Derby Telegraph' "
    "(convention clash: mapping listed aliases to the name lost 6 held-out items for 1)",
    "thelocal_en_deutschlandticket.html": "source: og:site_name 'The Local Germany' (brand "
    "and edition) where the writer files the brand 'The Local' the <title> ends with",
    "bietigheimer_de_viadukt.html": "body: the bold 'vorspann' standfirst kept at the top of "
    "the text, the writer counts the text from the paragraph after it",
    "thesun_en_fog.html": _LEAD_APART,
    "cleanenergywire_en_grid.html": "the site's funding note ('X is funded by Y. Learn more "
    "about our funding.') stays under the text",
    # Blind batch 197 (fixer 197). Left open:
    "akm_ru_lenta.eml": "section: the rubric in capitals after the stamp's time ('28.10.2026 "
    "14:17   ЭНЕРГЕТИКА') unread",
    # Blind batch 86's pasted agency and trade-wire texts (fixer 86). Left open:
    "agraeurope_de_schwein.txt": "source: 'AGRA-EUROPE' as the logo prints it for 'Agra-Europe' "
    "(casing, a judgement call)",
    "euwid_de_altpapier.txt": "text start: the opening paragraph under the date-only stamp "
    "taken as a standfirst",
    "map_en_phosphate.txt": "source: the site's 'MAP Express' for the agency 'MAP' (a judgement "
    "call)",
    "zol_ru_eksport.txt": "source: the transliterated 'Zerno On-Layn' for the domain 'zol.ru' "
    "(a judgement call)",
    # Blind batch 75's pasted agency texts (fixers 75, 75b). Left open (source conventions):
    "pro_de_bibel.txt": "source: the publisher's legal name over the logo's 'PRO'",
    "tvbrics_ru_kofe.txt": "source 'TV Brics' for the logo's 'TV BRICS'; title and date from the "
    "'Популярное' list; the 'Ранее X сообщал' teaser stays (convention)",
    "chuvashinform_ru_most.txt": "source: 'Chuvashinform.rf' for 'Chuvashinform' (convention)",
    "jis_en_coffee.txt": "source: the spelled-out name for the logo's 'JIS' (convention)",
    # Blind batch 76's single-article documents (fixer 76). Left open:
    "lvb_de_medieninformation.pdf": "source: the short 'LVB' for the footer's 'Leipziger "
    "Verkehrsbetriebe (LVB) GmbH'; 'Leipzig, date' over the headline gives a dateline "
    "(convention clash, as vattenfall_en_release.pdf)",
    # Blind batch 74 (7 saved pages, 7 pasted texts, measured blind: 78 of 84 core fields; 83
    # after the rules on logo-named titles over an <h2>, home crumbs in the site's name,
    # 'Name/Staff Reporter', <li> bylines, 'X Online' under the logo 'X' and caption credits):
    "egonline_ru_nalog.html": "source: the transliterated 'Ekonomika i Zhizn' for the writer's "
    "'Ekonomika i zhizn' (casing of a transliteration, a convention clash)",
    # Blind batches 72/73's single-article mails (fixer 73). Left open:
    "nornickel_ru_reliz.eml": "title: the dateline sentence taken over the «»-quoted headline; "
    "the 'О компании:' box a second item; source the sender's 'Пресс-служба Норникеля'",
    "mittelbayerische_de_weiterleitung.eml": "section: the place rubric in capitals over the "
    "kicker not read",
    "bmftr_de_pressemitteilung.eml": "source: the sender 'X Pressereferat' kept, the logo's "
    "spelled-out ministry name not used",
    "amnesty_en_release.eml": "source: the sender's 'Amnesty UK' over the full name; the "
    "embargo's time (00:01 GMT) lost from the date",
    # Blind batches 68/69's single-article mails (fixer 69). Left open:
    "nottinghampost_en_forward.eml": "section: the rubric line 'Nottingham News' over the "
    "quoted headline not read as the section",
    "wwf_en_release.eml": "source: the sender's 'WWF International' where the writer wants the "
    "brand 'WWF' (convention clash)",
    "dfs_de_pressemitteilung.eml": "title: the subject 'PM: …' kept over the HTML's bold headline",
    "tagesschau_de_bahn.html": "headline without its kicker; h1 and byline left in the body",
    "anadolu_en_wheat.txt": "author in a 'Name | date' stamp",
    "astanatimes_en_rail.txt": "'By X in Section on date' byline",
    "faz_de_autozoelle.html": "visible h1 preferred to 'Kicker: Headline'; place in byline",
    "zeit_de_kommunalwahl.html": "visible h1 preferred to the og:title with its kicker",
    "france24_en_farmers.html": "standfirst (chapo) kept at the top of the body",
    # Batch 42 (14 agency and state-media pastes, measured blind: 71 of 84 core fields right;
    # 81 after this batch's general rules). Left open:
    "swissinfo_de_stromreserve.txt": "section: the generic 'Nachrichten' crumb over the headline "
    "loses to the menu's 'Kultur'; a 'Mehr' teaser's headline stays in the text",
    "parstoday_ru_zheleznaya.txt": "a caption without a credit between paragraphs stays",
    "nhk_ru_ris.txt": "source under the NHK profile's name 'NHK World', not the footer's "
    "'NHK WORLD-JAPAN' (convention); a caption without a credit stays in the text",
    "kyodo_en_expo.txt": "source under the Kyodo profile's name 'Kyodo', not 'Kyodo News' "
    "(convention: a profile's name stands for the agency however a page prints it)",
    # Fifth batch (20 items, measured blind: 88 of 120 core fields right).
    "ntv_de_rente.txt": "no source; caption, standfirst and 'Von X' byline left in the body",
    # Sixth batch (16 items, measured blind: 82 of 96 core fields right).
    # Seventh batch (20 items, measured blind: 103 of 120 core fields right).
    # A kicker in its own span of the heading: this batch (like tagesschau/faz/zeit above)
    # keeps it, the trafilatura-news-html annotation of a zeit.de page with the same markup
    # drops it; the rule follows the annotation (benchmark titles 25/27).
    "sz_de_wohnungsbau.html": "kicker span of the heading left out of the title (convention)",
    # Eighth batch (20 items, measured blind: 106 of 120 core fields right).
    # None open after the fixes (general rules; profiles for Interfax-Azerbaijan, PNA,
    # Asia-Plus and The Independent).
    # Ninth batch (20 items, measured blind: 99 of 120 core fields right).
    # KStA sets the kicker in its own span of the <h1> and repeats "Kicker: Headline" in
    # JSON-LD and og:title, exactly as the annotated zeit.de page of trafilatura-news-html
    # does, whose annotation drops it: the rule follows the annotation (titles 25/27).
    "ksta_de_ford.html": "kicker span of the heading left out of the title (convention)",
    # Tenth batch (20 items, measured blind: 110 of 120 core fields right); 19 pass after
    # this batch's general rules. RND prints the kicker in a span just above its <h1> and
    # "Kicker: Headline" in JSON-LD and og:title: the same convention as KStA above (a rule
    # keeping kickers outside the <h1> but not inside would follow markup, not meaning).
    "rnd_de_buergergeld.html": "kicker span of the heading left out of the title (convention)",
    # Eleventh batch (20 items, measured blind: 113 of 120 core fields right); 19 pass after
    # this batch's general rules. Handelsblatt prints the kicker in its own element above the
    # <h1> and "Kicker: Headline" in JSON-LD, og:title and <title>: the KStA/RND convention.
    "handelsblatt_de_stahl.html": "kicker above the heading left out of the title (convention)",
    # Twelfth batch (20 items, measured blind: 110 of 120 core fields right); all 20 pass
    # after this batch's general rules (and an MDR profile).
    # Thirteenth batch (18 items, measured blind: 88 of 108 core fields right); 102 after
    # this batch's general rules. The six left are conventions, not defects:
    # - Sources: a profile gives an agency or paper one canonical Latin name, whether its
    #   page is Russian or English ("TASS" for "ТАСС" and "TASS", "Izvestia"), so the source
    #   facet groups them; the writer expected the Cyrillic name the page prints. A logo's
    #   abbreviation gives the name it stands for ("WZ – Wiener Zeitung" → "Wiener Zeitung",
    #   eighth batch). ("MOPO" over "© Morgenpost Verlag GmbH" gave "Morgenpost" until the
    #   seventeenth batch: a company's notice in another name yields to the masthead.)
    # - Sections: a page's stated article:section/articleSection beats a breadcrumb that goes
    #   one level deeper ("Wirtschaft › Weser-Ems" under "Wirtschaft"): the fourth and fifth
    #   batches' FAZ ("Wirtschaft › Unternehmen") and SCMP ("Economy › Hong Kong Economy")
    #   expect the stated section, this batch three times the deeper crumb; nothing in the
    #   pages tells the two apart, so the stated one (the site's own facet value) stays.
    "nwz_de_meyerwerft.html": "stated article:section over a deeper breadcrumb (convention)",
    "vlast_ru_elektrichestvo.html": "stated articleSection over a deeper breadcrumb (convention)",
    "irishexaminer_en_ecb.html": "stated articleSection over a deeper breadcrumb (convention)",
    # Fourteenth batch (20 items, measured blind: 104 of 120 core fields right); 115 after
    # this batch's general rules. The five left are the source conventions above: an outlet
    # under its profile's or transliterated Latin name (UzA, Kabar, Fontanka.ru, as earlier
    # batches' clippings of the same outlets expect), Sputnik's regional site under the
    # Sputnik profile (as the earlier Sputnik Kazakhstan clipping), and a stated
    # og:site_name ("RadioFreeEurope/RadioLiberty") over the logo's abbreviation ("RFE/RL"),
    # as a logo's abbreviation gives the name it stands for (MOPO, WZ).
    "lenta_ru_kamchatka.txt": "section: a known section over a deeper crumb (convention)",
    "rg_ru_pensii.html": "section: a stated article:section over the crumb (convention)",
    "rferl_en_lari.html": "stated og:site_name over the logo's abbreviation RFE/RL (convention)",
    # Fifteenth batch (20 items, measured blind: 93 of 120 core fields right); 106 after
    # this batch's general rules (105 by the writer's own expectations: expected.yaml
    # corrects its spelling of The Times of Central Asia). Ten of the eleven left are the
    # conventions above: Cyrillic outlet names under their Latin names, and the stated or
    # known section over a deeper crumb (in a paste, the known section name by the
    # headline: a short line under it may as well be a kicker). The Guardian clipping's
    # bare "X in Athens and Y in Brussels" byline gives no dateline, as the FT clipping's
    # "Rachel Oduya in London" expects.
    "tagesspiegel_de_wohnungsbau.html": "stated articleSection over a deeper crumb (convention)",
    "taz_de_radwege_hamburg.txt": "known section over a deeper crumb line (convention)",
    "srf_de_gletscher.txt": "known section over a deeper crumb line (convention)",
    "guardian_en_ferries.txt": "bare 'Name in Place' byline gives no dateline (convention); "
    "'Analysis' label taken as section; an unmarked related headline left in the text",
    # Sixteenth batch (20 items, measured blind: 106 of 120 core fields right); 117 after
    # this batch's general rules (116 by the writer's own expectations: expected.yaml
    # spells DER SPIEGEL "Der Spiegel", as the earlier Spiegel clipping). The three left are
    # conventions: a crumb or label under a known section that reads as well as a topic
    # is left (keystone's "Gletscherschwund", Wiener Zeitung's "Wohnen" under "Wirtschaft"
    # expect the section above it), and og:site_name "DAWN.COM" gives "Dawn.com".
    "nn_de_schuldner.txt": "unknown deepest crumb line 'Kirche in Bayern' is a topic (convention)",
    "euronews_en_floods.txt": "'Climate' under the menu's 'Green' taken as a topic (convention)",
    "dawn_en_smog.html": "og:site_name 'DAWN.COM' as 'Dawn.com', not 'Dawn' (convention)",
    # Seventeenth batch (16 items, measured blind: 87 of 96 core fields right); 95 after
    # this batch's general rules. The one left is a convention: a one-word logo and footer
    # set in capitals ("AZERNEWS") is written as printed (an acronym may look the same),
    # the writer expected the running-text casing "Azernews".
    "azernews_en_port.txt": "all-caps one-word logo 'AZERNEWS' kept as printed (convention)",
    # Eighteenth batch (14 items, measured blind: 76 of 84 core fields right); 83 after this
    # batch's general rules and two corrected expectations. The one left is a convention:
    # the masthead's name "Avesta" is the source, the writer expected the domain "Avesta.tj".
    "avesta_ru_rogun.txt": "masthead name 'Avesta' over the domain-style 'Avesta.tj' (convention)",
    # Nineteenth batch (14 items, measured blind: 79 of 84 core fields right); 83 after this
    # batch's general rules. The one left is a convention: a domain in capitals takes its
    # usual case ("Ura.ru", "Nur.kz"), the writer expected the running-text casing "E1.RU".
    "e1_ru_tramvai.txt": "domain in capitals 'E1.RU' given its usual case 'E1.ru' (convention)",
    # Batch 44 (14 web pages and pastes, measured blind: 71 of 84 core fields right; 78
    # after this batch's general rules). Left open:
    "deita_ru_port.html": "domain in capitals 'DEITA.RU' given its usual case 'Deita.ru' "
    "(convention, as e1_ru and v1_ru)",
    "dkru_ru_novostroyki.txt": "domain in capitals 'DK.RU' given its usual case 'Dk.ru' "
    "(convention, as e1_ru and v1_ru)",
    "schleswigholstein_de_waermenetze.html": "source: the portal's logo with its tagline, "
    "the writer wants the ministry under 'Herausgeber' (judgement call)",
    "agrarheute_de_milchpreis.txt": "'Name, outlet' byline with the outlet in small letters "
    "('Sabine Rehling, agrarheute') not read as a byline",
    "namibian_en_hydrogen.txt": "the agency of the 'Nampa | date | time' credit and '– Nampa' "
    "sign-off is not the source; the 'Stay informed with X … Subscribe Now!' blurb stays",
    "pib_en_peakdemand.txt": "section: the issuing ministry's line over the headline "
    "('Ministry of Power') is not read as the section",
    # Twentieth batch (14 items, measured blind: 79 of 84 core fields right); 83 after this
    # batch's general rules. The one left is a judgement call: the institute's spelled-out
    # name in the page <title> is the source, the writer expected the logo's acronym "RUSI".
    "rusi_en_drones.html": "<title>'s full name over the logo's acronym 'RUSI' (convention)",
    # Twenty-first batch, documents (PDF, Word, RTF; measured blind: PDF 13 of 24, Word and
    # RTF 22 of 24 core fields right); all but one right after this batch's general rules.
    # The one left is a convention: the source is the profile's name "Der Standard", the
    # writer expected the masthead's capitals "DER STANDARD".
    "derstandard_de_mieten.docx": "profile name 'Der Standard', not 'DER STANDARD' (convention)",
    # Twenty-second batch (14 items, measured blind: 75 of 84 core fields right); 83 after
    # this batch's general rules. The one left is a convention: a one-word logo set in
    # capitals ("FALTER", as in AZERNEWS above) is kept as printed, the writer expected "Falter".
    "falter_de_pensionen.html": "all-caps one-word logo 'FALTER' kept as printed (convention)",
    # Twenty-third batch (documents; measured blind: 54 of 84 core fields right). Left open:
    "businessonline_ru_kazan.docx": "mixed-script brand 'БИЗНЕС Online' transliterated "
    "(convention: Cyrillic outlet names are transliterated)",
    # Twenty-fourth batch (14 items, measured blind: 77 of 84 core fields right); 83 after
    # this batch's general rules. Both left are conventions: a domain in capitals takes its
    # usual case (as e1_ru above), and a byline in capitals is title-cased like any shouted
    # name; the writer expected both as printed.
    "v1_ru_most.txt": "domain in capitals 'V1.RU' given its usual case 'V1.ru' (convention)",
    "thestar_en_flood.html": "capitals byline title-cased, not 'NURUL HANIS ZAINAL' (convention)",
    # Twenty-eighth batch (14 items, measured blind: 73 of 84 core fields right).
    "cbc_en_transit.html": "og:site_name 'CBC' kept over the byline's 'CBC News' (convention)",
    "pnp_de_hochwasser.txt": "logo 'PNP' kept over 'Passauer Neue Presse' (convention)",
    "profil_de_pflege.txt": "lowercase brand 'profil' vs footer domain; caption line kept",
    # Thirtieth batch (14 items, measured blind: 75 of 84 core fields right); 83 after this
    # batch's general rules. The one left is a convention: og:site_name "Premium Times
    # Nigeria" is the stated name, the writer expected the logo's "Premium Times".
    # Twenty-seventh and twenty-ninth batches (documents; single-article files only).
    "railwaygazette_en_renfe.docx": "a Word footnote follows the text as '[1] …' (kept, "
    "by design: notes hold sources and figures); the writer excluded it",
    # Thirty-first batch (14 items, measured blind: 71 of 84 core fields right, 75 after the
    # consent-banner rule); 78 after this batch's general rules. Left open:
    "rbb24_de_tesla.html": "time-only 'Veröffentlicht 06:45 Uhr' not set on the 'Stand:' "
    "stamp's day; the update time taken",
    "ntv_de_eilmeldung.html": "og:site_name 'n-tv NACHRICHTEN' over the 'Quelle: ntv.de' "
    "credit (convention)",
    "point_ru_gaz.txt": "domain cased as the photo credit prints it ('point.md'), not as "
    "the footer's '© Point.md'",
    "93ru_ru_aeroport.html": "logo '93.RU' given its usual case '93.ru' (convention); "
    "rubric 'Транспорт' missed",
    "businesstimes_en_hdb.html": "two byline blocks joined as the metadata lists them "
    "('A, B'), not 'A and B' (convention: 'and' only where printed)",
    # Thirty-sixth batch (documents; the eight single-article files, measured blind: 33 of
    # 48 core fields right); 45 after this batch's general rules. Left open:
    "anadolu_en_forward.eml": "forwarded story: the forward's Date header taken over the "
    "item's 'Name | 24.11.2025 - Update : …' stamp, 'Anadolu' profile name, byline and the "
    "colleague's signature kept",
    "ovgnds_de_presseinfo.pdf": "trail's last crumb 'Presseinformationen' read as section "
    "(convention clash: the held-out pages keep 'Pressemitteilungen' so)",
    # Thirty-eighth batch (14 web pages and pastes, measured blind: 69 of 84 core fields
    # right); 81 after this batch's general rules. Left open:
    "74ru_ru_tramvai.html": "logo '74.RU' given its usual case '74.ru' (convention, as "
    "59.ru, 93.ru and E1.ru)",
    "hessenschau_de_rtw.html": "JSON-LD publisher 'Hessischer Rundfunk' taken over "
    "og:site_name 'hessenschau.de' (convention: the publisher beats a domain-like site name)",
    "energate_de_netzentgelte.txt": "the dateline's outlet credit '(energate)' names the "
    "source over the masthead 'energate messenger'",
    # Thirty-third batch (14 items, measured blind: 72 of 84 core fields right with the
    # cp1252 fix); 80 after this batch's general rules. Left open:
    "sr_de_ticker.txt": "a live ticker pasted whole: the writer wants its latest entry "
    "(headline, '14:32 Uhr', its text), the reader takes the ticker's page (convention)",
    # Thirty-fifth batch (14 items, measured blind: 75 of 84 core fields right); 82 after
    # this batch's general rules. Left open:
    "59ru_ru_tramvai.html": "domain-named logo '59.RU' given its usual case '59.ru' "
    "(convention, as E1.ru and 93.ru)",
    "dailystar_en_exports.txt": "standfirst printed above the headline: the first of the "
    "two heading lines is taken for the title",
    # Thirty-ninth batch (the two single-article mails; blind 6 of 12 core fields, 11 after
    # this batch's mail rules). Left open:
    "stmuv_de_pressemitteilung.eml": "'München, 25. November 2025' under the release label "
    "read as dateline (convention clash: held-out minenergo_ru_release.pdf keeps 'Астана')",
    # Thirty-ninth batch (the seven single-article PDF, Word, ODT and RTF files; blind 29
    # of 42 core fields, 40 after this batch's document rules). Left open:
    "cdusachsen_de_pm.pdf": "'Dresden, 26. November 2025' under the release label read as "
    "dateline (the same convention clash as stmuv_de_pressemitteilung.eml)",
    "oreanda_ru_lenta.rtf": "source 'Oreanda-News': the agency's Latin name is printed "
    "nowhere in the file (transliterated 'OREANDA-NOVOSTI'; needs a profile)",
    # Batch 43 (the seven single-article PDF, Word, ODT and RTF files; blind 34 of 42 core
    # fields, 39 after this batch's document rules). Left open:
    "favt_ru_pressreliz.pdf": "an agency's capitalised full name with its short name in "
    "brackets: the short name 'Росавиация' taken, the writer wants the full name (convention)",
    # Batch 60 (documents, measured blind: 58 of 90 core fields; 75 after the rules on
    # labelled review credits, 'Erschienen in:' and interviewer credits, 'Page: 17' field
    # rows and dated release labels over a logo in capitals). Left open:
    "difu_de_policypaper.pdf": "source: the acronym 'Difu' over the long name printed beside "
    "it; the authors under the title unread, the address's 'Berlin' taken as dateline",
    "nature_en_epaper.pdf": "section: the running head 'NEWS IN FOCUS' cased 'News in Focus', "
    "the writer wants 'News in focus' (casing convention)",
    "monocle_en_podcast.odt": "the station 'Monocle Radio' over '© Monocle': the writer wants "
    "the publisher, the broadcast front names the station (convention)",
    # Batch 40 (14 agency pastes, measured blind: 71 of 84 core fields right; 83 after this
    # batch's general rules and the Montsame and Bernama profiles). Left open:
    "kbs_de_halbleiter.txt": "logo 'KBS WORLD' over '© KBS World Radio': the logo names the "
    "outlet ('Kursiv' over 'Kursiv Media Kazakhstan'), the writer wants the notice (convention)",
    "katholisch_de_austritte.txt": "the 'Linktipp:' teaser's one-paragraph blurb stays in the "
    "text (a short paragraph under a 'Marker: headline' line may be the text's own)",
    # Batch 41 (14 web pages and pastes, measured blind: 79 of 84 core fields right; 83
    # after this batch's general rules). Left open:
    "mcx_ru_zerno.html": "a ministry named only in Cyrillic ('Минсельхоз России'): the "
    "writer's transliteration 'Minselkhoz' is printed nowhere (NOT_VISIBLE convention)",
    # Batch 46 (9 single-article documents; the batch measured blind 77 of 102). Left open:
    # Batch 49 (documents; nine single-article files, measured blind with the batch's
    # three digests: 65 of 96 core fields). Left open:
    "cmakp_ru_zapiska.pdf": "source: the first of the organisation name's two wrapped lines; "
    "the 'Основные выводы' bullets and numbered headings left in the text",
    "economist_en_magazine.pdf": "the running head 'The Economist <date> / Britain' not read "
    "for source and section; the standfirst taken as the title",
    "lloydslist_en_interview.docx": "source from the © line ('… Maritime Intelligence'), not "
    "the masthead over the desk 'Ports and Logistics' (desk not read either)",
    # Batch 48 (14 agency and state-media pastes, measured blind: 71 of 84 core fields
    # right; 77 after this batch's general rules). Left open, all the source's choice:
    "rsi_de_zilina.txt": "'© RTVS' notice over the logo 'Radio Slovakia International'",
    "bnr_de_euro.txt": "'© 2025 BNR' over the logo 'Radio Bulgarien' (convention: the "
    "notice's owner vs the service's name)",
    "koreanet_de_wasserstoff.txt": "'Copyright © Korean Culture and Information Service' "
    "over the logo 'KOREA.net' cased as the text's 'Korea.net'",
    "xabar_ru_tekstil.txt": "a transliterated Cyrillic tagline taken over 'Xabar.uz'",
    "sanews_en_rail.txt": "'© GCIS' (the publisher) over 'SAnews' that its footer names",
    # batch 45 (agency and state-media pastes)
    "vaticannews_de_museen.txt": "a stamp-over-headline list's first item taken as the title",
    "idea_de_freikirchen.txt": "kicker over the headline taken as the title",
    "sb_ru_svekla.txt": "masthead domain 'SB.BY' re-cased 'Sb.by'",
    # Batch 47 (14 web pages and pastes, measured blind: 66 of 84 core fields right; 74
    # after this batch's general rules). Left open:
    "admin_de_reservekraftwerke.html": "'Bern, 26.11.2025 -' opening the text loses to a "
    "sidebar of later releases; 'Herausgeber:' after the text not read; contact block kept",
    "emw_de_kernnetz.txt": "no source (product logo over the brand line, no © in the footer); "
    "the standfirst under the photo credit opens the body",
    "oreninform_ru_podsolnechnik.txt": "the © notice's lower-case domain 'oreninform.ru' kept; "
    "the writer wants 'Oreninform' (domain casing convention)",
    "taipeitimes_en_exportorders.html": "section in an h2 'secttitle' above the headline not read",
    "vz_ru_benzin.html": "domain-styled 'VZGLYAD.ru' over the transliterated brand 'Vzglyad' "
    "(domain casing convention)",
    "ysia_ru_ugol.txt": "re-cased domain 'Ysia.ru' where the writer wants the brand in capitals "
    "'YSIA' (domain casing convention)",
    # Batches 52/53 (single-article mails: forwarded clippings and releases, measured
    # blind; 2 of 7 pass after the rules on forwarded outlets and release wires). Left open:
    "forbesru_ru_peresylka.eml": "the author's bare name over the role line 'Редакция Forbes' "
    "not read as the byline; the subtitle and the role line open the body",
    "fraunhofer_de_presse.eml": "the subline under the release's headline opens the body",
    "mintsifry_ru_reliz.eml": "sender 'Пресс-служба Минцифры' (the office's word before an "
    "inflectable name) taken over the ministry 'Минцифры России' the release signs with",
    "ocado_en_release.eml": "dateline 'HATFIELD, England' read as 'Hatfield' (the country in "
    "mixed case after the city in capitals)",
    # Batch 50 (14 saved pages and pasted texts, measured blind: 74 of 84 core fields right;
    # 83 after this batch's general rules). Left open:
    "midural_ru_gazifikaciya.html": "source: the portal's stated name 'Губернатор и "
    "Правительство Свердловской области' kept whole, not cut to the government (convention)",
    # Batch 51 (14 agency and state-media pages pasted as text, measured blind: 74 of 84
    # core fields right; 84 after this batch's general rules). Left open:
    "marketscreener_de_importpreise.txt": "a mid-text promotion link of the portal "
    "('Portal-Analyse: …', no teaser marker) kept in the text",
    "spa_ru_vie.txt": "a photo caption in mid-text without a credit or marker kept in the text",
    "mercopress_en_beef.txt": "an unmarked related headline in mid-text kept in the text",
    # Batch 52 (single-article documents, measured blind: 38 of 90 core fields for the
    # batch; 3 of these 7 pass after the rules on closing source lines, form kickers,
    # slug fields, newsroom letterheads and end marks). Left open:
    "pa_en_wire.odt": "source 'PA' where the writer wants 'PA Media' as the wire prints it "
    "(convention: batch 33 wants 'PA')",
    "resolutionfoundation_en_briefing.pdf": "the institute's name under the 'BRIEFING' label "
    "not read as the source",
    "rheinzeitung_de_epaper.pdf": "e-paper page of two columns: the small 'Kurz notiert' item "
    "taken, the main article under running head, rubric and kicker lost",
    # Batch 55 (14 agency and state-media pastes, measured blind: 75 of 84 core fields
    # right; 79 after this batch's general rules). The five left are source conventions:
    "hina_en_tourism.txt": "source under the HINA profile's name, not the running text's "
    "'Hina' (convention: a profile's name stands for the agency)",
    "parlament_de_bahn.txt": "source 'PK' as the dateline credits it, not the service's "
    "full name 'Parlamentskorrespondenz' (convention: named as in the dateline)",
    "rai_de_brennerbasis.txt": "source 'Rai' of the '© Rai 2025' notice over the logo "
    "'Rai Südtirol' that adds to it (convention: 'SWR Aktuell' over '© SWR' is SWR)",
    "refch_de_kollekte.txt": "source: the © owner 'Reformierte Medien' over the host-name "
    "logo 'ref.ch – Das Portal der Reformierten' (convention clash)",
    "ukrradio_de_donau.txt": "source: the © owner 'Suspilne' over the service 'Radio "
    "Ukraine International' the notice names after it (convention clash)",
    # Batch 54 (14 web pages and pasted texts, measured blind: 76 of 84 core fields; 10 of
    # the 14 pass after the rules on editions, run-in roles, stamped bylines, credited
    # domain mastheads and chrome under the text). Left open:
    "zsz_de_seeuferweg.html": "agency copy credited 'SDA' goes under the Keystone-SDA "
    "profile's name (convention: four held-out items want 'Keystone-SDA')",
    "hamburg_de_hafenbahn.html": "a city portal's release: the issuing authority named in the "
    "breadcrumb, side menu and press contact not read, the portal 'hamburg.de' stays",
    "dailyft_en_tea.txt": "a summary line between the hit-counter stamp and the byline taken "
    "as the headline (the headline above the stamp lost); rubric 'Front Page' lost to 'Columns'",
    # Batches 56/57 (single-article forwards and release mails, measured blind; 3 of these 8
    # pass after the rules on forwards quoted whole, printed headlines under a forward's
    # subject note or a release label, office-word senders and h1 headlines over their h2
    # deck). Left open:
    "kentonline_en_forward.eml": "source 'KM' of the '© KM Media Group' notice over the site "
    "'KentOnline' (convention: the notice's owner); the rubric 'Maidstone' over the headline "
    "with no stamp over it not read as the section",
    "ruhrnachrichten_de_weiterleitung.eml": "of the two labels over the <h1>, the kicker "
    "'Stadtbahn' right over it taken over the desk 'Dortmund' above it (a newsletter's edition "
    "line stands there too, batch 29)",
    # Batch 56 (documents: 60 of 90 core fields right blind, 67 after this batch's general
    # rules; seven single-article files here). Left open:
    "acra_ru_kommentariy.pdf": "source: the Latin logo 'ACRA' over the Cyrillic name it "
    "transliterates is not read (only '© … (АКРА)' under the text names the agency)",
    # Batch 58 (14 web pages and pasted texts, measured blind: 76 of 84 core fields; 80 after
    # the rules on colonless reading-time lines, 'Outlet / time day' stamps, 'Brand - tagline'
    # logos named again and release numbers over the h1). Left open:
    "bayern_de_kabinett.html": "a government release: the bare desk label under the h1 "
    "opens the body; the 'Pressekontakt' line kept",
    "secretmag_ru_kofe.txt": "source 'Sekret Firmy' title-cased by the transliteration, the "
    "writer wants 'Sekret firmy' (convention clash: casing of transliterated names)",
    # Batch 62 (14 web pages and pasted texts, measured blind: 77 of 84 core fields; the
    # 'Ein Bericht von' byline, 'Фото иллюстративное' captions, ad-free offers, contact lines
    # with a phone, donation pitches and a journal's opinion note go after its rules). Left open:
    "cepa_en_shadowfleet.txt": "source: the acronym printed first over the full name (the "
    "full name wins, as the copyright line has it: convention); the journal's name 'Europe's "
    "Edge' over the headline is not read as section",
    # Batch 63 (14 agency and state-media pastes, measured blind: 71 of 84 core fields; 82
    # after the rules on feed entries over the headline, 'Nov 25/2025' dates, bracketless
    # 'Place, ACRONYM –' datelines, 'Posted on:' stamps, sign-offs and 'Sie befinden sich
    # hier:' trails). Left open:
    "gna_en_cocoa.txt": "the uncredited picture caption 'Some of the cocoa farmers at the "
    "event' in the text kept",
    "israelnetz_de_wasser.txt": "source: the dateline's house abbreviation '(inn)' over the "
    "site's name 'Israelnetz' (the agency-credit-wins convention)",
    "rtde_de_gas.txt": "the standfirst over the picture credit opens the body",
    # Batch 67 (14 agency and wire pastes, measured blind: 67 of 84 core fields; 76 after
    # the rules on stamped related-news lists over the headline, issuer news headers and
    # disclaimers, contact blocks, 'Place, Month D, YYYY AGENCY --' datelines, two-digit
    # years on meta lines, capitalised surnames in bylines, signature rules). Left open:
    "1tvge_en_wine.txt": "source: the broadcaster's full name 'Georgian Public Broadcaster' "
    "(logo line and notice) over the logo '1TV' printed above it",
    "bakrab_ru_metro.txt": "source: our transliteration 'Bakinskiy Rabochiy', the writer "
    "spells 'Bakinsky Rabochy' (transliteration convention)",
    "neutraltm_ru_teplicy.txt": "source: our transliteration 'Neytralnyy Turkmenistan', the "
    "writer spells 'Neytralny Turkmenistan' (transliteration convention)",
    "narodnaya_ru_most.txt": "source: the dateline's credit '/НГ/' (transliterated 'NG') "
    "over the logo 'Народная газета' it abbreviates (the agency-credit-wins convention: "
    "'QNA', 'MIA' over their full names)",
    "nna_en_power.txt": "source: the text's opening credit 'NNA - ' (no place before it) "
    "not read; the notice's 'National News Agency' taken",
    "ots_de_energie.txt": "source: the wire's dateline credit 'OTS', the writer wants the "
    "service's 'APA-OTS' (the issuer-wire convention names the issuer, neither)",
    "zenit_de_advent.txt": "source: the dateline's '(ZENIT.org)' credit as printed, the "
    "writer wants the masthead's 'ZENIT' (the agency-credit-wins convention)",
    # Batch 71 (14 agency and wire pastes, measured blind: 69 of 84 core fields; 78 after the
    # rules on wire labels on the headline, bracketed photo credits, comma-set stamps, Danish
    # weekdays, 'domain/AGENCY' credits, tool links, reader comments, 'Top News' lists and
    # language switchers). Left open:
    "adz_de_temeswar.txt": "title: the subtitle right over the stamp taken, the headline over "
    "it lost",
    "chinadaily_en_rail.txt": "author: the shouted byline 'WANG XIAOYU' title-cased (the "
    "convention for shouted names; the writer keeps it as printed)",
    "prnewswire_de_batterie.txt": "source: the dateline's '/PRNewswire/' as printed, the writer "
    "wants 'PR Newswire'; the dateline's country 'Deutschland' dropped",
    "tasnim_en_wheat.txt": "source: the dateline's '(Tasnim)' credit, the writer wants the "
    "masthead's 'Tasnim News Agency' (the agency-credit-wins convention)",
    # Batch 59 (14 agency and state-media pastes, measured blind: 74 of 84 core fields; 79
    # after the rules on channel logos over a company's notice, Latin logos over a notice in
    # a third script, dated lists of other headlines, 'PLACE. DOMAIN –' and 'Place, Nov 24:'
    # datelines, address rows, 'X (Archiv), via Agency' credits and share/follow/comment
    # lines). Left open:
    "ekd_de_synode.txt": "section: the kicker 'Synode' over the headline taken, the writer "
    "wants the page's rubric 'Nachrichten' (a menu word too)",
    "sbs_de_visum.txt": "section: the rubric 'Nachrichten' over the headline is also a menu "
    "word and the site's own menu item, not read",
    "baq_ru_zerno.txt": "source 'Baq.kz': a domain-style logo in capitals is lettering "
    "('NUR.KZ' → 'Nur.kz'); the writer wants 'BAQ.KZ' as printed (convention clash)",
    "narodnoeslovo_ru_hlopok.txt": "source 'Narodnoe Slovo' title-cased by the "
    "transliteration, the writer wants 'Narodnoe slovo' (the 'Sekret firmy' casing clash)",
    "rss_en_tourism.txt": "source: the logo's full name 'Rastriya Samachar Samiti' loses to "
    "the notice's abbreviation '© 2025 RSS'; the address row 'Name (RSS), Bhadrakali Plaza, "
    "Kathmandu, Nepal' (no house number, postcode or phone) kept",
    # Batches 64/65 (e-mails, measured blind: batch 65 78 of 108 core fields; 99 after the
    # rules on numbered alert items, comma credits, office senders, one-line forward headers,
    # wire releases and digest rubrics). Their single-article mails; left open:
    "nabu_de_pressemitteilung.eml": "the topic kicker 'Vogelschutz' over the <h1> taken as "
    "section (the writer wants none); the 'Für Rückfragen:' contact block kept in the body",
    "birminghammail_en_forward.eml": "source: the forwarded sender's web brand 'Birmingham "
    "Live' where the writer wants the paper 'Birmingham Mail' (needs outlet knowledge)",
    "savethechildren_en_release.eml": "source: the sender's national branch 'Save the "
    "Children UK' where the writer wants 'Save the Children' (convention)",
    # Batch 61 (12 e-mails, measured blind: 72 of 108 core fields; 86 after the rules on
    # an outlet's own newsletter, bare '©' and 'copied from' outlets of forwards, stamp
    # times, office-only and acronym senders). Its single-article mails; left open:
    "stuttgarternachrichten_de_weiterleitung.eml": "author: the 'Von Name' line under the "
    "forwarded Outlook header's 'Von:' field not read as the byline",
    "dft_en_govuk.eml": "a GOV.UK alert: the title taken from the media-enquiries block and "
    "the body opens with the subscription notice; the department not read as source",
    "zernosoyuz_ru_reliz.eml": "source transliterated ('Rossiyskiy Zernovoy Soyuz'), the "
    "writer wants the Cyrillic name (convention clash); 'Для немедленного распространения' "
    "taken as section",
    "mk_ru_peresylka.eml": "source: the forwarder's name; the writer wants the expanded "
    "'Moskovsky Komsomolets' for the printed short name «МК» (needs outlet knowledge)",
    # Batch 64 (documents, measured blind: 60 of 84 core fields; 83 after the rules on bare
    # review credits, issue-number credits, volume lines, e-paper edition lines, logos with
    # their town and an .odt's creation year). Its single-article files; left open:
    "vattenfall_en_release.pdf": "dateline: the release's 'Stockholm, 18 November 2025' line "
    "over the headline gives 'Stockholm' (convention clash: the rule for a release's 'Place, "
    "full date' line by the headline wants it as the dateline)",
    # Batch 66 (14 web pages and pasted texts, measured blind: 73 of 84 core fields; 78 after
    # the rules on spaced-hyphen stamps, writer-mail footers, provider labels, weekday-glued
    # bylines, desk metadata authors, header-bar mastheads and 'bread' trails). Left open:
    "korabel_ru_port.txt": "a trail led by the host name 'Site.ru / Новости / Rubric' taken "
    "as the title, its rubric not the section (reading the host as home crumb made the trail "
    "meta and cost golem_de_router its source: left for a rule that keeps both)",
    "vol_de_lawine.txt": "source: the masthead 'VOL.AT' cased 'Vol.at'",
    # Batch 72 (documents, measured blind: 54 of 84 core fields). Its single-article files
    # (sakhalininfo_ru_lenta.rtf waits for the shouted rubric's casing); left open:
    "kazved_ru_polosa.pdf": "section: the kicker 'ТРАНСПОРТ' by the headline, not the page "
    "rubric 'ГОРОДСКОЕ ХОЗЯЙСТВО' over it the writer wants (convention)",
    "zew_de_kurzbericht.pdf": "source 'ZEW Mannheim' for 'ZEW', the series 'ZEW Kurzexpertise' "
    "no section; 'Mannheim, date' over the text "
    "gives a dateline (convention clash, as vattenfall_en_release.pdf)",
    "oleoscope_ru_podsolnechnik.html": "a bold first paragraph that is article text taken as "
    "the lead (whether a bold opener is a standfirst or text is a convention not yet settled)",
    # Batch 70 (14 web pages and pasted texts, measured blind: 81 of 84 core fields; 83 after
    # the rules on filed-from places, release labels and end marks, labelled agency bylines,
    # editors' picks boxes, pull quotes, revision stamps and brands over legal publishers):
    "63ru_ru_tramvai.html": "source: the logo '63.RU' cased '63.ru' (convention clash: "
    "capitals in a domain-style logo are read as lettering, 'NUR.KZ' gives 'Nur.kz')",
    # Batch 78 (14 agency and office pastes, measured blind: 68 of 84 core fields; 77 after the
    # rules on taglines, headline lists, issue and release numbers, counter stamps, office
    # bylines and 'РИА «X»' datelines). Left open, source names as conventions:
    "amic_ru_most.txt": "source: the brand 'Amitel' over the domain 'amic.ru' (convention)",
    "belru_ru_shkola.txt": "source: 'Bel.ru' for the printed 'Bel.Ru' (domain casing, as 63.ru)",
    "ruv_en_volcano.txt": "source: 'RÚV' for the English service 'RÚV English' (convention)",
    "idw_de_wasserstoff.txt": "source: 'idw – Informationsdienst Wissenschaft' masthead unread; "
    "section: the deeper 'Wissenschaftliche Meldungen' label; the unmarked teaser paragraph and "
    "a long caption with a colon stay in the text",
    # Blind batch 79 (7 saved pages, 7 pasted texts, measured blind: 79 of 84 core fields; 82
    # after the rules on bold first paragraphs pointed back at, Latin names stated by the
    # publisher and the footer, breadcrumb <title>s, release contacts and share labels):
    "kit_de_batterie.html": "the institution's 'Als X schafft und vermittelt das KIT …' "
    "profile under the release stays in the text",
    "winterthur_de_velo.txt": "section: the 'Medienmitteilungen' rubric unread; the standfirst "
    "opens the body",
    "addisstandard_en_port.txt": "dateline: 'Addis Abeba -' with a hyphen unread; author: the "
    "'By Name @handle' byline taken as the lead",
    "ato_ru_passazhiry.txt": "a related headline 'Минтранс предложил продлить …' stays",
    # Blind batches 82/83's wrapped and released mails (fixer 83a). Left open:
    "kreiszeitung_de_weiterleitung.eml": "source: the newsletter's name 'Kreiszeitung am Morgen' "
    "for the outlet 'Kreiszeitung'; the '[Bild: …]' caption stays in the text",
    # Blind batch 80's pasted agency and state-media texts (fixer 80). Left open:
    "berlinde_de_radverkehr.txt": "source: the portal's 'Berlin' for the issuing Senatsverwaltung; "
    "dateline: the 'Berlin, 24.11.2025' date line read as one; section: 'Presse' for "
    "'Pressemitteilungen'; the press office's address and the 'Weitere Pressemitteilungen' "
    "list stay",
    "bmg_de_pflegekompetenz.txt": "section: the 'Pressemitteilungen' breadcrumb unread",
    "brandenburg_de_schulbau.txt": "source: the portal's 'Land Brandenburg' for the ministry",
    "kazakhtv_ru_zerno.txt": "dateline: 'Астана. 18 ноября. Kazakh TV –' unread",
    "kuensel_en_hydropower.txt": "date: the 'Last updated' stamp over the date-only publication "
    "day; source: 'Kuensel Online' for 'Kuensel' (a convention)",
    "rhc_de_zucker.txt": "source: the dateline's 'RHC' for the printed 'Radio Habana Cuba'",
    "steiermark_de_hochwasser.txt": "dateline: the 'Graz, 25.11.2025 – 11:30 Uhr' date line "
    "read as one; section: the breadcrumb unread",
    "tvzvezda_ru_arktika.txt": "source: the footer's transliterated legal name for 'Zvezda'",
    # Blind batch 81's pasted agency and wire texts (fixer 81). Left open (source conventions
    # the writer names as judgement calls):
    "boersefrankfurt_de_ezb.txt": "source: 'Dow Jones' for the sign-off's 'Dow Jones Newswires'",
    # Blind batch 87's single-article documents and mails (fixer 87). Left open:
    "brandeins_de_interview.rtf": "source: the copyright line's 'brand eins Medien' for the "
    "lower-case brand 'brand eins'; section: the rubric named in a footer line",
    "brandwatch_en_alert.eml": "a monitoring alert's two-cell 'Site / Published / Author' rows "
    "over the headline unread: title, date, source, section and author all missed",
    "cellesche_de_epaper.pdf": "source and section: the e-paper page's masthead and rubric "
    "under the folio line unread",
    "dowjones_de_meldung.docx": "source: 'Dow Jones' for 'Dow Jones Newswires' (a convention)",
    "ifs_en_briefing.pdf": "the citation footer, broken across the page-number line, stays "
    "in the text",
    "oberhessische_de_weiterleitung.eml": "source: the forwarded newsletter's From name "
    "'Newsletter OP Marburg' over the outlet's masthead line",
    "kircheinnot_de_nigeria.txt": "source: the credit 'KIN' for 'Kirche in Not'",
    "amurinfo_ru_zeya.txt": "source: 'amur.info' as printed for 'Amur.info' (casing)",
    # Blind batch 82's single-article documents (fixer 82). Left open:
    "tfgm_en_newsrelease.pdf": "source: the 'NEWS RELEASE' label for the issuer its notes name "
    "in full; section: the 'TfGM' logo",
    # Blind batch 85's pasted agency, police and state-media texts (fixer 85). Left open:
    "100komma7_de_tram.txt": "source: the tagline line under the lower-case brand 'radio 100,7'",
    "abkhazinform_ru_mandarin.txt": "source: 'Abkhaziya-Inform' for 'Abkhazia-Inform' "
    "(transliteration, a judgement call)",
    "cctv_ru_poezd.txt": "source: 'CCTV.com' as the stamp prints it for 'CCTV' (judgement call)",
    "kcna_ru_urozhai.txt": "source: the Cyrillic 'ЦТАК' transliterated 'TSTAK' for KCNA",
    # Blind batch 84's saved pages and pasted texts (fixer 84). Left open:
    "economynext_en_tea.html": "source: 'economynext.com' printed but unread; dateline: the "
    "credits' 'Economynext' read as one",
    "estonianworld_en_startup.txt": "the standfirst under the date and reading time stays as "
    "the first body paragraph",
    "govkz_ru_ugol.html": "source: the ministry named only in the portal's header unread",
    "kircheundleben_de_dioezesanrat.txt": "source: 'Kirche+Leben' in the credits and "
    "newsletter line unread",
    "newsko_ru_zavod.txt": "source: 'Novyy Kompanon' for 'Novy Kompanyon' (transliteration, "
    "a judgement call)",
    "vanguardngr_en_reserves.txt": "source: the masthead's 'Vanguard News' for 'Vanguard' (a "
    "convention)",
    # Blind batch 91 (fixer 91). Left open:
    "agrarzeitung_de_duenger.txt": "the standfirst under the kicker and headline is not taken "
    "as the body's first paragraph",
    "belstat_ru_zarplata.txt": "title: 'Пресс-центр' of the trail over the 'О …' headline; the "
    "date only under the text unread; source: the header's full name unread",
    "bundestag_de_wasserstoff.txt": "date only in the '(ste/26.11.2025)' note under the text; "
    "source: the masthead's name unread; the 'Marginalspalte' column stays in the text",
    "businesswire_en_coldchain.txt": "source: the wire, not the issuer (held-out precedent "
    "split); dateline keeps the state ('Memphis, Tenn.'); the wire's footer lists stay",
    "chathamhouse_en_corridor.txt": "section: the menu's 'Regions' over the 'Expert comment' "
    "rubric; the second author under a role line lost; the standfirst not the body start",
    "kapozh_de_unfall.txt": "source: the canton portal for its police; the lead under the "
    "date lost; the contact block and the feedback rows stay in the text",
    # Blind batch 89 (fixer 89). Left open:
    "heise_de_rechenzentren.html": "the bold lead under the kicker and byline is dropped as a "
    "teaser; the text starts at the second paragraph",
    "stadtzuerich_de_tempo30.html": "the release's lead over the h2 subhead is dropped; the "
    "text starts under the subhead",
    "startribune_en_blueline.html": "stated article:section 'Local' over the deeper crumb "
    "'Minneapolis' (convention)",
    "kavkazuzel_ru_gaz.html": "the 'Автор: …; источник: …' line at the end unread as the byline",
    "abendzeitung_de_christkindlmarkt.txt": "the duplicated photo caption over the lead opens "
    "the text",
    # Blind batch 93 (fixer 93). Left open:
    "bzd_ru_poezda.eml": "source: the press centre's sender transliterated for the railway "
    "it issues for; the letterhead's name under the label read as the section",
    "heise_de_chips.eml": "source 'Heise' for the logo's 'heise online'; the dossier kicker "
    "for the trail's desk; the standfirst and 'Kommentare lesen' left in the text",
    "lto_de_mietrecht.eml": "an alert's rubric label ('NEUIGKEITEN') read as the section",
    "thejournal_en_housing.eml": "source: the person who forwarded the page to themself "
    "(a forward without a notice keeps its sender, as the forward tests want); the byline "
    "over its bare role ('Reporter') missed; the donation appeal under the text kept",
    # Blind batch 92 (fixer 92). Left open:
    "frankenpost_de_porzellan.pdf": "e-paper side column read into the text: the deck opens "
    "it, the 'Selb –' dateline and the folio's rubric unread",
    "expert_ru_yakutiya.pdf": "two-column magazine page read across the columns: title, "
    "source, rubric and byline missed",
    # Blind batch 98 (fixer 98). Left open:
    "fuldaer_de_fernwaerme.pdf": "an e-paper page in three columns: column order lost, so "
    "headline, masthead, rubric band, byline and dateline unread",
    "jungfrau_de_bergbahnen.odt": "'Name | Redaktor' byline and the Publiziert/"
    "Aktualisiert row at the end unread",
    "kerryman_en_greenway.rtf": "rubric 'News' over the headline unread",
    "mintrans_ru_avia.pdf": "a ministry's 'О …' title run into the first paragraph; "
    "the letterhead's full name over its short one",
    "mvestnik_ru_port.pdf": "a two-column newspaper page: columns interleaved, the "
    "imprint ('Учредитель …', 'Тираж …') read as text, author at the end unread",
    # Blind batch 96 (fixer 96). Left open:
    "echoaz_ru_tranzit.eml": "source: 'Ekho' transliterated where the notice prints the "
    "domain 'echo.az' (the Latin spelling the page gives)",
    "t3n_de_ki.eml": "source: the newsletter's edition 't3n Pro' for the brand 't3n'",
    # Blind batch 95 (fixer 95). Left open:
    # Blind batch 100 (fixer 100). Left open:
    "oe24_de_schnee.txt": "section: a trail pasted one crumb a line without its home link "
    "('Österreich' / 'Chronik' / 'Tirol' / kicker) read as the menu's 'Österreich'",
    "belsat_ru_sigarety.txt": "the standfirst over an 'Иллюстративное фото. Фото: X' line is "
    "dropped as that picture's caption, not kept as the lead or the text's start",
    # Blind batch 101 (fixer 101). Left open:
    "bfs_de_gesundheitskosten.txt": "title: the topic line over the headline taken; source: "
    "the dateline's '(BFS)' for the office's name printed with it; the 'Auskunft' contacts stay",
    "duma_ru_fermery.txt": "text start: the subtitle lead over the photo credit read as a "
    "caption and dropped",
    "ons_en_labourmarket.txt": "the bulletin's meta block ('Contact:', 'Release date:' over "
    "its value, 'Table of contents') ends the text after the standfirst; date, source, section "
    "unread",
    # Blind batch 102 (fixer 102). Left open:
    "anglocelt_en_council.eml": "section, author, published: the nav's last entry 'Opinion' over "
    "the rubric 'News', the bare byline line and the 'Published on' day under the text unread",
    "echoonline_de_wohnung.eml": "source 'Echo' for the masthead's 'Darmstädter Echo'; the "
    "byline with its role and the end's 'Veröffentlicht:/Aktualisiert:' lines unread",
    "financialexpress_en_rbi.eml": "title, date, section, author: the outlet's 'shared an "
    "article with you' mail read as a letter under its subject",
    "koltsovo_ru_rejsy.eml": "source: the issuer's name in the case of running text ('аэропорт "
    "Кольцово') for the letterhead's 'Аэропорт Кольцово'",
    "ovb_de_brenner.eml": "an Outlook forward's split header block: the forwarder as source "
    "(the pasted page's masthead unread), 'Lokales' over the deeper crumb",
    "sbb_de_fahrplan.eml": "title 'Bern, 21.' (the dateline's start) for the release's headline; "
    "the attached PDF (damaged) is a second item",
    "schwabo_de_kita.eml": "author: 'Name 18.11.2025 - 18:05 Uhr' (byline and stamp on one line) "
    "gives the day, not the name",
    "ufa1_ru_most.eml": "source: the masthead domain 'UFA1.RU' re-cased 'Ufa1.ru' (as "
    "sb_ru_svekla.txt)",
    # Blind batch 103 (fixer 103). Left open:
    "chitaru_ru_poezd.docx": "title: the text's first sentence under an analyst's note over a "
    "separator; source: the outlet only in a photo credit and the typed 'Источник: URL'",
    "engadinerpost_de_zweitwohnungen.rtf": "title: the masthead 'Name | Second name' over "
    "the date; source and rubric unread; the print lead taken as the text's start",
    "freiepresse_de_windkraft.pdf": "section: the kicker 'Energie' for the rubric "
    "'Sachsen' over it; the print view's 'Artikel-URL' and publisher's notice stay",
    "liverpoolecho_en_trains.odt": "source: the promo's 'Liverpool ECHO' for the masthead's name "
    "(casing, a judgement call); author: 'Name Role' byline unread",
    "minekonomiki_ru_predprinimatelstvo.pdf": "source: the bilingual letterhead's Belarusian name "
    "for the Russian one beside it",
    "schwarzwaelderbote_de_neckarbruecke.pdf": "two-column e-paper page: INFO box interleaved with "
    "the text, rubric glued to the masthead; title, source, dateline, section, author, text",
    "upi_en_ethiopiapower.pdf": "title: the menu row glued to the crumb trail; section unread; "
    "author: 'Trending Stories'; 'Latest Headlines' stays",
    # Blind batch 106 (fixer 106). Left open:
    "polizeiberlin_de_taschendiebe.txt": "source: the city portal's logo 'Berlin.de' for the "
    "police whose pages it hosts (named only in the menu, trail and address block)",
    "cso_en_hicp.txt": "source: the logo's 'CSO' for the spelled-out name under it (a judgement "
    "call, cf. jis_en_coffee.txt); 'Print Friendly', share and address lines stay",
    # Blind batch 112 (fixer 112). Left open:
    "bk55_ru_teplo.pdf": "title/section: the print view's controls glued to the crumb "
    "('Распечатать | Закрыть окно bk55.ru › Новости › Общество') taken as the headline",
    "chicagotribune_en_transit.pdf": "title/section: the menu row under the masthead taken as "
    "the headline; the kicker 'Transportation' over it not read as the desk",
    "dieglocke_de_fachkraefte.pdf": "section: the e-paper page's rubric over the kicker not read",
    "nyasatimes_en_maize.pdf": "title: the clip sheet's 'CLIP SHEET · Clip ID' label taken "
    "as the headline; the licence and monitoring disclaimer lines stay in the text",
    "samarasegodnya_ru_musor.docx": "date/section: the time on the 'date, time · Текст:' row "
    "and the rubric over the headline not read under the analyst's note",
    "swisscom_de_netz.docx": "source: the release's company not named; the 'Weitere "
    "Auskünfte' contact block stays in the text",
    "viennaairport_de_passagiere.pdf": "source: the letterhead's logo text 'Vienna Airport' "
    "for the issuing company 'Flughafen Wien AG' (the footer's name)",
    # Blind batch 111 (fixer 111). Left open:
    "bnkomi_ru_poliklinika.eml": "title: the lead sentence over the headline set under rubric, "
    "date and 'Автор:' wins over the headline",
    "dlr_de_antriebe.eml": "source: the issuer's short form 'DLR' over its printed full name; "
    "contacts and picture blocks under the release stay",
    "pskovlenta_ru_most.eml": "title: the monitoring alert's profile line ('Новые сообщения по "
    "профилю …: 1') over the clip's headline",
    "sligochampion_en_cranmore.eml": "section 'News' under the masthead unread; a name-only byline "
    "over the 'Fri 28 Nov 2025 at 12:30' stamp unread",
    "tfl_en_superloop.eml": "source: the issuer's short form 'TfL' over its printed full name",
    "zugerzeitung_de_budget.eml": "section: the 'Zentralschweiz > Zug' trail unread; the "
    "standfirst and the name-only byline over the date stay in the text",
    # Blind batch 108 (fixer 108). Left open:
    "latimes_en_wildfire.eml": "section: the rubric 'California' over the headline under the "
    "'Subscribe / Log In' bar unread; a newsletter sign-up box and 'More to Read' stay",
    "ofgem_en_standing.eml": "a damaged PDF attachment beside the mail's readable release "
    "reported as a second item (a failure)",
    "spektrum_de_gletscher.eml": "source: the newsletter sender's name over the masthead and © "
    "publisher; section: the kicker under the rubric 'Erde/Umwelt'",
    "tz_de_tram.eml": "source: the inner Outlook forward's sender 'Surname, Given' (a person) "
    "over the pasted page's masthead 'tz' over its crumb trail",
    # Blind batch 110 (fixer 110). Left open:
    "pnn_de_sanssouci.txt": "title: a five-word kicker naming an institution over the headline",
    "zugerzeitung_de_kantonsschule.html": "section: 'Zug' for the page's 'Stadt Zug' desk",
    "dhl_de_paketzentrum.txt": "section: the label 'Pressemitteilung' for the 'Pressemitteilungen' "
    "crumb",
    "businessline_en_rubber.html": "source: 'BusinessLine' for the masthead's 'The Hindu "
    "BusinessLine'",
    "kremlin_ru_kaluga.html": "text starts at the second paragraph: the lead paragraph over "
    "the photo is read as a standfirst (a judgement call)",
    # Blind batch 107 (fixer 107). Left open:
    "brutkasten_de_fintech.odt": "body: the 'Summary Modus' bullet box under the meta row "
    "taken as the text's start",
    "nbkr_ru_valyuta.pdf": "source: the shouted bilingual letterhead of a non-media issuer "
    "unread; section: its second-language name taken; the PR office's address row stays",
    "scroll_en_erosion.odt": "section: the rubric over the headline under a menu row, the "
    "stamp three lines under the headline (dek, byline between), unread",
    # Blind batch 117 (fixer 117). Left open:
    "babr24_ru_aviazavod.eml": "title: the lead sentence under the date-time line over the "
    "headline taken for the headline",
    "bakuws_ru_elektrobus.eml": "published: the time beside the date over the headline "
    "('… 18:25 · Просмотров') dropped; section: the '»' breadcrumb's last crumb unread",
    "sarganserlaender_de_bahnhofplatz.eml": "a typed clipping under a forwarder's greeting "
    "('Hoi zäme') with its 'Quelle: Outlet, date, Seite, Ressort' line under the text: "
    "greeting as title, source/section/day of that line unread",
    "standardmedia_en_parking.eml": "source: the publisher '© The Standard Group PLC' over "
    "the masthead 'The Standard'; the company blurb stays",
    # Blind batch 114 (fixer 114). Left open:
    "stv_en_subway.txt": "body: the one-sentence caption under the outlet's bare photo credit "
    "('STV News' / 'SPT said …') opens the text (a judgement call: a sentence there is as "
    "often the first paragraph)",
    # Blind batch 118 (fixer 118). Left open:
    "appenzeller_de_notfallpraxis.pdf": "source and section: the clip sheet's unlabelled medium "
    "line and rubric under its field rows unread; its service header and rights footer stay",
    "businessline_en_cardamom.pdf": "a print view's URL wrapped onto a second line read as the "
    "headline; the page break splits the article in two",
    "dolomiten_de_brenner.rtf": "title: a four-word headline over a longer deck read as kicker "
    "(a judgement call); the caption with its company credit ('… erreicht. BBT SE') stays",
    "mogilevpravda_ru_lyon.pdf": "e-paper page: the byline at the column's head taken as the "
    "title, the masthead glued to the issue line unread, the registration footer stays",
    "nuernbergerzeitung_de_ubahn.pdf": "section: the kicker for the crumb trail glued to the "
    "menu row; text starts after the bold lead over the picture",
    # Blind batch 115 (fixer 115). Left open:
    "bgazeta_ru_granica.html": "body: the bold <p class='lead'> opening the text after the "
    "byline taken as the standfirst (a judgement call: a classed lead is a standfirst elsewhere)",
    # Blind batch 116 (fixer 116). Left open:
    "belcci_ru_uzbekistan.txt": "date: the day alone under the text unread (a precedent "
    "reads such a day as a list entry's); source: '© БелТПП' transliterated to 'BelTPP' for "
    "the chamber's Cyrillic name (a non-media organisation keeps its name)",
    "bfh_de_grundsteuer.html": "body: the court's 'Urteil vom … II R 14/24' reference line "
    "under the headline opens the text",
    "chicago_en_snow.txt": "dateline: the deck under the headline opens the text, so the "
    "'CHICAGO —' opener of the second paragraph is not read",
    "ethz_de_gletscher.html": "body: the lead paragraph under the meta row taken for a "
    "standfirst; the text starts at its second paragraph",
    "polizeihamburg_de_kupfer.txt": "source 'hamburg.de' (the portal) for the police, "
    "section with the label's 'der Polizei Hamburg', the 'Tatzeit:/Tatort:' block left out",
    "unicef_en_drought.txt": "source: the country office's logo 'UNICEF Kenya' for 'UNICEF' "
    "(a judgement call)",
    "voestalpine_de_gruenstahl.txt": "section: the menu's 'Karriere' for the meta row's "
    "'date | time | Konzern' category",
    # Blind batch 123 (fixer 123). Left open:
    "emscher_de_klaerwerk.pdf": "dateline: a letterhead's 'Essen, 20. November 2025' line of its "
    "own is read as a dateline (a judgement call: the writer counts no opener)",
    "zpnorilsk_ru_teplo.pdf": "source: an e-paper page's masthead in the running head is not "
    "named; the ad and subscription note under the columns stay",
    "thestatesman_en_metro.pdf": "title: a clip sheet's label table glues the next label "
    "('Journalist') to the headline cell; the service's header and disclaimer stay",
    "farmersjournal_en_beef.docx": "section: the rubric over the headline of a pasted web "
    "article under a 'Source:' line is not read; 'Sign in or subscribe' stays",
    # Blind batch 120 (fixer 120). Left open:
    # Blind batch 124 (fixer 124). Left open:
    "ognialatau_ru_svekla.txt": "author: the signature 'Name, фото автора' under the text unread",
    "pesterlloyd_de_forint.txt": "body: the dek under the headline (no stamp between) opens "
    "the text instead of counting as the standfirst",
    # Blind batch 122 (fixer 122). Left open:
    "derwesten_de_kita.eml": "body: the mid-text 'Mehr News aus Essen' teaser list's entries stay",
    "iol_en_water.eml": "source: the © line's 'Independent Online (IOL)' over the brand 'IOL' the "
    "share mail and app line print (a judgement call: © name vs. brand); app/read-more lines stay",
    "kerrygroup_en_naas.eml": "dateline: 'Tralee, Ireland' keeps the country after the town "
    "(held-out precedent split: 'Gland, Switzerland' kept, 'Manila, Philippines' cut)",
    "meyerwerft_de_ausbildung.eml": "a release's 'Über die X' boilerplate split off as a second "
    "article; the subheadline taken for the headline",
    "newdaynews_ru_tramvai.eml": "section: the 'Главная / Екатеринбург / Общество' trail unread",
    # Blind batch 126 (fixer 126). Left open:
    "siemens_de_amberg.html": "source: the brand 'Siemens' for the issuer's legal name "
    "'Siemens AG' printed in the footer",
    "bger_de_mobilfunk.txt": "dateline: the court's seat over a release read as a dateline; "
    "body: the contact line 'Kontakt: …' stays",
    "stadtkoeln_de_rheinufer.txt": "title: the standfirst taken for the headline; section: a "
    "menu entry over the trail's 'Mitteilungen'",
    "ecb_en_stability.html": "source: the domain for the bank's name; body: a bullet's dash "
    "kept, the address and reproduction notice stay",
    "ucl_en_asthma.txt": "body: the standfirst under the headline dropped as a teaser",
    "statkz_ru_vvp.txt": "date: a later stamp for the release's printed publication time",
    # Blind batch 129 (fixer 129). Left open:
    "sligochampion_en_seafront.eml": "title: a caption's place line for the headline; section "
    "unread; body: the newsletter box over the text stays",
    "kurskpravda_ru_avtobusy.eml": "title: the forwarder's subject; section, author unread; "
    "body: the forwarded article's text lost under the colleague's note",
    "uzrailway_ru_poezd.eml": "source: the brand without 'АО «…»' (the product's precedent "
    "for a Cyrillic issuer; the writer wants the name as printed)",
    # Blind batch 127 (fixer 127). Left open:
    "pilatustoday_de_vbl.txt": "author: 'Quelle: Outlet/Name' not read as the byline; body: "
    "the call-to-action 'Du hast eine Story für uns' stays",
    "ostbelgiendirekt_de_lehrer.txt": "author: 'Gepostet von Name am DATE | N Kommentare' "
    "not read as the byline",
    "insideparadeplatz_de_privatbank.html": _LEAD_APART,
    "juedischeallgemeine_de_gedenkort.html": _LEAD_APART,
    "leadersnet_de_hotellerie.html": _LEAD_APART,
    "zdfheute_de_pflege.html": _LEAD_APART,
    "thenewsminute_en_metro.html": _LEAD_APART + "; the membership pitch 'Become a … member' stays",
    # Blind batch 131 (fixer 131). Left open:
    "zofingertagblatt_de_begegnungszone.docx": "body: the lead under the headline is dropped; "
    "'Für Sie empfohlen' list and the typed 'Quelle: … (abgerufen am …)' line stay",
    "sentinelassam_en_ferry.pdf": "section: the rubric between logo tagline and headline unread",
    "sunderlandecho_en_iamp.docx": "body: the standfirst is dropped; 'Comment Guidelines' stays",
    "timesofzambia_en_maize.odt": "source: the '– ZANIS' credit under the text is not read; "
    "author: 'No Comments' counter; body: 'Like Loading...' stays",
    "vecherniydushanbe_ru_otoplenie.rtf": "source: the shouted masthead over its tagline is "
    "not read; section: the rubric 'Город' over the headline unread",
    # Blind batch 133 (fixer 133). Left open:
    "wormser_de_rheinbruecke.txt": "section: the kicker over the headline for the crumb's "
    "last level 'Worms'",
    "tag24_de_striezelmarkt.txt": "section: the city over the crumb's 'Lokal'; body: a "
    "caption over its '© Name' credit in mid-text stays",
    "belfastlive_en_a5crash.txt": "live blog entry: the entry's time, author (name over "
    "'Reporter') and the crumb's section unread, the next entry (13:58) stays",
    # Blind batch 132 (fixer 132). Left open:
    "polizeikoeln_de_einbruch.txt": "source: the © owner (the state police) for the unit "
    "the page prints as issuer ('Polizei Köln' in the contact block and the list's heading)",
    "bmas_de_mindestlohn.html": _LEAD_APART,
    "uzh_de_gletscher.txt": _LEAD_APART,
    # Blind batch 130 (fixer 130). Left open:
    "kpa_en_transshipment.eml": "title: the subject's shorter wording for the printed title-case "
    "headline; the 'FOR IMMEDIATE RELEASE' line and the weekday dateline stay unread",
    # Blind batch 135 (fixer 135). Left open:
    "georgiaonline_ru_tranzit.txt": "source: the mixed-script brand 'Грузия Online' kept as "
    "printed, the writer expected 'Gruziya Online' (convention clash, as businessonline)",
    # Blind batch 134 (fixer 134). Left open:
    "uralairlines_ru_uzbekistan.eml": "source: the release's sign-off 'Пресс-служба «…»' in "
    "the genitive (its words run together) for the issuer's own name",
    "longfordleader_en_housing.eml": "monitoring alert: the service's frame split into four "
    "items; its Publication/Date/Section/Byline rows unread",
    "defra_en_floods.docx": "title: the summary under the 'Press release' label cut with '…' "
    "for the headline; source: the 'From:' organisation line unread",
    # Blind batch 136 (fixer 136). Left open:
    "freep_en_qline.eml": "section: the city rubric 'Detroit' over the headline unread; body: "
    "the caption and its 'Name, Outlet' photo credit over the text stay",
    # Blind batch 137 (fixer 137). Left open:
    "donegaldemocrat_en_ferry.pdf": "author: the plain name line under a monitoring label "
    "table unread; the licence footer 'Not for further distribution' stays",
    "uralkali_ru_flotaciya.docx": "source: the letterhead's name without its legal form "
    "('Уралкалий', the product's letterhead precedent: mosvodokanal_ru_press.pdf) for the "
    "printed 'ПАО «Уралкалий»' (a judgement call: precedent split)",
    "kazakhtelecom_ru_selo.docx": "source: the Word-header letterhead's name without its legal "
    "form ('Казахтелеком') for the printed 'АО «Казахтелеком»' (precedent split, as uralkali)",
    # Blind batch 141 (fixer 141). Left open:
    "gn_de_windpark.txt": _LEAD_APART,
    # Blind batch 139 (fixer 139). Left open:
    "rga_de_muengstener.html": _LEAD_APART,
    "express_de_weihnachtsmarkt.html": "source: the <title>'s 'Express' for the logo's and "
    "notice's capitals 'EXPRESS' (casing, a judgement call as agraeurope)",
    "insideit_de_cloud.html": "section: the first of the tag links over the headline not read "
    "as the rubric (a judgement call); " + _LEAD_APART,
    "boersenkurier_de_andritz.html": _LEAD_APART,
    "horizont_de_werbemarkt.html": _LEAD_APART,
    "yep_en_buslane.html": _LEAD_APART,
    "novayagazeta_ru_shkoly.html": _LEAD_APART,
    "leadership_en_petrol.html": "published: JSON-LD's UTC time kept over the printed day "
    "without a clock (held-out precedent, axios_en_chips.html, bbc_en_water.html, wants it)",
    # Blind batch 140 (fixer 140). Left open:
    "stadtleipzig_de_winterdienst.html": _LEAD_APART,
    "meduniwien_de_herzstudie.html": "source: the site's own short name 'MedUni Wien' (site "
    "name, title, text) for the logo's alt text and © 'Medizinische Universität Wien' (a "
    "judgement call)",
    "cps_en_fraud.txt": "source: the logo's 'The Crown Prosecution Service' as printed, the "
    "writer wants the name without 'The' (a judgement call)",
    # Blind batch 143 (fixer 143). Left open:
    "dhz_de_meisterbonus.eml": "an Outlook paste under a 'Quelle: Outlet, URL' line: the subject's "
    "title, the mail's date, no crumb desk or 'Von X | date | Lesezeit' byline",
    "swu_de_fernwaerme.eml": "source: the release's issuer as its sender's short name 'SWU', not "
    "the full company name the text prints",
    "cleveland_en_railcars.eml": "source: the © line's owner over the site's own name; the "
    "caption and its credit in parentheses open the text, 'CITY, State —' dateline missed",
    # Blind batch 142 (fixer 142). Left open:
    "rts_de_donau.txt": "author: an image's alt text of two capitalised words over its caption "
    "read as a bare byline",
    "altaipravda_ru_shkola.txt": "excludes: an image's alt text over its 'Фото:' caption in "
    "mid-text kept as a paragraph",
    # Blind batch 144 (fixer 144). Left open:
    "westmeathexaminer_en_bypass.pdf": "source: the e-paper's page header names the paper, the "
    "© line's publisher group taken; section: the desk right-aligned in that header missed",
    "nigeriantribune_en_rail.odt": "section: 'Latest News' alone under the menu is the all-news "
    "label to the importer, the rubric to the writer (judgement call)",
    # Blind batch 146 (fixer 146). Left open:
    "pragmaticus_de_pensionen.html": "section: article:section 'Wirtschaft' over the deeper "
    "crumb 'Pensionen' (the stated section wins by precedent)",
    "dundalkdemocrat_en_bypass.html": "author: JSON-LD's desk 'X Reporter' over the printed "
    "'Reporter: Name' byline",
    "newsandstar_en_floods.html": "source: og:site_name 'News and Star' over the logo "
    "'News & Star'; author run together with its role and 'Share'",
    "azcentral_en_water.html": "section: JSON-LD 'Local' over the crumb 'LOCAL · PHOENIX'; "
    "the byline's outlet line opens the body",
    "dtnext_en_metro.html": "only an 'Updated:' stamp (no date), a '»' trail in an unclassed "
    "div (no section), the desk 'X Bureau' as author",
    "rusbase_ru_marketplaces.html": "section: the tag rubric over the <h1> is not read; "
    "domain in capitals 'RB.RU' given its usual case 'Rb.ru' (convention, as e1_ru)",
    # Blind batch 145 (fixer 145). Left open:
    "stadtwerkeka_de_fernwaerme.eml": "source: the PR agency that sent the release (cover "
    "note) for the utility it issues for",
    "badenertagblatt_de_schulhaus.eml": "an app share ('Geteilt aus der X App'): the sharing "
    "person as source, no byline, the lead as body start, app-store footer kept",
    "droghedaindependent_en_bypass.eml": "an Apple Mail forward under a company signature: a "
    "video teaser's title, the signer as source, no crumb section or bare-name byline",
    "armtoday_ru_tourism.eml": "source: the transliterated dateline credit 'Armeniya Segodnya' "
    "for the Latin logo 'Armenia Today'; no crumb section",
    # Blind batch 148 (fixer 148). Left open:
    "stadtwien_de_fernwaerme.html": "date/section: the 'Rathauskorrespondenz vom … Uhr' line's "
    "time and its series name as the desk unread ('Presse' crumb taken)",
    "garda_en_collision.txt": "title: the 'Report a crime | … Line' banner over the headline "
    "taken; time: the 'Date: … | Time: 16:45' row's time unread",
    "nasscom_en_ai.txt": "dateline: 'New Delhi, November 18, 2025:' under 'FOR IMMEDIATE "
    "RELEASE' not read as the release's dateline",
    "cbk_en_mpc.html": "section/author: the current-page crumb 'Press Releases' not taken as "
    "the desk (parent 'Media' is) and its link in the 'Posted on … ·' row read as the byline",
    "icrc_en_floods.html": "section: the geographic trail's country crumb (current page, a "
    "<span>) dropped for its region",
    "nsoblsud_ru_prigovor.txt": "author: the press secretary's name under her role line "
    "('Пресс-секретарь …' / 'Е.В. Лаптева') unread",
    # Blind batch 147 (fixer 147). Left open:
    "wuv_de_agenturen.txt": "author: the byline with its role at the END of the text is missed",
    # Blind batch 151 (fixer 151). Left open:
    "sauerlandkurier_de_schule.html": "body: the 'Mehr zum Thema' box's linked headlines stay "
    "in the text (its marker goes)",
    # Blind batch 150 (fixer 150). Left open:
    "anatili_de_lehrer.docx": "date and source: a working translation's header (original "
    "outlet and day in its Kazakh credit) is unread",
    "buendner_de_rhb.rtf": "source: the group's 'Somedia Partner' line beats the paper; "
    "section: the deepest crumb's kicker; 'Kommentare (3)' stays",
    "chimpreports_en_kiteezi.docx": "title, section, author: the typed 'Source: Outlet, date' "
    "line over the crumb and the 'By X | date | read time' row are unread",
    "mid_ru_deiton.pdf": "source: the ministry department's heading beats its ministry",
    "primgazeta_ru_krab.docx": "source: the Cyrillic masthead over the rubric and day is unread",
    "rollsroyce_en_ultrafan.docx": "source: the letterhead in the Word page header is unread",
    "stltoday_en_greenline.pdf": "source: the host beats the 'host | PAPER NAME' masthead and "
    "the © line; author keeps the outlet after the name",
    # Session 15 (outlets gazetteer): the masthead in capitals 'DONAUKURIER' is not spelled as
    # the listed 'Donaukurier', so the head line's first field names no outlet
    "donaukurier_de_interview.docx": "source: the capitals masthead 'DONAUKURIER' unread",
    # Blind batch 149 (fixer 149). Left open:
    "kribrum_ru_gpz.eml": "source: the alert's 'Outlet (host), City' value is taken whole, "
    "not the outlet's Latin name",
    # Blind batch 152 (fixer 152). Left open:
    "ekhokavkaza_ru_ges.eml": "source: the monitoring service's name wins over the outlet the "
    "alert names",
    "thyssenkrupp_de_stahl.pdf": "source: the logo's short name, not the division's; section: the "
    "'Newsroom > Pressemitteilungen' crumb is missed",
    "uralrab_ru_vsm.docx": "title: the analyst's compilation title over the pasted article wins; "
    "section: the outlet + rubric line is missed",
    # Blind batch 155 (fixer 155). Left open:
    "qantara_de_irak.html": "body: the classed teaser under the <h1> is not kept as the lead",
    "iranjournal_de_rial.html": "body: the kicker over the headline stays in the text",
    "pulsegh_en_cocoa.html": "body: the classed lead under the <h1> is not kept as the lead",
    # Blind batch 156 (fixer 156). Left open:
    "usembassy_en_farmers.txt": "published: the day in the 'By Office | date | Topics:' meta "
    "row unread (an office's byline, no person)",
    "ifrc_en_somalia.txt": "source: the acronym logo 'IFRC' over the full name printed under "
    "it and in the © line (a judgement call)",
    "spbu_ru_grant.txt": "source: the acronym logo 'СПбГУ' transliterated; the full name "
    "under it is the university's as printed",
    "statuz_ru_inflyaciya.html": "title: the <title> is the site's name only, the headline "
    "stands in an h2; the section 'Пресс-центр' over 'Пресс-релизы'",
    # Blind batch 154 (fixer 154). Left open:
    # Blind batch 153 (fixer 153). Left open:
    "168am_en_metro.eml": "title/source: an article pasted bare with its credit line at the "
    "end: the subject's short title and the forwarding person win",
    "boehmezeitung_de_klinikum.eml": "dateline: the 'A/B.' dateline of a one-clip alert unread",
    "guardianng_en_petrol.eml": "author: each author's place after a comma stays in the byline",
    "onmanorama_en_vizhinjam.eml": "author: the outlet's 'X Staff' byline is dropped",
    # Blind batch 157 (fixer 157). Left open:
    "safaricom_en_mpesago.eml": "a PR agency's pitch over a pasted release reads as 2 articles: "
    "the pitch note titled 'Hi James,' under the agent's name",
    "zueritoday_de_tram.eml": "body: the lead over the byline and date rows is dropped",
    # Blind batch 160 (fixer 160). Left open:
    "beobachter_de_mieten.txt": "text start: the lead over the 'Von' byline lost; the mid-text "
    "'Beobachter Plus' paywall teaser stays",
    "uniindia_en_rail.txt": "date: the header's 'Updated … IST' copy stamp's time added to the "
    "dateline's bare day",
    "wiesentbote_de_brauerei.txt": "section: the category under the title taken as the author",
    # Blind batch 159 (fixer 159). Left open:
    "hoefner_de_schulhaus.html": _LEAD_APART,
    "radiobremen_de_sturm.html": _LEAD_APART,
    "murtaler_de_skisaison.html": "excludes: a related box's headlines in mid-text stay (the "
    "extractor drops its bold heading 'Das könnte Sie auch interessieren')",
    # Blind batch 158 (fixer 158). Left open:
    "geo_de_moore.pdf": "excludes: the two pull quotes (quote with its '— Speaker' line, "
    "the crosshead-like quote) stay in the text",
    # Blind batch 161 (fixer 161). Left open:
    "staatskanzleihessen_de_wohnungsbau.txt": "section: the menu pasted under the crumb lines "
    "('Regierung … Presse') gives 'Presse' for 'Pressemitteilungen'",
    "jenoptik_de_adhoc.txt": "source: the company's legal form dropped ('JENOPTIK' for "
    "'JENOPTIK AG')",
    "eirgrid_en_winter.txt": "source: the site line's 'EirGrid Group' for the brand 'EirGrid' "
    "of the © line",
    # Blind batch 162 (fixer 162). Left open:
    "flughafenwien_de_passagiere.eml": "source: the release's issuer named without its legal "
    "form ('Flughafen Wien', the imprint prints 'Flughafen Wien AG')",
    "mfatj_ru_lednik.eml": "source: the ministry's statement gives its sender's initials "
    "('MID RT'), not the ministry's name as its signature prints it",
    "nytimes_en_ports.eml": "title: a headline holding a dotted abbreviation ('… an E.U. "
    "Deadline') is passed over, the text's first sentence read as the headline",
    # Blind batch 163 (fixer 163). Left open:
    "shetlandtimes_en_ferry.txt": "body: the first paragraph under the stamp, over the "
    "picture's caption, is taken as a standfirst (the DW layout) and left out of the text",
    # Blind batch 164 (fixer 164). Left open:
    "datum_de_pflege.html": _LEAD_APART,
    "life_ru_morozy.html": _LEAD_APART,
    "rfi_ru_dispetchery.html": _LEAD_APART,
    "snob_ru_teatr.html": _LEAD_APART,
    "sonntagszeitung_de_wohnungsmarkt.html": _LEAD_APART,
    "telepolis_de_rechenzentren.html": _LEAD_APART,
    "theaustralian_en_housing.html": _LEAD_APART,
    # Blind batch 165 (fixer 165). Left open:
    "landtaghessen_de_haushalt.pdf": "dateline: the letter's 'Wiesbaden, 4. Dezember 2025' "
    "line by the headline is read as the release's place (the release_place rule; judgement)",
    # Blind batch 170 (fixer 170). Left open:
    "utilitydive_en_interconnection.html": "body: a brief's label heading ('Dive Brief:') over "
    "bullet points opens the text; the writer counts the first point without label and mark "
    "(judgement)",
    # Blind batch 171 (fixer 171). Left open:
    "elbtal_de_prognose.pdf": "source: the shouted letterhead's name is spelled out without "
    "the legal form 'AG' the text gives it (the letterhead rule drops forms; precedent split)",
    # Blind batch 167 (fixer 167). Left open:
    "linkedin_en_rupee.eml": "title: the author's role line under the name read as the "
    "headline; source: the newsletter's 'Rupee & Rates via LinkedIn' sender for the platform",
    # Blind batch 168 (fixer 168 families, fixer 167). Left open:
    "mana_en_maize.eml": "title: the 'Wire Service | Economy & Agriculture' desk row over the "
    "headline read as the title; section: that row's desk unread",
    # Blind batch 174 (fixer 174). Left open:
    "lebensmittelpraxis_de_mehrweg.html": "section: JSON-LD's articleSection 'Handel' wins over "
    "the deeper crumb 'Frische' (stated section over a deeper crumb is the precedent)",
    # Blind batch 172 (fixer 172). Left open:
    "bergedorfer_de_laermschutz.eml": "body: the caption line under the pasted page's 'Foto: X "
    "/ BZ' credit opens the text (a caption without its own label; judgement)",
    "mmk_ru_cinkovanie.eml": "source/section: the issuer's brand 'MMK' instead of 'ПАО «ММК»' as "
    "printed, and the release's 'Для немедленного распространения' label read as the desk",
    "csmonitor_en_solarpumps.eml": "dateline: 'Kisumu, Kenya –' with a spaced en dash under a "
    "shared-article note is not read as the dateline opener",
    # Blind batch 175 (fixer 175). Left open:
    "bayer_de_wuppertal.pdf": "source: the letterhead's 'Bayer' without the legal form 'AG' "
    "(precedent split); section: the letterhead's country line 'Deutschland' read as a desk",
    "prospect_en_councils.pdf": "body: the writer's bio line under the text ('X is a former "
    "local authority finance director') stays in the body",
    "suedzucker_de_q3.txt": "section: the arrow trail's deepest crumb stands four lines over "
    "the headline, past the share ticker, the release label and the stamp (too far for the "
    "trail rule)",
    "wbf_de_berufsbildung.pdf": "source: the government's four-language 'Der Bundesrat' header "
    "wins over the 'Herausgeber' block naming the department",
    # Blind batch 180 (fixer 180). Left open:
    "nordex_de_adhoc.pdf": "source: the logo's 'NORDEX' without the legal form 'SE' the title "
    "and footer print (precedent split, as bayer_de_wuppertal.pdf)",
    "olghamm_de_schmerzensgeld.txt": "author: the press officer's 'Name, Pressedezernentin' "
    "sign-off over the court's name is not read as the author",
    # Blind batch 179 (fixer 179). Left open:
    "textilwirtschaft_de_modehandel.html": "section: JSON-LD's articleSection 'Business' wins "
    "over the deeper crumb 'Handel' (stated section over a deeper crumb is the precedent)",
    "derryjournal_en_opinion.html": "section: article:section 'Opinion' wins over the deeper "
    "crumb 'Columnists' (stated section over a deeper crumb is the precedent)",
    # Blind batch 183 (fixer 183). Left open:
    "tuko_en_fuel.html": "source: og:site_name's domain 'Tuko.co.ke' under the capitals logo "
    "'TUKO' stays (precedent 'Repost.uz' under 'REPOST'); the JSON-LD publisher says 'Tuko'",
    # Blind batch 184 (fixer 184). Left open:
    "landtagrlp_de_schulbau.pdf": "dateline: the letterhead's 'Mainz, 21. Januar 2026' row "
    "by the headline is read as the release's place (precedent split: release_place)",
    "tmwlr_de_breitband.docx": "dateline: the letterhead's 'Erfurt, 14.01.2026' line by the "
    "headline is read as the release's place (precedent split: release_place)",
    # Blind batch 182 (fixer 182). Left open:
    "newstj_ru_energy.txt": "source: the host-name logo printed 'NEWS.TJ' comes out in the "
    "product's domain case 'News.tj' (a judgement call, precedent ura_ru_metallurgi.txt)",
    # Blind batch 188 (fixer 188). Left open:
    "reportagen_de_gletscher.html": "body: the text's first chapter heading 'I. Der Pegel' "
    "opens the body, kept as the later ones are (the writer starts at its paragraph)",
    # Blind batch 195 (14 items, measured blind: 74 of 84 core fields right); 82 after its
    # general rules. Left: Sputnik's regional site under the Sputnik profile (above), and a
    # "Von Name, Place" byline's place as the dateline, which the FAZ clipping expects.
    "sputniknewsuz_ru_eksport.eml": "regional Sputnik site under the Sputnik profile (convention)",
    "ostpol_de_gjumri.txt": "'Von Name, Place' byline's place as dateline (as faz_de_autozoelle)",
    # Blind batch 191 (fixer 191). Left open:
    "magmetall_ru_poliklinika.txt": "source: 'Магнитогорский металл' transliterated, the page "
    "prints no Latin name (Cyrillic outlet name under its Latin name, convention)",
    # Blind batch 192 (fixer 192). Left open:
    "mapexpress_en_nador.html": "source: the site's 'MAP Express' for the agency 'MAP' (a "
    "judgement call, as map_en_phosphate.txt)",
    # Blind batch 199 (fixer 199). Left open:
    "energyvoice_en_jobcuts.docx": "source: the document never names its outlet (no masthead, "
    "header, footer or notice; only the file's name does)",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_heldout_clipping(name: str, request: pytest.FixtureRequest) -> None:
    if name in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_MISSES[name], strict=True))
    want = EXPECTED[name]
    items = extract(name, (HELDOUT / name).read_bytes())
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    art = items[0].article
    for field in FIELDS:
        if field in want:
            assert getattr(art, field) == want[field], field
    expected = datetime.fromisoformat(want["published"])
    assert art.published is not None
    if expected.tzinfo is None or art.published.tzinfo is None:
        assert art.published.replace(tzinfo=None) == expected.replace(tzinfo=None)
    else:
        assert art.published == expected
    assert art.body.startswith(want["body_starts"])
    for snippet in want.get("excludes", []):
        assert snippet not in art.body, snippet
    assert not [p for p in art.body.split("\n\n") if is_boilerplate(p)]
