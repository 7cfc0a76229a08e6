"""The reference event: the Bamako hybrid dialogue of November 2021, entered completely.

The event itself is data, kept as a JSON bundle in ``resources/sample``, taken from the
invitation and agenda in ``shared/reference``. Times there were given in CET and US
Eastern time; the bundle holds them on the venue's own clock (Africa/Bamako, GMT), one
hour behind CET. The text is kept as the organisers wrote it, including the guiding
question that Workshop 2 repeats: the checks are meant to find it, not the sample to
hide it.
"""

from __future__ import annotations

from .. import model
from ..paths import resource
from . import bundle

SAMPLE_BUNDLE = resource("sample", "rethinking-stability-bamako-2021.json")


def reference_event() -> model.EventData:
    """A fresh copy of the reference event, with its ids and uids."""
    return bundle.loads_file(SAMPLE_BUNDLE)
