"""A monitoring digest's numbered, labelled item line split at dashes, an outlet named in two
scripts, an ad box between a newsletter's rules, a desk's sign-off naming an agency in small
letters (made-up outlets)."""

from app.importers.compose import Hints, compose
from app.importers.mail import _is_ad_box, _split_text
from app.importers.profiles import default_profiles
from app.importers.stampline import one_line_stamp


def test_numbered_labelled_stamp_split_at_dashes():
    one = one_line_stamp("[4] Source: Example Ledger — 24.11.2025 — Business")
    assert (one.outlet, one.published.day, one.section) == ("Example Ledger", 24, "Business")
    two = one_line_stamp("2. Quelle: Beispielbote -- 25.11.2025, 17:10 -- Wirtschaft")
    assert (two.outlet, two.published.hour, two.section) == ("Beispielbote", 17, "Wirtschaft")
    three = one_line_stamp("Источник: Пример-Инфо – 26.11.2025 – Регионы")
    assert (three.outlet, three.section) == ("Пример-Инфо", "Регионы")
    # a headline with a dash and a date in it: no label, no stamp
    assert one_line_stamp("Ош — Иркештам: ремонт до 25.11.2025 — власти") is None


def test_outlet_named_in_two_scripts_keeps_its_latin_name():
    assert one_line_stamp("Source: Primer Vesti (Пример вести) | 25.11.2025").outlet == (
        "Primer Vesti"
    )
    assert one_line_stamp("Источник: Пример недели / Example Weekly | 25.11.2025").outlet == (
        "Example Weekly"
    )
    # two Latin names or a place in brackets: as printed
    assert one_line_stamp("Source: Example Post (Leeds) | 25.11.2025").outlet == (
        "Example Post (Leeds)"
    )


def test_ad_box_between_rules_is_no_item():
    assert _is_ad_box("ANZEIGE\nJetzt zum Kongress anmelden und Punkte sichern.")
    assert _is_ad_box("Advertisement\nTry Example Cloud free for 30 days.")
    assert _is_ad_box("Реклама\nКурсы повышения квалификации со скидкой 20%.")
    # a story under a word that only starts like a label stays
    assert not _is_ad_box("Anzeigenmarkt wächst\nDer Markt wuchs 2025 um vier Prozent.")
    text = (
        "Erste Meldung\n\nBerlin – Der Bund plant neue Regeln für Kliniken, hieß es.\n\n"
        "----------\nANZEIGE\nJetzt anmelden und sparen.\n----------\n\n"
        "Zweite Meldung\n\nBonn – Die Kirchen rufen zur Organspende auf, hieß es am Mittwoch."
    )
    assert len(_split_text(text)) == 2


_TEXT = (
    "Neue Regeln für Kliniken\n\nBonn – Der Verband will die Regeln für Kliniken ändern, um die "
    "Versorgung auf dem Land zu sichern. Das kündigte er am Mittwoch an.\n\nKritiker bemängeln, "
    "dass damit die Transparenz leide, und fordern eine Anhörung.\n{credit}\n"
)


def test_desk_signoff_in_small_letters_names_the_agency():
    profiles = default_profiles()
    for credit, want in (("/kna", "KNA"), ("ab/kna", "KNA"), ("/epd", "epd")):
        art = compose(_TEXT.format(credit=credit), profiles, Hints(fallback_source="Beispielblatt"))
        assert art.source == want, credit
    # the editor's initials alone: the carrier's own story
    art = compose(_TEXT.format(credit="/ab"), profiles, Hints(fallback_source="Beispielblatt"))
    assert art.source == "Beispielblatt"


def test_review_splits_at_online_stamps_among_print_stamps():
    from app.importers.review import clippings

    para = "Der Verband meldet mehr Aufträge, sagte eine Sprecherin am Montag in der Stadt. " * 2
    text = "\n".join(
        [
            "Pressespiegel Beispiel",
            "Beispielbote | 18.11.2025 | Seite 7 | Ressort: Wirtschaft",
            "Erste Schlagzeile über den Handel",
            para,
            para,
            "Example Online | 20.11.2025, 14.32 Uhr | Unternehmen",
            "Zweite Schlagzeile über Rohstoffe",
            para,
            para,
            "Пример.ру · 21.11.2025, 09:15 · Экономика",
            "Третий заголовок о транзите",
            para,
            para,
        ]
    )
    assert len(clippings(text)) == 3
    # a line of text with a bar and a date in it is no stamp
    one = "\n".join(["Titel", para, "Umsatz | 20.11.2025 war gut, sagte er | mehr", para])
    assert len(clippings(one)) == 1
