"""Fields that read what people type: dates, times and time zones.

A date or time is typed as text, read by ``services.datetimes`` in the user's locale and
shown back in full once the field is left ("Tuesday 16 November 2021", "14:30"), so a
misreading is seen at once. Text that cannot be read is refused beside the field, in
the message label the form gives it, and kept for correction; nothing is stored. A
click into one of these fields selects what is there, so typing replaces it (as Tab
into it does), and Up and Down step the value.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget

from ...services import datetimes, timezones
from ...services.text import fold
from .. import language
from ..language import translate
from .undo import mark_committing

ERROR_STYLE = "QLineEdit { border: 1px solid #b00020; }"
MESSAGE_STYLE = "color: #b00020;"


def user_locale() -> str:
    """The locale dates are read in: the application's (the system's unless a test or
    the user set another), as 'en_US', 'fr_FR'."""
    return QLocale().name()


def show_message(label: QLabel | None, text: str) -> None:
    """A refusal beside its field (hidden when there is nothing to say)."""
    if label is None:
        return
    label.setText(text)
    label.setStyleSheet(MESSAGE_STYLE if text else "")
    label.setWordWrap(True)
    label.setVisible(bool(text))


class SelectOnClick(QObject):
    """Makes a click into a line edit select its text, so typing replaces it.

    Only the click that brings the focus in: a second click places the cursor as usual.
    """

    def __init__(self, edit: QLineEdit):
        super().__init__(edit)
        self._pending = False
        edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            self._pending = event.reason() == Qt.FocusReason.MouseFocusReason
        elif kind == QEvent.Type.FocusOut:
            self._pending = False
        elif self._pending and kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
        ):
            if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
                self._pending = False
                assert isinstance(obj, QLineEdit)
                obj.selectAll()
            return True  # the cursor stays where selectAll() put it
        return False


def refuse_in(field: QLineEdit, label: QLabel | None, text: str) -> None:
    """Mark ``field`` and say in ``label`` why its text is not taken ('' takes that away).
    A label shared by two fields (start and end) is cleared only by the one that filled
    it."""
    field.setStyleSheet(ERROR_STYLE if text else "")
    field.setToolTip(text)
    if label is None:
        return
    if text:
        label.setProperty("refusedBy", field.objectName())
        show_message(label, text)
    elif label.property("refusedBy") in (None, field.objectName()):
        label.setProperty("refusedBy", None)
        show_message(label, "")


class TypedField(QLineEdit):
    """A value typed as text: read on Enter or when left, shown back normalised.

    ``committed`` carries the value read (None for an emptied field that may be empty);
    it is emitted only when the value changed.
    """

    committed = Signal(object)
    #: what to show for the value, and how to read text; subclasses define them
    EXAMPLE = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._value: Any = None
        self.allow_empty = False
        self.message_label: QLabel | None = None
        self.refusal = ""
        SelectOnClick(self)
        mark_committing(self)  # what it commits is the event's: Ctrl+Z undoes that
        self.returnPressed.connect(self.finish)

    # subclasses -------------------------------------------------------------------
    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def format(self, value: Any) -> str:
        raise NotImplementedError

    def step(self, value: Any, steps: int) -> Any:
        raise NotImplementedError

    # value ------------------------------------------------------------------------
    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        """Show ``value`` (from the store); any refusal shown was about other text."""
        self._value = value
        self.setText("" if value is None else self.format(value))
        self.setCursorPosition(0)
        self.refuse("")

    def set_message_label(self, label: QLabel) -> None:
        self.message_label = label
        show_message(label, self.refusal)

    def finish(self) -> None:
        """Read what was typed; commit it, or refuse it beside the field."""
        text = self.text().strip()
        shown = "" if self._value is None else self.format(self._value)
        if text == shown:
            self.refuse("")
            return
        if not text and self.allow_empty:
            value = None
        else:
            try:
                value = self.parse(text)
            except datetimes.Unreadable as exc:
                self.refuse(str(exc))
                return
        self.refuse("")
        self.setText("" if value is None else self.format(value))
        self.setCursorPosition(0)
        if value != self._value:
            before, self._value = self._value, value
            self.committed.emit(value)
            if self.refusal:  # the receiver refused it (another day has that date)
                self._value = before

    def refuse(self, text: str) -> None:
        """Say beside the field why its text is not taken ('' takes the message away).
        A label shared by two fields (start and end) is cleared only by the one that
        filled it."""
        self.refusal = text
        refuse_in(self, self.message_label, text)

    # keys -------------------------------------------------------------------------
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if steps is not None and not self.isReadOnly():
            try:
                current = self.parse(self.text()) if self.text().strip() else self._value
            except datetimes.Unreadable:
                current = self._value
            if current is not None:
                self.setText(self.format(self.step(current, steps)))
                self.finish()
                self.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)


class DateField(TypedField):
    """A date typed the way people type them, in the user's locale."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(
            translate("Fields", "e.g. {example} or 16 Nov 2021").format(
                example=datetimes.example(user_locale())
            )
        )
        longest = datetimes.full_date(date(2021, 9, 29), language.current())  # a Wednesday
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(longest + "  "))

    def parse(self, text: str) -> date:
        year = self._value.year if isinstance(self._value, date) else None
        return datetimes.read_date(text, user_locale(), year=year, lang=language.current())

    def format(self, value: Any) -> str:
        return datetimes.full_date(value, language.current())

    def step(self, value: Any, steps: int) -> date:
        return value + timedelta(days=steps)


class TimeField(TypedField):
    """A time of day: 12:30, 1230, 12.30, 2:30 pm; Up and Down step five minutes."""

    MINUTES = 5

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        width = self.fontMetrics().horizontalAdvance("23:59")
        self.setMinimumWidth(width + 24)
        self.setMaximumWidth(width * 3)
        self.setPlaceholderText(translate("Fields", "hh:mm"))

    def parse(self, text: str) -> time:
        return datetimes.read_time(text, language.current())

    def format(self, value: Any) -> str:
        return datetimes.time_text(value)

    def step(self, value: Any, steps: int) -> time:
        minutes = value.hour * 60 + value.minute + self.MINUTES * steps
        minutes = min(max(minutes, 0), 23 * 60 + 59)  # stays within the day
        return time(minutes // 60, minutes % 60)


class ZoneCompleter(QCompleter):
    """Suggests time zones for what is typed: 'new york', 'sao paulo', 'São Paulo'.

    The database writes cities with underscores and without accents (America/Sao_Paulo),
    so what is typed is matched that way (``splitPath``); a city typed and Enter pressed
    is taken when it names one zone (``take_match``).
    """

    def __init__(self, edit: QLineEdit):
        super().__init__(QStringListModel(timezones.all_zones(), edit), edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMaxVisibleItems(12)
        self._edit = edit
        edit.setCompleter(self)
        SelectOnClick(edit)

    def splitPath(self, path: str) -> list[str]:
        return ["_".join(fold(path).split())]

    def take_match(self) -> str | None:
        """The zone typed, in the database's spelling, put into the field; None when the
        text names no zone or several ('america')."""
        zone = timezones.resolve(self._edit.text())
        if zone is not None and zone != self._edit.text():
            self._edit.setText(zone)
        popup = self.popup()
        if zone is not None and popup is not None:
            QTimer.singleShot(0, popup.hide)
        return zone
