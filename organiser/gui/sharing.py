"""The window's side of sharing an event: it runs the desk's service while the event is
open.

A window that edits an event holds its lock, so no ``organiser share`` can serve it
beside the window: the window serves it itself, on threads of its own (the service opens
its own connections to the file). Changes from other desks are applied by the service;
the window hears of it and reads the event again, as it does for a check-in made from the
command line. A desk that was sharing when it was closed shares again when it is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..store import EventStore
from ..sync import SyncError
from ..sync.status import lan_addresses
from .language import translate

if TYPE_CHECKING:  # the network side is imported when the desk starts sharing
    from ..sync.discovery import Responder
    from ..sync.service import DeskService

#: the port a desk listens on unless its user chose another
DEFAULT_PORT = 8765
#: this laptop's sharing of this event (a local setting: never sent to other desks)
SETTING = "sharing"


class Sharing(QObject):
    """The desk's service for the open event, while this window shares it."""

    #: a line of what the service did (another desk connected, changes in or out, lost)
    said = Signal(str)
    #: changes from another desk were applied to the file: read it again
    came_in = Signal()
    #: sharing started or stopped
    state_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.store: EventStore | None = None
        self.service: DeskService | None = None
        self.port = 0
        self._responder: Responder | None = None

    @property
    def running(self) -> bool:
        return self.service is not None

    def set_store(self, store: EventStore | None) -> str:
        """Follow the open event; a desk that was sharing shares again. Returns why it
        could not ("" when it could, or had nothing to do)."""
        self.stop()
        self.store = store
        wanted = store.setting(SETTING) if store is not None and store.desk else None
        if not isinstance(wanted, dict) or store is None or store.read_only:
            return ""
        try:
            self.start(port=int(wanted.get("port", DEFAULT_PORT)), fall_back=True)
        except (OSError, SyncError, ValueError) as exc:
            return translate(
                "Sharing", "This desk could not share the event again: {reason}"
            ).format(reason=exc)
        return ""

    def start(
        self, name: str = "", port: int = DEFAULT_PORT, code: str = "", *, fall_back: bool = False
    ) -> None:
        """Share the open event on ``port`` (any free port when ``fall_back`` and that one
        is taken), making it a desk first if it is not one. OSError: the port is taken."""
        from ..sync.discovery import Responder
        from ..sync.event import peer_addresses, share
        from ..sync.service import DeskService
        from ..sync.tables import RULES

        store = self.store
        if store is None or store.read_only:
            raise SyncError(store.read_only if store else translate("Sharing", "No event is open."))
        self.stop()
        desk = share(store, name, code)
        service = None
        for tried in (port, 0) if fall_back else (port,):
            try:
                service = DeskService(
                    store.path,
                    RULES,
                    desk.code,
                    ("0.0.0.0", tried),
                    peer_addresses(desk),
                    report=self.said.emit,
                    on_received=lambda _got: self.came_in.emit(),
                )
                break
            except OSError:
                if tried == 0 or not fall_back:
                    raise
        assert service is not None
        self.service = service.start()
        self.port = service.server.httpd.server_address[1]
        try:
            self._responder = Responder(service.keys, desk.name, self.port).start()
        except OSError:
            self._responder = None  # the discovery port is taken: found by address only
        store.set_setting(SETTING, {"port": port})
        self.state_changed.emit()

    def stop(self, *, forget: bool = False) -> None:
        """Stop serving (``forget``: and do not share again when the event is reopened)."""
        service, self.service = self.service, None
        if self._responder is not None:
            self._responder.stop()
            self._responder = None
        if service is not None:
            service.stop()
        if forget and self.store is not None and not self.store.read_only:
            self.store.set_setting(SETTING, None)
        if service is not None:
            self.state_changed.emit()

    def addresses(self) -> list[str]:
        """What another desk types to reach this one ([] while not sharing)."""
        return lan_addresses(self.port) if self.running else []
