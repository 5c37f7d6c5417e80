"""A plain-text newsletter whose account links stand under its masthead ("Profil
bearbeiten | Abbestellen") must keep its items: the mail reader's footer cut took that line
for the footer and kept the masthead alone (tryout 17: every issue became one article of two
words, and every later issue its "duplicate").
"""

from __future__ import annotations

from app.importers import extract

MAIL = (
    "From: Presseclipping <news@clipping.example>\n"
    "Subject: Ihr Medienspiegel Nordwest - 26.11.2025\n"
    "Date: 26 Nov 2025 07:30:00 +0100\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Medienspiegel Nordwest\nAusgabe vom 26.11.2025 | 2 Treffer\n\n"
    "Profil bearbeiten | Abbestellen\n\n"
    "1) Beispielzeitung, 25.11.2025\nKasachstan lockt deutsche Maschinenbauer\n"
    "Der kasachische Investitionsminister warb in Düsseldorf um Ansiedlungen. Besonders "
    "gefragt seien Traktoren und Landtechnik, sagte er vor Unternehmern.\n"
    "Weiterlesen: https://zeitung.example/kasachstan-maschinenbau.html\n\n"
    "2) Musterblatt, 25.11.2025\nWeizen aus der Steppe\n"
    "Kasachstan liefert so viel Weizen nach Ägypten wie nie zuvor. Die Rekordernte drückt "
    "die Preise an der Börse in Chicago.\n"
    "Weiterlesen: https://blatt.example/weizen-steppe.html\n\n"
    "--\nSie erhalten diese E-Mail, weil Sie den Medienspiegel abonniert haben.\n"
)


def test_the_account_links_under_the_masthead_do_not_end_the_mail():
    items = extract("issue.eml", MAIL.encode())
    text = " ".join(f"{i.article.title} {i.article.body}" for i in items)
    assert "Investitionsminister" in text and "Rekordernte" in text
