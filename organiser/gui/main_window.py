"""The main window: file handling, navigation between views, undo and redo.

It owns no event logic. Each view gets only the EventContext; the window routes
``ctx.navigate`` to the view that owns a kind and keeps the title, the recent files and
the watch on other processes writing the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QDateTime, QLocale, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..model import EventData
from ..store import SUFFIX, DatabaseError, EventFileError, EventStore, backups
from ..store.errors import DamagedFile, FileLocked
from . import settings as prefs
from .context import EventContext
from .dialogs import import_dialog
from .dialogs.new_event import NewEventDialog
from .editing import safety
from .editing.binding import flush_all as flush_typing
from .editing.undo import UndoControl
from .language import translate
from .panels.desks import DesksDock
from .panels.problems_dock import ProblemCounts, ProblemsDock
from .views import VIEWS, view_for_kind
from .views.base import run_deferred
from .window.focus import keyboard_ready, move_between, panes_of
from .window.screen_fit import fit_to_screen
from .window.start_page import StartPage, icon

POLL_MS = 2000


def file_filter() -> str:
    """The file dialogs' filter: event files first."""
    return translate("MainWindow", "Organiser events (*{suffix});;All files (*)").format(
        suffix=SUFFIX
    )


def flush_all() -> None:
    """Commit every edit still waiting: item-view edits, then typing."""
    run_deferred()
    flush_typing()


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: EventContext | None = None
        self.views: dict[str, QWidget] = {}
        self._telling = False  # a translate("MainWindow", "Not saved") message is on its way
        self._data_version = 0
        self.setWindowIcon(icon("organiser.svg"))
        self.undo_control = UndoControl(self, flush_all)
        self.new_event_dialog: NewEventDialog | None = None

        self.pages = QStackedWidget(self)
        self.start_page = StartPage(self)
        self.pages.addWidget(self.start_page)
        self.editor = QWidget()
        column = QVBoxLayout(self.editor)
        column.setContentsMargins(6, 6, 6, 0)
        #: shown while the open event can only be viewed (read-only file or folder)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel { background: #fff3c4; color: #3d3000; border: 1px solid #e0c060;"
            " border-radius: 3px; padding: 6px; }"
        )
        self.read_only_banner.linkActivated.connect(lambda _link: self.save_copy())
        self.read_only_banner.hide()
        column.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        column.addLayout(layout, 1)
        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("MainWindow", "views"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(150)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.pages.addWidget(self.editor)
        self.setCentralWidget(self.pages)
        for spec in VIEWS:
            item = QListWidgetItem(icon(spec.icon) if spec.icon else QIcon(), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the view when first shown
        # as wide as the longest view name needs ("Impression et export"), 150 at least
        widest = max(self.nav.fontMetrics().horizontalAdvance(s.title) for s in VIEWS)
        self.nav.setFixedWidth(max(150, widest + self.nav.iconSize().width() + 34))
        self.nav.currentRowChanged.connect(self._show_row)

        self.problems_dock = ProblemsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.problems_dock)
        self.problem_counts = ProblemCounts(self)
        self.problem_counts.clicked.connect(self.show_problems)
        self.problems_dock.counts_changed.connect(self._counts_changed)
        self.statusBar().addPermanentWidget(self.problem_counts)
        self.problem_counts.hide()
        self.desks_dock = DesksDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.desks_dock)
        # changes another desk sent: shown at once, not at the next look at the file
        self.desks_dock.sharing.came_in.connect(self.check_outside_changes)

        self._build_menus()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check_outside_changes)
        geometry = prefs.settings().value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        fit_to_screen(self, remembered=isinstance(geometry, QByteArray | bytes))
        state = prefs.settings().value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        else:  # first run: wide enough for the filter buttons' words
            self.resizeDocks([self.problems_dock], [340], Qt.Orientation.Horizontal)
        # whether the user wants the dock while an event is open (it hides on the start page)
        self._problems_wanted = bool(prefs.settings().value("window/problems", True, type=bool))
        self._show_start()

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        # Ctrl+N is the Programme and People views' "add"; New event gets Ctrl+Shift+N.
        self.new_action = self._action(
            file_menu,
            translate("MainWindow", "&New Event…"),
            self.new_event,
            "Ctrl+Shift+N",
            "new.svg",
        )
        self.open_action = self._action(
            file_menu,
            translate("MainWindow", "&Open…"),
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            "open.svg",
        )
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        #: filled by other modules (e.g. import of schedules)
        self.import_menu: QMenu = file_menu.addMenu(translate("MainWindow", "&Import"))
        import_dialog.install(self.import_menu, self.open_file)
        self.copy_action = self._action(
            file_menu,
            translate("MainWindow", "Save a &Copy As…"),
            self.save_copy,
            QKeySequence.StandardKey.SaveAs,
        )
        self.restore_action = self._action(
            file_menu,
            translate("MainWindow", "Restore from &Backup…"),
            lambda: self.restore_backup(),
        )
        file_menu.addSeparator()
        self.desks_dock.install(file_menu)
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu,
            translate("MainWindow", "&Close"),
            self.close_file,
            QKeySequence.StandardKey.Close,
        )
        self.quit_action = self._action(
            file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )

        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self._action(
            edit_menu, translate("MainWindow", "&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            edit_menu, translate("MainWindow", "&Redo"), self.redo, "Ctrl+Shift+Z"
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, translate("MainWindow", "&Preferences…"), self.preferences, "Ctrl+,"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        self.view_actions: list[QAction] = []
        for i, spec in enumerate(VIEWS):
            action = self._action(
                view_menu, spec.title, lambda _c=False, k=spec.key: self.go_to_view(k)
            )
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            self.view_actions.append(action)
        view_menu.addSeparator()
        self.problems_action = self.problems_dock.toggleViewAction()
        self.problems_action.setText(translate("MainWindow", "&Problems"))
        self.problems_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.problems_action.setStatusTip(
            translate("MainWindow", "Show or hide the list of problems the checks found")
        )
        view_menu.addAction(self.problems_action)
        view_menu.addAction(self.desks_dock.toggle)
        view_menu.addSeparator()
        self.next_pane_action = self._action(
            view_menu, translate("MainWindow", "Next pane"), lambda: self.move_pane(1), "Ctrl+Tab"
        )
        self.previous_pane_action = self._action(
            view_menu,
            translate("MainWindow", "Previous pane"),
            lambda: self.move_pane(-1),
            "Ctrl+Shift+Tab",
        )
        self.previous_pane_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+Shift+Backtab")]
        )

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = prefs.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_file(p))
        if not files:
            self.recent_menu.addAction(translate("MainWindow", "No recent events")).setEnabled(
                False
            )

    def _update_actions(self) -> None:
        ctx = self.ctx
        open_ = ctx is not None
        for action in (
            self.copy_action,
            self.restore_action,
            self.close_action,
            self.problems_action,
            *self.view_actions,
        ):
            action.setEnabled(open_)
        if ctx is not None and ctx.store.read_only:  # a file we may not write cannot be replaced
            self.restore_action.setEnabled(False)
        self.desks_dock.update_actions(ctx)
        stack = ctx.undo_stack if ctx is not None else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        undo = stack.undoText() if stack else ""
        redo = stack.redoText() if stack else ""
        self.undo_action.setText(
            translate("MainWindow", "&Undo {action}").format(action=undo)
            if undo
            else translate("MainWindow", "&Undo")
        )
        self.redo_action.setText(
            translate("MainWindow", "&Redo {action}").format(action=redo)
            if redo
            else translate("MainWindow", "&Redo")
        )

    # ------------------------------------------------------------------ files
    def new_event(self) -> NewEventDialog:
        """Ask what and where the event is (its venue's time zone above all), then where
        to keep its file."""
        dialog = NewEventDialog(self)
        dialog.accepted.connect(lambda: self.create_event(dialog.event_data(), dialog.file_stem()))
        dialog.finished.connect(dialog.deleteLater)
        self.new_event_dialog = dialog
        dialog.open()
        return dialog

    def create_event(self, data: EventData, stem: str) -> bool:
        folder = paths.documents_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "New event"),
            str(folder / f"{stem}{SUFFIX}"),
            file_filter(),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if not data.event.title:
            data.event.title = path.stem
        try:
            store = EventStore.create(path, data)
        except (EventFileError, OSError, DatabaseError) as exc:
            self._error(translate("MainWindow", "Cannot create the event"), exc)
            return False
        self._set_store(store)
        self.go_to_view("event")
        return True

    def open_dialog(self) -> bool:
        start = str(paths.documents_dir() if paths.documents_dir().is_dir() else Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open event"), start, file_filter()
        )
        return self.open_file(name) if name else False

    def open_file(self, path: str | Path) -> bool:
        """Open ``path``; on any problem say so and leave the window as it was."""
        path = Path(path)
        if self.ctx is not None and path.resolve() == self.ctx.store.path.resolve():
            return True
        try:
            store = self._open_store(path)
        except (EventFileError, OSError, DatabaseError) as exc:
            if isinstance(exc, DamagedFile) and backups.list_backups(path):
                return self.restore_backup(path, note=str(exc))
            self._error(translate("MainWindow", "Cannot open the event"), exc)
            if not path.exists():
                prefs.remove_recent(path)
                self.start_page.fill()
            return False
        if store is None:
            return False
        ctx = EventContext(store, self)
        try:
            ctx.data()  # everything readable, or we keep what we had
        except Exception as exc:
            ctx.close()
            store.close()
            ctx.deleteLater()
            self._error(translate("MainWindow", "Cannot open the event"), exc)
            return False
        self._set_store(store, ctx)
        return True

    def _open_store(self, path: Path) -> EventStore | None:
        """The store, after asking before taking over a lock that cannot be checked;
        None when the user would rather not."""
        try:
            return EventStore.open(path)
        except FileLocked as exc:
            if not exc.can_take_over:
                raise
            answer = QMessageBox.question(
                self,
                translate("MainWindow", "Take over the event?"),
                translate(
                    "MainWindow",
                    "{reason}\n\nTake it over? Only do so if Organiser is no longer open there: "
                    "two people editing one file at once undo each other's work.",
                ).format(reason=exc),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return EventStore.open(path, force_unlock=True)

    def restore_backup(self, path: Path | None = None, note: str = "") -> bool:
        """File › Restore from Backup…: put an automatic backup in place of the event
        (the open one, or ``path`` that could not be opened); the event as it was is kept."""
        if path is None:
            if self.ctx is None:
                return False
            flush_all()
            path = self.ctx.store.path
        dialog = safety.RestoreDialog(Path(path), self, note=note)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not accepted:
            return False
        if chosen is None:
            return False
        was_open = self.ctx is not None and self.ctx.store.path == Path(path)
        if was_open:
            self._drop_store()
        try:
            done = backups.restore(Path(path), chosen)
        except (EventFileError, OSError, DatabaseError) as exc:
            self._error(translate("MainWindow", "The backup was not restored"), exc)
            if was_open:
                self.open_file(path)
            return False
        opened = self.open_file(done.event)
        if opened:
            # PySide6 converts a datetime; its stubs lack that QDateTime constructor
            when = QDateTime(chosen.taken)  # type: ignore[call-overload]
            taken = QLocale().toString(when, QLocale.FormatType.ShortFormat)
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "Restored the backup of {when}; the event as it was is kept in {folder}.",
                ).format(when=taken, folder=done.kept.parent if done.kept else backups.root()),
                12000,
            )
        return opened

    def _not_saved(self, message: str, unsaved: str) -> None:
        """An edit the file did not take: say why, once, after the views have reverted."""
        if self._telling:
            return
        self._telling = True

        text = message
        if self.ctx is not None and self.ctx.store.read_only:
            text += "\n\n" + translate(
                "MainWindow", "File › Save a Copy As makes a copy you can edit."
            )
        if unsaved:
            shown = unsaved if len(unsaved) <= 300 else unsaved[:299] + "…"
            text += "\n\n" + translate(
                "MainWindow", "What was not saved (copy it if you need it):\n{text}"
            ).format(text=shown)

        def tell() -> None:
            try:
                QMessageBox.warning(self, translate("MainWindow", "Not saved"), text)
            finally:
                self._telling = False

        QTimer.singleShot(0, tell)

    def _error(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, EventFileError):
            text = str(exc)
        elif isinstance(exc, OSError) and exc.strerror:  # "Permission denied: …", no class name
            text = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
        else:
            text = f"{type(exc).__name__}: {exc}"
        QMessageBox.warning(self, title, text)

    def save_copy(self) -> bool:
        if self.ctx is None:
            return False
        flush_all()
        store = self.ctx.store
        stem = translate("MainWindow", "{name} copy").format(name=store.path.stem)
        suggestion = store.path.with_name(f"{stem}{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Save a copy"), str(suggestion), file_filter()
        )
        if not name:
            return False
        try:
            store.save_copy(name)
        except (EventFileError, OSError, DatabaseError) as exc:
            self._error(translate("MainWindow", "Cannot save the copy"), exc)
            return False
        self.statusBar().showMessage(
            translate("MainWindow", "Copy saved as {name}").format(name=name), 6000
        )
        return True

    def close_file(self) -> None:
        """Close the event (everything is already saved) and show the start page."""
        self._drop_store()
        prefs.forget_last_file()
        self._show_start()

    def _drop_store(self) -> None:
        if self.ctx is None:
            return
        flush_all()
        prefs.settings().setValue("window/view", self.current_view_key())
        self._problems_wanted = not self.problems_dock.isHidden()
        ctx, self.ctx = self.ctx, None
        self.undo_control.set_context(None)
        self.poll.stop()
        self.problems_dock.set_context(None)
        self.desks_dock.set_context(None)  # sharing stops before the file closes
        for _ in range(self.stack.count()):
            old = self.stack.widget(0)
            assert old is not None  # count() says there is one
            self.stack.removeWidget(old)
            old.deleteLater()
        for _ in VIEWS:
            self.stack.addWidget(QWidget())
        self.views.clear()
        ctx.close()
        if isinstance(ctx.store.waiting, QObject):
            ctx.store.waiting.deleteLater()  # one per opened event, parented to the window
        ctx.store.close()
        ctx.deleteLater()

    def _set_store(self, store: EventStore, ctx: EventContext | None = None) -> None:
        self._drop_store()
        self.ctx = ctx = ctx or EventContext(store, self)
        ctx.navigate.connect(self.navigate)
        ctx.changed.connect(self._changed)
        for signal in (ctx.undo_stack.canUndoChanged, ctx.undo_stack.canRedoChanged):
            signal.connect(lambda *_: self._update_actions())
        ctx.undo_stack.indexChanged.connect(lambda *_: self._update_actions())
        self.undo_control.set_context(ctx)
        ctx.undo_stack.refused.connect(self._not_saved)
        store.waiting = safety.WriteWait(self, store.path.name)
        self.auto_backup = safety.AutoBackup(ctx)
        self.auto_backup.problem.connect(lambda text: self.statusBar().showMessage(text, 12000))
        self.auto_backup.start()
        self.read_only_banner.setText(
            translate(
                "MainWindow", "<b>Read-only.</b> {reason} <a href='copy'>Save a copy…</a>"
            ).format(reason=store.read_only)
        )
        self.read_only_banner.setVisible(bool(store.read_only))
        self._data_version = store.data_version()
        self.poll.start()
        prefs.add_recent(store.path)
        self.pages.setCurrentWidget(self.editor)
        self.problems_dock.set_context(ctx)
        self.problems_dock.setVisible(self._problems_wanted)
        self.problem_counts.show()
        problem = self.desks_dock.set_context(ctx)  # a desk that was sharing shares again
        if problem:
            self.statusBar().showMessage(problem, 12000)
        key = prefs.settings().value("window/view", VIEWS[0].key)
        known = next((s.key for s in VIEWS if s.key == key), VIEWS[0].key)
        self.show_view(known)
        self._update_title()
        self._update_actions()

    def _show_start(self) -> None:
        self.read_only_banner.hide()
        self.start_page.fill()
        self.pages.setCurrentWidget(self.start_page)
        self.problems_dock.hide()
        self.desks_dock.hide()
        self.problem_counts.hide()
        self.setWindowTitle("Organiser")
        self._update_actions()

    def _changed(self, tables: set[str]) -> None:
        if "*" in tables or "event" in tables:
            self._update_title()

    def _update_title(self) -> None:
        if self.ctx is None:
            return
        title = self.ctx.data().event.title or translate("MainWindow", "Untitled event")
        flag = translate("MainWindow", " [read-only]") if self.ctx.store.read_only else ""
        self.setWindowTitle(f"{title} — {self.ctx.store.path.name}{flag} — Organiser")

    def check_outside_changes(self) -> None:
        """Another process (the command line, a script) wrote the file: show its edits."""
        if self.ctx is None:
            return
        try:
            version = self.ctx.store.data_version()
        except DatabaseError:
            return
        if version != self._data_version:
            self._data_version = version
            self.ctx.refresh()

    # ------------------------------------------------------------------ views
    def current_view_key(self) -> str:
        row = self.nav.currentRow()
        return VIEWS[row].key if 0 <= row < len(VIEWS) else VIEWS[0].key

    def show_view(self, key: str) -> QWidget | None:
        row = next((i for i, s in enumerate(VIEWS) if s.key == key), None)
        if row is None or self.ctx is None:
            return None
        self.nav.setCurrentRow(row)
        return self._show_row(row)

    def go_to_view(self, key: str) -> None:
        """Ctrl+1…: show the view and put the keyboard in it (its first pane)."""
        view = self.show_view(key)
        focus = QApplication.focusWidget()
        if view is not None and not (focus is not None and view.isAncestorOf(focus)):
            move_between(panes_of(view), 1)

    def view(self, key: str) -> QWidget | None:
        """The view named ``key``, built now if it was not yet (for tests and other views)."""
        row = next((i for i, s in enumerate(VIEWS) if s.key == key), None)
        return None if row is None else self._build(row)

    def _build(self, row: int) -> QWidget | None:
        if self.ctx is None:
            return None
        spec = VIEWS[row]
        view = self.views.get(spec.key)
        if view is None:
            view = spec.factory(self.ctx, self.stack)
            view.setObjectName(f"view_{spec.key}")
            placeholder = self.stack.widget(row)
            assert placeholder is not None  # the stack holds one page per view
            self.stack.insertWidget(row, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.views[spec.key] = view
            keyboard_ready(view)
        return view

    def move_pane(self, step: int) -> None:
        """Ctrl+Tab: the next pane (views list, each side of the view, Problems)."""
        view = self.stack.currentWidget()
        if self.ctx is None or view is None:
            return
        docks = [self.problems_dock] if self.problems_dock.isVisible() else []
        move_between([self.nav, *panes_of(view), *docks], step)

    def _show_row(self, row: int) -> QWidget | None:
        if not (0 <= row < len(VIEWS)) or self.ctx is None:
            return None
        flush_all()
        view = self._build(row)
        self.stack.setCurrentIndex(row)
        return view

    def navigate(self, kind: str, item_id: int) -> None:
        if kind == "problems":
            self.show_problems()
            return
        spec = view_for_kind(kind)
        if spec is None:
            return
        view = self.show_view(spec.key)
        show = getattr(view, "show_item", None)
        if show is not None:
            show(kind, item_id)

    # ------------------------------------------------------------------ problems
    def show_problems(self) -> None:
        """Show and raise the Problems dock (the status bar's counts and "Show problems")."""
        if self.ctx is not None:
            self.problems_dock.reveal()

    def _counts_changed(self, found: dict[str, int]) -> None:
        self.problem_counts.set_counts(found)

    # ------------------------------------------------------------------ undo
    def preferences(self) -> None:
        """Edit › Preferences (Ctrl+,): the window's language, for the next start."""
        from .dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        self.preferences_dialog = dialog
        dialog.open()

    def undo(self) -> None:
        self.undo_control.undo()

    def redo(self) -> None:
        self.undo_control.redo()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        s = prefs.settings()
        s.setValue("window/geometry", self.saveGeometry())
        if self.ctx is not None:
            self._problems_wanted = not self.problems_dock.isHidden()
        s.setValue("window/state", self.saveState())
        s.setValue("window/problems", self._problems_wanted)
        self._drop_store()
        s.sync()
        super().closeEvent(event)
