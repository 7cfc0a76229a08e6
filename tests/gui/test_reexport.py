"""Which document re-exports each kind of stale paper, and where it goes."""

from __future__ import annotations

from organiser.checks.stale import Redo
from organiser.gui.documents import reexport
from organiser.gui.documents.base import documents


def test_the_programme_redoes_itself_with_its_recorded_options():
    specs = documents()
    spec, how = reexport.reexporter_for("programme", specs)
    assert spec.key == "programme" and spec.kind == "programme"
    options = {"style": "glance", "paper": "letter", "passcode": True}
    assert how.options(Redo("programme", None, options)) == options
    assert reexport.reexporter_for("no such kind", specs) is None


def test_a_registered_reexporter_picks_the_document_and_its_options(monkeypatch):
    specs = documents()
    monkeypatch.setitem(reexport._REGISTRY, "brief", reexport.Reexporter("programme"))
    spec, how = reexport.reexporter_for("brief", specs)
    assert spec.key == "programme"
    assert how.options(Redo("brief", (3, 5), {"lang": "fr"})) == {
        "lang": "fr",
        "person_ids": [3, 5],
    }
    monkeypatch.setitem(reexport._REGISTRY, "brief", reexport.Reexporter("missing"))
    assert reexport.reexporter_for("brief", specs) is None


def test_one_person_and_last_paths(tmp_path):
    assert reexport.person_of({"person_ids": [7]}) == 7
    assert reexport.person_of({"person_ids": [7, 8]}) is None
    assert reexport.person_of({}) is None

    event = tmp_path / "event.organiser"
    other = tmp_path / "other.organiser"
    assert reexport.last_path(event, "programme") == ""
    out = tmp_path / "out" / "programme.pdf"
    out.parent.mkdir()
    reexport.remember_path(event, "programme", str(out))
    assert reexport.last_path(event, "programme") == str(out)
    assert reexport.last_path(other, "programme") == ""  # each event its own
    assert reexport.last_path(event, "badge") == ""
    out.parent.rmdir()
    assert reexport.last_path(event, "programme") == ""  # its folder went away
