"""Walk the whole window in one language and note every word it shows.

``walk(lang)`` opens the reference event in a fresh window and visits every view (with an
item selected where a view shows one), every tab, every document of Print & Export, the
Problems panel and its context menu, the out-of-date list, the menus, every dialog and
the message boxes a person can bring up, and returns ``{place: text}``. A place is the
widget's path (object names, else class and position), so the same place can be compared
across two walks: the same words in English and in French at one place are words nobody
translated.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from organiser import model

# places whose texts are not words of the window (file paths, typed text, previews)
ROWS_PER_VIEW = 40  # rows of a list or table looked at: enough for every kind of row


class Bot:
    """What the walk needs of pytest-qt's qtbot, usable outside a test function (the walks
    run once per module): waiting while Qt works."""

    def wait(self, ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while True:
            QApplication.processEvents()
            if time.monotonic() >= end:
                return
            time.sleep(0.005)

    def waitUntil(self, condition, timeout: int = 5000) -> None:
        end = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            self.wait(10)

    def addWidget(self, widget: QWidget) -> None:
        """Closed by the walk itself."""


def settle(qtbot, ms: int = 30) -> None:
    QApplication.processEvents()
    qtbot.wait(ms)


class Snapshot:
    """Texts by place, for one walk."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        #: places whose texts are buttons, menus, view names, group and tab titles,
        #: column heads: the words the "a tenth at most" rule counts
        self.chrome: set[str] = set()

    def put(self, place: str, text: object, chrome: bool = False) -> None:
        if not isinstance(text, str):
            return
        text = text.strip()
        if not text or not re.search(r"[^\W\d_]", text):
            return
        self.texts[place] = text
        if chrome:
            self.chrome.add(place)

    # ------------------------------------------------------------------ widgets
    def widget(self, name: str, root: QWidget) -> None:
        """Every text in ``root`` and its children, shown or not (a hidden page shows
        later): labels, buttons, titles, tips, placeholders, list items, column heads."""
        for w in [root, *root.findChildren(QWidget)]:
            place = f"{name}/{_path(w, root)}"
            if w is root or w.isWindow():
                self.put(place + "#window", w.windowTitle(), chrome=True)
            self.put(place + "#tip", w.toolTip())
            self.put(place + "#what", w.whatsThis())
            self.put(place + "#accessible", w.accessibleDescription())
            if isinstance(w, QLabel):
                self.put(place, _plain(w.text()))
            elif isinstance(w, QAbstractButton):
                self.put(place, w.text(), chrome=True)
            elif isinstance(w, QGroupBox):
                self.put(place, w.title(), chrome=True)
            elif isinstance(w, QLineEdit):
                self.put(place + "#placeholder", w.placeholderText())
                if w.isReadOnly():
                    self.put(place, w.text())
            elif isinstance(w, QTextEdit | QPlainTextEdit):
                self.put(place + "#placeholder", w.placeholderText())
                if w.isReadOnly():
                    self.put(place, w.toPlainText())
            elif isinstance(w, QComboBox):
                self.put(place + "#placeholder", w.placeholderText())
                for i in range(w.count()):
                    self.put(f"{place}[{i}]", w.itemText(i))
            elif isinstance(w, QAbstractSpinBox):
                self.put(place + "#special", w.specialValueText())
                for part in ("suffix", "prefix"):
                    getter = getattr(w, part, None)
                    if getter is not None:
                        self.put(f"{place}#{part}", getter())
            elif isinstance(w, QDockWidget):
                self.put(place + "#title", w.windowTitle(), chrome=True)
            if isinstance(w, QTabWidget):
                for i in range(w.count()):
                    self.put(f"{place}#tab{i}", w.tabText(i), chrome=True)
                    self.put(f"{place}#tab{i}tip", w.tabToolTip(i))
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                self.model(place, w.model())
            if isinstance(w, QMenu):
                self.menu(place, w)
            else:
                for i, action in enumerate(w.actions()):
                    self.put(f"{place}#action{i}", action.text(), chrome=True)
                    self.put(f"{place}#action{i}tip", action.toolTip())

    def model(self, place: str, m: QAbstractItemModel) -> None:
        for section in range(_columns(m, QModelIndex())):
            for role, tag in (
                (Qt.ItemDataRole.DisplayRole, ""),
                (Qt.ItemDataRole.ToolTipRole, "tip"),
            ):
                text = m.headerData(section, Qt.Orientation.Horizontal, role)
                self.put(f"{place}#head{section}{tag}", text, chrome=not tag)
        for row, index in enumerate(_indexes(m, QModelIndex())):
            if row >= ROWS_PER_VIEW * 4:
                break
            for role, tag in (
                (Qt.ItemDataRole.DisplayRole, ""),
                (Qt.ItemDataRole.ToolTipRole, "tip"),
            ):
                self.put(f"{place}#cell{_index_path(index)}{tag}", index.data(role))

    def menu(self, place: str, menu: QMenu) -> None:
        self.put(place + "#title", menu.title().replace("&", ""), chrome=True)
        if hasattr(menu, "aboutToShow"):
            menu.aboutToShow.emit()  # menus filled as they open (Open Recent)
        for i, action in enumerate(menu.actions()):
            self.put(f"{place}#{i}", action.text().replace("&", ""), chrome=True)
            self.put(f"{place}#{i}tip", action.statusTip())
            if action.menu() is not None:
                self.menu(f"{place}#{i}", action.menu())

    def message(self, place: str, title: str, text: str) -> None:
        self.put(place + "#title", title, chrome=True)
        self.put(place + "#text", _plain(text))


def _indexes(m: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    for row in range(min(m.rowCount(parent), ROWS_PER_VIEW)):
        for column in range(_columns(m, parent)):
            index = m.index(row, column, parent)
            yield index
            if column == 0 and _columns(m, index) and m.rowCount(index):
                yield from _indexes(m, index)


def _columns(m: QAbstractItemModel, parent: QModelIndex) -> int:
    """Columns under ``parent`` (a list model keeps its count private: one)."""
    try:
        return m.columnCount(parent)
    except TypeError:
        return 0 if parent.isValid() else 1


def _index_path(index: QModelIndex) -> str:
    parts = []
    while index.isValid():
        parts.append(f"{index.row()}.{index.column()}")
        index = index.parent()
    return "/".join(reversed(parts))


def _path(w: QObject, root: QObject) -> str:
    parts = []
    while w is not None and w is not root:
        parent = w.parent()
        key = w.objectName() or type(w).__name__
        if parent is not None:
            same = [c for c in parent.children() if (c.objectName() or type(c).__name__) == key]
            if len(same) > 1:
                key += f"[{same.index(w)}]"
        parts.append(key)
        w = parent
    return "/".join(reversed(parts)) or "."


def _plain(text: str) -> str:
    """A label's rich text as words."""
    text = re.sub(r"<(style|head)[^>]*>.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    for entity, char in (("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")):
        text = text.replace(entity, char)
    return re.sub(r"[ \t\r\n]+", " ", text).strip()  # no-break spaces stay as they are


# ---------------------------------------------------------------------- event data
def event_strings(data: model.EventData) -> list[str]:
    """Every text of the event (titles, names, rooms, notes, role names …), longest first:
    the walk's texts are compared with these taken out."""
    found: set[str] = set()

    def visit(value: object) -> None:
        if isinstance(value, str):
            for part in [value, *value.splitlines()]:
                part = part.strip()
                if len(part) >= 3:
                    found.add(part)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                visit(getattr(value, f.name))
        elif isinstance(value, dict):
            for k, v in value.items():
                visit(k)
                visit(v)
        elif isinstance(value, list | tuple | set):
            for v in value:
                visit(v)

    visit(data)
    return sorted(found, key=len, reverse=True)


# ---------------------------------------------------------------------- the walk
class Dialogs:
    """Modal dialogs and message boxes noted as they open, then dismissed."""

    def __init__(self, snap: Snapshot, monkeypatch) -> None:
        self.snap = snap
        self.n = 0
        me = self

        def exec_dialog(dialog: QDialog) -> int:
            me.dialog(type(dialog).__name__, dialog)
            return 0

        for cls in (QDialog, QMessageBox):
            monkeypatch.setattr(cls, "exec", exec_dialog)

        def static(kind: str):
            def show(_parent, title, text, *args, **kw):
                me.n += 1
                me.snap.message(f"message{me.n}:{kind}", title, text)
                return QMessageBox.StandardButton.Cancel

            return staticmethod(show)

        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, static(kind))

    def dialog(self, name: str, dialog: QWidget) -> None:
        self.n += 1
        self.snap.widget(f"dialog{self.n}:{name}", dialog)
        if isinstance(dialog, QMessageBox):
            self.snap.put(f"dialog{self.n}:{name}#informative", _plain(dialog.informativeText()))
            self.snap.put(f"dialog{self.n}:{name}#detailed", dialog.detailedText())


def walk(qtbot, monkeypatch, folder: Path, lang: str) -> tuple[Snapshot, list[str]]:
    """The whole window in ``lang``: (what it showed, the event's own texts)."""
    from organiser.gui import language
    from organiser.gui.dialogs.import_dialog import ImportDialog as ScheduleImport
    from organiser.gui.main_window import MainWindow
    from organiser.gui.views import VIEWS
    from organiser.interchange.json_export import write_schedule_json
    from organiser.services.sample import reference_event
    from organiser.store import EventStore

    folder.mkdir(parents=True, exist_ok=True)
    snap = Snapshot()
    language.install(lang)
    window = None
    try:
        Dialogs(snap, monkeypatch)
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        settle(qtbot)
        snap.widget("start", window)
        snap.menu("menus", window.menuBar().findChild(QMenu) or QMenu())
        for i, action in enumerate(window.menuBar().actions()):
            if action.menu() is not None:
                snap.menu(f"menubar{i}", action.menu())

        # a file that is not an event: the window says why
        stranger = folder / "notes.organiser"
        stranger.write_text("not an event\n", encoding="utf-8")
        window.open_file(stranger)
        settle(qtbot)

        path = folder / "sample.organiser"
        data = reference_event()
        EventStore.create(path, data, lock=False).close()
        assert window.open_file(path)
        settle(qtbot, 200)
        ctx = window.ctx
        data = ctx.data()
        snap.widget("window", window)
        for i, action in enumerate(window.menuBar().actions()):
            if action.menu() is not None:
                snap.menu(f"menubar-open{i}", action.menu())

        for spec in VIEWS:
            view = window.show_view(spec.key)
            settle(qtbot, 100)
            snap.widget(f"view:{spec.key}", view)
            if spec.key == "programme":
                kinds = {s.kind: s for s in data.sessions}  # one session of each kind
                for kind, item in [
                    *(("session", s) for s in kinds.values()),
                    ("day", data.days[0]),
                ]:
                    window.navigate(kind, item.id)
                    settle(qtbot)
                    snap.widget(f"view:programme:{kind}:{item.id}", view)
            elif spec.key == "people":
                for person in (data.people[0], data.people[-1]):
                    window.navigate("person", person.id)
                    settle(qtbot)
                    snap.widget(f"view:people:{person.id}", view)
            elif spec.key == "attendees":
                view.ui.table.selectRow(0)
                settle(qtbot)
                snap.widget("view:attendees:selected", view)
                attendee_import(qtbot, monkeypatch, view, folder, snap)
            elif spec.key == "desk":
                view.ui.search.setText("Bag")
                settle(qtbot, 150)
                snap.widget("view:desk:search", view)
                dialog = view.open_walk_in()
                settle(qtbot)
                snap.widget("dialog:walk-in", dialog)
                dialog.reject()
                view.ui.search.clear()
            elif spec.key == "print":
                print_and_export(qtbot, view, ctx, snap)

        # the Problems panel, a finding's context menu
        dock = window.problems_dock
        qtbot.waitUntil(lambda: dock.panel is not None and dock.panel.findings(), timeout=10_000)
        snap.widget("problems", dock)
        for i, finding in enumerate(dock.panel.findings()[:12]):
            snap.menu(f"problems:menu{i}", dock.panel.menu_for(finding))
        snap.widget("status", window.statusBar())

        # the Desks panel, sharing and joining (refusals included: nothing leaves the laptop)
        desks = window.desks_dock
        snap.widget("desks", desks)
        share = desks.share_event()
        settle(qtbot)
        snap.widget("dialog:share", share)
        share.ui.deskName.clear()
        share._accept()  # no name: refused, with a message
        snap.widget("dialog:share-refused", share)
        share.reject()
        join = desks.join_event()
        settle(qtbot)
        snap.widget("dialog:join", join)
        join.ui.code.setText("ABC")
        join.join()  # not a join code: refused
        snap.widget("dialog:join-bad-code", join)
        join.ui.code.setText("K7QM-2XCA-9HPF")
        join.ui.address.setText("here")
        join.join()  # not an address: refused
        snap.widget("dialog:join-bad-address", join)
        join.reject()

        # dialogs
        window.preferences()
        settle(qtbot)
        snap.widget("dialog:preferences", window.preferences_dialog)
        window.preferences_dialog.reject()
        snap.widget("dialog:new-event", window.new_event())
        window.new_event_dialog.reject()
        window.restore_backup()  # the backups list, noted as it opens
        schedule = folder / "schedule.json"
        write_schedule_json(ctx.data(), schedule)
        dialog = ScheduleImport(schedule, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
        snap.widget("dialog:schedule-import", dialog)
        dialog.reject()
        broken = folder / "cut.xml"
        broken.write_bytes(b"<schedule><conference><title>x</title>")
        dialog = ScheduleImport(broken, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
        snap.widget("dialog:schedule-import-broken", dialog)
        dialog.reject()
        # a copy saved over the event itself: refused, with a message
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
        )
        window.save_copy()
        settle(qtbot)
        return snap, event_strings(ctx.data()) + sorted(
            set(ATTENDEE_LIST.replace("\n", ";").split(";"))
        )
    finally:
        if window is not None:
            window.close()
            settle(qtbot)
        language.uninstall()


def preview_done(view) -> bool:
    job = view._preview_job
    return job is None or not job.is_running()


def print_and_export(qtbot, view, ctx, snap: Snapshot) -> None:
    """Every document's options (and every "who" of those that choose people), the
    out-of-date list, the check before export, the badge questions, the calibration."""
    from organiser.checks.stale import PROGRAMME, record_export
    from organiser.gui.dialogs.check_before_export import ExportCheck
    from organiser.gui.documents import badges as badge_documents
    from organiser.gui.editing.commands import UpdateCommand

    for row in range(view.ui.documentList.count()):
        view.ui.documentList.setCurrentRow(row)
        view.render_preview()
        qtbot.waitUntil(lambda: preview_done(view), timeout=30_000)
        settle(qtbot)
        snap.widget(f"view:print:{row}", view)
        panel = view.panel()
        who = getattr(panel, "who", None)
        if who is not None:
            for k in range(who.ui.whoCombo.count()):
                who.ui.whoCombo.setCurrentIndex(k)
                settle(qtbot)
                snap.widget(f"view:print:{row}:who{k}", panel)
            who.ui.whoCombo.setCurrentIndex(0)
        calibrate = getattr(getattr(panel, "ui", None), "calibrateButton", None)
        if calibrate is not None and calibrate.isEnabled():
            calibrate.click()  # the calibration dialog, noted as it opens
    # the out-of-date list: the programme printed this morning, then a change
    morning = datetime.now() - timedelta(hours=2)
    record_export(ctx.store, PROGRAMME, ctx.data(), printed_at=morning)
    workshop = next(s for s in ctx.data().sessions if s.kind == "workshop")
    ctx.undo_stack.push(UpdateCommand(ctx, "sessions", workshop.id, {"starts": "13:35"}, "Move"))
    settle(qtbot, 400)
    snap.widget("view:print:stale", view)
    ctx.undo_stack.undo()
    settle(qtbot, 100)
    check = ExportCheck(view, ctx, view.spec().title)
    snap.widget("dialog:check-before-export", check.box)
    snap.put("dialog:check-before-export#informative", _plain(check.box.informativeText()))
    check.box.deleteLater()
    # badges already printed: asked before printing them again
    person = ctx.data().people[0]
    record = type("Printed", (), {"printed_at": morning, "layout": "A6"})()
    badge_documents.ask_reprint(view, [(person, record)], "print")
    badge_documents.ask_reprint(view, [(person, record)] * 2, "save")


#: a small attendee list with a few problem rows (its words are the list's, not the window's)
ATTENDEE_LIST = (
    "Prénom;Nom;E-mail;Catégorie;Organisation\n"
    "Anne;Dupont;anne@example.org;VIP;Ministère\n"
    "Bob;Li;not-an-address;participant;\n"
    "Anne;Dupont;anne@example.org;vip;Ministère\n"
    "Zed;Quist;zed@example.org;alien;\n"
    "Niagalé;Bagayoko;;intervenant;African Security Sector Network\n"
)


def attendee_import(qtbot, monkeypatch, view, folder: Path, snap: Snapshot) -> None:
    """The attendee import dialog on a small list with a few problem rows."""
    src = folder / "liste.csv"
    src.write_text(ATTENDEE_LIST, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    view.ui.importButton.click()
    dialog = view.import_dialog
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan is not None, timeout=10_000)
    settle(qtbot)
    snap.widget("dialog:attendee-import", dialog)
    dialog.reject()
