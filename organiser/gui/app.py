"""Starting the desktop app: ``python main.py [--sample] [FILE]``."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from ..paths import resource
from ..store import EventFileError
from . import language
from . import settings as prefs
from .language import translate

#: set by the benchmark: print a line once the window is on screen, then quit
BENCH_ENV = "ORGANISER_BENCH_SHOWN"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="organiser-gui", description="The Organiser window.")
    parser.add_argument(
        "--lang", choices=tuple(language.LANGUAGES), help="the window's language this time"
    )
    parser.add_argument(
        "--sample", action="store_true", help="open the sample event (made on first use)"
    )
    parser.add_argument("file", nargs="?", help="the event file to open")
    return parser.parse_args(argv)


def application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """The application, in ``lang`` (default: the one chosen in Preferences, else the
    system's); call before any widget is made, as the forms take their words then."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)  # not a bare QCoreApplication: the app has windows
    app.setOrganizationName(prefs.ORGANISATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setApplicationDisplayName("Organiser")
    app.setWindowIcon(QIcon(str(resource("icons", "organiser.svg"))))
    language.install(lang)
    return app


def start_file(args: argparse.Namespace) -> Path | None:
    """Which file the window opens at start: the argument, the sample, or the last one."""
    from .window.start_page import ensure_sample

    if args.sample:
        return ensure_sample()
    if args.file:
        return Path(args.file)
    last = prefs.last_file()
    return Path(last) if last and Path(last).exists() else None


def close_on_terminate(app: QApplication, window: QMainWindow) -> None:
    """A logout, a shutdown or ``kill`` (SIGTERM), or Ctrl+C in the terminal, closes the
    window as its close button does: typing still waiting is saved, sharing stops, the
    event file's lock is released.

    Python runs a signal handler only when it next gets control, which Qt's event loop
    does not give it while idle: the signal also writes a byte to a socket whose notifier
    wakes the loop (no polling)."""
    ours, theirs = socket.socketpair()
    for end in (ours, theirs):
        end.setblocking(False)
    signal.set_wakeup_fd(theirs.fileno())
    notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        with contextlib.suppress(OSError):
            ours.recv(64)  # the handler below has run by now
        _ = theirs  # the writing end lives as long as the notifier

    notifier.activated.connect(woken)

    def terminate(*_args: object) -> None:
        QTimer.singleShot(0, window.close)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, terminate)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = application(lang=args.lang)
    from .main_window import MainWindow

    window = MainWindow()
    try:
        path = start_file(args)
    except (OSError, EventFileError) as exc:  # e.g. no writable documents folder for the sample
        QMessageBox.warning(window, translate("App", "Cannot create the sample event"), str(exc))
        path = None
    if path is not None:
        window.open_file(path)
    window.show()
    close_on_terminate(app, window)
    if os.environ.get(BENCH_ENV):

        def shown() -> None:
            print(f"shown {window.windowTitle()}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, shown)
    return app.exec()
