"""An event with travel, hotels, catering and private markers in every private field."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from organiser.model import Contact, Room
from organiser.services.sample import reference_event

PRIVATE_FIELDS = ("dietary_needs", "access_needs", "phone", "email", "booking_reference")


def marker(field: str, person_id: int) -> str:
    """A string no layout would produce by chance, and no prefix of another: DIET-MARKER-017."""
    tag = {
        "dietary_needs": "DIET",
        "access_needs": "ACCESS",
        "phone": "PHONE",
        "email": "MAIL",
        "booking_reference": "BOOKING",
    }[field]
    return f"{tag}-MARKER-{person_id:03d}"


def logistics_event():
    data = reference_event()
    data.rooms = [
        Room("Salle Niger", 120, "Ground floor", "left of the main lobby", "projector", id=1),
        Room("Salle Djoliba", 40, "First floor", "take the lift, second door", "", id=2),
    ]
    data.contacts = [Contact("Aïssata Koné", "Logistics lead", "+223 70 11 22 33", id=1)]
    for s in data.sessions:
        s.room_id = 2 if s.kind == "workshop" and s.number % 2 == 0 else 1
        if s.kind == "workshop":
            s.setup, s.projector, s.microphones = "U-shape", True, 6
            s.interpretation = "English, French"
        if s.kind == "break":
            s.catering, s.head_count = "Coffee and pastries", 85
    hotels = [("Azalai Hôtel Salam", "Bamako, Quartier du Fleuve"), ("Radisson Blu", "ACI 2000")]
    for p in data.people:
        for f in PRIVATE_FIELDS:
            value = marker(f, p.id)
            setattr(p, f, value.lower() + "@example.org" if f == "email" else value)
        p.arrival_at = datetime(2021, 11, 15, 14 + p.id % 8, 5 * (p.id % 12))
        p.arrival_mode, p.arrival_number = "flight", f"AF{500 + p.id}"
        p.arriving_from = "Paris CDG"
        p.pickup_needed = p.id % 2 == 0
        p.pickup_by = "Moussa" if p.id % 4 == 0 else ""
        p.departure_at = datetime(2021, 11, 18, 8 + p.id % 6, 30)
        p.departure_mode, p.departure_number = "flight", f"AF{600 + p.id}"
        p.hotel, p.hotel_address = hotels[p.id % 2]
        p.check_in, p.check_out = date(2021, 11, 15), date(2021, 11, 18)
        p.visa_status = "invitation letter sent"
    return data


@pytest.fixture
def travel_event():
    return logistics_event()


@pytest.fixture
def private_markers():
    """(fields, marker): the private fields filled in by travel_event, and their markers."""
    return PRIVATE_FIELDS, marker


__all__ = ["PRIVATE_FIELDS", "logistics_event", "marker", "time"]
