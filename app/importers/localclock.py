"""A stamp stated in UTC, read on the clock of the outlet's country where the page shows
another day.

JSON-LD and <time datetime> often state the instant in UTC ("2025-11-24T19:01:00+00:00")
while the page prints the local day alone ("Nov 25, 2025"): the archive files the outlet's
wall-clock time. Where the printed day is not the UTC day, the stamp is read on the clock
of the outlet's country (the gazetteer's outlet of the page's address), and only when that
clock gives the printed day. A country of several zones takes its most populous one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from app.importers.outlets import default_gazetteer

_COUNTRY_ZONES = {
    "AU": "Australia/Sydney", "NZ": "Pacific/Auckland", "JP": "Asia/Tokyo",
    "KR": "Asia/Seoul", "CN": "Asia/Shanghai", "HK": "Asia/Hong_Kong", "TW": "Asia/Taipei",
    "SG": "Asia/Singapore", "MY": "Asia/Kuala_Lumpur", "PH": "Asia/Manila",
    "ID": "Asia/Jakarta", "TH": "Asia/Bangkok", "VN": "Asia/Ho_Chi_Minh", "IN": "Asia/Kolkata",
    "PK": "Asia/Karachi", "BD": "Asia/Dhaka", "LK": "Asia/Colombo", "NP": "Asia/Kathmandu",
    "AE": "Asia/Dubai", "SA": "Asia/Riyadh", "QA": "Asia/Qatar", "IL": "Asia/Jerusalem",
    "EG": "Africa/Cairo", "NG": "Africa/Lagos", "KE": "Africa/Nairobi",
    "ZA": "Africa/Johannesburg", "RU": "Europe/Moscow", "KZ": "Asia/Almaty",
    "UZ": "Asia/Tashkent", "UA": "Europe/Kyiv", "BY": "Europe/Minsk",
    "US": "America/New_York", "CA": "America/Toronto", "MX": "America/Mexico_City",
    "BR": "America/Sao_Paulo", "AR": "America/Argentina/Buenos_Aires",
}  # fmt: skip


def outlet_clock(stamp: datetime, shown_days: list[date], url: str) -> datetime | None:
    """`stamp` (stated in UTC) on the clock of the country of the outlet at `url`, when the
    page shows another day than the UTC one and that clock gives a day it shows; else None."""
    if stamp.utcoffset() != timedelta(0) or not shown_days or stamp.date() in shown_days:
        return None
    outlet = default_gazetteer().for_url(url) if url else None
    zone = _COUNTRY_ZONES.get(outlet.country.upper()) if outlet is not None else None
    if zone is None:
        return None
    local = stamp.astimezone(ZoneInfo(zone))
    if local.date() not in shown_days:
        return None
    return local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))
