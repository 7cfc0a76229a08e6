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


def _link_targets(pdf: bytes) -> list[str]:
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                out.append(str(action["/URI"]))
    return out


@pytest.mark.parametrize("style", programme.STYLES)
def test_meeting_link_loses_its_passcode_unless_chosen(travel_event, style):
    """The sample's Zoom link carries the passcode as ?pwd=…: not on a public page."""
    url = travel_event.event.online_url
    assert "?pwd=MW52NIVONIFQ" in url
    result = programme.render(travel_event, programme.ProgrammeOptions(style=style))
    squeezed = "".join(
        "".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(result.pdf)).pages
    )
    assert "pwd" not in squeezed and "MW52NIVONIFQ" not in squeezed
    assert all("pwd" not in link for link in _link_targets(result.pdf))
    if style == "full":
        assert "https://atlanticcouncil.zoom.us/j/93121419710" in squeezed
        assert set(_link_targets(result.pdf)) == {"https://atlanticcouncil.zoom.us/j/93121419710"}
        chosen = programme.render(
            travel_event, programme.ProgrammeOptions(style=style, passcode=True)
        )
        assert set(_link_targets(chosen.pdf)) == {url}


def test_public_url_keeps_other_parameters():
    assert (
        programme.public_url("https://x.zoom.us/j/1?uname=a&PWD=secret&from=addon#f")
        == "https://x.zoom.us/j/1?uname=a&from=addon#f"
    )
    assert (
        programme.public_url(" https://meet.example.org/room ") == "https://meet.example.org/room"
    )


def test_briefs_keep_the_full_link():
    from organiser.pdf import briefs
    from organiser.services.sample import reference_event

    data = reference_event()
    result = briefs.render(data, briefs.BriefOptions(invariant=True))
    squeezed = "".join(
        "".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(result.pdf)).pages
    )
    assert "".join(data.event.online_url.split()) in squeezed
