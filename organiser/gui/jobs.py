"""Long work off the UI thread, with progress and Cancel.

A job is any callable ``work(progress, cancelled) -> result``: it reports with
``progress(done, total)`` and checks ``cancelled()`` between steps, raising whatever it
likes to stop (the PDF renderers raise ``pdf.base.Cancelled``). ``Job`` runs it in the
global QThreadPool and brings the outcome back to the UI thread as signals, so the window
stays responsive. ``run_with_dialog`` adds a modal-less QProgressDialog with a Cancel button.

    job = Job(lambda progress, cancelled: render(data, opts, progress=progress, cancelled=cancelled))
    job.finished.connect(on_result)      # result object
    job.failed.connect(on_error)         # message str
    job.cancelled.connect(on_cancelled)
    job.start()
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..pdf.base import Cancelled
from .language import translate

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]

# Jobs still running: kept alive here so a job nobody holds a reference to still reports.
_RUNNING: set[Job] = set()


class Job(QObject):
    """One piece of work on the thread pool. Signals arrive on the UI thread.

    ``parent`` is the widget the job works for, not a Qt parent: a job lives until its work
    has reported, even if that widget goes first (a view closed while its preview renders).
    Were it the widget's child, it would be deleted with it while the pool thread still
    reports through it, which raises in that thread or crashes the process. Once the
    widget is gone the job asks the work to stop and emits nothing more, so no slot runs
    against a deleted widget.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    #: emitted after finished/failed/cancelled, whatever the outcome
    done = Signal()

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self.result: Any = None
        self.error: str = ""
        self.state = "new"  # running, finished, failed, cancelled
        self.dialog: QProgressDialog | None = None  # run_with_dialog's, kept with the job
        self._orphaned = False  # the widget it works for was deleted
        if parent is not None:
            parent.destroyed.connect(self._orphan)
        # worker -> UI thread: queued, since this object lives on the UI thread
        self._report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)

    _report = Signal(str, object)

    def start(self, pool: QThreadPool | None = None) -> Job:
        self.state = "running"
        _RUNNING.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``cancelled`` follows when it has."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def is_running(self) -> bool:
        return self.state == "running"

    def _orphan(self) -> None:
        self._orphaned = True
        self.cancel()

    def _run(self) -> None:  # on a pool thread
        def progress(done: int, total: int) -> None:
            self._tell("progress", (done, total))

        try:
            result = self._work(progress, self._stop.is_set)
        except Cancelled:
            self._tell("cancelled", None)
        except Exception as exc:  # the message goes to the user; the trace to stderr
            traceback.print_exc()
            if self._stop.is_set():
                self._tell("cancelled", None)
            else:
                self._tell("failed", str(exc) or exc.__class__.__name__)
        else:
            if self._stop.is_set():
                self._tell("cancelled", None)
            else:
                self._tell("finished", result)

    def _tell(self, kind: str, value: object) -> None:  # on the pool thread
        # the job may have gone with its view (the window closed): then nobody waits
        with contextlib.suppress(RuntimeError):
            self._report.emit(kind, value)

    def _on_report(self, kind: str, value: object) -> None:  # on the UI thread
        if self._orphaned:
            if kind != "progress":
                self.state = kind
                _RUNNING.discard(self)
            return
        if kind == "progress":
            assert isinstance(value, tuple)  # _run reports (done, total)
            done, total = value
            self.progress.emit(done, total)
            return
        self.state = kind
        _RUNNING.discard(self)
        if kind == "finished":
            self.result = value
            self.finished.emit(value)
        elif kind == "failed":
            self.error = str(value)
            self.failed.emit(self.error)
        else:
            self.cancelled.emit()
        self.done.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self._job._run()


def run_with_dialog(work: Work, parent: QWidget | None, label: str, title: str = "") -> Job:
    """Start ``work`` with a progress dialog whose Cancel stops it."""
    dialog = QProgressDialog(label, translate("Jobs", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title or label)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    job = Job(work, parent)
    dialog.canceled.connect(job.cancel)

    def on_progress(done: int, total: int) -> None:
        dialog.setValue(int(100 * done / max(total, 1)))

    job.progress.connect(on_progress)
    job.done.connect(dialog.close)
    job.done.connect(dialog.deleteLater)
    job.dialog = dialog
    return job.start()
