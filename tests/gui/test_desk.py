"""The check-in desk driven like a queue: typing, a scanner, Enter, walk-ins, undo."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from organiser.gui.documents.printing import print_pdf
from organiser.gui.views.desk import LAYOUT_SETTING, DeskView
from organiser.store import EventStore, printlog
from tests.gui.keyboard import press, type_text


def check_ins(store: EventStore, person_id: int) -> list:
    return store.rows("check_ins", person_id=person_id)


def pdf_text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    return len(reader.pages), " ".join(p.extract_text() for p in reader.pages)


@pytest.fixture
def desk(qtbot, ctx):
    view = DeskView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def person_named(view: DeskView, family: str):
    return next(p for p in view.ctx.data().people if p.family_name == family)


def test_opening_the_desk_loads_the_badge_faces_on_a_worker(desk, qtbot):
    """The faces the event's names need load off the UI thread when the desk opens."""
    assert desk.warm_up.state in ("running", "finished")
    qtbot.waitUntil(lambda: desk.warm_up.state == "finished", timeout=30_000)


def test_type_accent_free_and_enter_checks_in_and_prints(desk):
    traore = person_named(desk, "Traoré")
    type_text(desk.ui.search, "traore")
    hits = desk.hits()
    assert hits and hits[0].person_id == traore.id
    assert desk.ui.counter.text() == "Arrived 0 / 17"

    press(desk.ui.search, Qt.Key.Key_Return)

    assert len(check_ins(desk.ctx.store, traore.id)) == 1
    badge = desk.last_badge
    assert badge is not None and badge.path is not None and badge.path.exists()
    assert badge.path.parent == desk.folder()
    pages, text = pdf_text(badge.path)
    assert pages == 1
    assert "Traoré" in text and "Drissa" in text
    assert traore.id in printlog.last_badge_prints(desk.ctx.store)
    assert desk.ui.counter.text() == "Arrived 1 / 17"
    assert "Speaker 1 / 17" in desk.ui.breakdown.text()
    assert "checked in" in desk.ui.status.text()
    assert desk.ui.search.text() == ""  # ready for the next person


def test_second_enter_does_not_print_again_without_asking(desk):
    traore = person_named(desk, "Traoré")
    type_text(desk.ui.search, "traore")
    press(desk.ui.search, Qt.Key.Key_Return)
    folder = desk.folder()
    first = sorted(folder.iterdir())

    type_text(desk.ui.search, "traoré")
    press(desk.ui.search, Qt.Key.Key_Return)

    assert sorted(folder.iterdir()) == first
    assert len(check_ins(desk.ctx.store, traore.id)) == 1  # checked in once
    log = [r for r in desk.ctx.store.rows("print_log") if r["person_id"] == traore.id]
    assert len(log) == 1
    assert "already printed" in desk.ui.status.text()
    assert desk.ui.reprintButton.isVisibleTo(desk)

    desk.ui.reprintButton.click()  # asked for explicitly: a second badge
    assert len(list(folder.iterdir())) == 2
    log = [r for r in desk.ctx.store.rows("print_log") if r["person_id"] == traore.id]
    assert len(log) == 2


def test_accent_insensitive_search(desk):
    for typed, family in (("bagay", "Bagayoko"), ("traore", "Traoré"), ("BRÉMA", "Dicko")):
        desk.ui.search.clear()
        type_text(desk.ui.search, typed)
        assert family in [h.name.split()[-1] for h in desk.hits()], typed
    desk.add_walk_in({"given_name": "Dżon", "family_name": "Kowalski"})
    desk.ui.search.clear()
    type_text(desk.ui.search, "dzon")
    assert desk.hits()[0].name.startswith("Dżon")


def test_scan_style_input_checks_in_at_once(desk):
    bagayoko = person_named(desk, "Bagayoko")
    desk.ui.search.setFocus()
    type_text(desk.ui.search, bagayoko.uid)
    press(desk.ui.search, Qt.Key.Key_Enter)
    assert len(check_ins(desk.ctx.store, bagayoko.id)) == 1
    assert desk.last_badge is not None and "Bagayoko" in pdf_text(desk.last_badge.path)[1]


def test_scan_beats_the_selected_row(desk):
    # A scanner types into whatever the field holds; the ID decides, not the list.
    weber = person_named(desk, "Weber")
    type_text(desk.ui.search, weber.uid.lower())
    press(desk.ui.search, Qt.Key.Key_Return)
    assert len(check_ins(desk.ctx.store, weber.id)) == 1


def test_arrow_keys_choose_another_result(desk):
    type_text(desk.ui.search, "dicko")
    assert len(desk.hits()) == 2
    first, second = desk.hits()
    press(desk.ui.search, Qt.Key.Key_Down)
    press(desk.ui.search, Qt.Key.Key_Return)
    assert len(check_ins(desk.ctx.store, second.person_id)) == 1
    assert check_ins(desk.ctx.store, first.person_id) == []


def test_nobody_found_is_a_message(desk):
    type_text(desk.ui.search, "zzzz")
    press(desk.ui.search, Qt.Key.Key_Return)
    assert "Nobody matches" in desk.ui.status.text()
    assert desk.ctx.store.rows("check_ins") == []


def test_walk_in_through_the_form_is_added_checked_in_and_printed(desk, qtbot):
    dialog = desk.open_walk_in()
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no name: refused in the form
    assert dialog.isVisible() and "needs a name" in dialog.ui.message.text()
    type_text(dialog.ui.givenName, "Aïssata")
    type_text(dialog.ui.familyName, "Maïga")
    type_text(dialog.ui.organisation, "Université de Bamako")
    dialog.ui.category.setCurrentIndex(dialog.ui.category.findData("press"))
    ok.click()
    assert not dialog.isVisible()
    people = [p for p in desk.ctx.data().people if p.family_name == "Maïga"]
    assert len(people) == 1 and people[0].category == "press"
    assert len(check_ins(desk.ctx.store, people[0].id)) == 1
    pages, text = pdf_text(desk.last_badge.path)
    assert pages == 1 and "Maïga" in text
    assert desk.ui.counter.text() == "Arrived 1 / 18"
    # the index knows the walk-in without a rebuild
    type_text(desk.ui.search, "maiga")
    assert desk.hits()[0].person_id == people[0].id


def test_undo_removes_the_check_in(desk):
    traore = person_named(desk, "Traoré")
    assert not desk.ui.undoButton.isEnabled()
    type_text(desk.ui.search, "traore")
    press(desk.ui.search, Qt.Key.Key_Return)
    assert desk.ui.undoButton.isEnabled()
    desk.ui.undoButton.click()
    assert check_ins(desk.ctx.store, traore.id) == []
    assert desk.ui.counter.text() == "Arrived 0 / 17"
    assert desk.index.arrival(traore.id) is None
    type_text(desk.ui.search, "traore")
    assert desk.state_text(desk.hits()[0])[0] == "not checked in"
    # redo from the shared stack (Ctrl+Y in the window) checks in again
    desk.ctx.undo_stack.redo()
    assert len(check_ins(desk.ctx.store, traore.id)) == 1
    assert desk.index.arrival(traore.id) is not None


def test_undo_walk_in_removes_the_person(desk):
    pid = desk.add_walk_in({"given_name": "Dżon", "family_name": "Kowalski"})
    assert desk.ctx.store.get("people", pid) is not None
    desk.ui.undoButton.click()
    assert desk.ctx.store.get("people", pid) is None
    assert desk.ctx.store.rows("check_ins") == []
    type_text(desk.ui.search, "dzon")
    assert desk.hits() == []
    desk.ctx.undo_stack.redo()
    assert desk.ctx.store.get("people", pid) is not None
    assert len(check_ins(desk.ctx.store, pid)) == 1


def test_busy_file_is_a_message_not_a_crash(desk, monkeypatch):
    from organiser.store import attendance

    def busy(*_a, **_k):
        raise attendance.StoreBusy("“sample.organiser” is busy in another program")

    monkeypatch.setattr(attendance, "insert_check_in", busy)
    type_text(desk.ui.search, "traore")
    press(desk.ui.search, Qt.Key.Key_Return)
    assert "busy" in desk.ui.status.text() and desk.ui.status.property("kind") == "error"
    assert desk.ctx.store.rows("check_ins") == []
    assert desk.ctx.undo_stack.count() == 0


def test_layout_choice_is_remembered_and_a_sheet_fills_labels(desk, sample_path):
    combo = desk.ui.layoutCombo
    sheet_index = next(
        i for i in range(combo.count()) if combo.itemData(i) and "label" in combo.itemText(i)
    )
    combo.setCurrentIndex(sheet_index)
    name = combo.itemData(sheet_index)
    assert desk.ctx.store.setting(LAYOUT_SETTING) == name
    for family in ("Traoré", "Bagayoko"):
        desk.admit(person_named(desk, family).id)
    assert "label 2" in desk.ui.status.text()
    again = DeskView(desk.ctx)
    assert again.ui.layoutCombo.currentData() == name
    again.deleteLater()


def test_changes_elsewhere_rebuild_the_index(desk):
    desk.ctx.store.insert(
        "people", {"given_name": "Ngozi", "family_name": "Okonjo", "uid": "ABCDEFGHJK"}
    )
    type_text(desk.ui.search, "okonjo")
    assert desk.hits() and desk.hits()[0].name.endswith("Okonjo")


def test_print_pdf_draws_the_badge_on_a_printer(desk, tmp_path):
    desk.admit(person_named(desk, "Traoré").id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(desk.last_badge.path, printer) == 1
    assert pypdf.PdfReader(str(tmp_path / "printed.pdf")).pages[0] is not None


def test_empty_search_lists_the_last_arrivals_at_this_desk(desk):
    for family in ("Traoré", "Bagayoko"):
        desk.admit(person_named(desk, family).id)
    assert desk.ui.search.text() == ""
    shown = desk.hits()
    assert [h.name for h in shown] == ["Dr. Niagalé Bagayoko", "Mr. Drissa Traoré"]
    assert all(desk.state_text(h)[0].startswith("✓ checked in") for h in shown)
    assert desk.ui.resultsLabel.text() == "Last checked in at this desk"


def test_hidden_desk_rebuilds_when_shown(desk):
    desk.hide()
    desk.ctx.store.insert(
        "people", {"given_name": "Ngozi", "family_name": "Okonjo", "uid": "ABCDEFGHJK"}
    )
    desk.show()
    assert not desk._stale
    assert desk.index.person_for_scan("ABCDEFGHJK") is not None


def test_already_printed_badge_with_changed_details_says_so(desk):
    traore = person_named(desk, "Traoré")
    desk.admit(traore.id)
    desk.ctx.store.update("people", traore.id, {"family_name": "Traoré-Keïta"})
    desk.admit(traore.id)
    assert "not printed again" in desk.ui.status.text()
    assert "details changed" in desk.ui.status.text()
    assert desk.ui.reprintButton.isVisibleTo(desk)
    assert len(list(desk.folder().iterdir())) == 1


def test_undo_on_a_busy_file_is_a_message_and_keeps_the_step(desk, monkeypatch):
    from organiser.store import attendance

    traore = person_named(desk, "Traoré")
    desk.admit(traore.id)
    stack = desk.ctx.undo_stack
    index_before = stack.index()

    def busy(*_a, **_k):
        raise attendance.StoreBusy("“sample.organiser” is busy in another program")

    with monkeypatch.context() as m:
        m.setattr(attendance, "delete_check_in", busy)
        desk.ui.undoButton.click()
    assert desk.ui.status.text().startswith("Not undone")
    assert "busy in another program" in desk.ui.status.text()
    assert stack.index() == index_before  # still done, as in the file
    assert len(check_ins(desk.ctx.store, traore.id)) == 1
    with monkeypatch.context() as m:  # the same from Edit › Undo: not recorded as undone
        m.setattr(attendance, "delete_check_in", busy)
        stack.undo()
    assert stack.index() == index_before
    assert len(check_ins(desk.ctx.store, traore.id)) == 1
    desk.ui.undoButton.click()  # the file is free again
    assert check_ins(desk.ctx.store, traore.id) == []


def test_failed_print_keeps_the_check_in_and_offers_to_try_again(desk, monkeypatch):
    import organiser.gui.views.desk as desk_module

    real = desk_module.print_single

    def no_disk(*_a, **_k):
        raise OSError("No space left on device")

    monkeypatch.setattr(desk_module, "print_single", no_disk)
    traore = person_named(desk, "Traoré")
    desk.admit(traore.id)
    assert len(check_ins(desk.ctx.store, traore.id)) == 1
    assert "not printed: No space left" in desk.ui.status.text()
    assert desk.ui.reprintButton.text() == "Try the badge again"
    monkeypatch.setattr(desk_module, "print_single", real)
    desk.ui.reprintButton.click()
    assert desk.last_badge is not None and desk.last_badge.path.exists()


def _clock(monkeypatch, desk: DeskView, when) -> None:
    """The venue's clock at ``when`` for the desk and its commands."""
    import organiser.attendees.checkin as checkin
    import organiser.gui.views.desk as desk_module

    monkeypatch.setattr(checkin, "venue_now", lambda store: when)
    monkeypatch.setattr(desk_module, "venue_now", lambda store: when)
    desk.update_counters()


def test_second_day_arrival_is_recorded_and_same_day_is_not(desk, monkeypatch):
    from datetime import datetime, time

    day1, day2 = sorted(desk.ctx.data().days, key=lambda d: d.date)[:2]
    traore = person_named(desk, "Traoré")
    _clock(monkeypatch, desk, datetime.combine(day1.date, time(9, 12)))
    type_text(desk.ui.search, "traore")
    press(desk.ui.search, Qt.Key.Key_Return)
    assert len(check_ins(desk.ctx.store, traore.id)) == 1

    _clock(monkeypatch, desk, datetime.combine(day1.date, time(15, 0)))
    type_text(desk.ui.search, "traore")
    assert desk.state_text(desk.hits()[0])[0] == "✓ checked in today 09:12"
    press(desk.ui.search, Qt.Key.Key_Return)
    assert len(check_ins(desk.ctx.store, traore.id)) == 1  # nothing written
    assert "already checked in today at 09:12" in desk.ui.status.text()

    _clock(monkeypatch, desk, datetime.combine(day2.date, time(8, 45)))
    type_text(desk.ui.search, "traore")
    assert desk.state_text(desk.hits()[0])[0].startswith("not yet today")
    press(desk.ui.search, Qt.Key.Key_Return)
    rows = check_ins(desk.ctx.store, traore.id)
    assert sorted(r["at"][:16] for r in rows) == [
        f"{day1.date}T09:12",
        f"{day2.date}T08:45",
    ]
    assert "checked in at 08:45" in desk.ui.status.text()
    assert "already printed" in desk.ui.status.text()  # the badge of day 1 serves on
    assert (
        f"Day 1 ({day1.date:%a} {day1.date.day} {day1.date:%b}) 1 / 17" in desk.ui.breakdown.text()
    )
    assert (
        f"Day 2 ({day2.date:%a} {day2.date.day} {day2.date:%b}) 1 / 17" in desk.ui.breakdown.text()
    )
    assert desk.ui.counter.text() == "Arrived 1 / 17"

    # Undo takes back day 2's arrival only.
    desk.ui.undoButton.click()
    assert [r["at"][:16] for r in check_ins(desk.ctx.store, traore.id)] == [f"{day1.date}T09:12"]
    type_text(desk.ui.search, "traore")
    assert desk.state_text(desk.hits()[0])[0].startswith("not yet today")


def test_another_desk_checked_in_first_is_said_not_an_error(desk, monkeypatch):
    from datetime import datetime, time

    from organiser.attendees.checkin import check_in

    day1 = min(desk.ctx.data().days, key=lambda d: d.date)
    traore = person_named(desk, "Traoré")
    _clock(monkeypatch, desk, datetime.combine(day1.date, time(10, 0)))
    # Another process wrote it: this desk's index has not heard yet.
    desk._writing = True
    check_in(desk.ctx.store, traore.id, at=datetime.combine(day1.date, time(9, 58)))
    desk._writing = False
    desk.admit(traore.id)
    assert len(check_ins(desk.ctx.store, traore.id)) == 1
    assert "already checked in today at 09:58" in desk.ui.status.text()
    assert desk.ui.status.property("kind") != "error"


def test_several_matches_are_counted_before_and_after_enter(desk):
    type_text(desk.ui.search, "dicko")
    assert "2 people match “dicko” — Enter checks in the highlighted one" in (
        desk.ui.resultsLabel.text()
    )
    first = desk.hits()[0]
    press(desk.ui.search, Qt.Key.Key_Return)
    assert len(check_ins(desk.ctx.store, first.person_id)) == 1  # the highlighted row
    assert "2 people match “dicko”: the highlighted one was taken" in desk.ui.status.text()
    assert desk.ui.status.property("kind") == "warn"  # so staff look twice
    type_text(desk.ui.search, "bagayoko")
    assert "people match" not in desk.ui.resultsLabel.text()


def test_a_very_long_name_does_not_widen_the_desk(desk, qtbot):
    pid = desk.add_walk_in({"given_name": "A" * 980, "family_name": "B"})
    assert pid is not None
    QApplication.processEvents()
    assert desk.width() <= 1280
    assert desk.minimumSizeHint().width() <= 1280
    assert len(desk.ui.status.text()) < 400
    type_text(desk.ui.search, "b")
    desk.admit(pid)  # "already checked in" with the long name
    QApplication.processEvents()
    assert desk.width() <= 1280 and desk.minimumSizeHint().width() <= 1280
    assert "…" in desk.ui.status.text()
    desk.undo_last()
    QApplication.processEvents()
    assert desk.width() <= 1280 and desk.minimumSizeHint().width() <= 1280


def test_badge_printed_with_missing_letters_is_a_warning_not_ok(desk):
    pid = desk.add_walk_in({"given_name": "Ming Ꮳ", "family_name": "Wang"})
    assert pid is not None and desk.last_badge is not None, desk.ui.status.text()
    assert desk.last_badge.warnings
    assert desk.ui.status.property("kind") == "warn"
    pid = desk.add_walk_in({"given_name": "Awa", "family_name": "Sow"})
    assert desk.ui.status.property("kind") == "ok"
