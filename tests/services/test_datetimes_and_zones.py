"""Dates, times and time zones as people type them (issue 13)."""

from __future__ import annotations

from datetime import date, time

import pytest

from organiser.services import datetimes, timezones
from organiser.services.datetimes import Unreadable, read_date, read_time

NOV_16 = date(2021, 11, 16)


@pytest.mark.parametrize(
    "text",
    [
        "16/11/2021",
        "16.11.2021",
        "16-11-21",
        "16 Nov 2021",
        "16 November 2021",
        "16 novembre 2021",
        "mardi 16 novembre 2021",
        "Tuesday 16 November 2021",
        "Nov 16, 2021",
        "16th November 2021",
        "2021-11-16",
        "2021/11/16",
        "20211116",
        "  16 / 11 / 2021 ",
    ],
)
def test_dates_as_people_type_them(text):
    assert read_date(text, "en_GB") == NOV_16


def test_numeric_dates_follow_the_locale_unless_only_one_reading_fits():
    assert read_date("03/04/2027", "en_GB") == date(2027, 4, 3)
    assert read_date("03/04/2027", "fr_FR") == date(2027, 4, 3)
    assert read_date("03/04/2027", "en_US") == date(2027, 3, 4)
    assert read_date("16/11/2021", "en_US") == NOV_16, "there is no month 16"
    assert read_date("11/16/2021", "en_GB") == NOV_16
    assert read_date("2027/04/03", "ja_JP") == date(2027, 4, 3)
    assert datetimes.date_order("en_US") == "MDY" and datetimes.date_order("C") == "DMY"
    assert read_date("12 April", "en_GB", year=2027) == date(2027, 4, 12)
    assert read_date("16/11", "fr_FR", year=2021) == NOV_16


def test_a_date_is_echoed_back_in_full():
    assert datetimes.full_date(read_date("12 April 2027")) == "Monday 12 April 2027"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "Type a date"),
        ("soon", "“soon” is not a month"),
        ("31/02/2021", "that month has no day 31"),
        ("16/13/2021", "there is no month 13"),
        ("Sun 12 April 2027", "12 April 2027 is a Monday"),
        ("12", "is not a date"),
    ],
)
def test_what_is_not_a_date_is_refused_with_a_reason(text, says):
    with pytest.raises(Unreadable, match=says):
        read_date(text, "en_GB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12:30", time(12, 30)),
        ("1230", time(12, 30)),
        ("12.30", time(12, 30)),
        ("12h30", time(12, 30)),
        ("2:30 pm", time(14, 30)),
        ("2:30 PM", time(14, 30)),
        ("2pm", time(14)),
        ("12 am", time(0)),
        ("930", time(9, 30)),
        ("9h", time(9)),
        ("14", time(14)),
    ],
)
def test_times_as_people_type_them(text, expected):
    assert read_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "12:60", "13 pm", "noon", "", "12:3"])
def test_what_is_not_a_time_is_refused(text):
    with pytest.raises(Unreadable):
        read_time(text)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("abidjan", "Africa/Abidjan"),
        ("new york", "America/New_York"),
        ("New York", "America/New_York"),
        ("sao paulo", "America/Sao_Paulo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("africa/abidjan", "Africa/Abidjan"),
        ("Africa/Bamako", "Africa/Bamako"),
        ("buenos aires", "America/Argentina/Buenos_Aires"),
        ("Ho Chi Minh", "Asia/Ho_Chi_Minh"),
    ],
)
def test_zones_are_found_by_city(typed, zone):
    assert timezones.resolve(typed) == zone
    assert zone in timezones.search(typed)


def test_a_text_naming_several_zones_or_none_is_not_resolved():
    assert timezones.resolve("america") is None
    assert len(timezones.search("america")) > 10
    assert timezones.resolve("Atlantis") is None and timezones.search("Atlantis") == []


@pytest.mark.parametrize(
    ("venue", "zone"),
    [
        ("Azalai Hotel, Bamako", "Africa/Bamako"),
        ("Bamako, Mali", "Africa/Bamako"),
        ("Hôtel Ivoire, Abidjan, Côte d'Ivoire", "Africa/Abidjan"),
        ("Kenyatta Centre, Kenya", "Africa/Nairobi"),
        ("Conference centre", None),
        ("Somewhere, United States", None),  # a country of many zones says none
    ],
)
def test_the_venue_gives_its_zone(venue, zone):
    assert timezones.zone_for_place(venue) == zone


def test_cli_new_takes_the_venue_zone_and_days(tmp_path, capsys):
    from organiser.cli import main
    from organiser.store import EventStore

    path = tmp_path / "segou.organiser"
    assert (
        main(
            [
                *("new", str(path), "--title", "Ségou", "--venue", "Hôtel, Bamako"),
                *("--first-day", "16 Nov 2021", "--days", "2"),
            ]
        )
        == 0
    )
    assert "venue time: Africa/Bamako" in capsys.readouterr().out
    with EventStore.open(path) as store:
        data = store.load()
    assert (
        data.event.venue_time_zone == "Africa/Bamako" and data.event.venue_name == "Hôtel, Bamako"
    )
    assert [d.date for d in data.days] == [NOV_16, date(2021, 11, 17)]
    other = tmp_path / "ny.organiser"
    assert main(["new", str(other), "--time-zone", "new york"]) == 0
    assert main(["new", str(tmp_path / "x.organiser"), "--time-zone", "america"]) == 2
    assert "names no single time zone" in capsys.readouterr().err
    assert not (tmp_path / "x.organiser").exists()
