from __future__ import annotations

from datetime import date, time

from organiser.services import text, timezones


def test_new_york_in_november_2021_is_est_not_edt():
    span = timezones.span_in(
        date(2021, 11, 16), time(13), time(13, 10), "Africa/Bamako", "America/New_York"
    )
    assert (span.text(), span.label, span.day_shift) == ("08:00–08:10", "EST", 0)
    berlin = timezones.span_in(
        date(2021, 11, 17), time(13), time(13, 15), "Africa/Bamako", "Europe/Berlin"
    )
    assert (berlin.text(), berlin.label) == ("14:00–14:15", "CET")


def test_offsets_follow_daylight_saving_day_by_day():
    before = timezones.span_in(
        date(2026, 3, 28), time(12), time(13), "Europe/Berlin", "America/New_York"
    )
    after = timezones.span_in(
        date(2026, 3, 30), time(12), time(13), "Europe/Berlin", "America/New_York"
    )
    assert (before.text(), before.label) == ("07:00–08:00", "EDT")  # US changed on 8 March
    assert (after.text(), after.label) == ("06:00–07:00", "EDT")  # Europe changed on 29 March
    changes = timezones.offset_changes("Europe/Berlin", date(2026, 3, 27), date(2026, 3, 31))
    assert [c[0] for c in changes] == [date(2026, 3, 29)]


def test_crossing_midnight_in_a_display_zone():
    span = timezones.span_in(date(2026, 5, 4), time(16), time(17), "Africa/Bamako", "Asia/Tokyo")
    assert span.text() == "01:00–02:00" and span.day_shift == 1


def test_zone_order_and_labels():
    assert timezones.zones_for("Africa/Bamako", ["Europe/Berlin"]) == [
        "Africa/Bamako",
        "Europe/Berlin",
    ]
    assert timezones.zones_for("Africa/Bamako", ["Europe/Berlin", "Africa/Bamako"]) == [
        "Europe/Berlin",
        "Africa/Bamako",
    ]
    assert timezones.city("America/New_York") == "New York"
    assert not timezones.is_valid_zone("Mars/Olympus") and timezones.is_valid_zone("Asia/Kolkata")
    assert "Africa/Bamako" in timezones.all_zones()


def test_fold_and_clean():
    assert text.fold("Traoré") == "traore"
    assert text.fold("Dżon") == "dzon" and text.fold("Łukasz") == "lukasz"
    assert text.clean("\u202eNiagale\u200b ") == "Niagale"
    assert text.clean("Nia\u0301gale") == "Niágale"
    assert text.paragraphs("a\nb\n\n c ") == ["a b", "c"]


def test_a_folder_of_the_zone_database_is_not_a_zone():
    assert not timezones.is_valid_zone("Africa/") and not timezones.is_valid_zone("America")


def test_clean_keeps_joiners_and_strips_invisible_controls():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # mi-khaham: ZWNJ is spelling
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji held by two ZWJs
    assert text.clean(persian) == persian
    assert text.clean(f" {family} ") == family
    # bidi controls, zero-width space, BOM and soft hyphen still go
    assert text.clean("\ufeffNia\u00adga\u200bl\u200ee\u202a\u2066") == "Niagale"
