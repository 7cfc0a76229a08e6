"""Issue 6 review fixes: names in every script, short rows, the export round trip,
namesakes with another e-mail, date columns, wording for the window."""

from __future__ import annotations

from pathlib import Path

from organiser import model
from organiser.attendees import preview_import
from organiser.attendees.checkin import DeskIndex
from organiser.attendees.plan import apply_plan
from organiser.store import EventStore


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _plan(event_path: Path, file: Path, **kw):
    with EventStore.open(event_path, lock=False) as store:
        return preview_import(file, store.load(), **kw)


def _apply(event_path: Path, file: Path) -> None:
    with EventStore.open(event_path, lock=False) as store:
        apply_plan(store, preview_import(file, store.load()))


def _names(event_path: Path) -> set[str]:
    with EventStore.open(event_path, lock=False) as store:
        return {p.name for p in store.load().people}


# ------------------------------------------------------------ 1. every script
def test_arabic_names_in_one_file_are_two_people(event_path: Path, tmp_path: Path) -> None:
    f = _csv(
        tmp_path / "ar.csv",
        "First name,Last name,Organisation\nمحمد,الشريف,UNDP\nفاطمة,حسن,UNDP\n",
    )
    plan = _plan(event_path, f)
    assert not plan.problems, plan.problems
    assert len(plan.adds) == 2


def test_cyrillic_import_does_not_match_another_cyrillic_name(
    event_path: Path, tmp_path: Path
) -> None:
    _apply(
        event_path, _csv(tmp_path / "c1.csv", "First name,Last name,Organisation\nИван,Петров,\n")
    )
    plan = _plan(
        event_path,
        _csv(tmp_path / "c2.csv", "First name,Last name,Organisation\nОльга,Смирнова,\n"),
    )
    assert len(plan.adds) == 1 and not plan.updates and not plan.unchanged
    _apply(event_path, tmp_path / "c2.csv")
    assert {"Иван Петров", "Ольга Смирнова"} <= _names(event_path)


def test_greek_and_hebrew_names_are_told_apart_and_matched(
    event_path: Path, tmp_path: Path
) -> None:
    f = _csv(
        tmp_path / "gr.csv",
        "First name,Last name,Organisation\nΓιώργος,Παπαδόπουλος,ΟΗΕ\nשרה,כהן,\nדוד,לוי,\n",
    )
    _apply(event_path, f)
    # The same names in capitals and without tonos are the same people.
    again = _csv(
        tmp_path / "gr2.csv", "First name,Last name,Organisation\nΓΙΩΡΓΟΣ,ΠΑΠΑΔΟΠΟΥΛΟΣ,ΟΗΕ\n"
    )
    plan = _plan(event_path, again)
    assert not plan.adds and len(plan.unchanged) == 1
    assert plan.unchanged[0].matched_by == "name and organisation"


def test_desk_search_finds_non_latin_names() -> None:
    data = model.EventData()
    data.people = [
        model.Person("Дмитрий", "Иванов", id=1, uid="AAAAAAAAA1"),
        model.Person("שרה", "כהן", id=2, uid="AAAAAAAAA2"),
        model.Person("محمد", "الشريف", id=3, uid="AAAAAAAAA3"),
        model.Person("Γιώργος", "Παπαδόπουλος", id=4, uid="AAAAAAAAA4"),
        model.Person("Dmitri", "Ivanov", id=5, uid="AAAAAAAAA5"),
    ]
    index = DeskIndex(data)
    assert [h.person_id for h in index.search("Дмитрий")] == [1]
    assert [h.person_id for h in index.search("дмит")] == [1]
    assert [h.person_id for h in index.search("שרה")] == [2]
    assert [h.person_id for h in index.search("الشريف")] == [3]
    assert [h.person_id for h in index.search("γιωργος")] == [4]
    assert [h.person_id for h in index.search("dmitri")] == [5]
