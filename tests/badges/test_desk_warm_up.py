"""The desk loads the faces its event's names need when it opens, on a worker thread, so
that its first badge for a name in another script does not pay for them.

Checked in fresh processes (a test process has usually loaded every face already): the
warm-up registers exactly what the names need, and a badge sheet rendered while it runs
on another thread still carries every name whole.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from organiser.badges.selection import badge_texts
from tests.badges.test_badge_scripts import WORLD, world_event


def _fresh(code: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_badge_texts_are_what_badges_print():
    data = world_event()
    texts = badge_texts(data)
    for person in data.people:
        assert person.name in texts and person.affiliations[0].organisation in texts
    assert data.event.title in texts


def test_warm_up_loads_the_faces_the_names_need():
    found = _fresh(
        """
        import json
        from reportlab.pdfbase import pdfmetrics
        from organiser.badges.selection import badge_texts
        from organiser.pdf import fonts, shaping
        from tests.badges.test_badge_scripts import world_event

        def loaded():
            return sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("Sans"))

        before = loaded()
        latin = world_event()
        latin.people = latin.people[-1:]  # Scott Weber only
        shaping.warm(badge_texts(latin))
        plain = loaded()
        shaping.warm(badge_texts(world_event()))
        after = loaded()
        print(json.dumps({"before": before, "plain": plain, "after": after}))
        """
    )
    assert found["before"] == []
    assert "Sans" in found["plain"] and not any("Arabic" in n for n in found["plain"])
    for face in ("Sans-Arabic", "Sans-Arabic-Bold", "Sans-Hebrew", "Sans-Ethiopic"):
        assert face in found["after"], face


def test_a_sheet_rendered_while_the_desk_warms_up_is_whole(tmp_path):
    out = tmp_path / "sheet.pdf"
    _fresh(
        f"""
        import json, threading
        from organiser.badges import layouts
        from organiser.badges.content import BadgeOptions
        from organiser.badges.render import render_badges
        from organiser.badges.selection import badge_texts
        from organiser.pdf import shaping
        from tests.badges.test_badge_scripts import world_event

        data = world_event()
        worker = threading.Thread(target=shaping.warm, args=(badge_texts(data),))
        worker.start()
        render_badges(data, data.people, layouts.find("Avery L7418"), {str(out)!r},
                      BadgeOptions(calibrate=False))
        worker.join()
        print(json.dumps({{}}))
        """
    )
    from pypdf import PdfReader

    plain = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in plain)
    for given, family, _org, script in WORLD:
        assert set((given + family).replace(" ", "")) <= set(plain), script
