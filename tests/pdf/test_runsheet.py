"""The staff run sheet, read back from the PDF."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from organiser.pdf import runsheet
from organiser.services.sample import reference_event


def text_of(pdf: bytes) -> str:
    """The text, names joined by plain spaces (the run sheet keeps them whole with NBSPs)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "\n".join(p.extract_text() for p in pages).replace("\xa0", " ")


def sections(text: str) -> dict[str, list[str]]:
    """The lines under each day heading, up to the rooming list."""
    text = text.split("Rooming list")[0]
    out: dict[str, list[str]] = {}
    day = None
    for line in text.splitlines():
        if re.match(r"^(Day \w+ — )?\w+day \d+ \w+ \d{4}$", line):
            day = line
            out[day] = []
        elif day is not None:
            out[day].append(line)
    return out


def test_days_in_time_order_with_arrivals_setups_catering_departures(travel_event):
    result = runsheet.render(travel_event, runsheet.RunSheetOptions(invariant=True))
    assert result.warnings == []
    text = text_of(result.pdf)
    days = sections(text)
    assert list(days) == [
        "Monday 15 November 2021",
        "Day 1 — Tuesday 16 November 2021",
        "Day 2 — Wednesday 17 November 2021",
        "Thursday 18 November 2021",
    ]
    for lines in days.values():
        assert lines[0] == "Times are venue time: GMT (Bamako)"  # the zone, from the venue
        times = [line[:5] for line in lines if re.fullmatch(r"\d\d:\d\d(–\d\d:\d\d)?", line)]
        assert times and times == sorted(times)
    arrivals = " ".join(days["Monday 15 November 2021"])
    assert "ARRIVAL Mr. Clemens Hach arrives from Paris CDG (flight AF509)" in arrivals
    assert "PICK-UP Pick up Mr. Bert Koenders by Moussa" in arrivals
    assert "PICK-UP Pick up Dr. Niagalé Bagayoko (driver not yet assigned)" in arrivals
    day1 = " ".join(" ".join(days["Day 1 — Tuesday 16 November 2021"]).split())
    setup = day1.index("SET-UP Set up in Salle Djoliba for Workshop 2")
    meet = day1.index("14:30 MEET Meet, for Workshop 2: Ensuring Local Ownership")
    start = day1.index("15:00–16:20 WORKSHOP Workshop 2: Ensuring Local Ownership")
    assert setup < meet < start
    assert "U-shape, projector, 6 microphones, interpretation (English, French)" in day1
    assert (
        "in room Salle Djoliba: Dr. Linda Darkwa (facilitator), Mr. Drissa Traoré (first "
        "respondent), Ms. Kessy Ekomo-Soignet (first respondent), Mr. Clemens Hach (first "
        "respondent)"
    ) in day1
    assert "Facilitator: Dr. Linda Darkwa; First respondents: Mr. Drissa Traoré," in day1
    assert "CATERING Coffee and pastries for 85 in Salle Niger" in day1
    assert "13:00–13:10 OPENING Opening remarks in Salle Niger; Speaker: Mr. Scott Weber" in day1
    day2 = " ".join(" ".join(days["Day 2 — Wednesday 17 November 2021"]).split())
    # the unconfirmed closing speaker is marked where staff meet him and on the session
    assert "Mr. El Ghassim Wane (speaker, to be confirmed)" in day2
    assert "CLOSING Closing remarks in Salle Niger; Speaker: Mr. El Ghassim Wane (to be " in day2
    assert "DEPARTURE Mr. Clemens Hach leaves (flight AF609)" in " ".join(
        days["Thursday 18 November 2021"]
    )


def test_meet_times_agree_with_the_briefs_and_names_stay_whole(travel_event):
    """The brief asks Mr. Scott Weber to be in his room by 12:30; the run sheet expects him
    then, not at 13:00; a break is a BREAK, and no name is broken after its honorific."""
    from organiser.services import briefs

    weber = next(p for p in travel_event.people if p.family_name == "Weber")
    brief = briefs.brief_for(travel_event, weber)
    assert "Please be in room Salle Niger by 12:30 on Tuesday 16 November." in brief.on_the_day
    entries = briefs.run_sheet(travel_event)
    meet = next(e for e in entries if e.kind == "meet" and "Weber" in e.text)
    assert f"{meet.at:%H:%M}" == "12:30" and "Mr.\u00a0Scott\u00a0Weber" in meet.text
    kinds = {e.kind for e in entries}
    assert "break" not in kinds  # the breaks here are catered: a CATERING line says so
    travel_event.sessions[3].catering = ""
    assert any(e.kind == "break" for e in briefs.run_sheet(travel_event))
    pdf = runsheet.render(travel_event).pdf
    text = text_of(pdf)
    assert "BREAK" in text and "SESSION" not in text
    for line in text.splitlines():  # 'Mr.' never ends a line with the name on the next
        assert not re.search(r"\b(Mr|Ms|Dr|Prof)\.$", line.strip()), line


def test_rooming_list_by_hotel_with_private_details(travel_event, private_markers):
    fields, marker = private_markers
    text = text_of(runsheet.render(travel_event).pdf)
    rooming = text[text.index("Rooming list") :]
    assert rooming.index("Azalai Hôtel Salam") < rooming.index("Radisson Blu")
    assert "FOR STAFF ONLY" in text
    squeezed = "".join(text.split()).casefold()
    for p in travel_event.people:
        for field in fields:  # the staff document is the one place for all of them
            assert marker(field, p.id).casefold() in squeezed, (p.name, field)


def test_empty_event_and_bad_options(tmp_path):
    data = reference_event()
    data.sessions = []
    text = text_of(runsheet.render(data).pdf)
    assert "Nothing is scheduled yet." in text
    with pytest.raises(ValueError, match="lead time"):
        runsheet.render(data, runsheet.RunSheetOptions(setup_lead=-5))


def test_rooming_list_breaks_references_and_addresses_where_a_reader_expects(travel_event):
    """Typical references fit whole; a long address breaks before its @, never mid-word."""
    typical = ["BKG-2021-4471-AZ", "HX7Q2M", "12345678901234"]
    long_mail = "aminata.traore-diallo@ministere-securite.gouv.ml"
    for p, ref in zip(travel_event.people, typical, strict=False):
        p.booking_reference = ref
    travel_event.people[0].email = long_mail
    text = text_of(runsheet.render(travel_event).pdf)
    lines = [ln.strip() for ln in text[text.index("Rooming list") :].splitlines()]
    for ref in typical:
        assert any(ref in ln for ln in lines), ref
    assert "aminata.traore-diallo" in lines and "@ministere-securite.gouv.ml" in lines
    for p in travel_event.people[3:]:
        mail = p.email
        assert any(mail in ln for ln in lines), mail  # fits its column whole
        ref = p.booking_reference  # BOOKING-MARKER-012: a break only after a hyphen
        assert any(ln.endswith("BOOKING-MARKER-") or ref in ln for ln in lines), ref


def test_fit_cuts_between_letters_only_what_no_break_can_hold():
    pieces = runsheet._fit("BKG-2021-4471-AZ-LONGER-STILL", 40)
    assert len(pieces) > 2 and "".join(pieces) == "BKG-2021-4471-AZ-LONGER-STILL"
    assert all(piece.endswith("-") for piece in pieces[:-1])
    pieces = runsheet._fit("first.last@some-ministry.gov.ml", 60, email=True)
    assert pieces[0] == "first.last" and pieces[1].startswith("@")
    assert all(p[0] in "@." or pieces[i - 1].endswith("-") for i, p in enumerate(pieces) if i)
    assert runsheet._fit("a.b@c.d", 500, email=True) == ["a.b@c.d"]
    assert runsheet._fit("", 50) == []
    pieces = runsheet._fit("X" * 40, 30)
    assert "".join(pieces) == "X" * 40 and len(pieces) > 1
