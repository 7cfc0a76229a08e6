"""Undo and redo from anywhere in the window, with real key presses (issue 13, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keyboard import retype, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(window, sample_path, view: str):
    assert window.open_file(sample_path)
    window.activateWindow()
    return window.show_view(view)


def _session(window, session_id):
    return next(s for s in window.ctx.data().sessions if s.id == session_id)


def test_ctrl_z_in_a_text_field_undoes_the_event_edit(window, sample_path, qtbot):
    prog = _open(window, sample_path, "programme")
    session_id = prog.current_session_id()
    title = prog.ui.title
    retype(title, "Welcome words")  # Enter commits
    assert _session(window, session_id).title == "Welcome words"
    assert title.hasFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert _session(window, session_id).title == ""
    assert title.text() == ""
    assert window.statusBar().currentMessage().startswith("Undone: edit title.")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _session(window, session_id).title == "Welcome words"
    assert window.statusBar().currentMessage() == "Redone: edit title."
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(title, Qt.Key.Key_Y, CTRL)  # the Windows way
    assert _session(window, session_id).title == "Welcome words"


def test_typing_not_yet_committed_is_committed_then_undone_as_one_step(window, sample_path, qtbot):
    prog = _open(window, sample_path, "programme")
    session_id = prog.current_session_id()
    title = prog.ui.title
    title.setFocus()
    type_text(title, "Opening")  # no pause, no Enter: still waiting to be written
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert _session(window, session_id).title == "", "the whole word, not one letter"
    assert title.text() == ""


def test_undo_of_five_edits_from_a_text_field(window, sample_path, qtbot):
    """Title, end time, number, description, then title again: five steps, undone one by
    one with Ctrl+Z while the cursor stays in the title field."""
    prog = _open(window, sample_path, "programme")
    session_id = prog.current_session_id()
    before = _session(window, session_id)
    ui = prog.ui
    retype(ui.title, "Welcome")
    retype(ui.ends, "1315", end=Qt.Key.Key_Tab)
    ui.number.setFocus()
    qtbot.keyClick(ui.number, Qt.Key.Key_Up)
    ui.description.setFocus()
    type_text(ui.description, "Words of welcome.")
    qtbot.keyClick(ui.description, Qt.Key.Key_Tab)  # Tab leaves the box
    assert not ui.description.hasFocus()
    retype(ui.title, "Welcome words")
    after = _session(window, session_id)
    assert (after.title, f"{after.ends:%H:%M}", after.number, after.description) == (
        "Welcome words",
        "13:15",
        1,
        "Words of welcome.",
    )
    assert ui.title.hasFocus()
    expected = [
        ("Welcome", "13:15", 1, "Words of welcome."),
        ("Welcome", "13:15", 1, ""),
        ("Welcome", "13:15", None, ""),
        ("Welcome", f"{before.ends:%H:%M}", None, ""),
        (before.title, f"{before.ends:%H:%M}", None, ""),
    ]
    for state in expected:
        qtbot.keyClick(ui.title, Qt.Key.Key_Z, CTRL)
        s = _session(window, session_id)
        assert (s.title, f"{s.ends:%H:%M}", s.number, s.description) == state
        assert ui.title.hasFocus(), "the keyboard stays in the field"
    assert ui.title.text() == before.title and ui.ends.text() == f"{before.ends:%H:%M}"


def test_a_filter_field_keeps_its_own_undo_while_it_has_one(window, sample_path, qtbot):
    people = _open(window, sample_path, "people")
    person_id = people.current_person_id()
    retype(people.ui.given_name, "Phil")
    people.ui.filter.setFocus()
    type_text(people.ui.filter, "xyz")
    qtbot.keyClick(people.ui.filter, Qt.Key.Key_Z, CTRL)
    assert people.ui.filter.text() == "", "the filter's own typing is undone"
    assert window.ctx.data().person(person_id).given_name == "Phil"
    qtbot.keyClick(people.ui.filter, Qt.Key.Key_Z, CTRL)  # nothing left there: the event's
    assert window.ctx.data().person(person_id).given_name == "Philip"


def test_delete_says_how_to_undo_and_undo_selects_the_item_again(window, sample_path, qtbot):
    prog = _open(window, sample_path, "programme")
    tree = prog.ui.sessions_tree
    workshop2 = next(
        s for s in window.ctx.data().sessions if s.kind == "workshop" and s.number == 2
    )
    prog.show_item("session", workshop2.id)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert workshop2.id not in {s.id for s in window.ctx.data().sessions}
    message = window.statusBar().currentMessage()
    assert message.startswith("Delete Workshop 2") and "Ctrl+Z brings it back" in message
    assert prog.current_session_id() != workshop2.id
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert prog.current_session_id() == workshop2.id, "the restored session is selected"
    assert window.statusBar().currentMessage().startswith("Undone: delete Workshop 2")


def test_undo_shows_the_item_in_its_view(window, sample_path, qtbot):
    people = _open(window, sample_path, "people")
    person_id = people.current_person_id()
    retype(people.ui.family_name, "Attuquayefio-Mensah")
    prog = window.show_view("programme")
    prog.ui.sessions_tree.setFocus()
    qtbot.keyClick(prog.ui.sessions_tree, Qt.Key.Key_Z, CTRL)
    assert window.current_view_key() == "people"
    assert people.current_person_id() == person_id
    assert people.ui.family_name.text() == "Attuquayefio"


def test_one_guiding_question_added_is_one_undo_step(window, sample_path, qtbot):
    prog = _open(window, sample_path, "programme")
    session_id = prog.current_session_id()
    before = window.ctx.undo_stack.count()
    field = prog.ui.new_question
    field.setFocus()
    type_text(field, "Who decides?")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _session(window, session_id).guiding_questions == ["Who decides?"]
    assert window.ctx.undo_stack.count() == before + 1
    assert field.hasFocus() and field.text() == "", "ready for the next question"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert _session(window, session_id).guiding_questions == []


def test_a_new_person_and_the_name_typed_into_them_are_one_step(window, sample_path, qtbot):
    people = _open(window, sample_path, "people")
    before = len(window.ctx.data().people)
    people.ui.people_table.setFocus()
    qtbot.keyClick(people.ui.people_table, Qt.Key.Key_N, CTRL)
    assert people.ui.given_name.hasFocus(), "focus goes to the new person's name"
    type_text(people.ui.given_name, "Aminata")
    qtbot.keyClick(people.ui.given_name, Qt.Key.Key_Tab)
    type_text(people.ui.family_name, "Touré")
    qtbot.keyClick(people.ui.family_name, Qt.Key.Key_Tab)
    assert len(window.ctx.data().people) == before + 1
    assert window.ctx.undo_stack.undoText() == "Add person"
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Z, CTRL)
    assert len(window.ctx.data().people) == before, "one undo takes the person and name"
