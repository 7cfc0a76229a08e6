"""File → Import: a frab/pretalx schedule or an iCalendar file into a new event file.

The file is read off the UI thread (QThreadPool) while a busy bar shows; the summary of
what was found, guessed and dropped appears before anything is written. Only when the
person accepts is a new event file name asked for and the file created, atomically, with
``EventStore.create``. Like the CLI's ``--time-zone``, a venue time zone can be given (a
searchable IANA field; empty means as the file says): the file is then read again at that
zone and the summary replaced. The main window opens the returned path; ``install`` adds the
menu action to its ``import_menu``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from ...interchange import ImportReport, InterchangeError
from ...interchange.detect import load_file
from ...model import EventData
from ...services import timezones
from ...store import SUFFIX, EventFileError, EventStore
from ..editing.binding import zone_completer
from ..forms.ui_import_dialog import Ui_ImportDialog
from ..language import translate


def sentence(message: str) -> str:
    """An import's one-line message as a sentence: a capital, a full stop."""
    message = message.strip()
    if message and message[-1] not in ".!?…":
        message += "."
    return message[:1].upper() + message[1:]


class _Signals(QObject):
    done = Signal(int, object, object)  # run number, EventData, ImportReport
    failed = Signal(int, str)  # run number, message


class _ImportJob(QRunnable):
    """Reads and converts the file; touches no widget, writes nothing."""

    def __init__(self, path: Path, signals: _Signals, run: int, zone: str = ""):
        super().__init__()
        self.path = path
        self.signals = signals
        self.run_number = run
        self.zone = zone

    def run(self) -> None:
        try:
            data, report = load_file(self.path, zone=self.zone)
        except InterchangeError as exc:
            self.signals.failed.emit(self.run_number, str(exc))
        except Exception as exc:  # a bug must not leave the dialog spinning forever
            self.signals.failed.emit(
                self.run_number,
                translate("ImportDialog", "{file} could not be read: {reason}").format(
                    file=self.path.name, reason=exc
                ),
            )
        else:
            self.signals.done.emit(self.run_number, data, report)


class ImportDialog(QDialog):
    """Shows the import's summary; on OK asks for the new file's name and creates it."""

    def __init__(self, source: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.source = Path(source)
        self.data: EventData | None = None
        self.report: ImportReport | None = None
        self.error = ""
        self.created_path: Path | None = None
        self.zone = ""  # the override the current reading used; "" = as the file says
        self._run = 0
        self.ok_button.setText(translate("ImportDialog", "Create event file…"))
        self.ui.buttons.accepted.connect(self._create)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.zoneEdit.setCompleter(zone_completer(self.ui.zoneEdit))
        self.ui.zoneEdit.editingFinished.connect(self._zone_entered)
        self.ui.zoneEdit.completer().activated.connect(lambda _text: self._zone_entered())
        # Parentless: the job keeps it alive if the dialog closes before the file is read.
        self._signals = _Signals()
        self._signals.done.connect(self._show)
        self._signals.failed.connect(self._fail)
        self._read()

    def _read(self) -> None:
        """Read the file (again) at ``self.zone``; a slower earlier reading is ignored."""
        self._run += 1
        self.data = self.report = None
        self.error = ""
        self.ui.fileLabel.setText(
            translate("ImportDialog", "Reading {file}…").format(file=self.source.name)
        )
        self.ui.countsLabel.setText("")
        self.ui.summary.clear()
        self.ui.summary.show()
        self.ui.progress.setRange(0, 0)
        self.ui.progress.show()
        self.ok_button.setEnabled(False)
        job = _ImportJob(self.source, self._signals, self._run, self.zone)
        QThreadPool.globalInstance().start(job)

    def set_zone(self, text: str) -> bool:
        """Use this venue zone (empty: the file's own); False, with a message, if unknown."""
        zone = timezones.resolve(text) or text.strip()  # "bamako" is Africa/Bamako
        if zone and not timezones.is_valid_zone(zone):
            self.ui.zoneMessage.setText(
                translate(
                    "ImportDialog",
                    "“{zone}” is not an IANA time zone (such as Africa/Bamako); the file is read "
                    "as before.",
                ).format(zone=zone)
            )
            self.ui.zoneMessage.show()
            return False
        self.ui.zoneMessage.hide()
        if zone != self.zone:
            self.zone = zone
            self._read()
        return True

    def _zone_entered(self) -> None:
        self.set_zone(self.ui.zoneEdit.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return in the zone field applies the zone; it must not also create the file.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.ui.zoneEdit.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def ok_button(self):
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def is_busy(self) -> bool:
        return self.data is None and not self.error

    def summary_text(self) -> str:
        return self.ui.countsLabel.text() + "\n" + self.ui.summary.toPlainText()

    def _show(self, run: int, data: EventData, report: ImportReport) -> None:
        if run != self._run:
            return
        self.data, self.report = data, report
        self.ui.progress.setRange(0, 1)
        self.ui.progress.setValue(1)
        self.ui.progress.hide()
        c = report.counts
        self.ui.fileLabel.setText(f"{self.source.name} — {report.format}")
        self.ui.countsLabel.setText(
            translate(
                "ImportDialog",
                "{title}: {sessions} sessions, {people} people, {rooms} rooms, {days} days "
                "(venue time zone {zone}). Nothing has been written yet.",
            ).format(
                title=data.event.title,
                sessions=c["sessions"],
                people=c["people"],
                rooms=c["rooms"],
                days=c["days"],
                zone=data.event.venue_time_zone,
            )
        )
        self.ui.summary.setPlainText(
            "\n".join(f"• {line[:1].upper()}{line[1:]}" for line in report.lines)
            or translate("ImportDialog", "Nothing had to be guessed or left out.")
        )
        self.ok_button.setEnabled(True)

    def _fail(self, run: int, message: str) -> None:
        if run != self._run:
            return
        self.error = message
        self.ui.progress.hide()
        self.ui.fileLabel.setText(
            translate("ImportDialog", "{file} cannot be imported.").format(file=self.source.name)
        )
        self.ui.countsLabel.setText(
            sentence(message) + " " + translate("ImportDialog", "Nothing was written.")
        )
        self.ui.summary.hide()
        self.ok_button.setEnabled(False)

    def suggested_name(self) -> str:
        stem = self.source.name.split(".")[0] or "imported"
        return str(self.source.with_name(stem + SUFFIX))

    def _create(self) -> None:
        if self.data is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ImportDialog", "New event file"),
            self.suggested_name(),
            translate("ImportDialog", "Event files (*{suffix})").format(suffix=SUFFIX),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            EventStore.create(path, self.data, lock=False).close()
        except (EventFileError, OSError) as exc:
            QMessageBox.warning(
                self,
                translate("ImportDialog", "Import"),
                sentence(str(exc)) + "\n" + translate("ImportDialog", "Nothing was written."),
            )
            return
        self.created_path = path
        self.accept()


def import_event(parent: QWidget | None = None, source: str | Path | None = None) -> Path | None:
    """Pick a file, show what it holds, write a new event file; its path, or None."""
    if source is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("ImportDialog", "Import a schedule or calendar"),
            "",
            translate(
                "ImportDialog", "Schedules and calendars (*.xml *.json *.ics);;All files (*)"
            ),
        )
        if not name:
            return None
        source = name
    dialog = ImportDialog(source, parent)
    dialog.exec()
    return dialog.created_path


def install(menu: QMenu, open_callback: Callable[[Path], object]) -> object:
    """Add 'Schedule or calendar…' to File → Import; the new file goes to ``open_callback``."""
    action = menu.addAction(
        translate("ImportDialog", "Schedule or calendar (frab, pretalx, iCalendar)…")
    )

    def run() -> None:
        path = import_event(menu.parentWidget())
        if path is not None:
            open_callback(path)

    action.triggered.connect(run)
    return action
