"""The JSON bundle: lossless, validated, documented by a schema that matches the model."""

from __future__ import annotations

import json

import pytest

from organiser.services import bundle
from organiser.services.generate import generate
from organiser.services.sample import reference_event
from organiser.store import EventStore


def _through_file(data, tmp_path, name):
    with EventStore.create(tmp_path / f"{name}.organiser", data) as store:
        return bundle.dumps(store.load())


def test_round_trip_is_identical(tmp_path):
    first = _through_file(reference_event(), tmp_path, "a")
    again = _through_file(bundle.from_bundle(json.loads(first)), tmp_path, "b")
    assert first == again


def test_round_trip_of_a_generated_event_with_logistics(tmp_path):
    first = _through_file(generate(120, 30, seed=4), tmp_path, "a")
    again = _through_file(bundle.from_bundle(json.loads(first)), tmp_path, "b")
    assert first == again
    assert '"arrival_at": "2026-' in first


def test_schema_file_matches_the_model():
    assert json.loads(bundle.SCHEMA_PATH.read_text(encoding="utf-8")) == bundle.build_schema()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda b: b["people"][3].__setitem__("given_name", 5), r"people\[3\]\.given_name"),
        (lambda b: b["sessions"][2].__setitem__("starts", "25:00"), r"sessions\[2\]\.starts"),
        (
            lambda b: b["sessions"][0]["roles"][0].__setitem__("person_id", 999),
            r"sessions\[0\]\.roles\[0\]\.person_id: no person has id 999",
        ),
        (lambda b: b["days"][0].__setitem__("date", "2021-02-30"), r"days\[0\]: invalid date"),
        (
            lambda b: b["days"][1].__setitem__("date", "2021-11-16"),
            r"days\[1\]\.date: 2021-11-16 is already used by days\[0\]",
        ),
        (lambda b: b["people"][1].__setitem__("uid", b["people"][0]["uid"]), r"people\[1\]\.uid"),
        (
            lambda b: b["sessions"][1].__setitem__("uid", b["sessions"][0]["uid"]),
            r"sessions\[1\]\.uid",
        ),
        (lambda b: b["role_types"][2].__setitem__("key", "speaker"), r"role_types\[2\]\.key"),
        (
            lambda b: b["event"].__setitem__("venue_time_zone", "Mars/Olympus"),
            "event.venue_time_zone: 'Mars/Olympus' is not a time zone",
        ),
        (
            lambda b: b["event"]["display_time_zones"].append("Nowhere/City"),
            r"event.display_time_zones\[2\]",
        ),
        (
            lambda b: b["people"][2].__setitem__("home_time_zone", "Europe/Atlantis"),
            r"people\[2\]\.home_time_zone",
        ),
        (lambda b: b.__setitem__("format", "something-else"), "format"),
        (lambda b: b["event"].__setitem__("colour", "red"), "colour"),
        (lambda b: b["people"].append(dict(b["people"][0])), r"people\[17\]\.id: 1 is used twice"),
    ],
)
def test_invalid_bundles_name_the_entry_and_field(mutate, message):
    b = bundle.to_bundle(reference_event())
    mutate(b)
    with pytest.raises(bundle.BundleError, match=message):
        bundle.from_bundle(b)


def test_not_json_and_not_utf8(tmp_path):
    p = tmp_path / "x.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(bundle.BundleError, match="not valid JSON"):
        bundle.loads_file(p)
    p.write_bytes(b"\xff\xfe\x00garbage\x80")
    with pytest.raises(bundle.BundleError):
        bundle.loads_file(p)
    p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(bundle.BundleError, match="nested too deeply"):
        bundle.loads_file(p)
