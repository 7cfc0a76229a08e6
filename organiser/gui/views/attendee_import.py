"""Importing an attendee list: choose the file, check its columns, read the preview, apply.

The file is read and the plan built off the UI thread; nothing is written until the user
applies the preview, and then in one undoable step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from ... import model
from ...attendees import read_with_header
from ...attendees.mapping import FIELDS, ColumnMapping, MappingError, validate
from ...attendees.names import resplit
from ...attendees.plan import ImportPlan, ImportRefused, build_plan
from ...attendees.reader import Table
from ...services.text import clean
from ...store import DatabaseError, EventFileError
from ..context import EventContext
from ..editing.commands import ImportCommand
from ..forms.ui_attendee_import import Ui_AttendeeImport
from ..jobs import Job
from ..language import translate

ERRORS = (EventFileError, DatabaseError, OSError, ValueError, KeyError)
#: marks the preview's "Same person?" section
SAME_PERSON = "same-person"


def _ignore_label() -> str:
    return translate("AttendeeImport", "— not imported —")


def field_labels() -> dict[str, str]:
    """The fields a column can be imported into, as the column choices name them."""
    return {
        "given_name": translate("AttendeeImport", "given name"),
        "family_name": translate("AttendeeImport", "family name"),
        "full_name": translate("AttendeeImport", "full name (split into given and family name)"),
        "honorific": translate("AttendeeImport", "honorific"),
        "organisation": translate("AttendeeImport", "organisation"),
        "position": translate("AttendeeImport", "position"),
        "email": translate("AttendeeImport", "e-mail"),
        "phone": translate("AttendeeImport", "phone"),
        "category": translate("AttendeeImport", "category"),
        "registration_status": translate("AttendeeImport", "registration status"),
        "language": translate("AttendeeImport", "language"),
        "country": translate("AttendeeImport", "country (kept in the notes)"),
        "dietary_needs": translate("AttendeeImport", "dietary needs"),
        "access_needs": translate("AttendeeImport", "access needs"),
        "notes": translate("AttendeeImport", "notes"),
        "uid": translate("AttendeeImport", "Organiser ID"),
    }


def gui_hints() -> dict[str, str]:
    """What to do about a problem row, worded for this dialog (the CLI has its flags)."""
    return {
        "category": translate(
            "AttendeeImport",
            "set that column to “{ignore}” above: new people are added as participants, and "
            "“Set the category of the selected people” in the list changes it afterwards",
        ).format(ignore=_ignore_label()),
    }


class ImportDialog(QDialog):
    """Choose a list, check the columns, read the preview, apply it (or not)."""

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AttendeeImport()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.busy = False
        self.result_text = ""
        self.job: Job | None = None  # the newest reading; an older one's result is dropped
        self.apply_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(translate("AttendeeImport", "Apply the import"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.skipProblems.toggled.connect(self._update_apply)
        self.ui.progress.hide()
        self.ui.skipProblems.hide()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        big.setBold(True)
        self.ui.summary.setFont(big)
        self.ui.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.mapping.verticalHeader().hide()
        self.ui.preview.itemChanged.connect(self._same_person_answered)
        #: the user's corrections of full-name splits, (given, family) by line of the file,
        #: and answers to "same person?" by line: both kept when the preview is rebuilt
        self.names: dict[int, tuple[str, str]] = {}
        self.decisions: dict[int, bool] = {}
        splits = self.ui.splits
        splits.verticalHeader().hide()
        for column in (1, 2, 3):  # as written, given, family: room for each part
            splits.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        splits.setWordWrap(False)
        splits.itemChanged.connect(self._split_edited)
        self.ui.swapButton.clicked.connect(self.swap_selected)
        self._show_splits(None)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("AttendeeImport", "Import attendees"),
            str(self.ctx.store.path.parent),
            translate("AttendeeImport", "Attendee lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read and preview ``path`` off the UI thread."""
        self.path = path
        self.ui.fileLabel.setText(str(path))
        self.names, self.decisions = {}, {}
        data = self.ctx.data()

        def work() -> tuple[Table, ColumnMapping, ImportPlan | str]:
            table, mapping = read_with_header(path)
            return table, mapping, _plan(table, mapping, data, path.name)

        self._start(work, self._loaded)

    def _start(self, work: Any, then: Any) -> None:
        if self.job is not None:
            self.job.cancel()  # a newer read replaces this one
        job = self.job = Job(lambda _progress, _cancelled: work(), self)

        def finished(result: Any) -> None:
            if self._current(job):
                then(result)

        def failed(message: str) -> None:
            if self._current(job):
                self.plan = None
                self._show_error(message)

        job.finished.connect(finished)
        job.failed.connect(failed)
        self.busy = True
        self.ui.progress.show()
        self.apply_button.setEnabled(False)
        self.ui.summary.setText(translate("AttendeeImport", "Reading…"))
        job.start()

    def _current(self, job: Job) -> bool:
        """Whether ``job`` is the newest reading; then the dialog is no longer busy."""
        if job is not self.job:
            return False
        self.busy = False
        self.ui.progress.hide()
        return True

    def _loaded(self, result: tuple[Table, ColumnMapping, ImportPlan | str]) -> None:
        self.table, self.mapping, plan = result
        self._show_mapping()
        self._show_plan(plan)

    def _show_mapping(self) -> None:
        assert self.table is not None and self.mapping is not None
        grid = self.ui.mapping
        headers = self.table.headers
        grid.setRowCount(len(headers))
        first = self.table.rows[0].values if self.table.rows else []
        labels = field_labels()
        for i, header in enumerate(headers):
            column = translate("AttendeeImport", "(column {n})").format(n=i + 1)
            grid.setItem(i, 0, QTableWidgetItem(header or column))
            value = first[i] if i < len(first) else ""
            grid.setItem(i, 1, QTableWidgetItem(value[:80]))
            combo = QComboBox()
            combo.addItem(_ignore_label(), "-")
            for key in FIELDS:
                combo.addItem(labels[key], key)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.fields.get(i, "-"))))
            combo.currentIndexChanged.connect(lambda _n, col=i: self._remap(col))
            grid.setCellWidget(i, 2, combo)
        grid.resizeColumnToContents(0)
        grid.resizeColumnToContents(2)

    def field_combo(self, column: int) -> QComboBox:
        return self.ui.mapping.cellWidget(column, 2)

    def _remap(self, column: int) -> None:
        """The user chose a field for ``column``: that field leaves any other column."""
        assert self.table is not None and self.mapping is not None
        chosen = self.field_combo(column).currentData()
        fields = dict(self.mapping.fields)
        fields.pop(column, None)
        if chosen != "-":
            for other, f in list(fields.items()):
                if f == chosen:
                    del fields[other]
                    combo = self.field_combo(other)
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
            fields[column] = chosen
        self.mapping = ColumnMapping(list(self.mapping.headers), fields)
        self.names, self.decisions = {}, {}  # by line, for names read from another column
        self._replan()

    def _replan(self) -> None:
        """Build the preview again off the UI thread, with the corrections made so far."""
        assert self.table is not None and self.mapping is not None
        table, mapping, data = self.table, self.mapping, self.ctx.data()
        name, names = (self.path.name if self.path else ""), dict(self.names)
        self._start(lambda: _plan(table, mapping, data, name, names), self._show_plan)

    def _show_error(self, text: str) -> None:
        self.ui.summary.setStyleSheet("color: #B71C1C;")
        self.ui.summary.setText(text)
        self.ui.preview.clear()
        self._show_splits(None)
        self._update_apply()

    def _show_plan(self, plan: ImportPlan | str) -> None:
        if isinstance(plan, str):
            self.plan = None
            self._show_error(plan)
            return
        self.plan = plan
        for question in plan.questions:  # answers given before a correction stand
            if question.line in self.decisions:
                plan.decide(question, self.decisions[question.line])
        self._show_splits(plan)
        self.ui.summary.setStyleSheet("")
        self.ui.summary.setText(_summary(plan))
        tree = self.ui.preview
        tree.clear()

        def section(title: str, lines: list[tuple[str, list[str]]], colour: str = "") -> None:
            if not lines:
                return
            top = QTreeWidgetItem([f"{title} ({len(lines)})"])
            if colour:
                top.setForeground(0, QColor(colour))
            for text, children in lines[:2000]:
                item = QTreeWidgetItem(top, [text])
                for child in children:
                    QTreeWidgetItem(item, [child])
            if len(lines) > 2000:
                more = translate("AttendeeImport", "… and {n} more").format(n=len(lines) - 2000)
                QTreeWidgetItem(top, [more])
            tree.addTopLevelItem(top)
            top.setExpanded(True)

        asked = {id(q) for q in plan.questions} | {id(q.as_new) for q in plan.questions}
        tree.blockSignals(True)
        hints = gui_hints()
        section(
            translate("AttendeeImport", "Problems"),
            [(p.advice(hints), []) for p in plan.problems],
            "#B71C1C",
        )
        self._ask_same_person(plan)
        line = translate("AttendeeImport", "line {n}: {person}")
        section(
            translate("AttendeeImport", "To add"),
            [
                (line.format(n=p.line, person=_describe(p.person)), [])
                for p in plan.adds
                if id(p) not in asked
            ],
        )
        matched = translate("AttendeeImport", "line {n}: {person} (matched by {how})")
        section(
            translate("AttendeeImport", "To update"),
            [
                (
                    matched.format(n=p.line, person=_describe(p.person), how=p.matched_by),
                    [str(c) for c in p.changes],
                )
                for p in plan.updates
                if id(p) not in asked
            ],
        )
        tree.blockSignals(False)
        section(
            translate("AttendeeImport", "Warnings"),
            [(str(w), []) for w in plan.warnings],
            "#7A4F00",
        )
        if len(plan.updates) <= 200:
            tree.expandAll()  # each update's changes in view, unless the list is long
        self.ui.skipProblems.setVisible(bool(plan.problems))
        self._update_apply()

    def _ask_same_person(self, plan: ImportPlan) -> None:
        """Rows matched by name alone, each a tick: ticked, the person already in the event
        (updated); unticked, someone new (added). Space or a click answers."""
        if not plan.questions:
            return
        top = QTreeWidgetItem(
            [
                translate(
                    "AttendeeImport",
                    "Same person? ({n}): ticked, the person already in the event is updated; "
                    "unticked, the row is added as someone new",
                ).format(n=len(plan.questions))
            ]
        )
        top.setData(0, Qt.ItemDataRole.UserRole, SAME_PERSON)
        top.setForeground(0, QColor("#7A4F00"))
        self.ui.preview.addTopLevelItem(top)
        for n, question in enumerate(plan.questions):
            item = QTreeWidgetItem(top, [question.question()])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            same = plan.same_person(question)
            item.setCheckState(0, Qt.CheckState.Checked if same else Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            for change in question.changes:
                text = translate("AttendeeImport", "if the same: {change}").format(change=change)
                QTreeWidgetItem(item, [text])
        top.setExpanded(True)

    def _same_person_answered(self, item: QTreeWidgetItem, _column: int) -> None:
        n = item.data(0, Qt.ItemDataRole.UserRole)
        plan = self.plan
        if plan is None or not isinstance(n, int) or not 0 <= n < len(plan.questions):
            return
        same = item.checkState(0) == Qt.CheckState.Checked
        plan.decide(plan.questions[n], same)
        self.decisions[plan.questions[n].line] = same
        self.ui.summary.setText(_summary(plan))
        self._update_apply()

    def _show_splits(self, plan: ImportPlan | None) -> None:
        """Each name split from a full-name column: the given name, the FAMILY name in
        bold; both cells take a correction, and the preview follows it."""
        splits = plan.splits if plan is not None else {}
        table = self.ui.splits
        for widget in (self.ui.splitLabel, self.ui.swapButton, table):
            widget.setVisible(bool(splits))
        row, column = table.currentRow(), table.currentColumn()
        table.blockSignals(True)
        table.setRowCount(len(splits))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, split in enumerate(splits.values()):
            cells = (str(split.line), split.written, split.given, split.family)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == 3:
                    item.setFont(bold)
                if c == 1 and split.corrected:
                    item.setToolTip(translate("AttendeeImport", "corrected by you"))
                item.setData(Qt.ItemDataRole.UserRole, split.line)
                table.setItem(r, c, item)
        table.blockSignals(False)
        table.resizeColumnToContents(0)
        if splits and row >= 0:
            table.setCurrentCell(min(row, len(splits) - 1), max(column, 0))

    def _split_edited(self, item: QTableWidgetItem) -> None:
        """A given or family name typed over: the other part becomes the rest of the name
        where that is plain, and the preview is built again with the correction."""
        plan, column = self.plan, item.column()
        line = item.data(Qt.ItemDataRole.UserRole)
        if plan is None or column not in (2, 3) or line not in plan.splits:
            return
        split, row = plan.splits[line], item.row()
        given = clean(self.ui.splits.item(row, 2).text())
        family = clean(self.ui.splits.item(row, 3).text())
        edited = "given" if column == 2 else "family"
        self.names[line] = resplit(split.body, given, family, edited)
        self._replan()

    def swap_selected(self) -> None:
        """Given and family name change places on the selected rows ("Kim Min-jun")."""
        plan = self.plan
        if plan is None or self.busy:
            return
        rows = {i.row() for i in self.ui.splits.selectedIndexes()}
        rows.add(self.ui.splits.currentRow())
        for row in sorted(r for r in rows if r >= 0):
            line = self.ui.splits.item(row, 0).data(Qt.ItemDataRole.UserRole)
            split = plan.splits[line]
            self.names[line] = (split.family, split.given)
        self._replan()

    def same_person_items(self) -> list[QTreeWidgetItem]:
        """The "same person?" rows of the preview (for tests and the keyboard)."""
        tree = self.ui.preview
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            if top.data(0, Qt.ItemDataRole.UserRole) == SAME_PERSON:
                return [top.child(j) for j in range(top.childCount())]
        return []

    def _update_apply(self) -> None:
        plan = self.plan
        ok = (
            plan is not None
            and not self.busy
            and plan.refusal(self.ui.skipProblems.isChecked()) is None
        )
        self.apply_button.setEnabled(ok)
        if plan is not None and not ok and not self.busy:
            reason = plan.refusal(self.ui.skipProblems.isChecked())
            self.apply_button.setToolTip(reason or "")
        else:
            self.apply_button.setToolTip("")

    def apply(self) -> None:
        """Write the plan in one transaction as one undo step; the dialog closes on success."""
        if self.plan is None or self.busy:
            return
        command = ImportCommand(self.ctx, self.plan, skip_problems=self.ui.skipProblems.isChecked())
        try:
            command.do()
        except (ImportRefused, *ERRORS) as exc:
            self._show_error(
                translate("AttendeeImport", "Nothing was imported: {reason}").format(reason=exc)
            )
            return
        self.ctx.undo_stack.push(command)
        r = command.result
        skipped = (
            translate("AttendeeImport", ", 1 problem row skipped")
            if r.skipped == 1
            else translate("AttendeeImport", ", {n} problem rows skipped").format(n=r.skipped)
            if r.skipped
            else ""
        )
        self.result_text = translate(
            "AttendeeImport",
            "Imported {file}: {added} added, {updated} updated{skipped}. Undo takes it back.",
        ).format(file=self.plan.source, added=len(r.added), updated=len(r.updated), skipped=skipped)
        self.accept()


def _plan(
    table: Table,
    mapping: ColumnMapping,
    data: model.EventData,
    source: str,
    names: dict[int, tuple[str, str]] | None = None,
) -> ImportPlan | str:
    try:
        validate(mapping, in_window=True)
    except MappingError as exc:
        return str(exc)
    return build_plan(table, mapping, data, source=source, names=names)


def _summary(plan: ImportPlan) -> str:
    """'people.csv, CSV, 120 rows: 100 to add, 20 to update'."""
    return translate("AttendeeImport", "{file}, {rows} rows: {summary}").format(
        file=plan.table.describe(), rows=len(plan.table.rows), summary=plan.summary()
    )


def _describe(p: model.Person) -> str:
    org = p.affiliations[0].organisation if p.affiliations else ""
    return f"{p.full_name}, {org}" if org else p.full_name
