"""Every output the app writes, searched for every person's private details.

Issue 5: dietary and access needs, phone numbers, e-mail addresses and booking references
appear only in the staff run sheet and in that person's own brief; the meeting passcode only
in the briefs (and where the user chooses it). Each person's private fields (and the event's
passcode) hold a marker no layout could produce by chance; every output is written through
``organiser`` on the command line, exactly as a user would, and its text searched.

The attendee list (CSV/XLSX) is a staff list, but one that gets passed around (to the
registration desk, to a partner): it carries no e-mail or phone (the contacts come only
with ``export csv --what people --contacts``, a choice the user makes), and never needs or
booking references, which only the staff who arrange travel and catering should see.

The JSON bundle (``export json``) is not an output but the event itself, saved as text to
move or back up; it carries everything by design and is left out here.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from organiser.cli import main
from organiser.services.briefs import file_names, people_with_roles
from organiser.store import EventStore
from tests.pdf.conftest import PRIVATE_FIELDS, logistics_event, marker

PASSCODE = "PASSCODE-MARKER-4711"
UID = re.compile(r"^[0-9A-Z]{10}$")


def _squeeze(text: str) -> str:
    return "".join(text.split()).casefold()


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def _qr_payloads(path: Path) -> list[str]:
    """What a phone would read from every code on every page."""
    found = []
    pdf = pypdfium2.PdfDocument(path)
    try:
        for page in pdf:
            image = page.render(scale=4).to_pil()
            found += [r.text for r in zxingcpp.read_barcodes(image)]
    finally:
        pdf.close()
    return found


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(
        " ".join("" if v is None else str(v) for v in row)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    )


def _read(path: Path) -> str:
    if path.suffix == ".pdf":
        return _pdf_text(path)
    if path.suffix == ".xlsx":
        return _xlsx_text(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ics":
        text = text.replace("\r\n ", "").replace("\n ", "")  # unfold RFC 5545 lines
    if path.suffix == ".csv":
        text = "\n".join(" ".join(row) for row in csv.reader(io.StringIO(text)))
    return text


@dataclass(frozen=True)
class Output:
    argv: tuple[str, ...]  # after "export", with {out} for the output path
    out: str  # a file name, or a folder name ending in "/"
    policy: str = "public"  # public | own (a folder of per-person briefs) | all
    qr: str = ""  # "id": every code is a person's id; "any": codes are searched too


OUTPUTS = {
    "programme-full": Output(("agenda", "--style", "full"), "full.pdf"),
    "programme-glance": Output(("agenda", "--style", "glance"), "glance.pdf"),
    "programme-doors": Output(("agenda", "--style", "doors"), "doors.pdf"),
    "programme-french": Output(("agenda", "--lang", "fr"), "programme-fr.pdf"),
    "programme-letter-zones": Output(
        ("agenda", "--paper", "letter", "--zones", "Africa/Bamako,America/New_York"), "us.pdf"
    ),
    "badges-sheet-qr-id": Output(
        ("badges", "--layout", "Avery L7418", "--qr", "id"), "l7418.pdf", qr="id"
    ),
    "badges-letter-qr-id": Output(
        ("badges", "--layout", "Avery 5392", "--qr", "id", "--band", "role"), "5392.pdf", qr="id"
    ),
    "badges-sheet-duplex": Output(
        ("badges", "--layout", "Avery L4785", "--qr", "id", "--duplex"), "l4785.pdf", qr="id"
    ),
    "badges-cr80": Output(("badges", "--layout", "Badge CR80", "--qr", "id"), "cr80.pdf", qr="id"),
    "badges-a6-foldover": Output(
        ("badges", "--layout", "Fold-over A5", "--foldover", "--qr", "id"), "fold.pdf", qr="id"
    ),
    "badges-vcard-no-private-field": Output(
        ("badges", "--layout", "Badge A6", "--qr", "vcard"), "vcard.pdf", qr="any"
    ),
    "badges-vcard-organisation": Output(
        ("badges", "--layout", "Avery L7418", "--qr", "vcard", "--vcard-fields", "organisation"),
        "vcard-org.pdf",
        qr="any",
    ),
    "table-tents": Output(("tents",), "tents.pdf"),
    "sign-in-sheets": Output(("signin",), "signin.pdf"),
    "sign-in-sheets-french": Output(("signin", "--locale", "fr"), "signin-fr.pdf"),
    "attendees-csv": Output(("attendees",), "attendees.csv"),
    "attendees-xlsx": Output(("attendees",), "attendees.xlsx"),
    "ics-programme": Output(("ics",), "programme.ics"),
    "ics-split-per-person": Output(("ics", "--split", "{out}"), "ics/"),
    "frab-schedule-xml": Output(("frab",), "schedule.xml"),
    "schedule-json": Output(("schedule-json",), "schedule.json"),
    "people-csv-no-contacts": Output(("csv", "--what", "people"), "people.csv"),
    "people-xlsx-no-contacts": Output(("csv", "--what", "people"), "people.xlsx"),
    "sessions-csv": Output(("csv", "--what", "sessions"), "sessions.csv"),
    "briefs-split": Output(("briefs", "--split", "{out}"), "briefs/", policy="own"),
    "run-sheet": Output(("runsheet",), "runsheet.pdf", policy="all"),
}


@pytest.fixture(scope="module")
def marked_event(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    data = logistics_event()
    data.event.online_passcode = PASSCODE
    data.event.online_url = f"https://example.zoom.us/j/93121419710?pwd={PASSCODE}"
    path = tmp_path_factory.mktemp("privacy") / "marked.organiser"
    EventStore.create(path, data, lock=False).close()
    with EventStore.open(path, lock=False) as store:
        return path, store.load()


def _write(event: Path, folder: Path, output: Output) -> list[Path]:
    target = folder / output.out.rstrip("/")
    argv = [a.replace("{out}", str(target)) for a in output.argv]
    if "{out}" not in output.argv:
        argv += ["-o", str(target)]
    elif output.out.endswith("/"):
        target.mkdir()  # `export ics --split` writes into a folder that exists
    assert main(["export", *argv, str(event)]) == 0
    files = sorted(target.iterdir()) if output.out.endswith("/") else [target]
    assert files and all(f.stat().st_size for f in files)
    return files


def _markers_of(person_id: int) -> dict[str, str]:
    return {f: marker(f, person_id).casefold() for f in PRIVATE_FIELDS}


def _whose(text: str, people: list) -> dict[int, set[str]]:
    """Person id -> the private fields of theirs found in ``text``."""
    found = {}
    for p in people:
        fields = {f for f, m in _markers_of(p.id).items() if m in text}
        if fields:
            found[p.id] = fields
    return found


@pytest.mark.parametrize("name", list(OUTPUTS))
def test_private_details_reach_only_their_places(marked_event, tmp_path, name):
    event, data = marked_event
    output = OUTPUTS[name]
    files = _write(event, tmp_path, output)
    owner_of: Callable[[Path], int] = {}.get  # type: ignore[assignment]
    if output.policy == "own":
        by_name = {v: k for k, v in file_names(people_with_roles(data)).items()}
        owner_of = by_name.__getitem__
        assert len(files) == len(by_name)
    for path in files:
        raw = _read(path)
        if output.qr:
            codes = _qr_payloads(path)
            assert codes, f"{path.name}: no readable code"
            if output.qr == "id":
                uids = {p.uid for p in data.people}
                assert all(UID.match(c) and c in uids for c in codes), codes[:3]
            raw += "\n".join(codes)
        text = _squeeze(raw)
        assert len(text) > 200, f"{path.name}: nothing printed"
        found = _whose(text, data.people)
        if output.policy == "public":
            assert not found, f"{path.name} shows private details: {found}"
            assert PASSCODE.casefold() not in text, f"{path.name} shows the passcode"
        elif output.policy == "own":
            owner = owner_of(path.name)
            assert set(found) <= {owner}, f"{path.name} shows another person's details: {found}"
            me = data.person(owner)
            # their own brief does carry what they need to check: their needs and booking
            assert {"dietary_needs", "access_needs", "booking_reference"} <= found.get(owner, set())
            assert me.given_name.casefold() in text or me.family_name.casefold() in text
            assert PASSCODE.casefold() in text  # a brief is private to its speaker
        else:  # the run sheet: the staff's own list, holding everyone's arrangements
            assert PASSCODE.casefold() not in text
            for p in data.people:  # everyone stays at a hotel here: all of it is listed
                assert found.get(p.id) == set(PRIVATE_FIELDS), (p.name, found.get(p.id))


def test_the_search_sees_a_marker_where_the_user_chose_contacts(marked_event, tmp_path):
    """The same search, on the one table where the user asked for contacts, finds them."""
    event, data = marked_event
    files = _write(event, tmp_path, Output(("csv", "--what", "people", "--contacts"), "c.csv"))
    found = _whose(_squeeze(_read(files[0])), data.people)
    assert {p.id for p in data.people} == set(found)
    assert all(fields == {"email", "phone"} for fields in found.values())
