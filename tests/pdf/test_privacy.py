"""Private logistics never reach a public document: the programme in every style."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from organiser.pdf import programme


@pytest.mark.parametrize("style", programme.STYLES)
def test_programme_carries_no_private_marker(travel_event, private_markers, style):
    fields, marker = private_markers
    travel_event.event.online_passcode = "PASSCODE-4711"
    result = programme.render(travel_event, programme.ProgrammeOptions(style=style))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(result.pdf)).pages)
    squeezed = "".join(text.split()).casefold()
    assert squeezed  # something was printed
    for p in travel_event.people:
        for field in fields:
            assert marker(field, p.id).casefold() not in squeezed, (style, p.name, field)
    assert "passcode-4711" not in squeezed
