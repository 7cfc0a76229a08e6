"""The reference event's report lists exactly its real problems, in plain sentences.

The Bamako agenda went to print with a guiding question repeated inside Workshop 2 and
with the closing speaker still "(TBD)". Its other printed mistakes (a wrong date for day
two, "EDT" in November) live in the printed text, not in the event data: the sample holds
the right dates and the programme derives zone labels, so no finding may claim them. It
has no rooms, no gaps (every session starts when the previous one ends), a link for
online guests, and names the font can print.
"""

from __future__ import annotations

import re

from organiser.checks import run_checks
from organiser.services.sample import reference_event
from tests.conftest import SHARED

EXPECTED = ["guiding_question_repeated", "role_unconfirmed"]


def reference_text() -> str:
    """The agenda as printed."""
    return (SHARED / "reference" / "rethinking-stability-bamako-2021.txt").read_text(
        encoding="utf-8"
    )


def test_reference_report_lists_exactly_its_real_problems(sample_store):
    found = run_checks(sample_store.load())
    assert [f.code for f in found] == EXPECTED
    assert all(f.severity == "warning" for f in found)

    repeat, tbd = found
    assert repeat.message == (
        "Workshop 2 (15:00–16:20) on Tuesday 16 November asks the same thing twice: guiding "
        "question 5 repeats question 3 (“How can stabilisation actors ensure activities are "
        "locally informed, guided, valued and owned?” and one more sentence)."
    )
    w2 = next(s for s in sample_store.load().sessions if s.number == 2)
    assert (repeat.kind, repeat.item_id) == ("session", w2.id)

    assert tbd.message == (
        "Mr. El Ghassim Wane is still to be confirmed as speaker in Closing remarks "
        "(16:20–16:30) on Wednesday 17 November."
    )


def test_the_problems_are_the_ones_in_the_printed_agenda():
    """Both findings are visible in the reference document itself."""
    text = reference_text()
    repeated = "How can stabilisation actors ensure activities are locally informed"
    assert text.count(repeated) == 2
    assert "(MINUSMA) (TBD)" in text


def test_each_message_reads_as_a_sentence_without_codes_or_ids():
    data = reference_event()
    internal = {f.code for f in run_checks(data)}
    uids = {p.uid for p in data.people} | {s.uid for s in data.sessions}
    for f in run_checks(data):
        assert f.message[0].isupper()
        assert f.message.endswith(".")
        assert "  " not in f.message
        assert not any(code in f.message for code in internal)
        assert not any(uid in f.message for uid in uids)
        assert not re.search(r"\b(id|None|True|False|day_id|person_id)\b", f.message)
        assert "_" not in f.message


def test_fixing_the_problems_clears_the_report():
    data = reference_event()
    w2 = next(s for s in data.sessions if s.number == 2)
    w2.guiding_questions[4] = (
        "How can stabilisation actors and operations think longer-term and take better steps "
        "to enable local and national actors to manage their own security challenges?"
    )
    for s in data.sessions:
        for r in s.roles:
            r.confirmed = True
    assert run_checks(data) == []
