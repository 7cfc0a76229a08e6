"""The command line: same core as the app; bad input gives one line, status 2, no file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from organiser.cli import main
from organiser.store import EventStore


def test_sample_export_import_export_is_identical(tmp_path):
    ev, a, ev2, b = (tmp_path / n for n in ("s.organiser", "a.json", "t.organiser", "b.json"))
    assert main(["sample", str(ev)]) == 0
    assert main(["export", "json", str(ev), "-o", str(a)]) == 0
    assert main(["import", "json", str(a), "-o", str(ev2)]) == 0
    assert main(["export", "json", str(ev2), "-o", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert json.loads(a.read_text())["event"]["venue_time_zone"] == "Africa/Bamako"


def test_generate_makes_a_big_multilingual_event(tmp_path):
    out = tmp_path / "g.organiser"
    assert main(["generate", str(out), "--people", "300", "--sessions", "40", "--seed", "3"]) == 0
    with EventStore.open(out, lock=False) as store:
        data = store.load()
    assert len(data.people) == 300 and len(data.sessions) == 40
    assert len(data.days) >= 1 and len(data.rooms) >= 2
    roles = {r.role for s in data.sessions for r in s.roles}
    assert {
        "facilitator",
        "moderator",
        "chair",
        "panellist",
        "first_respondent",
        "speaker",
        "keynote_speaker",
        "rapporteur",
    } <= roles
    names = " ".join(p.name for p in data.people)
    assert any(ord(c) > 0x370 for c in names) and any(c in names for c in "éèïçñ")
    # same seed, same event
    out2 = tmp_path / "g2.organiser"
    main(["generate", str(out2), "--people", "300", "--sessions", "40", "--seed", "3"])
    with EventStore.open(out2, lock=False) as store:
        assert [p.name for p in store.load().people] == [p.name for p in data.people]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "json", "{tmp}/missing.organiser", "-o", "{tmp}/out.json"],
        ["export", "json", "{tmp}/text.organiser", "-o", "{tmp}/out.json"],
        ["import", "json", "{tmp}/bad.json", "-o", "{tmp}/out.organiser"],
        ["import", "json", "{tmp}/missing.json", "-o", "{tmp}/out.organiser"],
        ["sample", "{tmp}/text.organiser"],
        ["sample", "{tmp}/no/such/folder/x.organiser"],
        ["generate", "{tmp}/out.organiser", "--people", "-4"],
        ["generate", "{tmp}/out.organiser", "--people", "many"],
        ["export", "nothing-like-this", "x"],
    ],
)
def test_bad_arguments_and_files_one_line_exit_2_nothing_written(tmp_path, args):
    (tmp_path / "text.organiser").write_text("not a database")
    (tmp_path / "bad.json").write_text(
        '{"format": "organiser-event", "version": 1, "event": {"title": 3}}'
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = subprocess.run(
        [sys.executable, "-m", "organiser", *(a.format(tmp=tmp_path) for a in args)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_stopped_export_leaves_nothing_beside_its_target(tmp_path):
    """SIGTERM while an output is half written: the old file stays, no part file remains."""
    import os
    import signal

    target = tmp_path / "programme.pdf"
    target.write_bytes(b"old")
    writer = (
        "import sys, time\n"
        "from organiser.cli import stop_cleanly_on_sigterm, Terminated\n"
        "from organiser.services.files import atomic_path\n"
        "stop_cleanly_on_sigterm()\n"
        "try:\n"
        "    with atomic_path(sys.argv[1]) as tmp:\n"
        "        tmp.write_bytes(b'half')\n"
        "        print('writing', flush=True)\n"
        "        time.sleep(60)\n"
        "except Terminated:\n"
        "    sys.exit(143)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", writer, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "writing"
    assert any(p.name.endswith(".part") for p in tmp_path.iterdir())
    os.kill(proc.pid, signal.SIGTERM)
    assert proc.wait(timeout=30) == 143
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["programme.pdf"]


def test_the_command_line_starts_light():
    """Start-up stays fast: heavy libraries load only for the command that needs them."""
    code = (
        "import sys, organiser.cli; "
        "print(' '.join(m for m in ('reportlab', 'jsonschema', 'sqlite_utils', 'PySide6', "
        "'openpyxl', 'icalendar', 'babel', 'psutil', 'segno', 'defusedxml', 'platformdirs', "
        "'http.client', 'markdown_it', 'organiser.interchange.common') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


#: what a programme export must not load: the network (sharing desks, http, ssl, e-mail),
#: sqlite-utils (migrations only), process inspection, QR codes, Qt, babel's locale code,
#: the Markdown parser for text without Markdown, per-user folders, XML for label imports
NOT_FOR_AN_EXPORT = (
    "organiser.sync.service", "organiser.sync.transport", "organiser.sync.discovery",
    "organiser.sync.crypto", "organiser.sync.remote", "http.client", "urllib.request",
    "ssl", "email", "sqlite_utils", "psutil", "segno", "PySide6", "babel", "markdown_it",
    "platformdirs", "defusedxml", "organiser.gui",
)  # fmt: skip


def test_a_programme_export_loads_only_what_it_needs(tmp_path):
    """``organiser export agenda`` starts fast: each of these was once loaded by every
    export and cost part of the start-up its benchmark measures (a quarter of a second
    for the reference event). An event whose text has Markdown loads the parser."""
    from organiser.services.sample import reference_event

    data = reference_event()
    plain, marked = tmp_path / "plain.organiser", tmp_path / "marked.organiser"
    EventStore.create(marked, data, lock=False).close()
    assert "*" in data.event.description  # printed on the programme's first page
    data.event.description = "A dialogue on stability."
    EventStore.create(plain, data, lock=False).close()
    code = (
        "import sys\n"
        "from organiser.cli import main\n"
        "assert main(['export', 'agenda', sys.argv[1], '-o', sys.argv[2]]) == 0\n"
        f"print(' '.join(m for m in {NOT_FOR_AN_EXPORT!r} if m in sys.modules))\n"
    )
    for event, loaded in ((plain, ""), (marked, "markdown_it")):
        out = tmp_path / f"{event.stem}.pdf"
        proc = subprocess.run(
            [sys.executable, "-c", code, str(event), str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert proc.stdout.splitlines()[-1].strip() == loaded
        assert out.stat().st_size > 10_000
