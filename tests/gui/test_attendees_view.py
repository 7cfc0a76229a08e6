"""The attendee list: import through the dialog, filters, bulk category, export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog

from organiser.attendees.checkin import check_in
from organiser.gui.views.attendees import BADGE_NEVER, AttendeesView
from tests.gui.keyboard import type_text

FRENCH = (
    "Prénom;Nom;Structure;Courriel;Catégorie\n"
    "Aminata;Koné;Université de Bamako;aminata@example.org;participante\n"
    "Drissa;TRAORE;Malian Association for Human Rights (AMDH);drissa@example.org;intervenant\n"
    "Moussa;Diarra;Ministère;pas-un-courriel;participant\n"
)


@pytest.fixture
def view(qtbot, ctx):
    v = AttendeesView(ctx)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    return v


def names(v: AttendeesView) -> list[str]:
    return [r.name for r in v.model.rows]


def import_file(v: AttendeesView, qtbot, monkeypatch, path: Path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    v.ui.importButton.click()
    dialog = v.import_dialog
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan is not None, timeout=10_000)
    return dialog


def test_list_shows_people_with_their_states(view):
    assert len(view.model.rows) == 17
    assert view.ui.count.text() == "17 people · 0 checked in"
    row = next(r for r in view.model.rows if r.name == "Traoré, Drissa")
    assert (row.category, row.status, row.checked_in, row.badge) == (
        "speaker",
        "expected",
        "",
        BADGE_NEVER,
    )


def test_import_french_csv_through_the_dialog(view, qtbot, monkeypatch, tmp_path):
    src = tmp_path / "liste.csv"
    src.write_text(FRENCH, encoding="utf-8")
    dialog = import_file(view, qtbot, monkeypatch, src)

    mapped = [dialog.field_combo(i).currentData() for i in range(5)]
    assert mapped == ["given_name", "family_name", "organisation", "email", "category"]
    assert "1 to add, 1 to update, 0 unchanged, 1 problem row" in dialog.ui.summary.text()
    tree = dialog.ui.preview
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert tops == ["Problems (1)", "To add (1)", "To update (1)"]
    assert "line 4" in tree.topLevelItem(0).child(0).text(0)
    update = tree.topLevelItem(2).child(0)
    assert "drissa@example.org" in update.child(0).text(0)
    assert not dialog.apply_button.isEnabled()  # a problem row: not acceptable as it is
    assert "can't be undone" not in dialog.ui.undoNote.text()

    dialog.ui.skipProblems.setChecked(True)
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: len(view.model.all) == 18)
    assert "Koné, Aminata" in names(view)
    assert "1 added, 1 updated, 1 problem row skipped" in view.ui.message.text()
    traore = next(p for p in view.ctx.data().people if p.family_name == "Traoré")
    assert traore.email == "drissa@example.org"

    view.ctx.undo_stack.undo()  # the whole import comes back out
    qtbot.waitUntil(lambda: len(view.model.all) == 17)
    traore = next(p for p in view.ctx.data().people if p.family_name == "Traoré")
    assert traore.email == ""
    view.ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: len(view.model.all) == 18)
    assert next(p for p in view.ctx.data().people if p.family_name == "Traoré").email


def test_mapping_corrected_in_the_dialog(view, qtbot, monkeypatch, tmp_path):
    src = tmp_path / "odd.csv"
    src.write_text("Personne,Where from\nAwa Sow,ECOWAS\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    view.ui.importButton.click()
    dialog = view.import_dialog
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table is not None, timeout=10_000)
    assert dialog.plan is None and "no column holds a name" in dialog.ui.summary.text()
    assert not dialog.apply_button.isEnabled()
    combo = dialog.field_combo(0)
    combo.setCurrentIndex(combo.findData("full_name"))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan is not None, timeout=10_000)
    dialog.field_combo(1).setCurrentIndex(dialog.field_combo(1).findData("organisation"))
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.plan.mapping.fields.get(1) == "organisation",
        timeout=10_000,
    )
    assert "1 to add" in dialog.ui.summary.text()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "Sow, Awa" in names(view))
    row = next(r for r in view.model.rows if r.name == "Sow, Awa")
    assert row.organisation == "ECOWAS"


def test_unreadable_file_is_a_message(view, qtbot, monkeypatch, tmp_path):
    src = tmp_path / "broken.xlsx"
    src.write_bytes(b"not a workbook")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    view.ui.importButton.click()
    dialog = view.import_dialog
    qtbot.waitUntil(lambda: not dialog.busy and dialog.ui.summary.text() != "Reading…")
    assert dialog.plan is None and dialog.ui.summary.text()
    assert not dialog.apply_button.isEnabled()


def test_filters(view):
    check_in(view.ctx.store, next(r.person_id for r in view.model.rows if "Traoré" in r.name))
    view.reload()
    type_text(view.ui.textFilter, "traore")
    assert names(view) == ["Traoré, Drissa"]
    view.ui.textFilter.clear()
    view.ui.arrivalFilter.setCurrentIndex(view.ui.arrivalFilter.findData("yes"))
    assert names(view) == ["Traoré, Drissa"]
    assert view.model.rows[0].checked_in
    view.ui.arrivalFilter.setCurrentIndex(view.ui.arrivalFilter.findData("no"))
    assert len(view.model.rows) == 16
    view.ui.categoryFilter.setCurrentIndex(view.ui.categoryFilter.findData("press"))
    assert view.model.rows == []
    assert view.ui.count.text().startswith("0 of 17 people shown")


def test_bulk_category_change_is_one_undo_step(view):
    table = view.ui.table
    sel = table.selectionModel()
    for row in (0, 2, 4):
        sel.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    ids = view.selected_ids()
    assert len(ids) == 3 and view.ui.bulkApply.text() == "Set for 3"
    view.ui.bulkCategory.setCurrentIndex(view.ui.bulkCategory.findData("vip"))
    count_before = view.ctx.undo_stack.count()
    view.ui.bulkApply.click()
    cats = {r["id"]: r["category"] for r in view.ctx.store.rows("people")}
    assert all(cats[i] == "vip" for i in ids)
    assert view.ctx.undo_stack.count() == count_before + 1
    assert sorted(view.selected_ids()) == sorted(ids)  # the selection survives the reload
    view.ctx.undo_stack.undo()
    cats = {r["id"]: r["category"] for r in view.ctx.store.rows("people")}
    assert all(cats[i] == "speaker" for i in ids)


def test_export_csv(view, monkeypatch, tmp_path):
    out = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    path = view.export()
    assert path == tmp_path / "out.csv"
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Given name", "Family name"]
    assert ["Drissa", "Traoré"] in [r[:2] for r in rows[1:]]
    assert len(rows) == 18
    assert "Exported 17 people" in view.ui.message.text()


def test_export_xlsx_then_import_it_back_changes_nothing(view, qtbot, monkeypatch, tmp_path):
    out = tmp_path / "list.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel workbook (*.xlsx)")
    )
    assert view.export() == out and out.stat().st_size > 0
    dialog = import_file(view, qtbot, monkeypatch, out)
    assert "0 to add, 0 to update, 17 unchanged" in dialog.ui.summary.text()
    assert not dialog.apply_button.isEnabled()
    assert "nothing to import" in dialog.apply_button.toolTip()
    dialog.reject()
    assert len(view.ctx.store.rows("people")) == 17


def test_import_problems_are_worded_for_the_window(view, qtbot, monkeypatch, tmp_path):
    src = tmp_path / "cats.csv"
    src.write_text("First name,Last name,Category\nAwa,Sow,Alien\n", encoding="utf-8")
    dialog = import_file(view, qtbot, monkeypatch, src)
    problem = dialog.ui.preview.topLevelItem(0).child(0).text(0)
    assert "unknown category “Alien”" in problem
    assert "--" not in problem
    assert "— not imported —" in problem and "Set the category of the selected people" in problem
    assert "--" not in dialog.apply_button.toolTip()
    dialog.reject()
