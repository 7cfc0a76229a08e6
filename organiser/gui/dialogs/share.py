"""File › Share this event… and File › Join a shared event….

Sharing shows what another desk types to join: this laptop's address and the event's
join code. Joining asks for them, fetches the event from that desk (off the UI thread;
nothing is written when the code is wrong or the desk does not answer) and leaves a new
desk's file for the window to open and share.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ... import paths
from ...sync import SyncError, crypto
from ...sync.discovery import Found, discover
from ...sync.event import Joined, default_name, join_address
from ...sync.status import lan_addresses
from ..editing.fields import show_message
from ..forms.ui_join_dialog import Ui_JoinDialog
from ..forms.ui_share_dialog import Ui_ShareDialog
from ..jobs import Job
from ..language import translate
from ..sharing import DEFAULT_PORT, SETTING, Sharing

_ADDRESS = re.compile(r"^\s*(\[[0-9A-Fa-f:]+\]|[\w.-]+):(\d{1,5})\s*$")


class ShareDialog(QDialog):
    """This desk's name, port, the addresses others join at and the join code; Start
    sharing, or Stop sharing when it does."""

    def __init__(self, sharing: Sharing, parent: QWidget | None = None):
        super().__init__(parent)
        self.sharing = sharing
        self.ui = ui = Ui_ShareDialog()
        ui.setupUi(self)
        store = sharing.store
        assert store is not None
        desk = store.desk
        saved = store.setting(SETTING)
        ui.deskName.setText(desk.name if desk else default_name())
        ui.port.setValue(
            sharing.port
            if sharing.running
            else int(saved.get("port", DEFAULT_PORT))
            if isinstance(saved, dict)
            else DEFAULT_PORT
        )
        self.code = desk.code if desk and desk.code else crypto.normalise(crypto.new_code())
        ui.code.setText(crypto.shown(self.code))
        ui.port.valueChanged.connect(self._show_addresses)
        ui.copyCode.clicked.connect(self._copy)
        ui.stopButton.clicked.connect(self._stop)
        ui.buttons.accepted.connect(self._accept)
        ui.buttons.rejected.connect(self.reject)
        running = sharing.running
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("Sharing", "Close") if running else translate("Sharing", "&Start sharing")
        )
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(not running)
        ui.stopButton.setVisible(running)
        ui.deskName.setReadOnly(running)
        ui.port.setEnabled(not running)
        show_message(ui.message, "")
        self._show_addresses()

    def _show_addresses(self) -> None:
        port = self.sharing.port if self.sharing.running else self.ui.port.value()
        self.ui.addresses.setText("\n".join(lan_addresses(port)))

    def _copy(self) -> None:
        first = self.ui.addresses.text().splitlines()[0]
        QGuiApplication.clipboard().setText(f"{first}  {self.ui.code.text()}")

    def _stop(self) -> None:
        self.sharing.stop(forget=True)
        self.accept()

    def _accept(self) -> None:
        if self.sharing.running:
            self.accept()
            return
        name = " ".join(self.ui.deskName.text().split())
        if not name:
            show_message(
                self.ui.message,
                translate("Sharing", "Give this desk a name the other desks will show."),
            )
            self.ui.deskName.setFocus()
            return
        try:
            self.sharing.start(name, self.ui.port.value(), self.code)
        except OSError as exc:
            show_message(
                self.ui.message,
                translate(
                    "Sharing", "Port {port} cannot be used ({reason}); choose another."
                ).format(port=self.ui.port.value(), reason=exc.strerror or exc),
            )
            return
        except (SyncError, ValueError) as exc:
            show_message(self.ui.message, str(exc))
            return
        self.accept()


class JoinDialog(QDialog):
    """Address, join code, this desk's name and the new file; Join fetches the event."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_JoinDialog()
        ui.setupUi(self)
        # wide enough for an address, the placeholders and a file path in either language
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.joined: Joined | None = None
        self.job: Job | None = None
        ui.deskName.setText(default_name())
        folder = paths.documents_dir() if paths.documents_dir().is_dir() else Path.home()
        desk = translate("Sharing", "{name} desk.organiser").format(name=default_name())
        ui.target.setText(str(paths.free_path(folder / desk)))
        self.ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("Sharing", "&Join"))
        ui.find.clicked.connect(self.find_desks)
        ui.browse.clicked.connect(self._browse)
        ui.buttons.accepted.connect(self.join)
        ui.buttons.rejected.connect(self.reject)
        show_message(ui.message, "")

    def _code(self) -> str | None:
        try:
            return crypto.normalise(self.ui.code.text())
        except ValueError as exc:
            show_message(self.ui.message, str(exc))
            self.ui.code.setFocus()
            return None

    def find_desks(self) -> Job | None:
        """Ask the network, for a second, off the UI thread, for desks that share an
        event under this code."""
        code = self._code()
        if code is None:
            return None
        _note(self.ui.message, translate("Sharing", "Looking for desks with this join code…"))
        self.ui.find.setEnabled(False)
        job = Job(lambda _progress, _cancelled: discover(crypto.Keys(code), timeout=1.0), self)
        job.finished.connect(self._found)
        job.failed.connect(lambda message: show_message(self.ui.message, message))
        job.done.connect(lambda: self.ui.find.setEnabled(True))
        return job.start()

    def _found(self, found: list[Found]) -> None:
        if not found:
            show_message(
                self.ui.message,
                translate(
                    "Sharing",
                    "No desk answered for this join code. Type the address shown on the "
                    "sharing desk (File › Share this event… there).",
                ),
            )
            return
        self.ui.address.setText(found[0].address)
        names = ", ".join(f"{f.name} ({f.address})" for f in found)
        _note(self.ui.message, translate("Sharing", "Found: {desks}.").format(desks=names))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Sharing", "Save the new desk's event as"),
            self.ui.target.text(),
            translate("Sharing", "Events (*.organiser)"),
        )
        if path:
            self.ui.target.setText(path if path.endswith(".organiser") else f"{path}.organiser")

    def join(self) -> None:
        ui = self.ui
        code = self._code()
        if code is None:
            return
        m = _ADDRESS.match(ui.address.text())
        if not m:
            show_message(
                ui.message,
                translate(
                    "Sharing", "Type the address shown on the sharing desk, like 192.168.1.20:8765."
                ),
            )
            ui.address.setFocus()
            return
        address = f"{m.group(1).strip('[]')}:{m.group(2)}"
        target = Path(ui.target.text().strip()).expanduser()
        if not target.name.endswith(".organiser"):
            target = target.with_name(f"{target.name}.organiser")
        name = " ".join(ui.deskName.text().split()) or default_name()
        _note(
            ui.message,
            translate("Sharing", "Fetching the event from {address}…").format(address=address),
        )
        self._enable(False)
        self.job = Job(
            lambda _progress, _cancelled: join_address(address, code, target, name), self
        )
        self.job.finished.connect(self._joined)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _joined(self, joined: Joined) -> None:
        self.joined = joined
        self.accept()

    def _failed(self, message: str) -> None:
        show_message(self.ui.message, message + " " + translate("Sharing", "Nothing was written."))
        self._enable(True)

    def _enable(self, on: bool) -> None:
        ui = self.ui
        for widget in (self.ok, ui.find, ui.code, ui.address, ui.deskName, ui.target, ui.browse):
            widget.setEnabled(on)


def _note(label, text: str) -> None:
    """A neutral note where the dialog's refusals appear."""
    show_message(label, text)
    label.setStyleSheet("")
