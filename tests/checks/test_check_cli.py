"""``organiser check`` and ``organiser stale`` from the command line."""

from __future__ import annotations

import json

from organiser.checks.stale import BADGE, record_export
from organiser.cli import main
from organiser.services.sample import reference_event
from organiser.store import EventStore


def test_check_prints_the_reference_findings_and_exits_0(sample_path, capsys):
    assert main(["check", str(sample_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Warnings (2)\n  • Workshop 2 (15:00–16:20)")
    assert "  • Mr. El Ghassim Wane is still to be confirmed" in out
    assert out.rstrip().endswith("2 warnings.")


def test_check_json(sample_path, capsys):
    assert main(["check", str(sample_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {"error": 0, "warning": 2, "info": 0}
    first = report["findings"][0]
    assert set(first) == {"severity", "code", "message", "item", "related"}
    assert first["code"] == "guiding_question_repeated"
    assert first["item"]["kind"] == "session"


def test_check_exits_1_when_there_is_an_error(tmp_path, capsys):
    data = reference_event()
    w3 = next(s for s in data.sessions if s.number == 3)
    w3.roles[0].person_id = next(p.id for p in data.people if p.family_name == "Darkwa")
    w3.day_id = next(s for s in data.sessions if s.number == 2).day_id
    w3.starts, w3.ends = w3.starts.replace(hour=16), w3.ends.replace(hour=17)
    path = tmp_path / "clash.organiser"
    EventStore.create(path, data, lock=False).close()
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Errors (")
    assert "Dr. Linda Darkwa is in two sessions at once" in out


def test_check_on_an_empty_event(tmp_path, capsys):
    path = tmp_path / "empty.organiser"
    assert main(["new", str(path), "--venue", "Azalai Hotel, Bamako"]) == 0
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out == "No problems found.\n"


def test_a_new_event_left_at_utc_is_noted(tmp_path, capsys):
    path = tmp_path / "nowhere.organiser"
    assert main(["new", str(path)]) == 0
    assert "the venue's time zone is UTC" in capsys.readouterr().err
    assert main(["check", str(path)]) == 0
    assert "The venue's time zone is UTC, the default of a new event" in capsys.readouterr().out


def test_bad_file_exits_2_with_one_line(tmp_path, capsys):
    text = tmp_path / "agenda.txt"
    text.write_text("not an event")
    assert main(["check", str(text)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an Organiser event file" in err
    assert main(["check", str(tmp_path / "missing.organiser")]) == 2
    assert main(["stale", str(tmp_path / "missing.organiser")]) == 2
    assert text.read_text() == "not an event"


def test_stale_lists_out_of_date_paper(sample_path, capsys):
    assert main(["stale", str(sample_path)]) == 0
    assert capsys.readouterr().out == "Nothing has been printed from this event yet.\n"
    with EventStore.open(sample_path, lock=False) as store:
        record_export(store, BADGE, store.load())
    assert main(["stale", str(sample_path)]) == 0
    assert capsys.readouterr().out == "All printed documents are up to date.\n"
    with EventStore.open(sample_path, lock=False) as store:
        who = next(p for p in store.load().people if p.family_name == "Meeker")
        store.update("people", who.id, {"honorific": "Dr."})
    assert main(["stale", str(sample_path)]) == 0
    assert capsys.readouterr().out == "Badge of W. Meeker: name changed\n"
    assert main(["stale", str(sample_path), "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["kind"] == "badge" and entry["changes"] == ["name"]
