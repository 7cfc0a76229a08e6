"""The small rules every import shares: plain text from HTML, durations, zones, headings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from organiser.interchange.common import (
    guess_zone,
    map_kind,
    map_role,
    parse_duration,
    plain_text,
    split_heading,
)


def test_html_becomes_plain_paragraphs():
    html = (
        "<p>Ideas:</p><ul><li>one</li><li>two &amp; three</li></ul>"
        "<p>End<br/>line</p><script>alert(1)</script>"
    )
    assert plain_text(html) == "Ideas:\n\n• one\n• two & three\n\nEnd\nline"
    assert plain_text("a &lt; b\r\nnext") == "a < b\nnext"
    assert plain_text("Markdown *stays* as written") == "Markdown *stays* as written"
    assert plain_text(None) == ""


@pytest.mark.parametrize(
    "text, minutes",
    [("00:30", 30), ("01:30:00", 90), ("00:05:00", 5), ("10:05", 605), ("1:60", None), ("x", None)],
)
def test_durations(text, minutes):
    got = parse_duration(text)
    assert (None if got is None else got // timedelta(minutes=1)) == minutes


def test_zone_guess_prefers_common_venues_and_respects_dst():
    winter = datetime(2019, 12, 27, 11, tzinfo=timezone(timedelta(hours=1)))
    summer = datetime(2019, 8, 21, 11, tzinfo=timezone(timedelta(hours=2)))
    assert guess_zone([winter])[0] == "Europe/Berlin"
    assert guess_zone([winter, summer])[0] == "Europe/Berlin"
    kolkata = datetime(2023, 9, 10, 10, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert guess_zone([kolkata])[0] == "Asia/Kolkata"
    # +01:00 all year round fits no zone that keeps summer time
    assert guess_zone([winter, summer.replace(tzinfo=timezone(timedelta(hours=1)))])[0] != (
        "Europe/Berlin"
    )


def test_roles_kinds_and_headings():
    assert map_role("SPEAKER") == "speaker"
    assert map_role("Moderator") == "moderator"
    assert map_role("host") == "chair"
    assert map_role("first respondent") == "first_respondent"
    assert map_role("CONTRIBUTOR") is None
    assert map_kind("Workshop (2h)") == "workshop"
    assert map_kind("lecture") == "other"
    assert split_heading("workshop", "Workshop 3: Justice") == (3, "Justice")
    assert split_heading("keynote", "Keynote") == (None, "")
    assert split_heading("workshop", "Making things") == (None, "Making things")
