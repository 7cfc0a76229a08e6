"""The check-in desk: a queue, a laptop, a badge printer.

One search field takes both hands typing a few letters of a name and a keyboard-wedge
scanner typing a badge's ID and Enter. The search index is built once when the desk opens
and kept in step by the desk's own undo commands (check-in, walk-in), so a keystroke never
reloads the event; only changes made elsewhere (an import, another process) rebuild it.

Enter checks the person in and prints their badge if none was printed yet: the PDF is
written to the desk folder (the record of what left the desk), then opened or sent to the
chosen printer. A second badge is never printed without the desk asking for it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from ... import i18n, model
from ...attendees.checkin import (
    AlreadyCheckedIn,
    DeskIndex,
    Hit,
    counters,
    venue_now,
)
from ...badges import layouts as badge_layouts
from ...badges.selection import (
    SingleBadge,
    badge_texts,
    fingerprint,
    previous_print,
    print_single,
)
from ...pdf import shaping
from ...services.datetimes import full_date
from ...store import DatabaseError, EventFileError, printlog
from ...store import attendance as sql
from .. import language, vocabulary
from ..context import EventContext
from ..documents.desk_badge import (
    LAYOUT_SETTING,
    OUT_FOLDER,
    OUT_OPEN,
    OUT_PRINTER,
    desk_file,
    desk_layout,
    send_badge,
)
from ..documents.incomplete_notice import describe
from ..documents.printing import PrintError, printer_names
from ..editing.commands import CheckInCommand, DeskCommand, WalkInCommand
from ..forms.ui_desk import Ui_Desk
from ..jobs import Job
from ..language import translate
from .desk_hits import ROLE_HIT, HitDelegate, breakdown_text, clip_name, matching, when_text
from .desk_walk_in import WalkInDialog

#: Event settings the desk remembers between sessions. The badge layout is the one
#: setting People › Print badge and Print & Export's "Use this layout at the desk" share.
OUTPUT_SETTING = "desk_output"
FOLDER_SETTING = "desk_folder"


#: What a desk action may run into; each becomes a message in the view, never a crash.
DESK_ERRORS = (
    EventFileError,
    PrintError,
    DatabaseError,
    OSError,
    ValueError,
    KeyError,
    RuntimeError,
)

_STATE_COLOURS = {
    "ok": ("#E3F4E1", "#1B5E20"),
    "warn": ("#FFF4D6", "#7A4F00"),
    "error": ("#FDE2E1", "#B71C1C"),
    "info": ("#EEF2F7", "#1F3A5F"),
}


class DeskView(QWidget):
    """Check-in desk for one event: search, check in, print, count, undo."""

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_Desk()
        self.ui.setupUi(self)
        self._writing = False
        self._stale = False
        self._reprint_id: int | None = None
        self._recent: list[int] = []  # checked in at this desk, latest first
        self.last_badge: SingleBadge | None = None
        self.walk_in_dialog: WalkInDialog | None = None
        self._today = venue_now(ctx.store).date()

        self.index = DeskIndex(ctx.data())
        # the faces the event's names need (Arabic, CJK, …) load on a worker now, so the
        # first badge for such a name prints as fast as any other
        texts = badge_texts(ctx.data())
        self.warm_up = Job(lambda _progress, _cancelled: shaping.warm(texts), self).start()
        self._style()
        self._fill_layouts()
        self._fill_outputs()
        self.ui.results.setItemDelegate(HitDelegate(self))
        self.ui.reprintButton.hide()
        self.ui.status.hide()

        self.ui.search.textChanged.connect(self._on_text)
        self.ui.search.returnPressed.connect(self._on_enter)
        self.ui.search.installEventFilter(self)
        self.ui.results.itemDoubleClicked.connect(lambda _item: self._on_enter(selected_only=True))
        self.ui.walkInButton.clicked.connect(self.open_walk_in)
        self.ui.undoButton.clicked.connect(self.undo_last)
        self.ui.reprintButton.clicked.connect(self.reprint)
        self.ui.openFolderButton.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))
        )
        self.ui.layoutCombo.currentIndexChanged.connect(self._layout_chosen)
        self.ui.outputCombo.currentIndexChanged.connect(self._output_chosen)
        ctx.undo_stack.indexChanged.connect(self._update_undo)
        ctx.changed.connect(self._on_changed)
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self._rebuild)
        self.update_counters()
        self._update_undo()
        self.ui.search.setFocus()

    # ------------------------------------------------------------------ setup
    def _style(self) -> None:
        big = QFont(self.font())
        big.setPointSizeF(30)
        self.ui.search.setFont(big)
        self.ui.search.setMinimumHeight(72)
        counter = QFont(self.font())
        counter.setPointSizeF(26)
        counter.setBold(True)
        self.ui.counter.setFont(counter)
        small = QFont(self.font())
        small.setPointSizeF(12)
        self.ui.breakdown.setFont(small)
        self.ui.breakdown.setStyleSheet("color: #444;")
        self.ui.breakdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label = QFont(self.font())
        label.setPointSizeF(12)
        self.ui.resultsLabel.setFont(label)
        self.ui.resultsLabel.setStyleSheet("color: #555;")
        status = QFont(self.font())
        status.setPointSizeF(18)
        self.ui.status.setFont(status)
        self.ui.status.setMinimumHeight(56)
        # Long text (a 980-letter name in one word) is cut or wrapped inside the window,
        # never allowed to widen it.
        for text_label in (self.ui.status, self.ui.resultsLabel, self.ui.counter):
            text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ui.results.setStyleSheet("QListWidget { border: 1px solid #BBB; }")
        buttons = (self.ui.walkInButton, self.ui.undoButton, self.ui.reprintButton)
        for b in (*buttons, self.ui.openFolderButton):
            f = QFont(self.font())
            f.setPointSizeF(13)
            b.setFont(f)
            b.setMinimumHeight(40)

    def _fill_layouts(self) -> None:
        combo = self.ui.layoutCombo
        combo.blockSignals(True)
        try:
            known = badge_layouts.all_layouts()
        except ValueError as exc:  # the user's imported layouts file is damaged
            known = list(badge_layouts.BUILT_IN)
            self.show_status(
                translate("DeskView", "Only the built-in badge layouts: {reason}").format(
                    reason=exc
                ),
                "warn",
            )
        singles = [lay for lay in known if lay.kind == "single"]
        sheets = [lay for lay in known if lay.kind == "sheet"]
        for lay in singles:
            combo.addItem(
                f"{vocabulary.layout_name(lay)} ({vocabulary.layout_size(lay)})", lay.name
            )
        combo.insertSeparator(combo.count())
        for lay in sheets:
            combo.addItem(
                translate("DeskView", "{layout}: next free label of {count}").format(
                    layout=vocabulary.layout_name(lay), count=lay.per_page
                ),
                lay.name,
            )
        combo.blockSignals(False)
        self._show_layout_setting()

    def _show_layout_setting(self) -> None:
        """Select the event's desk layout (set here, or from Print & Export)."""
        combo = self.ui.layoutCombo
        at = combo.findData(desk_layout(self.ctx.store).name)
        if at >= 0 and at != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(at)
            combo.blockSignals(False)

    def _fill_outputs(self) -> None:
        combo = self.ui.outputCombo
        combo.blockSignals(True)
        combo.addItem(translate("DeskView", "Save the PDF in the desk folder"), OUT_FOLDER)
        combo.addItem(translate("DeskView", "Save the PDF and open it"), OUT_OPEN)
        for name in printer_names():
            text = translate("DeskView", "Print on {printer}").format(printer=name)
            combo.addItem(text, f"{OUT_PRINTER}:{name}")
        wanted = self.ctx.store.setting(OUTPUT_SETTING) or OUT_FOLDER
        at = combo.findData(wanted)
        combo.setCurrentIndex(at if at >= 0 else 0)
        combo.blockSignals(False)

    def _layout_chosen(self) -> None:
        self._remember(LAYOUT_SETTING, self.ui.layoutCombo.currentData())

    def _output_chosen(self) -> None:
        self._remember(OUTPUT_SETTING, self.ui.outputCombo.currentData())

    def _remember(self, key: str, value: str) -> None:
        # A desk preference, not an edit of the event: kept off the undo stack so that
        # "Undo last check-in" always means the check-in.
        try:
            self._writing = True
            self.ctx.store.set_setting(key, value)
        except DESK_ERRORS as exc:
            self.show_status(
                translate("DeskView", "The choice was not saved: {reason}").format(reason=exc),
                "error",
            )
        finally:
            self._writing = False

    # ---------------------------------------------------------------- queries
    def badge_layout(self) -> badge_layouts.Layout:
        name = self.ui.layoutCombo.currentData()
        return badge_layouts.find(name) if name else desk_layout(self.ctx.store)

    def folder(self) -> Path:
        """Where the desk writes badge PDFs: the event's setting, else beside the event."""
        chosen = self.ctx.store.setting(FOLDER_SETTING)
        if chosen:
            return Path(chosen)
        path = self.ctx.store.path
        return path.parent / translate("DeskView", "{event} desk badges").format(event=path.stem)

    def state_text(self, hit: Hit) -> tuple[str, str]:
        """Checked in means checked in today: yesterday's arrival is shown, in grey."""
        at = self.index.arrival(hit.person_id, on=self._today)
        if at is not None:
            when = when_text(at, self._today)
            return translate("DeskView", "✓ checked in {when}").format(when=when), "#1B5E20"
        last = self.index.last_arrival(hit.person_id)
        if last is not None:
            day = i18n.day_short(last.date(), language.current())
            return translate("DeskView", "not yet today (in {day})").format(day=day), "#777777"
        return translate("DeskView", "not checked in"), "#777777"

    def hits(self) -> list[Hit]:
        results = self.ui.results
        return [results.item(i).data(ROLE_HIT) for i in range(results.count())]

    # ----------------------------------------------------------------- search
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        search = self.ui.search
        if obj is search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            steps: dict[int, int] = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5,
            }
            step = steps.get(key)
            if step is not None and self.ui.results.count():
                row = self.ui.results.currentRow() + step
                self.ui.results.setCurrentRow(max(0, min(self.ui.results.count() - 1, row)))
                return True
            if key == Qt.Key.Key_Escape:
                self.ui.search.clear()
                return True
        return super().eventFilter(obj, event)

    def _on_text(self, text: str) -> None:
        if self._stale:
            self._stale_rebuild()
        if self.ui.status.property("kind") == "nobody":
            self.ui.status.hide()  # about the last search, not the one being typed
        self._show_hits(self._hits_for(text))

    def _hits_for(self, text: str) -> list[Hit]:
        """Search results; with nothing typed, the last people checked in at this desk."""
        if text.strip():
            hits = self.index.search(text)
            self.ui.resultsLabel.setText(
                translate(
                    "DeskView", "{found} — Enter checks in the highlighted one (↑ ↓ to choose)"
                ).format(found=matching(len(hits), text))
                if len(hits) > 1
                else translate("DeskView", "Results (Enter to check in)")
            )
            return hits
        self.ui.resultsLabel.setText(
            translate("DeskView", "Last checked in at this desk") if self._recent else ""
        )
        recent = (self.index.hit(pid) for pid in self._recent)
        return [h for h in recent if h is not None]

    def _show_hits(self, hits: list[Hit]) -> None:
        results = self.ui.results
        results.setUpdatesEnabled(False)
        results.clear()
        for hit in hits:
            item = QListWidgetItem(hit.name)
            item.setData(ROLE_HIT, hit)
            results.addItem(item)
        if hits:
            results.setCurrentRow(0)
        results.setUpdatesEnabled(True)

    def _refresh_hits(self) -> None:
        self._show_hits(self._hits_for(self.ui.search.text()))

    # ---------------------------------------------------------------- actions
    def _on_enter(self, selected_only: bool = False) -> None:
        text = self.ui.search.text()
        person_id = None
        if not selected_only and text.strip():
            person_id = self.index.person_for_scan(text)
        note = ""
        if person_id is None:
            item = self.ui.results.currentItem()
            if item is not None:
                person_id = item.data(ROLE_HIT).person_id
                count = self.ui.results.count()
                if count > 1 and text.strip():
                    # The highlighted row is taken, as staff expect; the count makes a
                    # wrong namesake noticeable while the person is still at the desk.
                    note = translate(
                        "DeskView", " ({found}: the highlighted one was taken)"
                    ).format(found=matching(count, text))
        if person_id is None:
            if text.strip():
                self.show_status(
                    translate(
                        "DeskView", "Nobody matches “{text}”. Check the spelling, or add a walk-in."
                    ).format(text=text.strip()),
                    "warn",
                )
                self.ui.status.setProperty("kind", "nobody")
            return
        self.admit(person_id, note)

    def admit(self, person_id: int, note: str = "") -> None:
        """Check the person in (once) and print their first badge."""
        hit = self.index.hit(person_id)
        if hit is None:
            self.show_status(
                translate("DeskView", "That person is no longer in the event."), "error"
            )
            return
        # One arrival per event day: a second Enter today writes nothing, tomorrow's counts.
        arrived = self.index.arrival(person_id, on=self._today)
        message = ""
        if arrived is None:
            command = CheckInCommand(self.ctx, person_id, clip_name(hit.name), self.index)
            try:
                done = self._run(command)
            except AlreadyCheckedIn as exc:  # another desk was quicker
                first = exc.check_in
                self.index.mark_arrived(person_id, first.id or 0, first.at, first.day_id)
                arrived = first.at
            else:
                if not done:
                    return
                message = translate("DeskView", "✓ {name} checked in at {time}").format(
                    name=clip_name(hit.name), time=f"{command.at:%H:%M}"
                )
                if self.not_an_event_day():
                    message += translate("DeskView", ", on a day that is not an event day")
                    note = note or translate("DeskView", " (see the note above)")
        if arrived is not None:
            message = translate("DeskView", "{name} was already checked in {when}").format(
                name=clip_name(hit.name), when=when_text(arrived, self._today, with_at=True)
            )
        message += note
        self._remember_recent(person_id)
        self.ui.search.blockSignals(True)
        self.ui.search.clear()
        self.ui.search.blockSignals(False)
        self._refresh_hits()
        self.ui.search.setFocus()
        try:
            previous = previous_print(self.ctx.store, person_id)
            changed = previous is not None and self._badge_changed(person_id, previous)
        except DESK_ERRORS as exc:
            self.show_status(
                translate(
                    "DeskView", "{message}; the print record cannot be read: {reason}"
                ).format(message=message, reason=exc),
                "error",
            )
            return
        if previous is None:
            self._print(person_id, message, notice=bool(note))
        else:
            self._reprint_id = person_id
            since = translate("DeskView", " Its details changed since.") if changed else ""
            self.show_status(
                translate(
                    "DeskView",
                    "{message}. A badge was already printed on {day} at {time}; not printed again.",
                ).format(
                    message=message,
                    day=i18n.day_short(previous.printed_at.date(), language.current()),
                    time=f"{previous.printed_at:%H:%M}",
                )
                + since,
                "warn" if arrived is not None or changed or note else "ok",
                reprint=True,
            )
        self.update_counters()

    def _badge_changed(self, person_id: int, previous: model.PrintRecord) -> bool:
        """Whether what the badge shows (name, title, organisation) changed since it was
        printed; reads that one person only."""
        if not previous.fingerprint:
            return False
        people = printlog.badge_event_data(self.ctx.store, [person_id]).people
        return bool(people) and fingerprint(people[0]) != previous.fingerprint

    def _remember_recent(self, person_id: int) -> None:
        self._recent = [person_id, *(p for p in self._recent if p != person_id)][:8]

    def _run(self, command: DeskCommand) -> bool:
        self._writing = True
        try:
            command.do()
        except AlreadyCheckedIn:
            raise  # not an error: admit() says so
        except DESK_ERRORS as exc:
            self.show_status(
                translate("DeskView", "Not saved: {reason}").format(reason=exc), "error"
            )
            return False
        finally:
            self._writing = False
        self._writing = True
        try:
            self.ctx.undo_stack.push(command)
        finally:
            self._writing = False
        return True

    def _print(self, person_id: int, message: str = "", notice: bool = False) -> bool:
        """Print the badge; ``notice`` shows the outcome in the warning colour."""
        hit = self.index.hit(person_id)
        name = hit.name if hit else str(person_id)
        lead = f"{message}; " if message else ""
        try:
            layout = self.badge_layout()
            folder = self.folder()
            folder.mkdir(parents=True, exist_ok=True)
            out = desk_file(folder, hit.plain_name if hit else name, self._uid(person_id))
            self._writing = True
            try:
                badge = print_single(self.ctx.store, person_id, layout, out)
            finally:
                self._writing = False
            self.last_badge = badge
            where = send_badge(out, self.ui.outputCombo.currentData() or OUT_FOLDER)
        except DESK_ERRORS as exc:
            self.show_status(
                lead
                + translate("DeskView", "the badge was not printed: {reason}").format(reason=exc),
                "error",
                reprint=False,
            )
            self._reprint_id = person_id
            self.ui.reprintButton.setText(translate("DeskView", "Try the badge again"))
            self.ui.reprintButton.show()
            return False
        label = (
            translate("DeskView", ", label {n}").format(n=badge.slot + 1)
            if layout.kind == "sheet"
            else ""
        )
        warn = f" ({'; '.join(badge.warnings)})" if badge.warnings else ""
        whole = f"\n{describe(badge.incomplete)}" if badge.incomplete else ""
        # A badge with missing letters was printed, but is not "ok": staff should look.
        kind = "warn" if badge.warnings or badge.incomplete or notice else "ok"
        done = translate("DeskView", "badge {where}{label}{warnings}.").format(
            where=where, label=label, warnings=warn
        )
        self.show_status(f"{lead}{done}{whole}", kind)
        return True

    def _uid(self, person_id: int) -> str:
        return self.index.uid(person_id)

    def reprint(self) -> None:
        """A second badge, asked for with the button (the desk never does it by itself)."""
        if self._reprint_id is not None:
            self._print(self._reprint_id, "")
        self.ui.search.setFocus()

    def open_walk_in(self) -> WalkInDialog:
        """The walk-in form, with the name typed in the search (when it was a name)."""
        dialog = WalkInDialog(self)
        typed = self.ui.search.text().strip()
        if typed and self.index.person_for_scan(typed) is None:
            dialog.set_name(typed)
        dialog.accepted.connect(lambda: self.add_walk_in(dialog.fields()))
        self.walk_in_dialog = dialog
        dialog.open()
        return dialog

    def add_walk_in(self, fields: dict[str, str]) -> int | None:
        """Add, check in and print at once; returns the new person's id."""
        command = WalkInCommand(self.ctx, fields, self.index)
        if not self._run(command):
            return None
        name = clip_name(command.person.full_name)
        self._remember_recent(command.person.id)
        self._print(
            command.person.id,
            translate("DeskView", "✓ walk-in {name} added and checked in").format(name=name),
        )
        self.update_counters()
        self._refresh_hits()
        self.ui.search.setFocus()
        return command.person.id

    def undo_last(self) -> None:
        stack = self.ctx.undo_stack
        command = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if not isinstance(command, DeskCommand):
            return
        before, refusals = stack.index(), list[str]()

        def refused(message: str, _unsaved: str) -> None:  # the stack keeps the step
            refusals.append(message)

        stack.refused.connect(refused)
        self._writing = True
        try:
            stack.undo()
        finally:
            self._writing = False
            stack.refused.disconnect(refused)
        if stack.index() == before:
            self.show_status(
                translate("DeskView", "Not undone: {reason}").format(
                    reason=refusals[0] if refusals else ""
                ),
                "error",
            )
            return
        self._reprint_id = None
        what = clip_name(command.text(), 120)
        self.show_status(
            translate("DeskView", "Undone: {what}.").format(what=what[:1].lower() + what[1:]),
            "info",
        )
        self._refresh_hits()
        self.update_counters()
        self.ui.search.setFocus()

    # ----------------------------------------------------------------- status
    def show_status(self, text: str, kind: str = "info", *, reprint: bool = False) -> None:
        back, fore = _STATE_COLOURS.get(kind, _STATE_COLOURS["info"])
        self.ui.status.setStyleSheet(
            f"QLabel {{ background: {back}; color: {fore}; border-radius: 6px; padding: 8px 14px; }}"
        )
        self.ui.status.setText(text)
        self.ui.status.setProperty("kind", kind)
        self.ui.status.show()
        if reprint:
            self.ui.reprintButton.setText(translate("DeskView", "Print badge again"))
        self.ui.reprintButton.setVisible(reprint)

    def update_counters(self) -> None:
        try:
            c = counters(self.ctx.store, language.current())
        except DESK_ERRORS as exc:
            self.ui.breakdown.setText(
                translate("DeskView", "Counts unavailable: {reason}").format(reason=exc)
            )
            return
        self._today = venue_now(self.ctx.store).date()  # a desk left open overnight
        counter = self.ui.counter
        counter.setText(
            translate("DeskView", "Arrived {arrived} / {expected}").format(
                arrived=c.total.arrived, expected=c.total.expected
            )
        )
        # numbers only: never long, always whole, however wide the choices beside them
        counter.setMinimumWidth(counter.fontMetrics().horizontalAdvance(counter.text()) + 4)
        self.ui.breakdown.setText(breakdown_text(c))
        self._show_day_note()

    def not_an_event_day(self) -> str:
        """Why a check-in today counts for no day of the event ('' on an event day)."""
        days = [date.fromisoformat(iso) for _id, iso, _label in sql.day_rows(self.ctx.store)]
        if not days or self._today in days:
            return ""
        lang = language.current()
        return translate(
            "DeskView",
            "Today ({today} at the venue) is not a day of this event ({days}): check-ins are "
            "kept but count for no day.",
        ).format(
            today=full_date(self._today, lang),
            days=", ".join(i18n.short_date(d, lang) for d in sorted(days)),
        )

    def _show_day_note(self) -> None:
        note = self.ui.dayNote
        text = self.not_an_event_day()
        back, fore = _STATE_COLOURS["warn"]
        note.setStyleSheet(f"QLabel {{ background: {back}; color: {fore}; padding: 4px 8px; }}")
        note.setText(text)
        note.setVisible(bool(text))

    def _update_undo(self) -> None:
        try:
            stack = self.ctx.undo_stack
            command = stack.command(stack.index() - 1) if stack.index() > 0 else None
        except RuntimeError:  # the window is closing and the stack already went
            return
        undoable = command if isinstance(command, DeskCommand) else None
        self.ui.undoButton.setEnabled(undoable is not None)
        self.ui.undoButton.setToolTip(
            undoable.text()
            if undoable is not None
            else translate("DeskView", "No check-in to undo")
        )

    # ----------------------------------------------------------- outside news
    def _on_changed(self, tables: set[str]) -> None:
        if self._writing:
            return
        # The desk's own commands keep the index in step even when undone from the menu;
        # anything else that touches people (an import, an edit, another desk) rebuilds.
        if tables & {"people", "affiliations", "*"} or (
            "check_ins" in tables and not self._own_step()
        ):
            self._stale = True
            self._rebuild_timer.start()
        if tables & {"people", "check_ins", "days", "*"}:
            QTimer.singleShot(0, self.update_counters)
        if tables & {"settings", "*"}:
            self._show_layout_setting()
        if "check_ins" in tables:
            QTimer.singleShot(0, self._refresh_hits)  # e.g. a check-in undone from the menu

    def _own_step(self) -> bool:
        stack = self.ctx.undo_stack
        for i in (stack.index() - 1, stack.index()):
            if 0 <= i < stack.count() and isinstance(stack.command(i), DeskCommand):
                return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale_rebuild()
        self.update_counters()

    def _rebuild(self) -> None:
        if self.isVisible():
            self._stale_rebuild()  # a hidden desk stays stale until shown or typed into

    def _stale_rebuild(self) -> None:
        self._stale = False
        try:
            self.index = DeskIndex(self.ctx.data())
        except DESK_ERRORS as exc:
            self.show_status(
                translate("DeskView", "The attendee list cannot be read: {reason}").format(
                    reason=exc
                ),
                "error",
            )
            return
        self._refresh_hits()
