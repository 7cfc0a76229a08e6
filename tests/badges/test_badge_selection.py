"""Who gets a badge, the print log, sheet memory and the desk's single badge."""

from __future__ import annotations

import pytest

from organiser.badges import layouts, selection
from organiser.store import printlog
from tests.badges.badge_pdf_helpers import decode, page_text_in


def test_who_parsing():
    assert selection.parse_who("all") == selection.Who("all")
    assert selection.parse_who("category:speaker,staff").values == ("speaker", "staff")
    for bad in ("everyone", "category:", "unprinted:x", "uids"):
        with pytest.raises(ValueError):
            selection.parse_who(bad)


def test_selections(sample_store):
    data = sample_store.load()
    everyone = selection.select(data, "all")
    assert everyone and all(p.status not in ("declined", "cancelled") for p in everyone)
    speakers = selection.select(data, "category:speaker")
    assert speakers and all(p.category == "speaker" for p in speakers)
    role = next(r.role for s in data.sessions for r in s.roles)
    with_role = selection.select(data, f"role:{role}")
    ids = {r.person_id for s in data.sessions for r in s.roles if r.role == role}
    assert {p.id for p in with_role} == ids & {p.id for p in everyone}
    picked = selection.select(data, f"uids:{everyone[1].uid},{everyone[0].uid}")
    assert [p.id for p in picked] == [everyone[1].id, everyone[0].id]
    with pytest.raises(ValueError, match="no person"):
        selection.select(data, "uids:NOPE")
    with pytest.raises(ValueError, match="no role"):
        selection.select(data, "role:juggler")


def test_changed_excludes_printed_until_badge_fields_change(sample_store):
    data = sample_store.load()
    lay = layouts.find("Avery L7418")
    person = selection.select(data, "all")[0]
    assert person in selection.select(data, "unprinted")
    assert selection.select(data, "changed") == []
    selection.print_single(sample_store, person.id, lay)
    data = sample_store.load()
    assert person.id not in {p.id for p in selection.select(data, "unprinted")}
    assert person.id not in {p.id for p in selection.select(data, "changed")}
    assert person.id not in {p.id for p in selection.select(data, "pending")}
    # a field the badge does not show: still not changed
    sample_store.update("people", person.id, {"email": "new@example.org"})
    data = sample_store.load()
    assert person.id not in {p.id for p in selection.select(data, "changed")}
    # a field the badge shows: now it needs a new badge
    sample_store.update("people", person.id, {"family_name": "Renamed"})
    data = sample_store.load()
    assert [p.id for p in selection.select(data, "changed")] == [person.id]
    assert person.id in {p.id for p in selection.select(data, "pending")}
    # an edited affiliation counts too, after a reprint
    selection.print_single(sample_store, person.id, lay)
    data = sample_store.load()
    assert selection.select(data, "changed") == []
    sample_store.replace_children(
        "affiliations", "person_id", person.id, [{"position": "Envoy", "organisation": "AU"}]
    )
    data = sample_store.load()
    assert [p.id for p in selection.select(data, "changed")] == [person.id]


def test_reprint_detection(sample_store):
    data = sample_store.load()
    lay = layouts.find("Badge A6")
    a, b = selection.select(data, "all")[:2]
    assert selection.already_printed(data, [a, b]) == []
    first = selection.print_single(sample_store, a.id, lay)
    assert first.reprint is None
    data = sample_store.load()
    again = selection.already_printed(data, [a, b])
    assert [(p.id, rec.layout) for p, rec in again] == [(a.id, "Badge A6")]
    second = selection.print_single(sample_store, a.id, lay)
    assert second.reprint is not None and second.reprint.layout == "Badge A6"


def test_sheet_memory_next_free_slot(sample_store, tmp_path):
    data = sample_store.load()
    lay = layouts.find("Avery L4785")  # 10 labels
    people = selection.select(data, "all")
    assert selection.next_free_slot(sample_store, lay) == 0
    slots = []
    for i in range(12):
        p = people[i % len(people)]
        out = tmp_path / f"one-{i}.pdf"
        single = selection.print_single(sample_store, p.id, lay, out)
        slots.append(single.slot)
        # the badge is on the one page, in that label, and its QR is the person's ID
        text = page_text_in(out.read_bytes(), 0, lay.rect_pt(single.slot))
        assert p.family_name.split()[0][:4] in text
        assert decode(single.pdf) == [p.uid]
    assert slots == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]
    assert printlog.sheet_memory(sample_store) == {"Avery L4785": [0, 1]}
    # a batch print with --start leaves the rest of its last sheet remembered
    from organiser.badges.content import BadgeOptions
    from organiser.badges.render import render_badges

    result = render_badges(data, people[:3], lay, tmp_path / "b.pdf", BadgeOptions(start=4))
    selection.record(sample_store, people[:3], lay, result)
    assert printlog.sheet_memory(sample_store)["Avery L4785"] == [3, 4, 5]
    assert selection.next_free_slot(sample_store, lay) == 0


def test_single_badge_is_logged_and_fast(sample_store, tmp_path):
    data = sample_store.load()
    lay = layouts.find("Avery L7418")
    p = selection.select(data, "all")[3]
    selection.print_single(sample_store, p.id, lay)  # warm: fonts registered once per process
    before = len(sample_store.rows("print_log"))
    single = selection.print_single(sample_store, p.id, lay, tmp_path / "desk.pdf")
    assert single.seconds < 0.2
    rows = sample_store.rows("print_log")
    assert len(rows) == before + 1
    last = rows[-1]
    assert (last["kind"], last["layout"], last["person_id"]) == ("badge", lay.name, p.id)
    assert last["fingerprint"] == selection.fingerprint(p)
    assert (tmp_path / "desk.pdf").read_bytes() == single.pdf
    with pytest.raises(KeyError):
        selection.print_single(sample_store, 999_999, lay)


def test_batch_record_is_one_transaction(sample_store):
    data = sample_store.load()
    lay = layouts.find("Badge CR80")
    people = selection.select(data, "all")
    heard = []
    sample_store.listeners.append(heard.append)
    selection.record(sample_store, people, lay)
    assert len(heard) == 1  # one commit for the whole batch
    assert len(sample_store.rows("print_log")) == len(people)


def test_single_badge_band_shows_the_role(sample_store):
    from organiser.badges.content import BadgeOptions

    data = sample_store.load()
    role = next(r for s in data.sessions for r in s.roles)
    label = data.role_type(role.role).label.upper()
    lay = layouts.find("Badge CR80")
    single = selection.print_single(
        sample_store, role.person_id, lay, options=BadgeOptions(band="role"), record_print=False
    )
    assert label in page_text_in(single.pdf, 0, lay.rect_pt(0))
    assert sample_store.rows("print_log") == []


def test_preflight_lists_problems_before_printing(sample_store):
    from organiser.badges.render import preflight

    data = sample_store.load()
    p = data.people[0]
    p.given_name, p.printed_name = "Zoë 😀", ""
    p.family_name = "Y" * 90
    warnings = preflight(data, [p], layouts.find("Avery L4785"))
    assert any("😀" in w for w in warnings)
    assert any("too long for Avery L4785" in w for w in warnings)
    assert all(len(w) < 300 for w in warnings)
