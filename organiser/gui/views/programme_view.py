"""The Programme view: days and their sessions in time order, the selected one in a form."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from ... import i18n
from ...i18n import day_label_title
from ...model import SESSION_KINDS, SESSION_STATUSES, Session, new_uid
from ...services import markdown
from ...services.text import clean, fold
from .. import language, vocabulary
from ..context import EventContext
from ..editing.binding import RowBinder
from ..editing.commands import DeleteCommand, InsertCommand, ReplaceListCommand, UpdateCommand
from ..forms.ui_programme import Ui_ProgrammeForm
from ..language import translate
from .base import BaseView, clock_text, day_heading, fill_combo
from .session_roles import SessionRoles

ROLE = Qt.ItemDataRole.UserRole


def keep_length(row: dict[str, object], starts: str) -> dict[str, str]:
    """A session moved to another start keeps its length: the end moves with it (up to
    the end of the day), as in a calendar. Nothing moves when it had no sensible end."""
    try:
        old_start = time.fromisoformat(str(row.get("starts")))
        old_end = time.fromisoformat(str(row.get("ends")))
    except ValueError:
        return {}
    if old_end <= old_start:
        return {}
    day = date(2000, 1, 1)
    length = datetime.combine(day, old_end) - datetime.combine(day, old_start)
    end = datetime.combine(day, time.fromisoformat(starts)) + length
    return {"ends": "23:59" if end.date() != day else f"{end:%H:%M}"}


class ProgrammeView(BaseView):
    TABLES = frozenset(
        {"sessions", "days", "rooms", "guiding_questions", "roles", "people", "role_types", "event"}
    )

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_ProgrammeForm()
        self.ui.setupUi(self)
        ui = self.ui
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([420, 640])
        heading_font = QFont(ui.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        ui.heading.setFont(heading_font)
        tree = ui.sessions_tree
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        tree.currentItemChanged.connect(lambda *_: self._show_current())

        for kind in SESSION_KINDS:
            ui.kind.addItem(vocabulary.session_kind(kind), kind)
        ui.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.zoneNote.setWordWrap(True)  # "… — Sun 28 Dec (+1 day)" wraps in a narrow pane
        for status in SESSION_STATUSES:
            ui.status.addItem(vocabulary.session_status(status), status)

        self.session = RowBinder(ctx, "sessions", self)
        self.session.combo(ui.day, "day_id")
        self.session.time(ui.starts, "starts", ui.time_message, follow=keep_length)
        self.session.time(ui.ends, "ends", ui.time_message)
        self.session.combo(ui.kind, "kind")
        self.session.number(ui.number, "number")
        self.session.line(ui.title, "title")
        self.session.line(ui.subtitle, "subtitle")
        self.session.line(ui.type, "type")
        # the event's own words for its formats, offered as one types (Talk, Workshop Bühne…)
        self.types = QStringListModel(self)
        completer = QCompleter(self.types, ui.type)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.type.setCompleter(completer)
        for line, limit in ((ui.subtitle, 500), (ui.type, 100)):
            line.setMaxLength(limit)
        self.session.combo(ui.room, "room_id")
        self.session.combo(ui.status, "status")
        self.session.text(ui.summary, "summary")
        self.session.text(ui.problem_statement, "problem_statement")
        self.session.text(ui.description, "description")
        self.session.text(ui.notes, "notes")
        self.session.line(ui.title_fr, "title_fr")
        self.session.text(ui.summary_fr, "summary_fr")
        self.session.text(ui.problem_statement_fr, "problem_statement_fr")

        for editor in (ui.summary, ui.problem_statement, ui.description):
            editor.textChanged.connect(self._show_preview)

        ui.add_session.clicked.connect(self.add_session)
        ui.delete_session.clicked.connect(self.delete_session)
        self.add_action = QAction(translate("ProgrammeView", "Add session"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_session)
        self.addAction(self.add_action)
        self.delete_action = QAction(translate("ProgrammeView", "Delete session"), tree)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_session)
        tree.addAction(self.delete_action)

        ui.add_room.clicked.connect(self.add_room)

        ql = ui.questions_list
        ql.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        ql.setSpacing(1)
        ql.itemChanged.connect(lambda _item: self._questions_edited())
        ui.new_question.returnPressed.connect(self.add_question)
        ui.new_question.setMaxLength(2000)
        ui.add_question.clicked.connect(self.add_question)
        ui.remove_question.clicked.connect(self.remove_question)
        ui.question_up.clicked.connect(lambda: self.move_question(-1))
        ui.question_down.clicked.connect(lambda: self.move_question(1))
        qf = ui.questions_fr
        qf.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        qf.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        qf.verticalHeader().setVisible(False)
        qf.itemChanged.connect(self._french_question_edited)

        self.roles = SessionRoles(self)
        self.refresh()
        first = tree.topLevelItem(0)
        if first is not None and first.childCount():
            tree.setCurrentItem(first.child(0))

    # ------------------------------------------------------------------ refresh
    def current_session_id(self) -> int | None:
        item = self.ui.sessions_tree.currentItem()
        if item is None:
            return None
        kind, item_id = item.data(0, ROLE)
        return item_id if kind == "session" else None

    def _current_day_id(self) -> int | None:
        item = self.ui.sessions_tree.currentItem()
        if item is None:
            return None
        kind, item_id = item.data(0, ROLE)
        if kind == "day":
            return item_id
        return next((s.day_id for s in self.ctx.data().sessions if s.id == item_id), None)

    def refresh(self) -> None:
        data = self.ctx.data()
        ui, tree = self.ui, self.ui.sessions_tree
        current = tree.currentItem()
        key = current.data(0, ROLE) if current is not None else None
        tree.blockSignals(True)
        tree.clear()
        select = None
        bold = QFont(tree.font())
        bold.setBold(True)
        for n, day in enumerate(data.days, start=1):
            top = QTreeWidgetItem(
                [
                    translate("ProgrammeView", "Day {n}").format(n=n),
                    day_heading(day.date)
                    + (f" · {extra}" if (extra := day_label_title(day.label)) else ""),
                ]
            )
            top.setData(0, ROLE, ("day", day.id))
            top.setFont(0, bold)
            top.setFont(1, bold)
            tree.addTopLevelItem(top)
            if key == ("day", day.id):
                select = top
            for s in data.sessions_on(day.id):
                # a talk after its day's midnight stays under its day, marked as such
                item = QTreeWidgetItem([clock_text(data, s), self._label(s)])
                item.setData(0, ROLE, ("session", s.id))
                if s.status == "tentative":
                    item.setToolTip(1, vocabulary.session_status("tentative"))
                    item.setForeground(1, tree.palette().placeholderText())
                top.addChild(item)
                if key == ("session", s.id):
                    select = item
            top.setExpanded(True)
        if select is None and key is not None and key[0] == "session":
            # the session went away (deleted, undone): select its neighbour on the same day
            select = tree.topLevelItem(0)
        if select is not None:
            tree.setCurrentItem(select)
        tree.blockSignals(False)

        types = sorted({s.type for s in data.sessions if s.type}, key=str.casefold)
        if types != self.types.stringList():
            self.types.setStringList(types)
        # combos that list other tables
        fill_combo(ui.day, [(day_heading(d.date), d.id) for d in data.days])
        no_room = [(translate("ProgrammeView", "(no room)"), None)]
        fill_combo(ui.room, no_room + [(r.name, r.id) for r in data.rooms])
        self.roles.refresh(data)
        self._show_current()

    @staticmethod
    def _label(s: Session) -> str:
        if s.title or s.kind != "other":
            return vocabulary.session_heading(s)
        return translate("ProgrammeView", "(untitled session)")

    def _show_current(self) -> None:
        ui = self.ui
        session_id = self.current_session_id()
        row = None if session_id is None else self.ctx.store.get("sessions", session_id)
        self.session.load(row)
        self._show_preview()
        for widget in (
            ui.questions_list,
            ui.new_question,
            ui.add_question,
            ui.remove_question,
            ui.question_up,
            ui.question_down,
            ui.roles_table,
            ui.questions_fr,
            ui.role_person,
            ui.role_type,
            ui.add_role,
            ui.remove_role,
            ui.role_up,
            ui.role_down,
            ui.add_room,
            ui.delete_session,
        ):
            widget.setEnabled(row is not None)
        session = (
            None
            if session_id is None
            else next((s for s in self.ctx.data().sessions if s.id == session_id), None)
        )
        if session is None:
            ui.heading.setText(
                translate("ProgrammeView", "Select a session, or add one with Ctrl+N")
                if self.ctx.data().days
                else translate("ProgrammeView", "Add a day in the Event view first")
            )
            ui.questions_list.clear()
            ui.questions_fr.setRowCount(0)
            self.roles.clear()
            return
        ui.heading.setText(vocabulary.session_heading(session))
        zone = self.ctx.data().event.venue_time_zone
        if session.ends <= session.starts:
            ui.zoneNote.setText(
                translate("ProgrammeView", "venue time ({zone}) — ends before it starts").format(
                    zone=zone
                )
            )
            ui.zoneNote.setStyleSheet("color: #b00020;")
        else:
            data = self.ctx.data()
            start = data.starts_at(session)
            # after its day's midnight: say which morning, briefly (the note shares a line)
            lang = language.current()
            late = (
                f" — {i18n.short_date(start.date(), lang)} ({i18n.day_shift(1, lang)})"
                if start.date() > data.day(session.day_id).date
                else ""
            )
            ui.zoneNote.setText(
                translate("ProgrammeView", "venue time ({zone})").format(zone=zone) + late
            )
            ui.zoneNote.setStyleSheet("")
        self._show_questions(session)
        self._show_french_questions(session)
        self.roles.show_session(session)

    def _show_preview(self) -> None:
        """The session's texts formatted as the programme prints them (Markdown), live."""
        ui = self.ui
        parts = []
        for label, editor in (
            ("", ui.summary),
            (translate("ProgrammeView", "Problem statement"), ui.problem_statement),
            (translate("ProgrammeView", "Description"), ui.description),
        ):
            text = editor.toPlainText().strip()
            if text:
                heading = f"<p><b>{label}</b></p>" if label else ""
                parts.append(heading + markdown.to_html(text))
        ui.text_preview.setHtml("".join(parts))

    def show_item(self, kind: str, item_id: int) -> None:
        if kind != "session":
            return
        tree = self.ui.sessions_tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, ROLE) == ("session", item_id):
                    tree.setCurrentItem(top.child(j))
                    tree.scrollToItem(top.child(j))
                    tree.setFocus()
                    return

    # ---------------------------------------------------------------- sessions
    def add_session(self) -> None:
        """A session after the selected one; its title typed at once is part of adding
        it (one undo step), so is the day made for it when the event has none."""
        day_id = self._current_day_id()
        data = self.ctx.data()
        stack = self.begin(translate("ProgrammeView", "Add session")) if not data.days else None
        try:
            if day_id is None:
                if data.days:
                    day_id = data.days[0].id
                else:
                    cmd = InsertCommand(
                        self.ctx,
                        "days",
                        {"date": date.today().isoformat()},
                        translate("ProgrammeView", "Add day"),
                    )
                    self.ctx.undo_stack.push(cmd)
                    day_id = cmd.row_id
            current = self.current_session_id()
            same_day = data.sessions_on(day_id) if day_id in {d.id for d in data.days} else []
            after = next(
                (s for s in same_day if s.id == current), same_day[-1] if same_day else None
            )
            starts = after.ends if after else time(9)
            ends = (datetime.combine(date.min, starts) + timedelta(hours=1)).time()
            if ends < starts:
                ends = time(23, 59)
            values = {
                "uid": new_uid(),
                "day_id": day_id,
                "starts": f"{starts:%H:%M}",
                "ends": f"{ends:%H:%M}",
                "kind": "other",
                "status": "confirmed",
            }
            cmd = InsertCommand(
                self.ctx,
                "sessions",
                values,
                translate("ProgrammeView", "Add session"),
                names=("title",),
            )
            if stack is None:
                self.push(cmd)
            else:
                stack.push(cmd)
        finally:
            if stack is not None:
                stack.endMacro()
        if cmd.row_id is not None:  # None: the file refused the new session (push said why)
            self.show_item("session", cmd.row_id)
        self.ui.title.setFocus()

    def delete_session(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        tree = self.ui.sessions_tree
        below = tree.itemBelow(tree.currentItem()) or tree.itemAbove(tree.currentItem())
        neighbour = below.data(0, ROLE) if below is not None else None
        heading = next(
            (vocabulary.session_heading(s) for s in self.ctx.data().sessions if s.id == session_id),
            "",
        )
        text = translate("ProgrammeView", "Delete {session}").format(session=heading)
        self.push(DeleteCommand(self.ctx, "sessions", session_id, text))
        if neighbour and neighbour[0] == "session":
            self.show_item("session", neighbour[1])

    def add_room(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("ProgrammeView", "New room"),
            translate("ProgrammeView", "Name of the room:"),
        )
        name = clean(name)
        session_id = self.current_session_id()
        if not ok or not name or session_id is None:
            return
        rooms = self.ctx.data().rooms
        existing = next((r for r in rooms if fold(r.name) == fold(name)), None)
        stack = self.begin(translate("ProgrammeView", "Add room {name}").format(name=name))
        try:
            if existing is None:
                cmd = InsertCommand(
                    self.ctx,
                    "rooms",
                    {"name": name, "sort_order": len(rooms)},
                    translate("ProgrammeView", "Add room"),
                )
                stack.push(cmd)
                room_id = cmd.row_id
            else:
                room_id = existing.id
            stack.push(
                UpdateCommand(
                    self.ctx,
                    "sessions",
                    session_id,
                    {"room_id": room_id},
                    translate("ProgrammeView", "Set room"),
                )
            )
        finally:
            stack.endMacro()

    # -------------------------------------------------------- guiding questions
    def _show_questions(self, session: Session) -> None:
        ql = self.ui.questions_list
        row = ql.currentRow()
        ql.blockSignals(True)
        ql.clear()
        for text in session.guiding_questions:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            ql.addItem(item)
        ql.blockSignals(False)
        if ql.count():
            ql.setCurrentRow(min(max(row, 0), ql.count() - 1))

    def _questions(self) -> list[tuple[str, str]]:
        """(English, French) of each question as the list shows it: the French goes with
        its question wherever the question moves."""
        ql = self.ui.questions_list
        session_id = self.current_session_id()
        stored = (
            [
                r.get("text_fr") or ""
                for r in self.ctx.store.rows("guiding_questions", session_id=session_id)
            ]
            if session_id is not None
            else []
        )
        return [
            (ql.item(i).text(), stored[i] if i < len(stored) else "") for i in range(ql.count())
        ]

    def _set_questions(
        self, questions: list[tuple[str, str]], text: str, select: int | None = None
    ) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        rows = [{"text": en, "text_fr": fr} for en, fr in questions]
        self.push(
            ReplaceListCommand(self.ctx, "guiding_questions", "session_id", session_id, rows, text)
        )
        if select is not None and 0 <= select < self.ui.questions_list.count():
            self.ui.questions_list.setCurrentRow(select)

    def _questions_edited(self) -> None:
        row = self.ui.questions_list.currentRow()
        questions = [(clean(en), fr) for en, fr in self._questions()]
        kept = [(en, fr) for en, fr in questions if en]
        session_id = self.current_session_id()

        def push() -> None:
            if self.current_session_id() == session_id:
                text = translate("ProgrammeView", "Edit guiding question")
                self._set_questions(kept, text, min(row, len(kept) - 1))

        self.later(push)

    def _show_french_questions(self, session: Session) -> None:
        """Each question beside its French version, which is what can be edited here."""
        table = self.ui.questions_fr
        row = table.currentRow()
        table.blockSignals(True)
        table.setRowCount(len(session.guiding_questions))
        french = session.guiding_questions_fr
        for r, english in enumerate(session.guiding_questions):
            shown = QTableWidgetItem(english)
            shown.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            shown.setToolTip(english)
            table.setItem(r, 0, shown)
            table.setItem(r, 1, QTableWidgetItem(french[r] if r < len(french) else ""))
        table.blockSignals(False)
        table.resizeRowsToContents()
        if table.rowCount():
            table.setCurrentCell(min(max(row, 0), table.rowCount() - 1), 1)

    def _french_question_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        row, value = item.row(), clean(item.text())
        questions = self._questions()
        session_id = self.current_session_id()
        if not 0 <= row < len(questions) or questions[row][1] == value:
            return
        questions[row] = (questions[row][0], value)

        def push() -> None:
            if self.current_session_id() == session_id:
                text = translate("ProgrammeView", "Edit guiding question in French")
                self._set_questions(questions, text)

        self.later(push)

    def add_question(self) -> None:
        """The question typed below the list, added as one step; the field stays ready for
        the next one. With nothing typed, the field is where to type it."""
        field = self.ui.new_question
        text = clean(field.text())
        if not text:
            field.setFocus()
            return
        questions = self._questions()
        self._set_questions(
            [*questions, (text, "")],
            translate("ProgrammeView", "Add guiding question"),
            len(questions),
        )
        field.setText("")  # not clear(): its own undo would bring the question back
        field.setFocus()

    def remove_question(self) -> None:
        questions = self._questions()
        row = self.ui.questions_list.currentRow()
        if 0 <= row < len(questions):
            del questions[row]
            self._set_questions(
                questions,
                translate("ProgrammeView", "Remove guiding question"),
                min(row, len(questions) - 1),
            )

    def move_question(self, step: int) -> None:
        questions = self._questions()
        row = self.ui.questions_list.currentRow()
        if 0 <= row < len(questions) and 0 <= row + step < len(questions):
            questions[row], questions[row + step] = questions[row + step], questions[row]
            self._set_questions(
                questions, translate("ProgrammeView", "Reorder guiding questions"), row + step
            )
