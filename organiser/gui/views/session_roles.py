"""The speakers of the selected session in the Programme view: who, in which role, in
running order, confirmed or not; adding a person by name (a new name makes a person) with
the role a session of that kind most likely needs next."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from ...model import EventData, Session, new_uid
from ...services.text import clean, fold
from .. import vocabulary
from ..editing.commands import DeleteCommand, InsertCommand, UpdateCommand
from ..language import translate
from .base import fill_combo, quick_fold
from .programme_people import FoldCompleter, name_words, split_name

if TYPE_CHECKING:
    from .programme_view import ProgrammeView

ROLE = Qt.ItemDataRole.UserRole


class SessionRoles:
    """The roles table and the add-a-speaker row under it."""

    def __init__(self, view: ProgrammeView):
        self.view = view
        ui = view.ui
        rt = ui.roles_table
        rt.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rt.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rt.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rt.itemChanged.connect(self._item_changed)
        rt.cellDoubleClicked.connect(self._double_clicked)
        self.person_picker = FoldCompleter(ui.role_person.lineEdit())
        ui.role_person.setCompleter(self.person_picker)
        ui.role_person.lineEdit().setPlaceholderText(
            translate("ProgrammeView", "Pick a person or type a new name")
        )
        # a new name makes a person: held to the People form's limit on a name
        ui.role_person.lineEdit().setMaxLength(200)
        ui.role_person.lineEdit().returnPressed.connect(self.add)
        ui.add_role.clicked.connect(self.add)
        ui.remove_role.clicked.connect(self.remove)
        ui.role_up.clicked.connect(lambda: self.move(-1))
        ui.role_down.clicked.connect(lambda: self.move(1))
        self._people_shown: object = None
        # (session, kind, roles) when a role was last suggested for the person to add
        self._suggested_for: tuple[object, ...] | None = None

    def refresh(self, data: EventData) -> None:
        """The event's roles and people, offered for the next speaker."""
        ui = self.view.ui
        fill_combo(
            ui.role_type, [(vocabulary.role_label(rt), rt.key) for rt in data.role_types], True
        )
        ordered = sorted(data.people, key=lambda p: p.sort_key)
        people = [(p.name or translate("ProgrammeView", "(no name)"), p.id) for p in ordered]
        if people == self._people_shown:
            return
        self._people_shown = people
        self.person_picker.set_people(
            [
                (
                    p.name,
                    " ".join(
                        quick_fold(t)
                        for t in (p.full_name, *(a.organisation for a in p.affiliations))
                    ),
                )
                for p in ordered
                if p.name
            ]
        )
        text = ui.role_person.currentText()
        fill_combo(ui.role_person, people)
        ui.role_person.setCurrentIndex(-1)
        ui.role_person.setEditText(text)

    def clear(self) -> None:
        table = self.view.ui.roles_table
        for r in range(table.rowCount()):
            self._drop_combo(r)
        table.setRowCount(0)
        self._suggested_for = None

    def show_session(self, session: Session) -> None:
        """The session's roles; and, when what it rests on changed (another session, its
        kind, its roles), the role to suggest, not on every reload, which would undo the
        user's own pick."""
        self.show(session)
        shown = (session.id, session.kind, tuple(r.role for r in session.roles))
        if self._suggested_for != shown:
            self._suggested_for = shown
            self.suggest(session)

    def show(self, session: Session) -> None:
        """Fill the roles table, reusing each row's role combo.

        A cell widget replaced with setCellWidget() lingers until the event loop deletes it,
        and is drawn offset under its successor meanwhile; so each row keeps one combo for
        good, only its items and the role it edits change, and rows that go away take theirs.
        """
        data = self.view.ctx.data()
        table = self.view.ui.roles_table
        row = table.currentRow()
        table.blockSignals(True)
        for r in range(len(session.roles), table.rowCount()):
            self._drop_combo(r)
        table.setRowCount(len(session.roles))
        for r, role in enumerate(session.roles):
            person = data.person(role.person_id)
            name = QTableWidgetItem(person.full_name or translate("ProgrammeView", "(no name)"))
            name.setData(ROLE, role.id)
            name.setToolTip(
                "; ".join(
                    a.position + (", " if a.position and a.organisation else "") + a.organisation
                    for a in person.affiliations
                )
            )
            table.setItem(r, 0, name)
            combo = table.cellWidget(r, 1)
            if not isinstance(combo, QComboBox):
                combo = QComboBox()
                combo.setAccessibleName(translate("ProgrammeView", "role"))
                combo.currentIndexChanged.connect(
                    lambda _i, c=combo: self._type_changed(c.property("role_id"), c)
                )
                table.setCellWidget(r, 1, combo)
            combo.blockSignals(True)
            combo.setProperty("role_id", role.id)
            combo.clear()
            for rt in data.role_types:
                combo.addItem(vocabulary.role_label(rt), rt.key)
            if combo.findData(role.role) < 0:
                combo.addItem(vocabulary.role_label(data.role_type(role.role)), role.role)
            combo.setCurrentIndex(combo.findData(role.role))
            combo.blockSignals(False)
            confirmed = QTableWidgetItem(
                translate("ProgrammeView", "Confirmed")
                if role.confirmed
                else translate("ProgrammeView", "To be confirmed")
            )
            confirmed.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            confirmed.setCheckState(
                Qt.CheckState.Checked if role.confirmed else Qt.CheckState.Unchecked
            )
            confirmed.setData(ROLE, role.id)
            table.setItem(r, 2, confirmed)
        table.blockSignals(False)
        if table.rowCount():
            table.setCurrentCell(min(max(row, 0), table.rowCount() - 1), 0)

    def _drop_combo(self, row: int) -> None:
        """Take the combo out of the table at once, not at the next turn of the event loop."""
        table = self.view.ui.roles_table
        combo = table.cellWidget(row, 1)
        if combo is None:
            return
        table.removeCellWidget(row, 1)
        if shiboken6.isValid(combo):
            combo.hide()
            combo.setParent(None)
            combo.deleteLater()

    def suggested_role(self, session: Session) -> str | None:
        """The role a person added to ``session`` most likely has, among the event's roles.

        A workshop is led by one facilitator and answered by first respondents; a panel has
        a moderator and panellists; a keynote has its keynote speaker; anything else speakers.
        """
        has = {role.role for role in session.roles}
        if session.kind == "workshop":
            wanted = ["first_respondent" if "facilitator" in has else "facilitator"]
        elif session.kind == "panel":
            wanted = ["panellist" if "moderator" in has else "moderator"]
        elif session.kind == "keynote":
            wanted = ["keynote_speaker"]
        else:
            wanted = []
        keys = [rt.key for rt in self.view.ctx.data().role_types]
        return next((k for k in [*wanted, "speaker"] if k in keys), keys[0] if keys else None)

    def suggest(self, session: Session) -> None:
        key = self.suggested_role(session)
        index = self.view.ui.role_type.findData(key)
        if index >= 0:
            self.view.ui.role_type.setCurrentIndex(index)

    def _ids(self) -> list[int]:
        table = self.view.ui.roles_table
        return [table.item(r, 0).data(ROLE) for r in range(table.rowCount())]

    def _type_changed(self, role_id: int | None, combo: QComboBox) -> None:
        if role_id is None:
            return
        cmd = UpdateCommand(
            self.view.ctx,
            "roles",
            role_id,
            {"role": combo.currentData()},
            translate("ProgrammeView", "Change role"),
        )
        self.view.later(lambda: self.view.push(cmd))  # the combo is rebuilt by the commit

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        confirmed = int(item.checkState() == Qt.CheckState.Checked)
        cmd = UpdateCommand(
            self.view.ctx,
            "roles",
            item.data(ROLE),
            {"confirmed": confirmed},
            translate("ProgrammeView", "Change confirmation"),
        )
        self.view.later(lambda: self.view.push(cmd))

    def _double_clicked(self, row: int, column: int) -> None:
        if column != 0:
            return
        role_id = self.view.ui.roles_table.item(row, 0).data(ROLE)
        role = self.view.ctx.store.get("roles", role_id)
        if role is not None:
            self.view.ctx.navigate.emit("person", role["person_id"])

    def add(self) -> None:
        """Add the person typed or picked, in the chosen role; a new name makes a new person."""
        session_id = self.view.current_session_id()
        combo = self.view.ui.role_person
        text = clean(combo.currentText())
        role_key = self.view.ui.role_type.currentData()
        if session_id is None or not text or role_key is None:
            return
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        person_id = combo.itemData(index) if index >= 0 else None
        if person_id is None:
            wanted = fold(text)
            person_id = next(
                (p.id for p in self.view.ctx.data().people if fold(p.full_name) == wanted), None
            )
        found = self.person_picker.found
        if (
            person_id is None
            and len(found) == 1
            and set(name_words(text)) <= set(name_words(found[0]))
        ):
            # Enter takes the one person whose name has the words typed ("traore" is
            # Drissa Traoré); "Ali" stays a new person rather than becoming Alice
            index = combo.findText(found[0], Qt.MatchFlag.MatchFixedString)
            person_id = combo.itemData(index) if index >= 0 else None
            text = found[0] if person_id is not None else text
        label = self.view.ui.role_type.currentText()
        stack = self.view.begin(
            translate("ProgrammeView", "Add {role} {name}").format(role=label.lower(), name=text)
        )
        try:
            if person_id is None:
                person = {"uid": new_uid(), "category": "speaker", **split_name(text)}
                cmd = InsertCommand(
                    self.view.ctx,
                    "people",
                    person,
                    translate("ProgrammeView", "Add person {name}").format(name=text),
                )
                stack.push(cmd)
                person_id = cmd.row_id
            order = len(self._ids())
            values = {
                "session_id": session_id,
                "person_id": person_id,
                "role": role_key,
                "sort_order": order,
                "confirmed": 1,
            }
            stack.push(
                InsertCommand(
                    self.view.ctx, "roles", values, translate("ProgrammeView", "Add role")
                )
            )
        finally:
            stack.endMacro()
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        table = self.view.ui.roles_table
        table.setCurrentCell(table.rowCount() - 1, 0)

    def remove(self) -> None:
        ids = self._ids()
        row = self.view.ui.roles_table.currentRow()
        if 0 <= row < len(ids):
            self.view.push(
                DeleteCommand(
                    self.view.ctx, "roles", ids[row], translate("ProgrammeView", "Remove role")
                )
            )

    def move(self, step: int) -> None:
        ids = self._ids()
        row = self.view.ui.roles_table.currentRow()
        if not (0 <= row < len(ids) and 0 <= row + step < len(ids)):
            return
        ids[row], ids[row + step] = ids[row + step], ids[row]
        stack = self.view.begin(translate("ProgrammeView", "Change running order"))
        try:
            for order, role_id in enumerate(ids):
                stack.push(
                    UpdateCommand(
                        self.view.ctx,
                        "roles",
                        role_id,
                        {"sort_order": order},
                        translate("ProgrammeView", "Running order"),
                    )
                )
        finally:
            stack.endMacro()
        self.view.ui.roles_table.setCurrentCell(row + step, 0)
