"""A radio site's story pasted whole and a newspaper's header under its donation box
(fifteenth held-out batch): the audio player's controls, screen-reader links over the logo,
a donation button that names the outlet, the logo link's "Back to home" label, reporters
filing from two places (invented clippings)."""

from __future__ import annotations

from app.importers.boilerplate import is_appeal, is_boilerplate
from app.importers.compose import compose

_TEXT = (
    "Several states are racing to clear a backlog of food aid applications after a pause "
    "in federal funding left millions of families waiting for their benefits.\n"
    "State agencies say they are working overtime, and some have brought back retired "
    "caseworkers to help.\n"
)


def test_audio_player_controls_are_boilerplate() -> None:
    for line in ("4-Minute Listen", "Playlist", "Download", "Transcript", "Sponsor Message"):
        assert is_boilerplate(line), line
    assert is_boilerplate("Heard on Evening Report")
    assert not is_boilerplate("Download speeds doubled in rural areas last year.")


def test_radio_story_pasted_whole() -> None:
    text = (
        "Accessibility links\nSkip to main content\nKeyboard shortcuts for audio player\n"
        "EPR\nOpen Navigation Menu\nNewsletters\nNews\nPodcasts & Shows\n"
        "Wednesday, November 26, 2025\nPolitics\n"
        "States race to restart food aid as backlog grows\n"
        "November 18, 2025 5:00 AM ET\nHeard on Evening Report\n"
        "By Jane Doe, John Roe\n4-Minute Listen\nPlaylist\nDownload\nTranscript\n"
        f"{_TEXT}Sponsor Message\nFacebook\nEmail\n"
    )
    art = compose(text, ())
    assert art.title == "States race to restart food aid as backlog grows"
    assert art.source == "EPR"
    assert art.author == "Jane Doe, John Roe"
    assert art.body.startswith("Several states are racing")


def test_donation_button_is_no_masthead() -> None:
    assert is_appeal("Support the Example Herald")
    assert is_appeal("Fund independent journalism with £60 per year")
    text = (
        "Skip to main content\nSupport the Example Herald\n"
        "Fund independent journalism with £60 per year\nSupport us\nPrint subscriptions\n"
        "Sign in\nThe Example Herald - Back to home\nNews\nOpinion\nSport\nEurope\n"
        "Ferry fares soar as the islands wait for subsidies\n"
        "Jane Doe in Athens and John Roe in Brussels\nMon 24 Nov 2025 14.05 CET\n"
        f"{_TEXT}"
    )
    art = compose(text, ())
    assert art.source == "The Example Herald"
    assert art.author == "Jane Doe and John Roe"
