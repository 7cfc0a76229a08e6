"""``organiser export agenda``: options, warnings on stderr, nothing written on bad input."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from organiser import model
from organiser.cli import main
from organiser.services.sample import reference_event
from organiser.store import EventStore


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_export_agenda_default(sample_path, tmp_path, capsys):
    out = tmp_path / "programme.pdf"
    assert main(["export", "agenda", str(sample_path), "-o", str(out)]) == 0
    text = _text(out)
    assert "Workshop 1: Protection of Civilians" in text
    assert "08:00–08:10 EST" in text
    assert "wrote" in capsys.readouterr().out
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_agenda_options(sample_path, tmp_path):
    out = tmp_path / "p.pdf"
    args = ["export", "agenda", str(sample_path), "-o", str(out), "--paper", "letter"]
    args += ["--zones", "America/New_York,Africa/Bamako", "--lang", "fr", "--no-invitation"]
    assert main(args) == 0
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = _text(out)
    assert "08:00–08:10 EST 13:00–13:10 GMT" in text
    assert "Jour 1 — mardi 16 novembre 2021" in text
    assert "Despite their stated purpose" not in text


def test_export_agenda_styles(sample_path, tmp_path):
    out = tmp_path / "glance.pdf"
    assert main(["export", "agenda", str(sample_path), "-o", str(out), "--style", "glance"]) == 0
    assert out.stat().st_size > 1000
    data = reference_event()
    data.rooms = [model.Room("Salle Niger", id=1)]
    for s in data.sessions:
        s.room_id = 1
    path = tmp_path / "rooms.organiser"
    EventStore.create(path, data, lock=False).close()
    out = tmp_path / "doors.pdf"
    assert main(["export", "agenda", str(path), "-o", str(out), "--style", "doors"]) == 0
    assert len(PdfReader(out).pages) == 2  # one room, two days


def test_door_signs_without_rooms_exit_2_and_write_nothing(sample_path, tmp_path, capsys):
    out = tmp_path / "doors.pdf"
    assert main(["export", "agenda", str(sample_path), "-o", str(out), "--style", "doors"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no session has a room: door signs need rooms" in err
    assert list(tmp_path.iterdir()) == [sample_path]


def test_bad_zone_is_one_line_and_writes_nothing(sample_path, tmp_path, capsys):
    out = tmp_path / "p.pdf"
    code = main(
        ["export", "agenda", str(sample_path), "-o", str(out), "--zones", "Europe/Berlin,Mars/Base"]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Mars/Base" in err
    assert list(tmp_path.iterdir()) == [sample_path]


def test_existing_output_survives_a_failed_export(sample_path, tmp_path):
    out = tmp_path / "p.pdf"
    out.write_bytes(b"old")
    assert main(["export", "agenda", str(sample_path), "-o", str(out), "--zones", "Nowhere/X"]) == 2
    assert out.read_bytes() == b"old"


def test_passcode_flag(tmp_path):
    data = reference_event()
    data.event.online_passcode = "Zq-991"
    path = tmp_path / "e.organiser"
    EventStore.create(path, data, lock=False).close()
    out = tmp_path / "p.pdf"
    assert main(["export", "agenda", str(path), "-o", str(out)]) == 0
    assert "Zq-991" not in _text(out)
    assert main(["export", "agenda", str(path), "-o", str(out), "--passcode"]) == 0
    assert "Zq-991" in _text(out)


def test_glyph_warnings_on_stderr(tmp_path, capsys):
    data = reference_event()
    data.people.append(model.Person(given_name="Юлия", family_name="ЛиᏣ", honorific="Ms.", id=99))
    data.sessions[0].roles.append(model.Role(99, "speaker", 5, id=999))
    path = tmp_path / "e.organiser"
    EventStore.create(path, data, lock=False).close()
    out = tmp_path / "p.pdf"
    assert main(["export", "agenda", str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Юлия ЛиᏣ: character 'Ꮳ' not in font" in err
    text = _text(out)
    assert "Ꮳ" not in text and "Ms. Юлия Ли" in text
