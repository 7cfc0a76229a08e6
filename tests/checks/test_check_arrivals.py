"""A person checked in twice on one day (two desks that were apart) is a problem to see."""

from __future__ import annotations

from datetime import date, datetime

from organiser import model
from organiser.checks import run_checks


def _event(*arrivals: tuple[str, str]) -> model.EventData:
    data = model.EventData()
    data.days = [model.Day(date(2021, 11, 16), id=1), model.Day(date(2021, 11, 17), id=2)]
    data.people = [model.Person("Awa", "Traoré", id=1), model.Person("Moussa", "Keïta", id=2)]
    data.desks = {"d1": "Door 1", "d2": "Door 2"}
    for n, (when, desk) in enumerate(arrivals, start=1):
        at = datetime.fromisoformat(when)
        day = 1 if at.day == 16 else 2
        data.check_ins.append(model.CheckIn(1, at, day, id=n, desk=desk))
    return data


def _twice(data: model.EventData) -> list:
    return [f for f in run_checks(data) if f.code == "checked_in_twice"]


def test_a_second_arrival_on_one_day_is_listed_with_both_desks():
    (finding,) = _twice(
        _event(("2021-11-16T09:05", "d1"), ("2021-11-16T09:01", "d2"), ("2021-11-17T09:00", "d1"))
    )
    assert (finding.severity, finding.kind, finding.item_id) == ("warning", "person", 1)
    assert finding.message.startswith(
        "Awa Traoré was checked in twice on Tuesday 16 November: first at 09:01 (Door 2), "
        "again at 09:05 (Door 1)"
    )
    assert "take back the second badge" in finding.message


def test_one_arrival_a_day_is_no_problem():
    assert _twice(_event(("2021-11-16T09:05", "d1"), ("2021-11-17T09:01", "d2"))) == []
    assert _twice(_event()) == []


def test_the_second_arrival_is_said_in_french_in_a_french_window():
    from organiser.checks import CheckOptions

    data = _event(("2021-11-16T09:05", "d1"), ("2021-11-16T09:01", "d2"))
    (finding,) = [
        f for f in run_checks(data, CheckOptions(lang="fr")) if f.code == "checked_in_twice"
    ]
    text = finding.message.replace("\xa0", " ").replace("\u202f", " ")
    assert text.startswith("Awa Traoré : arrivée enregistrée deux fois le mardi 16 novembre")
    assert "d’abord à 9 h 01 (Door 2), puis à 9 h 05 (Door 1)" in text
