"""A job outlives the widget it works for.

A Print & Export view closed while its preview renders (a window closed, a test's view
torn down) used to delete its Job with it while the pool thread went on reporting through
it: "Signal source has been deleted" raised in that thread, or the process crashed.
"""

from __future__ import annotations

import gc
import threading
import weakref

import shiboken6
from PySide6.QtWidgets import QWidget

from organiser.gui import jobs
from organiser.gui.jobs import Job


def test_a_job_whose_widget_is_deleted_stops_and_reports_to_nobody(qtbot):
    widget = QWidget()
    started, release = threading.Event(), threading.Event()
    stopped: list[bool] = []

    def work(progress, cancelled):
        started.set()
        release.wait(5)
        progress(1, 2)  # the widget is gone by now
        stopped.append(cancelled())
        return "done"

    seen: list[object] = []
    job = Job(work, widget)
    job.progress.connect(lambda done, total: seen.append((done, total)))
    job.finished.connect(seen.append)
    job.done.connect(lambda: seen.append("done"))
    job.start()
    ref = weakref.ref(job)
    del job
    assert started.wait(5)

    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not jobs._RUNNING, timeout=5000)
    assert stopped == [True]  # asked to stop once its widget was gone
    assert seen == []  # no slot ran for a deleted widget
    gc.collect()
    assert ref() is None  # and the job itself is gone


def test_a_job_reports_to_a_living_widget(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    job = Job(lambda progress, cancelled: (progress(1, 1), "done")[1], widget)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["done"] and job.state == "finished"
    assert job not in jobs._RUNNING
