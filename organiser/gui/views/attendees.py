"""The attendee list: who is coming, who came, whose badge is printed; import and export.

The list is rebuilt from the event after each commit that touches people (it is a view
of ``ctx.data()``), filtered and sorted in Python over precomputed keys so a 10,000-row
list filters as fast as one types. Bulk category changes are one undo step (a macro of
row updates written in one transaction). The import dialog reads and previews the file
off the UI thread, lets the user correct the guessed column mapping, and applies the plan
in one transaction as one undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QWidget,
)

from ... import model
from ...attendees.export import export_attendees, first_check_ins
from ...badges.selection import fingerprint, last_prints
from ...services.text import fold
from .. import vocabulary
from ..context import EventContext
from ..editing.commands import UpdateCommand
from ..forms.ui_attendees import Ui_Attendees
from ..language import QT_TRANSLATE_NOOP, translate
from .attendee_import import ERRORS, ImportDialog
from .base import widest
from .tablemodel import Index

BADGE_NEVER, BADGE_PRINTED, BADGE_CHANGED = "never", "printed", "changed since printed"
COLUMNS = (
    QT_TRANSLATE_NOOP("AttendeesView", "Name"),
    QT_TRANSLATE_NOOP("AttendeesView", "Organisation"),
    QT_TRANSLATE_NOOP("AttendeesView", "Category"),
    QT_TRANSLATE_NOOP("AttendeesView", "Registration"),
    QT_TRANSLATE_NOOP("AttendeesView", "Checked in"),
    QT_TRANSLATE_NOOP("AttendeesView", "Badge"),
)
_ANY = "*"


def shown(key: str) -> str:
    """What the list shows for a stored key ("speaker" is shown as "Speaker")."""
    if key in model.PERSON_CATEGORIES:
        return vocabulary.category(key)
    if key in model.REGISTRATION_STATUSES:
        return vocabulary.registration_status(key)
    badges = {
        BADGE_NEVER: translate("AttendeesView", "never"),
        BADGE_PRINTED: translate("AttendeesView", "printed"),
        BADGE_CHANGED: translate("AttendeesView", "changed since printed"),
    }
    return badges.get(key, key)


@dataclass
class Row:
    person_id: int
    name: str  # "Family, Given" for a sortable list
    organisation: str
    category: str
    status: str
    checked_in: str  # "2021-06-15 09:12" or ""
    badge: str
    search: str  # folded name, organisation, e-mail, ID
    sort: tuple[str, ...]

    def cell(self, column: int) -> str:
        return (
            self.name,
            self.organisation,
            shown(self.category),
            shown(self.status),
            self.checked_in,
            shown(self.badge),
        )[column]


def build_rows(data: model.EventData) -> list[Row]:
    arrived = first_check_ins(data)
    prints = last_prints(data)
    rows = []
    for p in data.people:
        org = p.affiliations[0].organisation if p.affiliations else ""
        rec = prints.get(p.id)
        if rec is None:
            badge = BADGE_NEVER
        elif rec.fingerprint and rec.fingerprint != fingerprint(p):
            badge = BADGE_CHANGED
        else:
            badge = BADGE_PRINTED
        c = arrived.get(p.id)
        name = ", ".join(x for x in (p.family_name, p.given_name) if x) or p.printed_name
        rows.append(
            Row(
                person_id=int(p.id or 0),
                name=name,
                organisation=org,
                category=p.category,
                status=p.registration_status,
                checked_in=c.at.strftime("%Y-%m-%d %H:%M") if c else "",
                badge=badge,
                search=fold(
                    " ".join((p.given_name, p.family_name, p.printed_name, org, p.email, p.uid))
                ),
                sort=(fold(p.family_name or p.given_name), fold(p.given_name), p.uid),
            )
        )
    return rows


class AttendeeModel(QAbstractTableModel):
    """The filtered, sorted rows; filtering is a list comprehension, not a proxy per row."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.all: list[Row] = []
        self.rows: list[Row] = []
        self.filters: dict[str, str] = {}
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[Row]) -> None:
        self.all = rows
        self.apply()

    def apply(self) -> None:
        f = self.filters
        words = fold(f.get("text", "")).split()
        cat, status = f.get("category", _ANY), f.get("status", _ANY)
        arrival, badge = f.get("arrival", _ANY), f.get("badge", _ANY)
        rows = [
            r
            for r in self.all
            if (cat == _ANY or r.category == cat)
            and (status == _ANY or r.status == status)
            and (arrival == _ANY or bool(r.checked_in) == (arrival == "yes"))
            and (badge == _ANY or r.badge == badge)
            and all(w in r.search for w in words)
        ]
        c = self.sort_column
        key = (lambda r: r.sort) if c == 0 else (lambda r: (fold(r.cell(c)), r.sort))
        rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cell(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5:
            return QColor(
                {BADGE_CHANGED: "#B71C1C", BADGE_NEVER: "#777777"}.get(row.badge, "#1B5E20")
            )
        if role == Qt.ItemDataRole.UserRole:
            return row.person_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AttendeesView", COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.apply()


class AttendeesView(QWidget):
    """The attendee list with filters, bulk category change, import and export."""

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_Attendees()
        self.ui.setupUi(self)
        self.model = AttendeeModel(self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # names and organisations first: the other columns take what their longest word
        # needs, measured once (not over 10,000 rows after every keystroke)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table = self.ui.table
        table.setColumnWidth(0, 16 * table.fontMetrics().horizontalAdvance("M"))
        for column, words in (
            (2, [shown(k) for k in model.PERSON_CATEGORIES]),
            (3, [shown(k) for k in model.REGISTRATION_STATUSES]),
            (4, ["2021-11-16 09:12"]),
            (5, [shown(k) for k in (BADGE_NEVER, BADGE_PRINTED, BADGE_CHANGED)]),
        ):
            head = translate("AttendeesView", COLUMNS[column])
            table.setColumnWidth(column, widest(table, [head, *words]))
        self.ui.table.verticalHeader().hide()
        self.ui.table.verticalHeader().setDefaultSectionSize(
            self.ui.table.fontMetrics().height() + 8
        )
        find = QAction(translate("AttendeesView", "Find attendee"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(
            lambda: (self.ui.textFilter.setFocus(), self.ui.textFilter.selectAll())
        )
        self.addAction(find)
        self.import_dialog: ImportDialog | None = None

        _fill(
            self.ui.categoryFilter,
            translate("AttendeesView", "All categories"),
            _labelled(model.PERSON_CATEGORIES),
        )
        _fill(
            self.ui.statusFilter,
            translate("AttendeesView", "Any registration"),
            _labelled(model.REGISTRATION_STATUSES),
        )
        _fill(
            self.ui.arrivalFilter,
            translate("AttendeesView", "Arrived or not"),
            [
                ("yes", translate("AttendeesView", "Checked in")),
                ("no", translate("AttendeesView", "Not checked in")),
            ],
        )
        _fill(
            self.ui.badgeFilter,
            translate("AttendeesView", "Any badge"),
            _labelled((BADGE_PRINTED, BADGE_NEVER, BADGE_CHANGED)),
        )
        for key in model.PERSON_CATEGORIES:
            self.ui.bulkCategory.addItem(shown(key), key)

        # narrow enough for a laptop with the Problems panel open: the combos show their
        # first words, the list opens wide enough for the whole of each choice
        for combo in (
            self.ui.categoryFilter,
            self.ui.statusFilter,
            self.ui.arrivalFilter,
            self.ui.badgeFilter,
            self.ui.bulkCategory,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(7)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self.ui.textFilter.textChanged.connect(self._filter)
        for combo in (
            self.ui.categoryFilter,
            self.ui.statusFilter,
            self.ui.arrivalFilter,
            self.ui.badgeFilter,
        ):
            combo.currentIndexChanged.connect(self._filter)
        self.ui.bulkApply.clicked.connect(self.set_category)
        self.ui.importButton.clicked.connect(self.open_import)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.table.selectionModel().selectionChanged.connect(self._update_bulk)
        self.ui.table.doubleClicked.connect(self._open_person)
        self._batch = False
        self._dirty = False
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # ---------------------------------------------------------------- content
    def reload(self) -> None:
        self._dirty = False
        selected = set(self.selected_ids())
        try:
            rows = build_rows(self.ctx.data())
        except ERRORS as exc:
            self.say(
                translate("AttendeesView", "The attendee list cannot be read: {reason}").format(
                    reason=exc
                ),
                error=True,
            )
            return
        self.model.set_rows(rows)
        self._reselect(selected)
        self._count()

    def _on_changed(self, tables: set[str]) -> None:
        watched = {"people", "affiliations", "check_ins", "print_log", "*"}
        if tables & watched and not self._batch:
            # A hidden list waits until shown: a busy desk must not pay for a reload of
            # every attendee after each check-in.
            self._dirty = True
            if self.isVisible():
                self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _filter(self) -> None:
        self.model.filters = {
            "text": self.ui.textFilter.text(),
            "category": self.ui.categoryFilter.currentData(),
            "status": self.ui.statusFilter.currentData(),
            "arrival": self.ui.arrivalFilter.currentData(),
            "badge": self.ui.badgeFilter.currentData(),
        }
        self.model.apply()
        self._count()

    def _count(self) -> None:
        shown_rows, total = len(self.model.rows), len(self.model.all)
        arrived = sum(1 for r in self.model.all if r.checked_in)
        self.ui.count.setText(
            translate(
                "AttendeesView", "{shown} of {total} people shown · {arrived} checked in"
            ).format(shown=shown_rows, total=total, arrived=arrived)
            if shown_rows != total
            else translate("AttendeesView", "{total} people · {arrived} checked in").format(
                total=total, arrived=arrived
            )
        )
        self._update_bulk()

    def selected_ids(self) -> list[int]:
        sel = self.ui.table.selectionModel()
        return [self.model.rows[i.row()].person_id for i in sel.selectedRows()] if sel else []

    def _reselect(self, ids: set[int]) -> None:
        if not ids:
            return
        sel = self.ui.table.selectionModel()
        selection = QItemSelection()
        for i, r in enumerate(self.model.rows):
            if r.person_id in ids:
                selection.select(self.model.index(i, 0), self.model.index(i, len(COLUMNS) - 1))
        sel.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _update_bulk(self) -> None:
        n = len(self.selected_ids())
        self.ui.bulkApply.setEnabled(n > 0)
        self.ui.bulkApply.setText(
            translate("AttendeesView", "Set for {n}").format(n=n)
            if n
            else translate("AttendeesView", "Set")
        )

    def _open_person(self, index: QModelIndex) -> None:
        self.ctx.navigate.emit("person", self.model.rows[index.row()].person_id)

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet("color: #B71C1C;" if error else "color: #1B5E20;")
        self.ui.message.setText(text)

    # ---------------------------------------------------------------- editing
    def set_category(self) -> None:
        """Every selected person to one category: one undo step, one transaction."""
        category = self.ui.bulkCategory.currentData()
        ids = self.selected_ids()
        by_id = {r.person_id: r for r in self.model.all}
        todo = [i for i in ids if by_id[i].category != category]
        if not todo:
            self.say(
                translate("AttendeesView", "The selected people are already {category}.").format(
                    category=shown(category)
                )
            )
            return
        stack = self.ctx.undo_stack
        self._batch = True
        pushed = False
        try:
            with self.ctx.store.transaction():  # the write lock first: busy fails here
                stack.beginMacro(
                    translate("AttendeesView", "Set category of {n} people to {category}").format(
                        n=len(todo), category=shown(category)
                    )
                )
                pushed = True
                try:
                    for pid in todo:
                        stack.push(UpdateCommand(self.ctx, "people", pid, {"category": category}))
                finally:
                    stack.endMacro()
        except ERRORS as exc:
            if pushed:
                # the commit failed and rolled back: take the unwritten step off the stack
                # (its undo writes the values the file still holds)
                stack.undo()
            self.say(
                translate("AttendeesView", "Nothing was changed: {reason}").format(reason=exc),
                error=True,
            )
            return
        finally:
            self._batch = False
        self.reload()
        self.say(
            translate("AttendeesView", "{n} people set to {category}. Undo takes it back.").format(
                n=len(todo), category=shown(category)
            )
        )

    # ------------------------------------------------------------ import, export
    def open_import(self) -> ImportDialog:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()  # the last import's table and plan go with it
        dialog = ImportDialog(self.ctx, self)
        dialog.finished.connect(self._import_finished)
        self.import_dialog = dialog
        dialog.open()
        dialog.choose_file()
        return dialog

    def _import_finished(self, _result: int) -> None:
        dialog = self.import_dialog
        if dialog is not None and dialog.result_text:
            self.reload()
            self.say(dialog.result_text)

    def export(self) -> Path | None:
        stem = translate("AttendeesView", "{event} attendees").format(
            event=self.ctx.store.path.stem
        )
        default = self.ctx.store.path.with_name(f"{stem}.csv")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            translate("AttendeesView", "Export the attendee list"),
            str(default),
            translate("AttendeesView", "CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".csv")
        try:
            n = export_attendees(self.ctx.data(), path)
        except ERRORS as exc:
            self.say(
                translate("AttendeesView", "The list was not exported: {reason}").format(
                    reason=exc
                ),
                error=True,
            )
            return None
        self.say(
            translate("AttendeesView", "Exported {n} people to {file}.").format(n=n, file=path)
        )
        return path


def _labelled(keys: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(key, shown(key)) for key in keys]


def _fill(combo: QComboBox, any_label: str, items: Any) -> None:
    combo.addItem(any_label, _ANY)
    for item in items:
        key, label = item if isinstance(item, tuple) else (item, item)
        combo.addItem(label, key)
