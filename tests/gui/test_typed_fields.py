"""Dates, times and time zones typed into the window, with real clicks and keys (issue 13,
items 1 and 4)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keyboard import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_click_into_a_date_and_type_replaces_it_and_reads_it_in_full(sample_window, qtbot):
    view = sample_window.show_view("event")
    view.ui.days_list.setCurrentRow(1)
    field = view.ui.day_date
    label_before = sample_window.ctx.data().days[1].label
    _click(qtbot, field)
    assert field.hasFocus() and field.selectedText() == field.text(), "a click selects it all"
    type_text(field, "12 April 2027")
    press(field, Qt.Key.Key_Return)
    day = sample_window.ctx.data().days[1]
    assert day.date == date(2027, 4, 12)
    assert field.text() == "Monday 12 April 2027", "echoed back in full"
    assert day.label == label_before, "nothing typed went into the label"
    assert view.ui.days_list.item(1).text().startswith("Day 2 · Monday 12 April 2027")
    # Up and Down step a day
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert sample_window.ctx.data().days[1].date == date(2027, 4, 11)


def test_a_date_that_cannot_be_read_is_refused_beside_the_field_and_kept(sample_window, qtbot):
    view = sample_window.show_view("event")
    view.ui.days_list.setCurrentRow(0)
    field, message = view.ui.day_date, view.ui.day_date_message
    assert message.isHidden()
    _click(qtbot, field)
    type_text(field, "32/11/2021")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field reads it
    assert sample_window.ctx.data().days[0].date == date(2021, 11, 16), "nothing stored"
    assert field.text() == "32/11/2021", "the text is kept for correction"
    assert message.isVisible() and "that month has no day 32" in message.text()
    assert message.geometry().top() >= field.geometry().bottom(), "beside (under) the field"
    view.ui.day_label.setText("")  # another field's commit must not wipe the refused text
    assert field.text() == "32/11/2021"
    _click(qtbot, field)
    type_text(field, "15/11/2021")
    press(field, Qt.Key.Key_Return)
    assert sample_window.ctx.data().days[0].date == date(2021, 11, 15)
    assert message.isHidden()


def test_dates_are_read_in_the_users_locale(sample_window, qtbot):
    QLocale.setDefault(QLocale("en_US"))
    try:
        view = sample_window.show_view("event")
        view.ui.days_list.setCurrentRow(1)
        field = view.ui.day_date
        _click(qtbot, field)
        type_text(field, "11/18/2021")
        press(field, Qt.Key.Key_Return)
        assert sample_window.ctx.data().days[1].date == date(2021, 11, 18)
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        type_text(field, "03/04/2022")  # month first in the United States
        press(field, Qt.Key.Key_Return)
        assert field.text() == "Friday 4 March 2022"
    finally:
        QLocale.setDefault(QLocale.c())


def test_click_into_a_time_and_type_it_the_way_people_say_it(sample_window, qtbot):
    prog = sample_window.show_view("programme")
    session_id = prog.current_session_id()  # Opening remarks, 13:00–13:10

    def times():
        s = next(s for s in sample_window.ctx.data().sessions if s.id == session_id)
        return f"{s.starts:%H:%M}", f"{s.ends:%H:%M}"

    for typed, expected in (
        ("12:30", ("12:30", "12:40")),  # the end moves with the start
        ("1245", ("12:45", "12:55")),
        ("2.15 pm", ("14:15", "14:25")),
    ):
        _click(qtbot, prog.ui.starts)
        assert prog.ui.starts.selectedText() == prog.ui.starts.text()
        type_text(prog.ui.starts, typed)
        press(prog.ui.starts, Qt.Key.Key_Return)
        assert times() == expected, typed
        assert prog.ui.starts.text() == expected[0]
        prog.ui.title.setFocus()  # somewhere else, then a click brings the focus back
    assert "ends before it starts" not in prog.ui.zoneNote.text()
    _click(qtbot, prog.ui.ends)
    type_text(prog.ui.ends, "25:00")
    press(prog.ui.ends, Qt.Key.Key_Return)
    assert times() == ("14:15", "14:25")
    assert prog.ui.time_message.isVisible() and "not a time of day" in prog.ui.time_message.text()
    assert prog.ui.ends.text() == "25:00"
    qtbot.keyClick(prog.ui.ends, Qt.Key.Key_A, CTRL)
    type_text(prog.ui.ends, "15:00")
    press(prog.ui.ends, Qt.Key.Key_Return)
    assert times() == ("14:15", "15:00") and prog.ui.time_message.isHidden()
    qtbot.keyClick(prog.ui.ends, Qt.Key.Key_Up)
    assert times() == ("14:15", "15:05")


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("abidjan", "Africa/Abidjan"),
        ("new york", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
    ],
)
def test_a_venue_zone_typed_by_city_and_enter(sample_window, qtbot, typed, zone):
    view = sample_window.show_view("event")
    field = view.ui.venue_time_zone
    _click(qtbot, field)
    assert field.selectedText() == "Africa/Bamako", "a click selects it: typing replaces it"
    type_text(field, typed)
    popup = field.completer().popup()
    assert popup.isVisible() and field.completer().completionCount() >= 1
    assert field.completer().currentCompletion() == zone, "the list finds it by its city"
    press(field, Qt.Key.Key_Return)
    assert sample_window.ctx.data().event.venue_time_zone == zone
    assert field.text() == zone and view.ui.venue_zone_message.isHidden()


def test_a_home_zone_typed_by_city(sample_window, qtbot):
    people = sample_window.show_view("people")
    person_id = people.current_person_id()
    field = people.ui.home_time_zone
    _click(qtbot, field)
    type_text(field, "new york")
    press(field, Qt.Key.Key_Return)
    assert sample_window.ctx.data().person(person_id).home_time_zone == "America/New_York"
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)  # still in the field: select it all
    type_text(field, "america")  # many zones: refused, kept, said beside the field
    press(field, Qt.Key.Key_Return)
    assert sample_window.ctx.data().person(person_id).home_time_zone == "America/New_York"
    assert field.text() == "america"
    assert "names several time zones" in people.ui.home_zone_message.text()


def test_the_programme_zone_list_takes_a_city(window, export_view, qtbot):
    panel = export_view.panel()
    field = panel.ui.zoneEdit
    field.setFocus()
    type_text(field, "tokyo")
    press(field, Qt.Key.Key_Return)
    assert panel.zones()[-1] == "Asia/Tokyo" and field.text() == ""
    assert QApplication.focusWidget() is not None
