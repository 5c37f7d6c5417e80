"""A site's abbreviation that opens its breadcrumb trail ("EXN › Business › Ports") and
stands again as a label under the stamp is the site's name: no dateline, no heading, and
the photo caption under it stays out of the text."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract


def test_site_abbreviation_label_is_no_dateline() -> None:
    text = (
        "Example News Network\n"
        "Business\n"
        "Politics\n"
        "Monday, March 3, 2025\n"
        "EXN › Business › Ports\n"
        "Harbour cargo rises for a third month as new Asian lines arrive\n"
        "February 27, 2025 | 10:40\n"
        "EXN\n"
        "Cranes at the container terminal in the harbour.\n"
        "Photo: Example Agency\n"
        "The harbour handled 120,000 containers in February, 6% more than a year earlier, "
        "the port authority reported on Thursday.\n"
        "Two new shipping lines to Asia accounted for most of the growth, it said.\n"
    )
    art = extract("s.txt", text.encode("utf-8"))[0].article
    assert art.title == "Harbour cargo rises for a third month as new Asian lines arrive"
    assert art.dateline == ""
    assert art.published == datetime(2025, 2, 27, 10, 40)
    assert art.body.startswith("The harbour handled 120,000 containers")
    assert art.source == "Example News Network"
