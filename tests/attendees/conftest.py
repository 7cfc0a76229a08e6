"""Fixtures for attendee tests: an event file with two days and a few known people."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from organiser import model
from organiser.store import EventStore, new_event_data


def small_event() -> model.EventData:
    data = new_event_data("Dialogue on Stability")
    data.days = [model.Day(date(2026, 3, 23), "Day 1"), model.Day(date(2026, 3, 24), "Day 2")]
    A = model.Affiliation
    data.people = [
        model.Person(
            "Niagalé",
            "Bagayoko",
            "Dr.",
            affiliations=[A("Chair", "ASSN")],
            email="nb@example.org",
            category="speaker",
        ),
        model.Person("Drissa", "Traoré", "Mr.", affiliations=[A("Coordinator", "AMDH")]),
        model.Person(
            "Dżon",
            "Wójcik",
            affiliations=[A("", "Uniwersytet Jagielloński")],
            email="dzon@example.org",
            phone="+48 1",
        ),
        model.Person("Öykü", "Öztürk", affiliations=[A("", "Interpeace")], category="press"),
        model.Person("Cancelled", "Person", registration_status="cancelled"),
    ]
    return data


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    path = tmp_path / "event.organiser"
    EventStore.create(path, small_event(), lock=False).close()
    return path
