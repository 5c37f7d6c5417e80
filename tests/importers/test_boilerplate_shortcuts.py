"""Profile boilerplate patterns searched as one alternation only where that changes nothing."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption, profile_patterns
from app.importers.profiles import default_profiles, profile_from_mapping


def test_default_profiles_become_two_patterns_with_the_same_matches() -> None:
    profiles = default_profiles()
    separate = tuple(p for prof in profiles for p in prof.boilerplate)
    combined = profile_patterns(profiles)
    assert len(combined) <= 2  # those anchored at the start, and the rest
    assert profile_patterns(profiles) is combined  # built once per tuple
    lines = ["Sign up here.", "Abonnieren Sie uns auf", "Editor: AB", "Editor: ABCD", "x",
             "Больше новостей в Telegram", "Text -- foto BERNAMA", "Long text. " * 50]  # fmt: skip
    for line in lines:
        assert is_boilerplate(line, combined) == is_boilerplate(line, separate)


def test_an_alternation_at_the_top_is_not_anchored_as_a_whole() -> None:
    profile = profile_from_mapping({"name": "C", "boilerplate": ["^a|b$", "^c(?:d|e)$", "^x$"]})
    combined = profile_patterns((profile,))
    for line in ("a", "zzb", "ce", "zce", "x", "zx"):
        assert is_boilerplate(line, combined) == is_boilerplate(line, profile.boilerplate)


def test_patterns_with_groups_or_inline_flags_stay_separate() -> None:
    grouped = profile_from_mapping({"name": "A", "boilerplate": [r"^(ab)\1$", "^x$"]})
    flagged = profile_from_mapping({"name": "B", "boilerplate": ["(?s)^a.b$", "^y$"]})
    for profile in (grouped, flagged):
        profiles = (profile,)
        assert profile_patterns(profiles) == profile.boilerplate
    assert is_boilerplate("abab", profile_patterns((grouped,)))


def test_caption_rules_keep_their_length_limits() -> None:
    assert is_caption("Foto: dpa")
    assert not is_caption("Foto: " + "Wort " * 31)  # a marker at the start: 30 words at most
    assert is_caption("This photo shows " + "a " * 40)  # a caption opening: up to 50 words
    assert not is_caption("This photo shows " + "a " * 50)
