"""Calls to the reader and site chrome inside pasted pages, saved pages and mails: member and
messenger pleas, comment gates, paywall offers, app lines, "more/related" headings, picture
credits left in the text. Made-up examples in de/en/ru, and look-alikes of article text that
must stay."""

from __future__ import annotations

import pytest

from app.importers import boilerplate as bp

CALLS = [
    "Become a Example member and help us report on the stories that matter.",
    "Werde Member und unterstütze Beispiel.ch ab 8 Franken im Monat.",
    "Unabhängiger Journalismus kostet. Werde Member und unterstütze uns.",
    "Our journalism needs your support. Subscribe today to Example.com.",
    "Join the Example Live breaking news service on WhatsApp. Click this link to receive news.",
    "Comments are moderated. Follow Example on WhatsApp and LinkedIn for the latest news.",
    "Follow and Subscribe Example TV :",
    "Readers like you are keeping these stories free for everyone...",
    "Login or subscribe to comment.",
    "Sign in or subscribe to comment on this article.",
    "Comments are open to subscribers only",
    "Um Artikel auf unserer Webseite kommentieren zu können, müssen Sie sich registrieren.",
    "Kommentare (3) – Melden Sie sich an, um zu kommentieren.",
    "Unsere Redaktion freut sich über Ihre Meinung. Melden Sie sich an, um zu kommentieren.",
    "Kommentare lesen (87 Beiträge)",
    "А вы верите, что мост откроют летом? Делитесь мнением в комментариях.",
    "What do you make of the plan? Share your thoughts in the comments.",
    "Du hast eine Story für uns? Schreib uns via WhatsApp.",
    "Есть новость? Пишите нам в Telegram.",
    "Beispiel-Mail: Der Newsletter für Zürich",
    "(Catch all the Business News, Breaking News and Market updates on The Example Times.)",
    "Read the full story on Example",
    "Note to readers: if you purchase something through one of our links we may earn a commission.",
    "Geteilt aus der Beispiel Tagblatt App. Jetzt herunterladen: App Store | Google Play",
    "Download the Example app: App Store | Google Play",
    "Gelesen in der Beispiel App – jetzt kostenlos laden: https://example.org/app",
    "Example News Daily members get exclusive content and ad-free reading. Join today!",
    "Möchten Sie mehr Nachrichten wie diese lesen? Jetzt kostenlos testen",
    "Stay informed with The Example – your source for credible journalism. Subscribe Now!",
    "Jane Roe covers climate for the Example Herald. Support my work with a digital subscription",
    "Support Example Media’s work. We are an independent publication. Become a member.",
    "Alle Artikel lesen – 1 Monat für 0,99 €",
    "Example World encourages reader discussion on our stories. Please review our guidelines.",
    "Jetzt kommentieren",
    "Add comment",
    "Like Loading...",
    "Sign Me Up",
    "К списку новостей",
    # picture credits left in the text
    "Alamy Stock Photo",
    "Jane Presnell / Arizona Example Star",
    "The existing plant on the coast. — ONA file photo",
    "Lorries queuing near the crossing on Sunday. Photo: Jane Roe/Example Media.",
    "New plants in the metro area on Monday. (Gobierno de Nuevo León/Cuartoscuro)",
    "A train pulls into the station. The fleet is old. (John Roe, example.com)",
]


@pytest.mark.parametrize("line", CALLS)
def test_reader_calls_and_credits_are_chrome(line):
    assert bp.is_boilerplate(line)


HEADINGS = [
    "Recommended Stories",
    "Read More Related Articles",
    "More to Read",
    "Related items",
    "Latest Headlines",
    "Für Sie empfohlen",
    "Другие публикации",
    "Mehr auf Beispiel.de",
    "Mehr zum 1. FC Beispielstadt",
    "Zitiervorschlag",
    "47 Beiträge",
    "Обсудить (0)",
]


@pytest.mark.parametrize("line", HEADINGS)
def test_related_headings_end_the_text(line):
    assert bp.is_footer(line)


TEASERS = [
    "Lesetipp: Was der Data Act für Verträge bedeutet",
    "Auch gelesen: Neue Intervalle bei der U6 ab Dezember",
    "Читать также: В области запустят новые электрички",
    "MORE FROM THE EXAMPLE: House conservatives push for deeper cuts",
    "Mehr News aus Beispielstadt lesen Sie hier.",
    "Bildergalerie: So leer waren die Bahnsteige beim letzten Streik (12 Bilder)",
]


@pytest.mark.parametrize("line", TEASERS)
def test_teasers_in_mid_text(line):
    assert bp.is_teaser(line)


TEXT = [
    "Bulgaria will become a member of the eurozone in January, the finance minister said.",
    "The union urged workers to follow the talks on WhatsApp, where updates were posted daily.",
    "Die Gemeinde hat 47 Beiträge aus der Bevölkerung erhalten und will sie im Januar prüfen.",
    "Kontakt zu den Anwohnern sucht die Stadt über eine neue App, sagte der Sprecher.",
    "Readers of the report will find the figures in the annex.",
    "Das Abo kostet künftig 1 Monat für 0,99 € mehr, teilte der Verlag am Montag mit, weil "
    "die Druckkosten steigen.",
    "Пользователи могут делиться мнением в комментариях, но модераторы удаляют оскорбления, "
    "заявили в компании.",
    "Mehr zum Thema",
    "Jane Roe covers climate for the Example Herald.",
    "The ministry said the new terminal would open in March.",
]


@pytest.mark.parametrize("line", TEXT)
def test_lookalikes_of_text_stay(line):
    assert not bp.is_footer(line)
    if line in ("Mehr zum Thema", "Jane Roe covers climate for the Example Herald."):
        return  # a teaser marker / an end bio: other rules' business
    assert not bp.is_boilerplate(line)
