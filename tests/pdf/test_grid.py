"""The room grid on real congresses: rooms across, time down, a day on one or two pages."""

from __future__ import annotations

import io
import re
from collections import defaultdict

import pytest
from pypdf import PdfReader

from organiser import model
from organiser.cli import main
from organiser.interchange.schedule_json import load_schedule
from organiser.pdf.programme import ProgrammeOptions, heading_text, render
from organiser.services.sample import reference_event
from organiser.store import EventStore
from tests.interchange.interchange_files import REAL

DAY = re.compile(r"^Day (\d+) — ")


def _pages(pdf: bytes) -> list[tuple[str, tuple[float, float]]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [
        (p.extract_text(), (float(p.mediabox.width), float(p.mediabox.height)))
        for p in reader.pages
    ]


def _by_day(pages: list[tuple[str, tuple[float, float]]]) -> dict[int, list[str]]:
    days: dict[int, list[str]] = defaultdict(list)
    for text, _size in pages:
        m = DAY.match(text)
        assert m, text[:80]
        days[int(m.group(1))].append(" ".join(text.split()))
    return days


@pytest.fixture(scope="module")
def congress():
    data, _ = load_schedule(REAL / "schedules" / "eventfahrplan-39c3-20251206.schedule.xml")
    return data, _pages(render(data, ProgrammeOptions(style="grid", invariant=True)).pdf)


def test_39c3_a_day_on_one_or_two_landscape_pages_with_rooms_as_heads(congress):
    data, pages = congress
    assert all(size == pytest.approx((841.89, 595.28), abs=0.1) for _, size in pages)
    days = _by_day(pages)
    assert sorted(days) == [1, 2, 3, 4]
    assert all(1 <= len(p) <= 2 for p in days.values())
    for n, day in enumerate(data.days, start=1):
        rooms = {data.room(s.room_id).name for s in data.sessions_on(day.id)}
        text = " ".join(days[n])
        for name in rooms:  # every room in use that day heads a column
            assert name in text, (n, name)
        first = days[n][0]
        assert first.index("One") < first.index("Ground") < first.index("Zero")  # room order


def test_39c3_every_session_is_in_a_box_on_its_day(congress):
    data, pages = congress
    days = _by_day(pages)
    missing = []
    for n, day in enumerate(data.days, start=1):
        text = " ".join(days[n])
        for s in data.sessions_on(day.id):
            title = " ".join(heading_text(s, "en").split())
            # a title may be cut short in a small box, never its start
            if title[:12] not in text:
                missing.append((n, title))
    assert not missing


def test_39c3_after_midnight_talks_stay_on_their_day_below_midnight(congress):
    _data, pages = congress
    days = _by_day(pages)
    saturday = " ".join(days[1])
    assert "Unnecessarily Complicated" in saturday
    assert "Unnecessarily Complicated" not in " ".join(days[2])
    assert "00:00 Sun 28 Dec" in saturday  # the midnight line names the next date
    assert "10:30–01:20 (+1 day) CET (Berlin)" in days[1][0]


def test_fosdem_spreads_its_rooms_over_pages():
    data, _ = load_schedule(REAL / "schedules" / "giggity-fosdem_2021.schedule.xml")
    pages = _pages(render(data, ProgrammeOptions(style="grid", paper="letter")).pdf)
    assert all(size == pytest.approx((792, 612)) for _, size in pages)
    days = _by_day(pages)
    rooms_day1 = {s.room_id for s in data.sessions_on(data.days[0].id)}
    assert len(days[1]) == -(-len(rooms_day1) // 8)  # eight rooms to a Letter page
    assert f"rooms 1–8 of {len(rooms_day1)}" in days[1][0]
    text = " ".join(days[1])
    for room_id in rooms_day1:
        assert data.room(room_id).name in text


def test_an_event_without_rooms_has_one_column_named_after_the_venue():
    pages = _pages(render(reference_event(), ProgrammeOptions(style="grid")).pdf)
    assert len(pages) == 2
    for text, _ in pages:
        assert "Azalai Bamako Hotel (Salam)" in text
    assert "Workshop 3: Justice as an Underused Approach to Stabilisation" in pages[1][0]


def test_clashes_sit_side_by_side_and_roomless_breaks_span_the_rooms():
    data = reference_event()
    data.rooms = [model.Room("Niger", id=1), model.Room("Djoliba", id=2)]
    for s in data.sessions:
        if s.kind not in model.QUIET_KINDS:
            s.room_id = 1
    clash = next(s for s in data.sessions if s.kind == "workshop" and s.number == 2)
    other = model.Session(
        day_id=clash.day_id,
        starts=clash.starts,
        ends=clash.ends,
        title="Parallel clinic",
        room_id=1,
        id=99,
    )
    data.sessions.append(other)
    text = " ".join(_pages(render(data, ProgrammeOptions(style="grid")).pdf)[0][0].split())
    assert "Parallel clinic" in text and "Workshop 2: Ensuring Local" in text
    assert "Break" in text  # no room, during nothing else: across both columns


def test_cli_writes_the_grid(tmp_path):
    path = tmp_path / "e.organiser"
    EventStore.create(path, reference_event(), lock=False).close()
    out = tmp_path / "grid.pdf"
    assert main(["export", "agenda", str(path), "-o", str(out), "--style", "grid"]) == 0
    reader = PdfReader(out)
    assert (
        len(reader.pages) == 2 and reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
    )
