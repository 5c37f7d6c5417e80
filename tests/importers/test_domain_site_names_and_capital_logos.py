"""Twenty-sixth blind batch: a bare domain in small letters as og:site_name gives way to the
logo it spells ('beispielbrueck.ch' under 'Beispielbrück'), and a logo set in capitals to
the footer's cased domain ('© 2025 Example.uz' under 'EXAMPLE')."""

from __future__ import annotations

from app.importers import extract

EN_PARA = (
    "The regional council approved the new bridge over the river on Tuesday after a long "
    "debate, and construction is due to start next spring. "
)


def _page(head: str, logo: str, footer: str) -> bytes:
    return (
        f"<html><head>{head}</head><body><header><a class='logo'>{logo}</a></header>"
        "<h1>Council approves the new river bridge</h1>"
        f"<div class='story'><p>{EN_PARA * 3}</p><p>{EN_PARA * 2}</p></div>"
        f"<footer>{footer}</footer></body></html>"
    ).encode()


def test_raw_domain_site_name_gives_way_to_the_logo_it_spells() -> None:
    head = (
        "<title>Bridge | beispielbrueck.ch</title>"
        "<meta property='og:site_name' content='beispielbrueck.ch'>"
    )
    art = extract("a.html", _page(head, "Beispielbrück", "Impressum"))[0].article
    assert art.source == "Beispielbrück"


def test_cased_site_name_is_kept_over_the_logo() -> None:
    head = "<title>Bridge</title><meta property='og:site_name' content='Beispiel.com'>"
    art = extract("a.html", _page(head, "Beispiel", "Impressum"))[0].article
    assert art.source == "Beispiel.com"


def test_capital_logo_takes_the_footer_domain_spelling() -> None:
    head = "<title>Example.uz — News of the region</title>"
    page = _page(head, "EXAMPLE", "© 2025 Example.uz. All rights reserved.")
    assert extract("a.html", page)[0].article.source == "Example.uz"
