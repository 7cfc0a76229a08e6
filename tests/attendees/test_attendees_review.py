"""Issue 6 review fixes: names in every script, short rows, the export round trip,
namesakes with another e-mail, date columns, wording for the window."""

from __future__ import annotations

from pathlib import Path

from organiser import model
from organiser.attendees import preview_import
from organiser.attendees.checkin import DeskIndex
from organiser.attendees.plan import apply_plan
from organiser.store import EventStore
from tests.attendees.attendee_files import plan_for, write_list


def _apply(event_path: Path, file: Path) -> None:
    with EventStore.open(event_path, lock=False) as store:
        apply_plan(store, preview_import(file, store.load()))


def _names(event_path: Path) -> set[str]:
    with EventStore.open(event_path, lock=False) as store:
        return {p.name for p in store.load().people}


# ------------------------------------------------------------ 1. every script
def test_arabic_names_in_one_file_are_two_people(event_path: Path, tmp_path: Path) -> None:
    f = write_list(
        tmp_path / "ar.csv",
        "First name,Last name,Organisation\nمحمد,الشريف,UNDP\nفاطمة,حسن,UNDP\n",
    )
    plan = plan_for(event_path, f)
    assert not plan.problems, plan.problems
    assert len(plan.adds) == 2


def test_cyrillic_import_does_not_match_another_cyrillic_name(
    event_path: Path, tmp_path: Path
) -> None:
    _apply(
        event_path,
        write_list(tmp_path / "c1.csv", "First name,Last name,Organisation\nИван,Петров,\n"),
    )
    plan = plan_for(
        event_path,
        write_list(tmp_path / "c2.csv", "First name,Last name,Organisation\nОльга,Смирнова,\n"),
    )
    assert len(plan.adds) == 1 and not plan.updates and not plan.unchanged
    _apply(event_path, tmp_path / "c2.csv")
    assert {"Иван Петров", "Ольга Смирнова"} <= _names(event_path)


def test_greek_and_hebrew_names_are_told_apart_and_matched(
    event_path: Path, tmp_path: Path
) -> None:
    f = write_list(
        tmp_path / "gr.csv",
        "First name,Last name,Organisation\nΓιώργος,Παπαδόπουλος,ΟΗΕ\nשרה,כהן,\nדוד,לוי,\n",
    )
    _apply(event_path, f)
    # The same names in capitals and without tonos are the same people.
    again = write_list(
        tmp_path / "gr2.csv", "First name,Last name,Organisation\nΓΙΩΡΓΟΣ,ΠΑΠΑΔΟΠΟΥΛΟΣ,ΟΗΕ\n"
    )
    plan = plan_for(event_path, again)
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


# -------------------------------------------------------------- 3. short rows
def test_short_row_is_a_problem_not_a_shifted_row(event_path: Path, tmp_path: Path) -> None:
    f = write_list(
        tmp_path / "short.csv",
        "First name,Last name,Organisation,E-mail,Phone\n"
        "Bo,Li,bo@example.org\n"
        "Cy,Ng,Org,cy@example.org,+1 555\n",
    )
    plan = plan_for(event_path, f)
    assert [p.line for p in plan.problems] == [2]
    assert "3 values but the header has 5 columns" in plan.problems[0].reason
    assert "“E-mail”" in plan.problems[0].reason
    assert [p.person.name for p in plan.adds] == ["Cy Ng"]
    assert all(a.organisation != "bo@example.org" for p in plan.adds for a in p.person.affiliations)


def test_row_missing_only_columns_not_imported_is_read(event_path: Path, tmp_path: Path) -> None:
    # "Badge printed" is not an attendee field: a tool that drops its empty cells is fine.
    f = write_list(
        tmp_path / "trail.csv",
        "First name,Last name,E-mail,Badge printed\nBo,Li,bo@example.org\n",
    )
    plan = plan_for(event_path, f)
    assert not plan.problems
    assert plan.adds[0].person.email == "bo@example.org"


# ----------------------------------------------------------- 4. round trip
def test_csv_export_then_import_changes_nothing_for_formula_like_names(
    event_path: Path, tmp_path: Path
) -> None:
    from organiser.attendees.export import export_attendees

    f = write_list(
        tmp_path / "f.csv",
        "First name,Last name,Organisation,E-mail\n"
        "=SUM,-Minus,+cmd,sum@example.org\n"
        "@x,Tab,-Dash Org,x@example.org\n",
    )
    _apply(event_path, f)
    out = tmp_path / "out.csv"
    with EventStore.open(event_path, lock=False) as store:
        data = store.load()
    export_attendees(data, out)
    assert "'=SUM" in out.read_text(encoding="utf-8-sig")  # still protected in the file
    plan = plan_for(event_path, out)
    assert not plan.problems and not plan.adds and not plan.updates, plan.report()
    assert len(plan.unchanged) == len(data.people)
    assert {"=SUM -Minus", "@x Tab"} <= _names(event_path)


# ------------------------------------------------------- 7. date columns
def test_date_columns_are_not_registration_status(event_path: Path, tmp_path: Path) -> None:
    from organiser.attendees.mapping import guess_field

    assert guess_field("Date d'inscription") is None
    assert guess_field("Registration date") is None
    assert guess_field("Statut d'inscription") == "registration_status"
    assert guess_field("Inscription") == "registration_status"
    f = write_list(
        tmp_path / "dated.csv",
        "Prénom,Nom,Date d'inscription\nAwa,Sow,2026-03-01\nAli,Ba,02/03/2026\n",
    )
    plan = plan_for(event_path, f)
    assert not plan.problems and len(plan.adds) == 2
    assert "Date d'inscription" in plan.mapping.ignored()


# ------------------------------------------------------------ 8. namesakes
def test_namesake_with_another_email_is_added_with_a_warning(
    event_path: Path, tmp_path: Path
) -> None:
    # Bagayoko at ASSN has nb@example.org in the event.
    f = write_list(
        tmp_path / "ns.csv",
        "First name,Last name,Organisation,E-mail\nNiagalé,Bagayoko,ASSN,other@example.org\n",
    )
    plan = plan_for(event_path, f)
    assert len(plan.adds) == 1 and not plan.updates
    (warning,) = [w for w in plan.warnings if "another e-mail" in w.reason]
    assert "same name and organisation as Niagalé Bagayoko" in warning.reason
    _apply(event_path, f)
    with EventStore.open(event_path, lock=False) as store:
        emails = sorted(p.email for p in store.load().people if p.family_name == "Bagayoko")
    assert emails == ["nb@example.org", "other@example.org"]


def test_namesake_without_email_or_same_email_still_matches(
    event_path: Path, tmp_path: Path
) -> None:
    f = write_list(
        tmp_path / "ns2.csv",
        "First name,Last name,Organisation,E-mail,Phone\nNiagalé,Bagayoko,ASSN,,+223 1\n",
    )
    plan = plan_for(event_path, f)
    assert not plan.adds and len(plan.updates) == 1
    assert plan.updates[0].matched_by == "name and organisation"
    # An event person without an e-mail gets the row's.
    f2 = write_list(
        tmp_path / "ns3.csv",
        "First name,Last name,Organisation,E-mail\nDrissa,Traoré,AMDH,dt@example.org\n",
    )
    plan = plan_for(event_path, f2)
    assert not plan.adds and [c.field for c in plan.updates[0].changes] == ["email"]


def test_namesakes_within_one_file_are_two_people_with_a_warning(
    event_path: Path, tmp_path: Path
) -> None:
    f = write_list(
        tmp_path / "ns4.csv",
        "First name,Last name,Organisation,E-mail\n"
        "Awa,Sow,ECOWAS,awa1@example.org\n"
        "Awa,Sow,ECOWAS,awa2@example.org\n",
    )
    plan = plan_for(event_path, f)
    assert len(plan.adds) == 2 and not plan.problems
    assert any("same name and organisation as line 2" in w.reason for w in plan.warnings)


# -------------------------------------------------------------- 9. wording
def test_problem_wording_carries_cli_flags_only_in_the_cli_report(
    event_path: Path, tmp_path: Path
) -> None:
    f = write_list(tmp_path / "cat.csv", "First name,Last name,Category\nAwa,Sow,Alien\n")
    plan = plan_for(event_path, f)
    (problem,) = plan.problems
    assert "--" not in str(problem) and "unknown category" in str(problem)
    assert problem.hint == "category"
    assert any("--category" in line for line in plan.report())
    assert "--" not in (plan.refusal() or "")


# ----------------------------------------------------- 2. one arrival per day
def test_check_in_once_per_event_day(event_path: Path) -> None:
    from datetime import datetime

    import pytest

    from organiser.attendees.checkin import AlreadyCheckedIn, check_in, counters

    with EventStore.open(event_path, lock=False) as store:
        data = store.load()
        traore = next(p for p in data.people if p.family_name == "Traoré")
        day1, day2 = (d.id for d in sorted(data.days, key=lambda d: d.date))
        first = check_in(store, traore.id, at=datetime(2026, 3, 23, 9, 12))
        with pytest.raises(AlreadyCheckedIn) as err:
            check_in(store, traore.id, at=datetime(2026, 3, 23, 14, 0))
        assert err.value.check_in.id == first and "09:12" in str(err.value)
        assert len(store.rows("check_ins", person_id=traore.id)) == 1
        c = counters(store)
        assert c.by_day[day1].arrived == 1 and c.by_day[day2].arrived == 0
        second = check_in(store, traore.id, at=datetime(2026, 3, 24, 8, 30))
        assert second != first
        c = counters(store)
        assert c.by_day[day1].arrived == 1 and c.by_day[day2].arrived == 1
        assert c.total.arrived == 1  # one person
        # Outside the event's days, one arrival per date.
        check_in(store, traore.id, at=datetime(2026, 3, 25, 8, 0))
        with pytest.raises(AlreadyCheckedIn):
            check_in(store, traore.id, at=datetime(2026, 3, 25, 9, 0))
        assert len(store.rows("check_ins", person_id=traore.id)) == 3

        index = DeskIndex(store.load())
        from datetime import date

        assert index.arrival(traore.id, on=date(2026, 3, 23)) == datetime(2026, 3, 23, 9, 12)
        assert index.arrival(traore.id, on=date(2026, 3, 24)) == datetime(2026, 3, 24, 8, 30)
        assert index.arrival(traore.id, on=date(2026, 3, 26)) is None
        assert index.arrival(traore.id) == datetime(2026, 3, 23, 9, 12)
        index.forget_arrival(first)
        assert index.arrival(traore.id) == datetime(2026, 3, 24, 8, 30)


def test_cli_checkin_twice_a_day_records_once_and_next_day_again(event_path: Path, capsys) -> None:
    from organiser.cli import main

    args = ["checkin", str(event_path), "--name", "traore", "--at"]
    assert main([*args, "2026-03-23T09:12"]) == 0
    assert main([*args, "2026-03-23T11:00"]) == 0
    out = capsys.readouterr().out
    assert "already checked in: Mr. Drissa Traoré at 2026-03-23T09:12" in out
    assert "nothing recorded" in out
    assert main([*args, "2026-03-24T08:00"]) == 0
    assert "checked in: Mr. Drissa Traoré at 2026-03-24T08:00" in capsys.readouterr().out
    with EventStore.open(event_path, lock=False) as store:
        ats = [r[0] for r in store.conn.execute("SELECT at FROM check_ins ORDER BY at")]
    assert ats == ["2026-03-23T09:12:00", "2026-03-24T08:00:00"]


# ------------------------------------------------- 5. sign-in sheet warnings
def test_cli_signin_prints_the_font_warnings_on_stderr(
    event_path: Path, tmp_path: Path, capsys
) -> None:
    from organiser.cli import main

    _apply(event_path, write_list(tmp_path / "wang.csv", "First name,Last name\nᏣᎳ,Ꭹ\n"))
    out = tmp_path / "signin.pdf"
    assert main(["export", "signin", str(event_path), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "organiser: warning:" in captured.err and "Ꭹ" in captured.err
    assert "wrote" in captured.out and out.exists()
