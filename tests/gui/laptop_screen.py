"""Run in a child process on a 1366×768 X screen with a 40 px taskbar (see
``test_laptop_screen.py``): open the sample event in a first window sized by the app
itself, show every view with the Problems panel open, grab each as a PNG and report, as
JSON on stdout, anything a person would find cut off or out of reach.

``python -m tests.gui.laptop_screen OUT_DIR``
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QListWidget,
    QScrollArea,
    QWidget,
)

#: what each view must show whole, without scrolling or maximising
MAIN_WIDGETS = {
    "event": ["add_day", "remove_day", "zone_input", "add_zone", "add_partner"],
    "programme": ["add_session", "delete_session", "sessions_tree", "title", "starts", "ends"],
    "people": ["add_person", "delete_person", "filter", "given_name", "family_name"],
    "logistics": ["addRoomButton", "removeRoomButton", "addContactButton", "tabs"],
    "attendees": ["textFilter", "importButton", "exportButton", "bulkApply", "count"],
    "desk": ["search", "walkInButton", "undoButton", "openFolderButton", "breakdown"],
    "print": ["documentList", "saveButton", "printButton", "previewButton"],
}


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _whole(widget: QWidget, window: QWidget) -> bool:
    """Shown entirely: not clipped by its parents, and inside the window."""
    if not widget.isVisible():
        return False
    region = widget.visibleRegion().boundingRect()
    if region.size() != widget.rect().size():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def main(out: Path) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix="organiser-laptop-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    from organiser import paths
    from organiser.gui import language
    from organiser.gui.app import application
    from organiser.gui.main_window import MainWindow
    from organiser.gui.views import VIEWS
    from organiser.services.sample import reference_event
    from organiser.store import EventStore

    paths.documents_dir = lambda: tmp / "Documents"  # type: ignore[assignment]
    app = application()
    path = tmp / "Sample.organiser"
    EventStore.create(path, reference_event(), lock=False).close()
    window = MainWindow()  # sized by the app's own logic, as on a first start
    window.show()
    window.open_file(path)
    QTest.qWait(500)
    screen = app.primaryScreen()
    available = screen.availableGeometry()
    report: dict[str, object] = {
        "screen": [screen.geometry().width(), screen.geometry().height()],
        "available": [available.x(), available.y(), available.width(), available.height()],
        "frame": list(window.frameGeometry().getRect()),
        "language": language.current(),
        "views": {},
    }
    out.mkdir(parents=True, exist_ok=True)
    for spec in VIEWS:
        view = window.show_view(spec.key)
        QTest.qWait(700)
        problems: list[str] = []
        if not window.problems_dock.isVisible():
            problems.append("the Problems panel is not open")
        if not _whole(window.statusBar(), window):
            problems.append("the status bar is cut off")
        for name in MAIN_WIDGETS[spec.key]:
            widget = view.findChild(QWidget, name)
            if widget is None:
                problems.append(f"{name}: not found")
            elif not _whole(widget, window):
                problems.append(f"{name}: not shown whole")
        # every button outside a scrolling form is shown whole
        for button in view.findChildren(QAbstractButton):
            if (
                button.isVisible()
                and not _in_scroll_area(button)
                and not isinstance(button.parentWidget(), QAbstractScrollArea)
                and not _whole(button, window)
            ):
                problems.append(f"button “{button.text()}” is cut off")
        # every entry of a short list (the documents of Print & Export) is in view
        for items in view.findChildren(QListWidget):
            if items.isVisible() and 0 < items.count() <= 10:
                last = items.visualItemRect(items.item(items.count() - 1))
                if not items.viewport().rect().contains(last):
                    problems.append(f"list “{items.accessibleName()}”: its last entry is hidden")
        window.grab().save(str(out / f"{spec.key}.png"))
        report["views"][spec.key] = problems  # type: ignore[index]
    window.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))), flush=True)
    # the report is out: leave without Qt's teardown, which may crash a loaded machine's
    # X connection long after the checks are done
    os._exit(0)
