"""Nothing an edit does is shown as done unless the event file took it.

``EditStack`` is the undo stack of an open event. It runs each edit (and each undo or
redo) itself, inside one store transaction, before Qt's stack records the step: an edit
the file refuses (read-only, held by another program, a full disk) is rolled back whole,
the stack is left exactly as it was, the views reload what the file holds (so the field
shows its old text again) and ``refused`` tells the window why. Qt's own push then only
records the step: the commands' methods are stood down for that call.

``WriteWait`` is what a write shows while another program holds the file: nothing for a
second, then a progress dialog naming the holder, with Cancel.

``AutoBackup`` takes the automatic backups of the open event: when it is opened for
editing and every few minutes while it is edited. ``RestoreDialog`` lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...store import backups
from ...store.errors import EventFileError, ReadOnlyFile, StoreBusy
from .. import language
from ..language import translate

if TYPE_CHECKING:
    from ..context import EventContext

#: A write that waits this long shows its progress dialog.
SHOW_WAIT_AFTER_S = 1.0


def _stand_down(cmd: QUndoCommand, name: str) -> list[QUndoCommand]:
    """Make ``cmd.<name>`` (and its children's) do nothing for Qt's next call; returns
    the commands to ``_restore``. A command made in Python takes an attribute set on the
    instance over its class's method, also when Qt calls it."""
    done = []
    for c in [cmd, *(cmd.child(i) for i in range(cmd.childCount()))]:
        try:
            setattr(c, name, _nothing)
        except AttributeError:
            continue
        done.append(c)
    return done


def _restore(commands: list[QUndoCommand], name: str) -> None:
    for c in commands:
        if name in c.__dict__:
            delattr(c, name)


def _nothing() -> None:
    return None


def _keeping_errors(method: Callable[[], None], errors: list[Exception]) -> Callable[[], None]:
    def run() -> None:
        try:
            method()
        except Exception as exc:
            errors.append(exc)

    return run


def unsaved_text(cmd: QUndoCommand) -> str:
    """What the refused edit would have written, so that the user can type it again."""
    values = getattr(cmd, "new", None)
    if isinstance(values, dict):
        return "\n".join(str(v) for v in values.values() if v not in (None, ""))
    return ""


class EditStack(QUndoStack):
    #: (the message, what was not saved): an edit, undo or redo the file did not take
    refused = Signal(str, str)

    def __init__(self, ctx: EventContext):
        super().__init__(ctx)
        self.ctx = ctx
        self._macro_depth = 0
        self._macro_tx: Any = None
        self._macro_failure: Exception | None = None

    def _attempt(self, cmd: QUndoCommand, name: str) -> Exception | None:
        """Run ``cmd.<name>``: all of it is written, or none. A single command's store
        call is one transaction already (and may rely on it being committed when it
        returns); a group's steps run in one transaction together."""
        children = [cmd.child(i) for i in range(cmd.childCount())]
        if not children:
            try:
                getattr(cmd, name)()
            except Exception as exc:
                return exc
            return None
        errors: list[Exception] = []
        for child in children:  # Qt calls a group's steps and drops their exceptions
            setattr(child, name, _keeping_errors(getattr(child, name), errors))
        try:
            with self.ctx.store.transaction():
                getattr(cmd, name)()
                if errors:
                    raise errors[0]
        except Exception as exc:
            return exc
        finally:
            _restore(children, name)
        return None

    def _refuse(self, cmd: QUndoCommand, exc: Exception, what: str) -> None:
        message = str(exc) if isinstance(exc, EventFileError) else f"{type(exc).__name__}: {exc}"
        if not isinstance(exc, ReadOnlyFile | StoreBusy):
            message += " " + translate("Safety", "The event file is as it was before.")
        self.ctx.refresh()  # every view shows what the file holds again
        said = {
            "change": translate("Safety", "The change “{step}” was not saved. {reason}"),
            "undo": translate("Safety", "Undo of “{step}” was not saved. {reason}"),
            "redo": translate("Safety", "Redo of “{step}” was not saved. {reason}"),
        }[what]
        self.refused.emit(said.format(step=cmd.text(), reason=message), unsaved_text(cmd))

    # returns whether the file took the step, where QUndoStack.push returns None
    def push(self, cmd: QUndoCommand) -> bool:  # type: ignore[override]
        """Do ``cmd`` and record it; False (and nothing recorded) when the file refused."""
        if self._macro_depth:  # inside a group: the group's transaction decides
            failure = self._attempt(cmd, "redo")
            if failure is not None:
                self._macro_failure = failure
                return False
            self.ctx.store.announce()  # later steps of the group see this one in the views
        else:
            failure = self._attempt(cmd, "redo")
            if failure is not None:
                self._refuse(cmd, failure, "change")
                return False
        stood = _stand_down(cmd, "redo")
        try:
            super().push(cmd)
        finally:
            _restore(stood, "redo")
        return True

    # A group of edits (beginMacro … endMacro) is one transaction.
    def beginMacro(self, text: str) -> None:
        if self._macro_depth == 0:
            self._macro_failure = None
            self._macro_tx = self.ctx.store.transaction()
            try:
                self._macro_tx.__enter__()
            except Exception as exc:
                self._macro_tx = None
                self._macro_failure = exc
        super().beginMacro(text)
        self._macro_depth += 1

    def endMacro(self) -> None:
        super().endMacro()
        self._macro_depth -= 1
        if self._macro_depth:
            return
        tx, self._macro_tx = self._macro_tx, None
        failure = self._macro_failure
        if tx is not None:
            try:
                if failure is not None:
                    tx.__exit__(type(failure), failure, None)
                else:
                    tx.__exit__(None, None, None)
            except Exception as exc:
                failure = failure or exc
        if failure is not None:
            cmd = self.command(self.index() - 1)
            text = cmd.text() if cmd is not None else ""
            if cmd is not None:  # recorded by Qt already: take it off without undoing
                cmd.setObsolete(True)
                super().undo()
            stand_in = QUndoCommand(text)
            self._refuse(stand_in, failure, "change")

    def undo(self) -> None:
        self._step(-1)

    def redo(self) -> None:
        self._step(+1)

    def _step(self, direction: int) -> None:
        index = self.index() - 1 if direction < 0 else self.index()
        if self._macro_depth or not 0 <= index < self.count():
            return
        cmd = self.command(index)
        name = "undo" if direction < 0 else "redo"
        failure = self._attempt(cmd, name)
        if failure is not None:
            self._refuse(cmd, failure, "undo" if direction < 0 else "redo")
            return
        stood = _stand_down(cmd, name)
        try:
            super().undo() if direction < 0 else super().redo()
        finally:
            _restore(stood, name)


class WriteWait(QObject):
    """Installed as ``store.waiting``: a progress dialog after a second, with Cancel."""

    def __init__(self, parent: QWidget, file_name: str):
        super().__init__(parent)
        self.parent_widget = parent
        self.file_name = file_name
        self.dialog: QProgressDialog | None = None

    def __call__(self, waited: float, who: str) -> bool:
        if waited < 0:  # the wait is over
            self._close()
            return True
        if waited < SHOW_WAIT_AFTER_S:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            return True
        if self.dialog is None:
            self.dialog = QProgressDialog(self.parent_widget)
            self.dialog.setWindowTitle(translate("Safety", "Waiting for the event file"))
            self.dialog.setRange(0, 0)  # busy: nobody knows how long the other one takes
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setCancelButtonText(translate("Safety", "Cancel"))
            self.dialog.setAutoReset(False)
            self.dialog.show()
        holder = who or translate("Safety", "another program")
        self.dialog.setLabelText(
            translate(
                "Safety", "{holder} is using “{file}”.\nWaiting to save your change ({seconds} s)…"
            ).format(holder=holder, file=self.file_name, seconds=f"{waited:.0f}")
        )
        QApplication.processEvents()
        if self.dialog.wasCanceled():
            self._close()
            return False
        return True

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


class AutoBackup(QObject):
    """Backs up the open event when editing starts and every few minutes of editing."""

    #: a line for the status bar when a backup could not be taken
    problem = Signal(str)

    def __init__(self, ctx: EventContext, minutes: float = backups.INTERVAL_MINUTES):
        super().__init__(ctx)
        self.ctx = ctx
        self.edited = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.periodic)
        ctx.changed.connect(self._changed)

    def start(self) -> None:
        """The session's first backup (skipped when the newest one is as new as the file)."""
        if self.ctx.store.read_only:
            return
        self._take("opened")
        self.timer.start()

    def _changed(self, tables: set[str]) -> None:
        if "*" not in tables:
            self.edited = True

    def periodic(self) -> None:
        if self.edited and not self.ctx.closed:
            self.edited = False
            self._take("periodic")

    def _take(self, reason: str) -> None:
        try:
            backups.take(self.ctx.store, reason, only_if_changed=True)
        except Exception as exc:  # a full or read-only data folder must not stop editing
            self.problem.emit(
                translate("Safety", "No automatic backup could be taken: {reason}").format(
                    reason=exc
                )
            )


def describe_backup(b: backups.Backup) -> str:
    """'Mon 23 Mar 2026 09:12:05 — when it was opened for editing (84 KB)', in the
    window's language."""
    why = {
        "opened": translate("Safety", "when it was opened for editing"),
        "periodic": translate("Safety", "while it was being edited"),
        "before-import": translate("Safety", "before an import"),
        "before-restore": translate("Safety", "before a backup was restored over it"),
    }.get(b.reason, b.reason)
    locale = QLocale()
    when = f"{i18n.medium_date(b.taken.date(), language.current())} {b.taken:%H:%M:%S}"
    size = (
        f"{locale.toString(b.size / 1024, 'f', 0)} KB"
        if b.size < 1024 * 1024
        else f"{locale.toString(b.size / 1024 / 1024, 'f', 1)} MB"
    )
    return f"{when} — {why} ({size})"


class RestoreDialog(QDialog):
    """The automatic backups of one event, newest first; the chosen one is restored."""

    def __init__(self, event: Path, parent: QWidget | None = None, *, note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Restore from backup"))
        self.found = backups.list_backups(event)
        layout = QVBoxLayout(self)
        intro = QLabel(
            (note + "\n\n" if note else "")
            + translate(
                "Safety",
                "Automatic backups of “{file}”, newest first. The event as it is now is kept "
                "as a backup before the one you choose replaces it.",
            ).format(file=event.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Safety", "backups"))
        for b in self.found:
            item = QListWidgetItem(describe_backup(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if not self.found:
            self.list.addItem(
                translate("Safety", "No automatic backups yet (they are kept in {folder}).").format(
                    folder=backups.root()
                )
            )
            self.list.setEnabled(False)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel, Qt.Orientation.Horizontal, self
        )
        self.restore_button = buttons.addButton(
            translate("Safety", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> backups.Backup | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None
