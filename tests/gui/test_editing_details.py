"""The rest of issue 13 with real widgets and keys: one desk badge layout, messages that
survive the preview, the preview's page and zoom controls, the Attendees list, the desk's
small things, Logistics, "same person?" at import, the window's size and panes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from organiser.gui.documents.desk_badge import desk_layout
from tests.gui.keyboard import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


# ------------------------------------------------------------ desk badge layout
def test_use_this_layout_at_the_desk_changes_the_desk(sample_window, qtbot):
    desk = sample_window.show_view("desk")
    assert desk.ui.layoutCombo.currentData() == "Badge A6"
    export = sample_window.show_view("print")
    export.ui.documentList.setCurrentRow(1)  # Name badges
    panel = export.panel()
    panel.ui.layoutSearch.setText("CR80")
    assert panel.ui.layoutCombo.currentData() == "Badge CR80"
    qtbot.mouseClick(panel.ui.deskButton, Qt.MouseButton.LeftButton)
    assert "check-in desk and People › Print badge now use Badge CR80" in panel.ui.layoutInfo.text()
    sample_window.show_view("desk")
    assert desk.ui.layoutCombo.currentData() == "Badge CR80"
    assert desk.badge_layout().name == "Badge CR80" == desk_layout(sample_window.ctx.store).name
    # and the desk's own choice is People › Print badge's too
    desk.ui.layoutCombo.setFocus()
    qtbot.keyClick(desk.ui.layoutCombo, Qt.Key.Key_Up)
    chosen = desk.ui.layoutCombo.currentData()
    assert chosen != "Badge CR80" and desk_layout(sample_window.ctx.store).name == chosen


# ------------------------------------------------------- Print & Export messages
def test_the_saved_message_survives_the_preview_refresh(save_as, export_view, qtbot, tmp_path):
    view = export_view
    target = tmp_path / "programme.pdf"
    save_as(target)
    view.ui.saveButton.click()
    with qtbot.waitSignal(view.saved, timeout=20000):
        view.export_check.export_button.click()
    assert view.ui.messageLabel.text().startswith(f"Saved {target}")
    # the print log changed and an option changes: the preview redraws...
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.panel().set_paper("letter")
    assert view.ui.statusLabel.text().endswith("pages")
    # ...and the outcome of the save is still there to read
    assert view.ui.messageLabel.text().startswith(f"Saved {target}")
    assert view.ui.messageLabel.isVisible()


def test_the_preview_has_page_and_zoom_controls(export_view, qtbot):
    preview = export_view.preview
    pages = preview.page_count()
    assert pages >= 3 and preview.pages_label.text() == f"of {pages}"
    assert preview.page_box.value() == 1 and not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.page() == 1)
    assert preview.page_box.value() == 2 and preview.previous_button.isEnabled()
    preview.page_box.setFocus()
    qtbot.keyClick(preview.page_box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(preview.page_box, str(pages))
    qtbot.keyClick(preview.page_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: preview.page() == pages - 1)
    assert not preview.next_button.isEnabled()
    assert preview.zoom_label.text() == "width"
    preview.view.setFocus()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, CTRL)
    assert preview.zoom_label.text().endswith("%")
    zoomed = preview.view.zoomFactor()
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, CTRL)
    assert preview.view.zoomFactor() < zoomed
    qtbot.keyClick(preview.view, Qt.Key.Key_0, CTRL)
    assert preview.zoom_label.text() == "width"


# ---------------------------------------------------------------- Attendees
def test_attendees_shows_words_not_keys_and_ctrl_f_finds(sample_window, qtbot):
    view = sample_window.show_view("attendees")
    model = view.model
    assert model.index(0, 2).data() == "Speaker" and model.index(0, 3).data() == "Expected"
    assert view.ui.categoryFilter.itemText(1) == "Speaker"
    assert view.ui.bulkCategory.currentText() == "Speaker"
    view.ui.table.setFocus()
    qtbot.keyClick(view.ui.table, Qt.Key.Key_F, CTRL)
    assert view.ui.textFilter.hasFocus()
    type_text(view.ui.textFilter, "traore")
    assert [r.name for r in model.rows] == ["Traoré, Drissa"]
    # Tab leaves the table
    view.ui.table.setFocus()
    qtbot.keyClick(view.ui.table, Qt.Key.Key_Tab)
    assert not view.ui.table.hasFocus()


# --------------------------------------------------------------------- desk
def test_the_desk_forgets_nobody_matches_as_the_next_name_is_typed(sample_window, qtbot):
    desk = sample_window.show_view("desk")
    type_text(desk.ui.search, "zzzz")
    press(desk.ui.search, Qt.Key.Key_Return)
    assert desk.ui.status.isVisible() and "Nobody matches" in desk.ui.status.text()
    qtbot.keyClick(desk.ui.search, Qt.Key.Key_A, CTRL)
    type_text(desk.ui.search, "tra")
    assert desk.ui.status.isHidden(), "the message was about the last search"


def test_the_walk_in_form_keeps_the_name_typed_at_the_desk(sample_window, qtbot):
    desk = sample_window.show_view("desk")
    type_text(desk.ui.search, "Mariam Keïta Diallo")
    press(desk.ui.search, Qt.Key.Key_Return)  # nobody: the desk suggests a walk-in
    qtbot.keyClick(desk.ui.search, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.walk_in_dialog is not None)  # a mnemonic clicks after 100 ms
    dialog = desk.walk_in_dialog
    assert dialog.isVisible()
    assert (dialog.ui.givenName.text(), dialog.ui.familyName.text()) == (
        "Mariam Keïta",
        "Diallo",
    )


def test_the_desk_warns_on_a_day_that_is_no_event_day(sample_window, qtbot, monkeypatch):
    from organiser.gui.views import desk as desk_module

    monkeypatch.setattr(desk_module, "venue_now", lambda _store: datetime(2021, 11, 18, 9, 0))
    desk = sample_window.show_view("desk")
    desk.update_counters()
    assert desk.ui.dayNote.isVisible()
    assert "Thursday 18 November 2021" in desk.ui.dayNote.text()
    assert "not a day of this event" in desk.ui.dayNote.text()
    type_text(desk.ui.search, "Darkwa")
    press(desk.ui.search, Qt.Key.Key_Return)
    assert "on a day that is not an event day" in desk.ui.status.text()
    assert desk.ui.status.property("kind") == "warn"

    monkeypatch.setattr(desk_module, "venue_now", lambda _store: datetime(2021, 11, 16, 9, 0))
    desk.update_counters()
    assert desk.ui.dayNote.isHidden()


# ---------------------------------------------------------------- Logistics
def test_logistics_adds_with_the_name_open_and_shows_no_internal_keys(sample_window, qtbot):
    view = sample_window.show_view("logistics")
    roles = view.roles
    headers = [
        roles.headerData(i, Qt.Orientation.Horizontal, 0) for i in range(roles.columnCount())
    ]
    assert headers == [
        "Role",
        "Plural",
        "In French",
        "Feminine",
        "French plural",
        "Feminine plural",
    ], "no internal key"
    view.ui.tabs.setCurrentWidget(view.ui.venueTab)
    before = sample_window.ctx.undo_stack.count()
    qtbot.mouseClick(view.ui.addRoomButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the new room's name is open for typing"
    type_text(editor, "Salle Niger")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.name for r in sample_window.ctx.data().rooms] == ["Salle Niger"])
    assert sample_window.ctx.undo_stack.count() == before + 1, "the room and its name: one step"
    event = sample_window.show_view("event")
    assert event.ui.rooms_summary.text() == "Salle Niger"
    qtbot.mouseClick(event.ui.edit_rooms, Qt.MouseButton.LeftButton)
    assert sample_window.current_view_key() == "logistics"
    assert view.ui.tabs.currentWidget() is view.ui.venueTab


# --------------------------------------------------------------- import
def _import_dialog(window, qtbot, path):
    """The Attendees view's import dialog, open on ``path`` with its preview built."""
    from organiser.gui.views.attendee_import import ImportDialog

    dialog = ImportDialog(window.ctx, window.show_view("attendees"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy, timeout=10_000)
    return dialog


def test_import_asks_same_person_for_a_name_already_in_the_event(sample_window, qtbot, tmp_path):
    darkwa = next(p for p in sample_window.ctx.data().people if p.family_name == "Darkwa")
    assert darkwa.email == ""
    before = len(sample_window.ctx.data().people)
    path = tmp_path / "list.csv"
    path.write_text(
        "First name,Last name,Email\nLINDA,DARKWA,linda@example.org\nAmina,Sow,amina@example.org\n",
        encoding="utf-8",
    )
    dialog = _import_dialog(sample_window, qtbot, path)
    (question,) = dialog.same_person_items()
    assert "LINDA DARKWA" in question.text(0) and "Dr. Linda Darkwa" in question.text(0)
    assert "the same person as" in question.text(0)
    assert question.checkState(0) == Qt.CheckState.Checked
    assert "1 to add, 1 to update" in dialog.ui.summary.text()
    # Space on the row answers no: added as someone new
    tree = dialog.ui.preview
    tree.setFocus()
    tree.setCurrentItem(question)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert question.checkState(0) == Qt.CheckState.Unchecked
    assert "2 to add, 0 to update" in dialog.ui.summary.text()
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # and yes again
    assert "1 to add, 1 to update" in dialog.ui.summary.text()
    dialog.apply_button.click()
    people = sample_window.ctx.data().people
    assert len(people) == before + 1
    assert next(p for p in people if p.id == darkwa.id).email == "linda@example.org"


# ------------------------------------------------------------- window size
def test_the_window_remembers_its_size(qtbot, sample_path, messages):
    from organiser.gui import settings as prefs
    from organiser.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)  # within the test screen (800×600)
    qtbot.waitUntil(lambda: first.size().width() == 700)
    first.close()
    assert isinstance(prefs.settings().value("window/geometry"), QByteArray | bytes)
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 520)
    second.close()


def test_first_geometry_fits_a_laptop_screen():
    from PySide6.QtCore import QRect

    from organiser.gui.window.screen_fit import first_geometry

    laptop = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px taskbar
    rect = first_geometry(laptop)
    assert laptop.contains(rect) and rect.top() >= 36 and rect.width() > 1300
    big = first_geometry(QRect(0, 0, 2560, 1400))
    assert (big.width(), big.height()) == (1440, 900)


# ------------------------------------------------------------------- panes
def test_ctrl_tab_moves_between_panes(sample_window, qtbot):
    people = sample_window.show_view("people")
    people.ui.people_table.setFocus()
    qtbot.keyClick(people.ui.people_table, Qt.Key.Key_Tab, CTRL)
    focus = QApplication.focusWidget()
    assert people.ui.scroll.isAncestorOf(focus), "the form beside the list"
    qtbot.keyClick(focus, Qt.Key.Key_Tab, CTRL)
    assert sample_window.problems_dock.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is sample_window.nav
    qtbot.keyClick(sample_window.nav, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert sample_window.problems_dock.isAncestorOf(QApplication.focusWidget())


def test_tab_leaves_the_people_and_role_tables(sample_window, qtbot):
    people = sample_window.show_view("people")
    for table in (people.ui.people_table, people.ui.affiliations_table):
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus()
    event = sample_window.show_view("event")
    event.ui.partners_table.setFocus()
    qtbot.keyClick(event.ui.partners_table, Qt.Key.Key_Tab)
    assert not event.ui.partners_table.hasFocus()


def test_focus_goes_to_the_name_of_what_was_added(sample_window, qtbot):
    event = sample_window.show_view("event")
    event.ui.add_day.setFocus()
    qtbot.keyClick(event.ui.add_day, Qt.Key.Key_Space)
    assert event.ui.day_date.hasFocus() and event.ui.day_date.selectedText()
    type_text(event.ui.day_date, "20/11/2021")
    press(event.ui.day_date, Qt.Key.Key_Return)
    assert sample_window.ctx.data().days[-1].date.isoformat() == "2021-11-20"
    assert sample_window.ctx.undo_stack.undoText() == "Add day", "the day and its date: one step"
    qtbot.mouseClick(event.ui.add_partner, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and event.ui.partners_table.isAncestorOf(editor)


def test_import_preview_shows_each_name_split_and_takes_a_correction(
    sample_window, qtbot, tmp_path
):
    """A single full-name column: the preview lists how each name was split, the FAMILY
    name apart; typing a family name (the given name follows) or swapping the two parts
    changes the preview, and what is written is the corrected split."""
    from PySide6.QtWidgets import QApplication

    from organiser.store import EventStore
    from tests.gui.keyboard import press, type_text

    path = tmp_path / "names.csv"
    path.write_text(
        "Name,Email\nZoë Ó Briain,zoe@example.org\nMary Anne Smith Jones,mary@example.org\n"
        "Kim Min-jun,kim@example.org\nDr. Nguyễn Thị Minh Khai,khai@example.org\n",
        encoding="utf-8",
    )
    dialog = _import_dialog(sample_window, qtbot, path)
    table = dialog.ui.splits
    assert table.isVisible() and table.rowCount() == 4

    def row(n: int) -> list[str]:
        return [table.item(n, c).text() for c in range(4)]

    assert row(0) == ["2", "Zoë Ó Briain", "Zoë", "Ó Briain"]
    assert row(1) == ["3", "Mary Anne Smith Jones", "Mary Anne Smith", "Jones"]
    assert row(3) == ["5", "Dr. Nguyễn Thị Minh Khai", "Thị Minh Khai", "Nguyễn"]
    assert table.item(0, 3).font().bold()  # the family name stands out as such
    assert table.horizontalHeaderItem(3).text() == "FAMILY NAME"

    # the family name is "Smith Jones": F2 on the cell, type over it, Enter
    table.setFocus()
    table.setCurrentCell(1, 3)
    press(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    editor.selectAll()
    type_text(editor, "Smith Jones")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and row(1)[3] == "Smith Jones", timeout=10_000)
    assert row(1)[2] == "Mary Anne"  # the given name follows
    # "Kim" is the family name: swap the two parts with the keyboard (Alt+W)
    table.setFocus()
    table.setCurrentCell(2, 2)
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.busy and row(2)[2:] == ["Min-jun", "Kim"], timeout=10_000)
    # a correction with letters the keyboard types as events: Zoë's given name
    table.setFocus()
    table.setCurrentCell(0, 2)
    press(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Zoë Aoife")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and row(0)[2] == "Zoë Aoife", timeout=10_000)
    assert row(0)[3] == "Ó Briain"  # typed given name is not part of the name: kept apart
    assert "4 to add" in dialog.ui.summary.text()
    dialog.apply_button.click()

    with EventStore.open(sample_window.ctx.store.path, read_only=True) as store:
        people = {p.email: p for p in store.load().people if p.email.endswith("example.org")}
    assert (people["mary@example.org"].given_name, people["mary@example.org"].family_name) == (
        "Mary Anne",
        "Smith Jones",
    )
    assert (people["kim@example.org"].given_name, people["kim@example.org"].family_name) == (
        "Min-jun",
        "Kim",
    )
    assert (people["zoe@example.org"].given_name, people["zoe@example.org"].family_name) == (
        "Zoë Aoife",
        "Ó Briain",
    )
    khai = people["khai@example.org"]  # untouched: the rules' split, honorific kept
    assert (khai.honorific, khai.given_name, khai.family_name) == ("Dr.", "Thị Minh Khai", "Nguyễn")
