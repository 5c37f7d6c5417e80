"""A short body (a masthead, a line or two) is no evidence alone that two clippings are
one: a newsletter read as its masthead made every later issue a "duplicate" of the first."""

from __future__ import annotations

from datetime import datetime

from app.model import Article, ImportStatus

MASTHEAD = "Medienspiegel Nordwest"
# a standard line long enough for a MinHash signature (9+ words), too short to be evidence
STANDARD = (
    "Die Meldungen dieser Ausgabe stammen aus den Nachrichtenagenturen und werden "
    "von der Redaktion nicht überprüft."
)


def clipping(title: str, body: str, day: int = 1) -> Article:
    return Article(title=title, body=body, published=datetime(2025, 11, day))


def test_a_later_issue_with_the_same_masthead_body_is_no_duplicate(archive):
    first = archive.add(clipping("Ihr Medienspiegel Nordwest - 26.11.2025", MASTHEAD, 26))
    second = archive.add(clipping("Ihr Medienspiegel Nordwest - 27.11.2025", MASTHEAD, 27))
    third = archive.add(clipping("Ihr Medienspiegel Nordwest - 28.11.2025", MASTHEAD, 28))
    assert [r.status for r in (first, second, third)] == [ImportStatus.IMPORTED] * 3
    assert archive.article_count() == 3
    assert archive.get(second.id).cluster == []


def test_the_same_short_clipping_twice_is_still_a_duplicate(archive):
    one = archive.add(clipping("Ihr Medienspiegel Nordwest - 26.11.2025", MASTHEAD))
    # the same title however cased and punctuated: the same clipping
    two = archive.add(clipping("IHR MEDIENSPIEGEL NORDWEST – 26.11.2025", MASTHEAD))
    assert two.status is ImportStatus.DUPLICATE and two.id == one.id
    assert archive.article_count() == 1


def test_a_long_body_is_a_duplicate_whatever_its_title(archive):
    body = " ".join([STANDARD] * 4)
    one = archive.add(clipping("Erste Überschrift", body))
    two = archive.add(clipping("Eine ganz andere Zeile", body))
    assert two.status is ImportStatus.DUPLICATE and two.id == one.id


def test_two_short_bodies_alike_are_no_story_cluster_under_other_titles(archive):
    one = archive.add(clipping("Kasachstan lockt deutsche Maschinenbauer", STANDARD))
    two = archive.add(clipping("Weizen aus der Steppe", STANDARD.replace("nicht ", "")))
    assert two.status is ImportStatus.IMPORTED
    assert archive.get(two.id).cluster == [] and archive.get(one.id).cluster == []


def test_two_short_bodies_alike_under_alike_titles_are_a_cluster(archive):
    one = archive.add(clipping("Kasachstan lockt deutsche Maschinenbauer", STANDARD))
    two = archive.add(
        clipping("Kasachstan lockt deutsche Maschinenbauer an", STANDARD.replace("nicht ", ""))
    )
    assert two.status is ImportStatus.NEAR_DUPLICATE and two.related_id == one.id


def test_a_short_body_like_a_long_story_in_part_is_no_cluster(archive):
    """A stored short body is judged with its title too, whichever came first."""
    one = archive.add(clipping("Weizen aus der Steppe", STANDARD))
    two = archive.add(clipping("Kasachstan lockt deutsche Maschinenbauer", STANDARD + " Ende."))
    assert two.status is ImportStatus.IMPORTED
    assert archive.get(one.id).cluster == []


def test_made_up_mails_of_two_issues_are_both_kept(archive, tmp_path):
    """Two issues of a plain-text newsletter (another subject, day and items) are two
    clippings, whatever the reader makes of their text."""
    for day, story in ((26, "Weizen aus der Steppe"), (27, "Lastwagen für Astana")):
        mail = (
            f"From: Presseclipping <news@clipping.example>\n"
            f"Subject: Ihr Medienspiegel Nordwest - {day}.11.2025\n"
            f"Date: {day} Nov 2025 07:30:00 +0100\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"Medienspiegel Nordwest\nAusgabe vom {day}.11.2025 | 1 Treffer\n\n"
            "Profil bearbeiten | Abbestellen\n\n"
            f"1) Beispielzeitung, {day - 1}.11.2025\n{story}\n"
            "Kasachstan liefert so viel Weizen nach Ägypten wie nie zuvor. Die Rekordernte "
            "drückt die Preise an der Börse.\n\n--\nSie erhalten diese E-Mail, weil Sie den "
            "Medienspiegel abonniert haben.\n"
        )
        (tmp_path / f"nl{day}.eml").write_text(mail, encoding="utf-8")
    first = archive.import_paths([tmp_path / "nl26.eml"])
    second = archive.import_paths([tmp_path / "nl27.eml"])
    assert all(r.status is not ImportStatus.DUPLICATE for r in first + second)
    assert archive.article_count() == len(first) + len(second) >= 2
