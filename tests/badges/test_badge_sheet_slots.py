"""``last_sheet_slots`` (for a print sent from an earlier PDF) agrees with the renderer."""

from __future__ import annotations

import io

import pytest

from organiser.badges.content import BadgeOptions
from organiser.badges.layouts import find
from organiser.badges.render import render_badges
from organiser.badges.selection import last_sheet_slots
from organiser.services.sample import reference_event


@pytest.mark.parametrize(
    ("count", "start", "skip"),
    [(1, 1, ()), (3, 2, ()), (8, 1, ()), (9, 1, ()), (17, 3, (4,)), (2, 1, (0, 1, 5)), (6, 7, ())],
)
def test_last_sheet_slots_match_the_render(count: int, start: int, skip: tuple[int, ...]):
    data = reference_event()
    layout = find("Avery 5395")
    options = BadgeOptions(start=start, skip_slots=frozenset(skip))
    result = render_badges(data, data.people[:count], layout, io.BytesIO(), options, invariant=True)
    assert last_sheet_slots(layout, count, options) == result.last_page_slots


def test_single_layouts_have_no_sheet():
    assert last_sheet_slots(find("Badge A6"), 5, BadgeOptions()) == []
