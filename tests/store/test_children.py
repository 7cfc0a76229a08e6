"""Child lists (guiding questions, affiliations, display time zones, partners) are edited
in place: what stays keeps its row and id, undo puts back exactly what was there."""

from __future__ import annotations

from organiser.store import EventStore


def _questions(store: EventStore, session_id: int) -> list[tuple[int, str]]:
    return [(r["id"], r["text"]) for r in store.rows("guiding_questions", session_id=session_id)]


def test_editing_one_question_keeps_the_others_rows(sample_path):
    with EventStore.open(sample_path) as store:
        session = next(s for s in store.load().sessions if len(s.guiding_questions) >= 3)
        before = _questions(store, session.id)
        ids = [i for i, _ in before]
        texts = [t for _, t in before]

        def step(wanted: list[str]) -> list[dict]:
            rows = [{"text": t} for t in wanted]
            old = store.replace_children("guiding_questions", "session_id", session.id, rows)
            assert [t for _, t in _questions(store, session.id)] == wanted
            return old

        old = step([texts[0], "Something else entirely?", *texts[2:]])  # rewritten
        assert [i for i, _ in _questions(store, session.id)] == ids  # in place
        step([texts[0], texts[1] + " And why?", *texts[2:]])  # reworded
        assert [i for i, _ in _questions(store, session.id)] == ids
        step([texts[0], texts[1] + " And why?", *texts[3:]])  # the third removed
        assert [i for i, _ in _questions(store, session.id)] == ids[:2] + ids[3:]
        step(["New first?", texts[1] + " And why?", texts[0], *texts[3:]])  # added, moved
        after = dict((t, i) for i, t in _questions(store, session.id))
        assert after[texts[0]] == ids[0] and after["New first?"] not in ids
        store.replace_children("guiding_questions", "session_id", session.id, old)  # undo
        assert _questions(store, session.id) == before


def test_reordering_partners_and_zones_keeps_their_ids(sample_path):
    with EventStore.open(sample_path) as store:
        partners = store.rows("partners")
        store.replace_children("partners", "", None, [dict(p) for p in reversed(partners)])
        assert [p["id"] for p in store.rows("partners")] == [p["id"] for p in reversed(partners)]
        store.replace_children("display_time_zones", "", None, [{"zone": "Europe/Paris"}])
        zones = store.rows("display_time_zones")
        store.replace_children(
            "display_time_zones", "", None, [{"zone": "Asia/Tokyo"}, {"zone": "Europe/Paris"}]
        )
        assert [(r["id"], r["zone"]) for r in store.rows("display_time_zones")][1] == (
            zones[0]["id"],
            "Europe/Paris",
        )
