"""The People view: a filterable, sortable table and a form for the selected person."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from ...model import FORMS_OF_ADDRESS, PERSON_CATEGORIES, PERSON_STATUSES, EventData, new_uid
from ...services.text import clean, fold
from .. import vocabulary
from ..context import EventContext
from ..editing.binding import RowBinder
from ..editing.commands import DeleteCommand, InsertCommand, ReplaceListCommand
from ..forms.ui_people import Ui_PeopleForm
from ..language import QT_TRANSLATE_NOOP, translate
from .base import BaseView, clock_text, quick_fold, widest

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("PeopleView", "Name"),
    QT_TRANSLATE_NOOP("PeopleView", "Organisation"),
    QT_TRANSLATE_NOOP("PeopleView", "Category"),
    QT_TRANSLATE_NOOP("PeopleView", "Status"),
)
Index = QModelIndex | QPersistentModelIndex
_LEADING = re.compile(r"^\W+")
#: The longest position or organisation kept: longer is a paste gone wrong, not a title.
AFFILIATION_MAX = 500


class _LimitedDelegate(QStyledItemDelegate):
    """Cells edited in a line that takes at most ``limit`` characters, as the name fields do."""

    def __init__(self, limit: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.limit = limit

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self.limit)
            editor.setToolTip(
                translate(
                    "PeopleView",
                    "At most {n} characters: anything longer typed or pasted is cut off",
                ).format(n=self.limit)
            )
        return editor


def sort_text(text: str) -> str:
    """Folded, without leading quotes or brackets: “Promoting …” sorts under P."""
    return _LEADING.sub("", quick_fold(text))


class PeopleModel(QAbstractTableModel):
    """Rows precomputed once per change: display text, sort keys and folded search text.

    The model sorts itself (one Python ``sorted`` over precomputed keys) instead of letting
    the proxy compare rows through ``data()``, which would cost tens of thousands of calls
    into Python for 2,000 people.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ids: list[int] = []
        self.display: list[tuple[str, str, str, str]] = []
        self.sort_keys: list[tuple[Any, ...]] = []
        self.folded: list[str] = []
        self.row_of: dict[int, int] = {}
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    def load(self, data: EventData) -> None:
        rows = []
        for p in data.people:
            assert p.id is not None  # the window shows the people of a stored event
            org = p.affiliations[0].organisation if p.affiliations else ""
            if p.family_name and p.given_name and not p.printed_name:
                name = f"{p.family_name}, {p.given_name}"
            else:
                name = p.name or translate("PeopleView", "(no name)")
            category = vocabulary.category(p.category)
            display = (name, org, category, vocabulary.person_status(p.status))
            key = (sort_text(p.family_name or p.name), sort_text(p.given_name), p.id)
            # folded piece by piece: names and organisations repeat, so most are remembered
            parts = [p.honorific, p.given_name, p.family_name, p.printed_name, p.email]
            for a in p.affiliations:
                parts += (a.position, a.organisation)
            hay = " ".join(quick_fold(part) for part in parts if part)
            rows.append((p.id, display, (key, sort_text(org), category, p.status), hay))
        self._set_rows(rows)

    def _set_rows(
        self, rows: list[tuple[int, tuple[str, str, str, str], tuple[Any, ...], str]]
    ) -> None:
        column = self.sort_column
        if column == 0:
            rows.sort(key=lambda r: r[2][0])
        else:
            rows.sort(key=lambda r: (r[2][column], r[2][0]))
        if self.sort_order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        self.beginResetModel()
        self.ids = [r[0] for r in rows]
        self.display = [r[1] for r in rows]
        self.sort_keys = [r[2] for r in rows]
        self.folded = [r[3] for r in rows]
        self.row_of = {pid: i for i, pid in enumerate(self.ids)}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column if 0 <= column < len(COLUMNS) else 0
        self.sort_order = order
        self._set_rows(list(zip(self.ids, self.display, self.sort_keys, self.folded)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display[index.row()][index.column()]
        if role == ID_ROLE:
            return self.ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("PeopleView", COLUMNS[section])
        return None


class FoldFilterProxy(QSortFilterProxyModel):
    """Accent- and case-insensitive filter: every typed word must occur in the row.

    The answer for each row is worked out in one pass over the source's precomputed folded
    strings, so Qt's per-row question costs one list lookup. Sorting is the source's.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._accept: list[bool] | None = None
        self._for: list[str] | None = None  # the folded list _accept was computed from

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self._for = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _compute(self, folded: list[str]) -> list[bool] | None:
        words = self._words
        if not words:
            return None
        if len(words) == 1:
            w = words[0]
            return [w in hay for hay in folded]
        return [all(w in hay for w in words) for hay in folded]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PeopleModel)  # the filter reads the rows' folded text
        folded = model.folded
        if self._for is not folded:
            self._accept = self._compute(folded)
            self._for = folded
        accept = self._accept
        return True if accept is None else accept[source_row]


class PeopleView(BaseView):
    TABLES = frozenset({"people", "affiliations", "roles", "sessions", "role_types", "days"})

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_PeopleForm()
        self.ui.setupUi(self)
        ui = self.ui
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        heading_font = QFont(ui.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        ui.heading.setFont(heading_font)

        self.model = PeopleModel(self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.people_table
        table.setModel(self.proxy)
        # names and organisations first: Organisation takes the room left, Category and
        # Status only what their longest word needs (measured once: measuring the rows
        # after every filter would cost 2,000 people a pause)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, words in (
            (2, [vocabulary.category(c) for c in PERSON_CATEGORIES]),
            (3, [vocabulary.person_status(s) for s in PERSON_STATUSES]),
        ):
            head = translate("PeopleView", COLUMNS[column])
            table.setColumnWidth(column, widest(table, [head, *words]))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        ui.filter.textChanged.connect(self._filter)

        for c in PERSON_CATEGORIES:
            ui.category.addItem(vocabulary.category(c), c)
        for s in PERSON_STATUSES:
            ui.status.addItem(vocabulary.person_status(s), s)
        for f in FORMS_OF_ADDRESS:
            ui.form_of_address.addItem(vocabulary.form_of_address(f), f)
        self.person = RowBinder(ctx, "people", self)
        for name in (
            "honorific",
            "given_name",
            "family_name",
            "printed_name",
            "email",
            "phone",
            "language",
        ):
            self.person.line(getattr(ui, name), name)
        self.person.zone(
            ui.home_time_zone, "home_time_zone", allow_empty=True, message=ui.home_zone_message
        )
        self.person.check(ui.family_first, "family_first")
        self.person.combo(ui.category, "category")
        self.person.combo(ui.form_of_address, "form_of_address")
        self.person.combo(ui.status, "status")
        self.person.text(ui.bio, "bio")

        at = ui.affiliations_table
        at.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        at.setWordWrap(True)
        at.setItemDelegate(_LimitedDelegate(AFFILIATION_MAX, at))
        at.itemChanged.connect(lambda _item: self._affiliations_edited())
        ui.add_affiliation.clicked.connect(self.add_affiliation)
        ui.remove_affiliation.clicked.connect(self.remove_affiliation)
        ui.affiliation_up.clicked.connect(lambda: self.move_affiliation(-1))
        ui.affiliation_down.clicked.connect(lambda: self.move_affiliation(1))
        ui.roles_list.itemActivated.connect(self._open_session)

        ui.add_person.clicked.connect(self.add_person)
        ui.delete_person.clicked.connect(self.delete_person)
        add = QAction(translate("PeopleView", "Add person"), self)
        add.setShortcut(QKeySequence("Ctrl+N"))
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_person)
        self.addAction(add)
        find = QAction(translate("PeopleView", "Find person"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (ui.filter.setFocus(), ui.filter.selectAll()))
        self.addAction(find)
        delete = QAction(translate("PeopleView", "Delete person"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_person)
        table.addAction(delete)
        badge = QAction(translate("PeopleView", "Print badge"), self)
        badge.setShortcut(QKeySequence("Ctrl+P"))
        badge.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        badge.triggered.connect(self.print_badge)
        self.addAction(badge)
        table.addAction(badge)  # with Delete person, the table's context menu
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.print_badge_action = badge
        self.refresh()

    # ----------------------------------------------------------------- table
    def current_person_id(self) -> int | None:
        index = self.ui.people_table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _select(self, person_id: int | None) -> None:
        table = self.ui.people_table
        row = self.model.row_of.get(person_id) if person_id is not None else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():  # gone, or hidden by the filter: the first shown
            index = self.proxy.index(0, 0)
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            table.selectionModel().setCurrentIndex(index, flags)
            table.scrollTo(index)
        else:
            table.selectionModel().clear()
        if self.person.row_id != self.current_person_id():
            self._show_current()

    def _filter(self, text: str) -> None:
        current = self.current_person_id()
        self.proxy.set_text(text)
        if current is not None and self.current_person_id() != current:
            self._select(current)
        elif not self.ui.people_table.currentIndex().isValid():
            self._select(None)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.count.setText(
            translate("PeopleView", "{n} people").format(n=total)
            if shown == total
            else translate("PeopleView", "{shown} of {total}").format(shown=shown, total=total)
        )

    def refresh(self) -> None:
        current = self.current_person_id()
        table = self.ui.people_table
        self.model.load(self.ctx.data())
        if not self._sized:
            table.setColumnWidth(0, 16 * table.fontMetrics().horizontalAdvance("M"))
            self._sized = True
        self._select(current)
        self._count()
        self._show_current()

    _sized = False

    def show_item(self, kind: str, item_id: int) -> None:
        if kind != "person":
            return
        if (
            self.model.row_of.get(item_id) is not None
            and not self.proxy.mapFromSource(
                self.model.index(self.model.row_of[item_id], 0)
            ).isValid()
        ):
            self.ui.filter.clear()  # the filter hides them: show everyone
        self._select(item_id)
        self.ui.people_table.setFocus()

    # ------------------------------------------------------------------ form
    def _show_current(self) -> None:
        ui = self.ui
        person_id = self.current_person_id()
        row = None if person_id is None else self.ctx.store.get("people", person_id)
        self.person.load(row)
        for w in (
            ui.affiliations_table,
            ui.add_affiliation,
            ui.remove_affiliation,
            ui.affiliation_up,
            ui.affiliation_down,
            ui.delete_person,
        ):
            w.setEnabled(row is not None)
        data = self.ctx.data()
        person = next((p for p in data.people if p.id == person_id), None)
        at = ui.affiliations_table
        at.blockSignals(True)
        if person is None:
            ui.heading.setText(translate("PeopleView", "No person selected"))
            at.setRowCount(0)
            ui.roles_list.clear()
            at.blockSignals(False)
            return
        ui.heading.setText(person.full_name or translate("PeopleView", "(no name)"))
        arow = at.currentRow()
        at.setRowCount(len(person.affiliations))
        for r, a in enumerate(person.affiliations):
            at.setItem(r, 0, QTableWidgetItem(a.position))
            at.setItem(r, 1, QTableWidgetItem(a.organisation))
        at.blockSignals(False)
        if at.rowCount():
            at.setCurrentCell(min(max(arow, 0), at.rowCount() - 1), max(at.currentColumn(), 0))
        ui.roles_list.clear()
        days = {d.id: n for n, d in enumerate(data.days, start=1)}
        for session, role in data.roles_of(person_id):
            rt = data.role_type(role.role)
            tbc = "" if role.confirmed else translate("PeopleView", " (to be confirmed)")
            text = translate("PeopleView", "Day {n} {time} · {session} — {role}").format(
                n=days.get(session.day_id, "?"),
                time=clock_text(data, session),
                session=vocabulary.session_heading(session),
                role=vocabulary.role_label(rt),
            )
            text += tbc
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            ui.roles_list.addItem(item)
        if not ui.roles_list.count():
            item = QListWidgetItem(translate("PeopleView", "No roles in any session"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.roles_list.addItem(item)

    def _open_session(self, item: QListWidgetItem) -> None:
        session_id = item.data(Qt.ItemDataRole.UserRole)
        if session_id is not None:
            self.ctx.navigate.emit("session", session_id)

    # ---------------------------------------------------------- affiliations
    def _affiliation_rows(self) -> list[dict[str, str]]:
        at = self.ui.affiliations_table
        rows = []
        for r in range(at.rowCount()):
            cells = [at.item(r, c) for c in (0, 1)]
            position, organisation = (
                clean(c.text())[:AFFILIATION_MAX] if c is not None else "" for c in cells
            )
            rows.append({"position": position, "organisation": organisation})
        return rows

    def _set_affiliations(
        self, rows: list[dict[str, str]], text: str, select: int | None = None
    ) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        self.push(ReplaceListCommand(self.ctx, "affiliations", "person_id", person_id, rows, text))
        at = self.ui.affiliations_table
        if select is not None and 0 <= select < at.rowCount():
            at.setCurrentCell(select, 0)

    def _affiliations_edited(self) -> None:
        row = self.ui.affiliations_table.currentRow()
        rows = self._affiliation_rows()
        person_id = self.current_person_id()

        def push() -> None:
            if self.current_person_id() == person_id:
                self._set_affiliations(rows, translate("PeopleView", "Edit position"), row)

        self.later(push)

    def add_affiliation(self) -> None:
        rows = self._affiliation_rows()
        self._set_affiliations(
            [*rows, {"position": "", "organisation": ""}],
            translate("PeopleView", "Add position"),
            len(rows),
        )
        at = self.ui.affiliations_table
        at.setFocus()
        at.editItem(at.item(len(rows), 0))

    def remove_affiliation(self) -> None:
        rows = self._affiliation_rows()
        row = self.ui.affiliations_table.currentRow()
        if 0 <= row < len(rows):
            del rows[row]
            self._set_affiliations(
                rows, translate("PeopleView", "Remove position"), min(row, len(rows) - 1)
            )

    def move_affiliation(self, step: int) -> None:
        rows = self._affiliation_rows()
        row = self.ui.affiliations_table.currentRow()
        if 0 <= row < len(rows) and 0 <= row + step < len(rows):
            rows[row], rows[row + step] = rows[row + step], rows[row]
            self._set_affiliations(rows, translate("PeopleView", "Reorder positions"), row + step)

    # ---------------------------------------------------------------- people
    def add_person(self) -> None:
        cmd = InsertCommand(
            self.ctx,
            "people",
            {"uid": new_uid(), "category": "participant"},
            translate("PeopleView", "Add person"),
            names=("honorific", "given_name", "family_name", "printed_name"),
        )
        self.push(cmd)
        self.ui.filter.clear()
        self._select(cmd.row_id)
        self.ui.given_name.setFocus()

    def delete_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        table = self.ui.people_table
        row = table.currentIndex().row()
        name = self.ctx.data().person(person_id).full_name
        text = (
            translate("PeopleView", "Delete {name}").format(name=name)
            if name
            else translate("PeopleView", "Delete person")
        )
        self.push(DeleteCommand(self.ctx, "people", person_id, text))
        index = self.proxy.index(min(row, self.proxy.rowCount() - 1), 0)
        self._select(index.data(ID_ROLE) if index.isValid() else None)

    def print_badge(self) -> None:
        """The desk's one step: the selected person's badge to the printer."""
        person_id = self.current_person_id()
        if person_id is not None:
            from ..documents.desk_badge import print_badge

            print_badge(self, self.ctx, person_id)
