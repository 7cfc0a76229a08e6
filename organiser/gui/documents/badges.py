"""Name badges and table tents in Print & Export: who, which layout, how, and calibration.

The options are plain data (``options()``), turned into the badge core's own types
(``badges.selection`` / ``badges.render``) by the render functions below, so the
preview, Save and Print all go through the same ``render_badge_document``. Before a
save or print the panel asks what must be asked — people who already have a badge
(print again or skip), then names the font or the badge cannot hold — and after it
logs the badges, so "changed since printed" and the sheet memory stay true.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from ...badges import draw as badge_draw
from ...badges import glabels, layouts
from ...badges.calibration import render_calibration
from ...badges.content import CATEGORY_LABELS, BadgeOptions, RenderResult, prepare
from ...badges.layouts import Layout
from ...badges.render import preflight, render_badges
from ...badges.selection import (
    already_printed,
    last_sheet_slots,
    parse_who,
    record,
    select,
)
from ...badges.tents import render_tents
from ...model import PERSON_CATEGORIES, EventData, Person
from ...paths import documents_dir
from ...pdf.base import CancelCheck, Cancelled, Progress, Rendered
from ...services.files import atomic_path
from ...services.text import fold
from .. import settings as prefs
from ..commands import SettingCommand
from ..context import EventContext
from ..forms.ui_badge_options import Ui_BadgeOptions
from ..forms.ui_calibration_dialog import Ui_CalibrationDialog
from ..forms.ui_tent_options import Ui_TentOptions
from ..forms.ui_who_chooser import Ui_WhoChooser
from .base import DocumentOptions, DocumentSpec, register
from .printing import PrintError, print_with_dialog

WHO_CHOICES = {
    "all": "Everyone",
    "category": "A category",
    "role": "A role",
    "uids": "Hand-picked people",
    "unprinted": "Only those never printed",
    "changed": "Only those changed since printed",
}
QR_NAMES = {"none": "None", "id": "Person ID (for check-in)", "vcard": "vCard (contact card)"}
BAND_NAMES = {"category": "Category", "role": "Role in the programme"}
TENT_PAPERS = {"a4": ("A4", "Tent A4"), "letter": ("US Letter", "Tent Letter")}
#: QSettings key: the desk saves its badge as a PDF instead of printing it
DESK_TO_FILE = "badges/desk_to_file"
#: how many names a question or warning lists before "and N more"
LIST_LIMIT = 15


# ------------------------------------------------------------------- plain helpers
def people_for(data: EventData, options: dict[str, Any]) -> list[Person]:
    """The people a set of options prints for, minus those the user chose to skip.

    A re-export of out-of-date badges names its people (``person_ids``) instead."""
    if options.get("person_ids"):
        wanted = set(options["person_ids"])
        people = [p for p in data.people if p.id in wanted]
    else:
        people = select(data, parse_who(options.get("who", "all")))
    skip = {u.casefold() for u in options.get("exclude", ())}
    return [p for p in people if p.uid.casefold() not in skip] if skip else people


def layout_of(options: dict[str, Any]) -> Layout:
    layout = layouts.find(options["layout"])
    if options.get("foldover") and layout.kind == "single":
        layout = layouts.with_single_foldover(layout)
    return layout


def badge_options_of(options: dict[str, Any], layout: Layout) -> BadgeOptions:
    """The panel's choices as BadgeOptions; choices that make no sense for the layout
    (duplex on a single-badge page, a start label past the sheet's end) are dropped."""
    qr = options.get("qr", "id")
    sheet = layout.kind == "sheet"
    return BadgeOptions(
        qr=qr,
        vcard_fields=frozenset(options.get("vcard_fields", ())) if qr == "vcard" else frozenset(),
        start=min(max(int(options.get("start", 1)), 1), layout.per_page) if sheet else 1,
        outline=bool(options.get("outline")),
        duplex=bool(options.get("duplex")) and sheet,
        band=options.get("band", "category"),
    )


def listing(lines: list[str], limit: int = LIST_LIMIT) -> str:
    shown = "\n".join(f"• {line}" for line in lines[:limit])
    if len(lines) > limit:
        shown += f"\n… and {len(lines) - limit} more"
    return shown


@dataclass
class BadgeRendered(Rendered):
    """A badge PDF and what the print log needs: whose badges, and the last sheet's labels."""

    person_ids: list[int] = field(default_factory=list)
    last_page_slots: list[int] = field(default_factory=list)


def render_badge_document(
    data: EventData, options: dict[str, Any], progress: Progress, cancelled: CancelCheck
) -> BadgeRendered:
    layout = layout_of(options)
    people = people_for(data, options)
    if not people:
        raise ValueError("nobody to print a badge for")
    bo = badge_options_of(options, layout)
    buf = io.BytesIO()
    try:
        result = render_badges(
            data, people, layout, buf, bo, progress=progress, cancelled=cancelled
        )
    except badge_draw.Cancelled:
        raise Cancelled("cancelled") from None
    warnings = preflight(data, people, layout, bo)
    warnings += [w for w in result.warnings if w not in warnings]
    return BadgeRendered(
        buf.getvalue(),
        result.pages,
        warnings,
        result.incomplete,
        person_ids=[p.id for p in people if p.id is not None],
        last_page_slots=result.last_page_slots,
    )


def render_tent_document(
    data: EventData, options: dict[str, Any], progress: Progress, cancelled: CancelCheck
) -> Rendered:
    layout = layouts.find(TENT_PAPERS[options.get("paper", "a4")][1])
    people = people_for(data, options)
    if not people:
        raise ValueError("nobody to print a table tent for")
    buf = io.BytesIO()
    try:
        result = render_tents(data, people, layout, buf, progress=progress, cancelled=cancelled)
    except badge_draw.Cancelled:
        raise Cancelled("cancelled") from None
    return Rendered(
        buf.getvalue(), result.pages, preflight(data, people, layout), result.incomplete
    )


def _title(data: EventData) -> str:
    return re.sub(r"[^\w\- ]+", "", data.event.title).strip()[:60]


def badge_file_name(data: EventData, options: dict[str, Any]) -> str:
    layout = re.sub(r"[^\w\- ]+", "", str(options.get("layout", ""))).strip()
    return f"{_title(data) or 'Event'} - badges {layout}".strip() + ".pdf"


def tent_file_name(data: EventData, options: dict[str, Any]) -> str:
    return f"{_title(data) or 'Event'} - table tents.pdf"


# ------------------------------------------------------------------------- who
class WhoChooser(QWidget):
    """Everyone, a category, a role, hand-picked people (a searchable checklist), or
    those never printed / changed since printed."""

    changed = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_WhoChooser()
        self.ui.setupUi(self)
        ui = self.ui
        for key, name in WHO_CHOICES.items():
            ui.whoCombo.addItem(name, key)
        self.picked: set[str] = set()  # uids ticked in the checklist
        self._list_for: EventData | None = None
        ui.whoCombo.currentIndexChanged.connect(self._kind_changed)
        ui.valueCombo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        ui.peopleFilter.textChanged.connect(self._filter)
        ui.peopleList.itemChanged.connect(self._ticked)
        self._kind_changed()

    def kind(self) -> str:
        return self.ui.whoCombo.currentData()

    def set_kind(self, kind: str) -> None:
        self.ui.whoCombo.setCurrentIndex(self.ui.whoCombo.findData(kind))

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind()
        ui = self.ui
        ui.valueCombo.setVisible(kind in ("category", "role"))
        for w in (ui.peopleFilter, ui.peopleList, ui.pickedLabel):
            w.setVisible(kind == "uids")
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        """Refill the category/role choices and (when shown) the checklist, keeping choices."""
        data = self.ctx.data()
        kind = self.kind()
        combo = self.ui.valueCombo
        if kind == "category":
            present = {p.category for p in data.people}
            keys = [c for c in PERSON_CATEGORIES if c in present] or list(PERSON_CATEGORIES)
            keys += sorted(present - set(keys))
            items = [(k, CATEGORY_LABELS.get(k, k.replace("_", " ").title())) for k in keys]
        elif kind == "role":
            items = [(rt.key, rt.label) for rt in data.role_types]
        else:
            items = []
        if [combo.itemData(i) for i in range(combo.count())] != [k for k, _ in items]:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key, label in items:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if kind == "uids" and self._list_for is not data:
            self._fill_list(data)

    def _fill_list(self, data: EventData) -> None:
        lst = self.ui.peopleList
        lst.blockSignals(True)
        lst.clear()
        known = set()
        for p in sorted(data.people, key=lambda p: p.sort_key):
            org = p.affiliations[0].organisation if p.affiliations else ""
            item = QListWidgetItem(
                f"{p.full_name or p.name or p.uid}" + (f" · {org}" if org else "")
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, p.uid)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{p.name} {p.full_name} {org}"))
            checked = p.uid in self.picked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            lst.addItem(item)
            known.add(p.uid)
        self.picked &= known  # a deleted person is no longer picked
        lst.blockSignals(False)
        self._list_for = data
        self._filter(self.ui.peopleFilter.text())
        self._count()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        lst = self.ui.peopleList
        for i in range(lst.count()):
            item = lst.item(i)
            hay = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(not all(w in hay for w in words))

    def _ticked(self, item: QListWidgetItem) -> None:
        uid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.picked.add(uid)
        else:
            self.picked.discard(uid)
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        n = len(self.picked)
        self.ui.pickedLabel.setText(f"{n} {'person' if n == 1 else 'people'} ticked")

    def pick(self, uids: list[str]) -> None:
        """Tick these people (and untick everyone else)."""
        self.picked = set(uids)
        self._list_for = None
        self.refresh()
        self.changed.emit()

    def who(self) -> str:
        kind = self.kind()
        if kind in ("category", "role"):
            return f"{kind}:{self.ui.valueCombo.currentData() or ''}"
        if kind == "uids":
            return "uids:" + ",".join(sorted(self.picked))
        return kind

    def error(self, data: EventData) -> str:
        kind = self.kind()
        if kind == "uids" and not self.picked:
            return "Tick the people to print for."
        try:
            people = select(data, parse_who(self.who()))
        except ValueError as exc:
            return str(exc)
        if not people:
            return {
                "unprinted": "Everyone already has a badge.",
                "changed": "No badge has changed since it was printed.",
            }.get(kind, "Nobody matches this choice.")
        return ""


# ------------------------------------------------------------------ calibration
class CalibrationDialog(QDialog):
    """The printer offset of one layout, and its calibration page to save or print."""

    def __init__(self, layout: Layout, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = layout
        self.ui = Ui_CalibrationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.layoutName.setText(layout.name)
        try:
            x, y = layouts.calibration(layout.name)
        except ValueError as exc:
            x, y = 0.0, 0.0
            ui.statusLabel.setText(str(exc))
        ui.xSpin.setValue(x)
        ui.ySpin.setValue(y)
        ui.saveButton.clicked.connect(self.save_page)
        ui.printButton.clicked.connect(self.print_page)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

    def page(self) -> bytes:
        """The calibration page with the offset saved so far (print it, measure, correct)."""
        buf = io.BytesIO()
        render_calibration(self.layout_, buf)
        return buf.getvalue()

    def save_page(self) -> None:
        folder = documents_dir() if documents_dir().is_dir() else Path.home()
        safe = re.sub(r"[^\w\- ]+", "", self.layout_.name).strip()
        path, _ = QFileDialog.getSaveFileName(
            self, "Save calibration page", str(folder / f"Calibration {safe}.pdf"), "PDF (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            with atomic_path(path) as tmp:
                tmp.write_bytes(self.page())
        except OSError as exc:
            self.ui.statusLabel.setText(f"The page was not saved: {exc}")
            return
        self.ui.statusLabel.setText(f"Saved {path}")

    def print_page(self) -> None:
        try:
            if print_with_dialog(self.page(), self, f"Calibration – {self.layout_.name}"):
                self.ui.statusLabel.setText("Printed. Measure, then enter the offset.")
        except (PrintError, ValueError) as exc:
            self.ui.statusLabel.setText(f"Nothing was printed: {exc}")

    def save(self) -> None:
        try:
            layouts.set_calibration(self.layout_.name, self.ui.xSpin.value(), self.ui.ySpin.value())
        except (ValueError, OSError) as exc:
            self.ui.statusLabel.setText(f"Not saved: {exc}")
            return
        self.accept()


# ---------------------------------------------------------------------- badges
class BadgeOptionsWidget(DocumentOptions):
    #: a print was logged (for tests and the status line): how many badges
    recorded = Signal(int)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_BadgeOptions()
        self.ui.setupUi(self)
        ui = self.ui
        self.who = WhoChooser(ctx, self)
        ui.whoLayout.addWidget(self.who)
        for key, name in QR_NAMES.items():
            ui.qrCombo.addItem(name, key)
        ui.qrCombo.setCurrentIndex(ui.qrCombo.findData("id"))
        for key, name in BAND_NAMES.items():
            ui.bandCombo.addItem(name, key)
        self.layouts: list[Layout] = []
        self.load_layouts()
        default = ctx.data().settings.get("badge_layout") or layouts.DEFAULT
        self.set_layout(str(default))
        ui.deskFileCheck.setChecked(prefs.settings().value(DESK_TO_FILE, "false") == "true")

        self.who.changed.connect(self.changed)
        ui.layoutSearch.textChanged.connect(lambda _t: self.fill_layouts())
        ui.layoutCombo.currentIndexChanged.connect(self._layout_changed)
        ui.startSpin.valueChanged.connect(self.changed)
        for check in (
            ui.outlineCheck,
            ui.duplexCheck,
            ui.foldoverCheck,
            ui.vcardEmail,
            ui.vcardPhone,
            ui.vcardOrganisation,
        ):
            check.toggled.connect(self.changed)
        ui.qrCombo.currentIndexChanged.connect(self._qr_changed)
        ui.bandCombo.currentIndexChanged.connect(self.changed)
        ui.importButton.clicked.connect(self.import_glabels)
        ui.calibrateButton.clicked.connect(self.calibrate)
        ui.deskButton.clicked.connect(self.use_at_desk)
        ui.deskFileCheck.toggled.connect(
            lambda on: prefs.settings().setValue(DESK_TO_FILE, "true" if on else "false")
        )
        self._layout_changed()
        self._qr_changed()

    # layouts ------------------------------------------------------------------------
    def load_layouts(self) -> None:
        try:
            found = layouts.all_layouts()
        except ValueError as exc:  # a damaged layouts.json: built-ins still work
            found = list(layouts.BUILT_IN)
            self.ui.layoutInfo.setText(str(exc))
        self.layouts = [lay for lay in found if lay.kind != "tent"]
        self.fill_layouts()

    def fill_layouts(self) -> None:
        """The layouts matching the search words (brand, part number, description)."""
        combo = self.ui.layoutCombo
        current = combo.currentData()
        shown = layouts.search(self.ui.layoutSearch.text(), self.layouts)
        combo.blockSignals(True)
        combo.clear()
        for lay in shown:
            combo.addItem(lay.name, lay.name)
            combo.setItemData(
                combo.count() - 1,
                f"{lay.description or lay.name} · {lay.page_label} · {lay.grid_label}",
                Qt.ItemDataRole.ToolTipRole,
            )
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else (0 if shown else -1))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self._layout_changed()

    def set_layout(self, name: str) -> None:
        try:
            wanted = layouts.find(name).name
        except ValueError:
            return
        if self.ui.layoutCombo.findData(wanted) < 0:
            self.ui.layoutSearch.clear()
        self.ui.layoutCombo.setCurrentIndex(self.ui.layoutCombo.findData(wanted))

    def chosen_layout(self) -> Layout | None:
        name = self.ui.layoutCombo.currentData()
        return next((lay for lay in self.layouts if lay.name == name), None)

    def _layout_changed(self, *_args: object) -> None:
        ui = self.ui
        lay = self.chosen_layout()
        sheet = lay is not None and lay.kind == "sheet"
        single = lay is not None and lay.kind in ("single", "foldover")
        ui.startSpin.setMaximum(lay.per_page if sheet else 1)  # type: ignore[union-attr]
        ui.startSpin.setEnabled(sheet)
        ui.duplexCheck.setEnabled(sheet)
        ui.foldoverCheck.setEnabled(single and lay.kind == "single")  # type: ignore[union-attr]
        if lay is not None and lay.kind == "foldover":
            ui.foldoverCheck.setChecked(True)  # the layout itself folds
        elif not ui.foldoverCheck.isEnabled():
            ui.foldoverCheck.setChecked(False)  # a ticked box that does nothing misleads
        if not sheet:
            ui.duplexCheck.setChecked(False)
        ui.calibrateButton.setEnabled(lay is not None)
        ui.deskButton.setEnabled(lay is not None)
        if lay is None:
            ui.layoutInfo.setText(f"No layout matches “{ui.layoutSearch.text()}”.")
        else:
            try:
                dx, dy = layouts.calibration(lay.name)
            except ValueError:
                dx = dy = 0.0
            offset = f" · offset {dx:+.1f}, {dy:+.1f} mm" if (dx or dy) else ""
            ui.layoutInfo.setText(
                f"{lay.page_label}, {lay.grid_label}, badge {lay.size_label}{offset}"
            )
        self.changed.emit()

    def _qr_changed(self, *_args: object) -> None:
        self.ui.vcardBox.setEnabled(self.ui.qrCombo.currentData() == "vcard")
        self.changed.emit()

    def import_glabels(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import gLabels templates", "", "gLabels templates (*.xml);;All files (*)"
        )
        if not path:
            return
        try:
            result = glabels.parse(path)
            added, known = layouts.save_imported(result.layouts)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, "Import gLabels templates", f"Nothing was imported.\n\n{exc}")
            return
        self.load_layouts()
        text = (
            f"Imported {len(added)} layout{'s' if len(added) != 1 else ''} from {Path(path).name}."
        )
        if known:
            text += f" {len(known)} already built in."
        if result.skipped:
            text += f" {len(result.skipped)} skipped (not badge labels)."
        self.ui.layoutInfo.setText(text)

    def calibrate(self) -> None:
        lay = self.chosen_layout()
        if lay is None:
            return
        dialog = CalibrationDialog(lay, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._layout_changed()

    def use_at_desk(self) -> None:
        lay = self.chosen_layout()
        if lay is not None and lay.kind in ("sheet", "single"):
            self.ctx.undo_stack.push(
                SettingCommand(self.ctx, "desk_layout", lay.name, f"Desk badges on {lay.name}")
            )
            self.ui.layoutInfo.setText(
                f"The check-in desk and People › Print badge now use {lay.name}."
            )

    # DocumentOptions ----------------------------------------------------------------
    def refresh(self) -> None:
        self.who.refresh()

    def options(self) -> dict[str, Any]:
        ui = self.ui
        fields = [
            name
            for name, check in (
                ("email", ui.vcardEmail),
                ("phone", ui.vcardPhone),
                ("organisation", ui.vcardOrganisation),
            )
            if check.isChecked()
        ]
        return {
            "who": self.who.who(),
            "exclude": [],
            "layout": ui.layoutCombo.currentData() or "",
            "start": ui.startSpin.value(),
            "outline": ui.outlineCheck.isChecked(),
            "duplex": ui.duplexCheck.isChecked() and ui.duplexCheck.isEnabled(),
            "foldover": ui.foldoverCheck.isChecked() and ui.foldoverCheck.isEnabled(),
            "qr": ui.qrCombo.currentData(),
            "vcard_fields": fields,
            "band": ui.bandCombo.currentData(),
        }

    def error(self) -> str:
        if self.chosen_layout() is None:
            return f"No layout matches “{self.ui.layoutSearch.text()}”."
        return self.who.error(self.ctx.data())

    def before_output(self, action: str = "print") -> dict[str, Any] | None:
        error = self.error()
        if error:
            QMessageBox.warning(self, "Name badges", error)
            return None
        options = self.options()
        data = self.ctx.data()
        people = people_for(data, options)
        # "changed since printed" asks for second badges by its very meaning: no question
        printed = [] if self.who.kind() == "changed" else already_printed(data, people)
        if printed:
            answer = ask_reprint(self, printed, action)
            if answer == "cancel":
                return None
            if answer == "skip":
                options["exclude"] = [p.uid for p, _ in printed]
                people = people_for(data, options)
                if not people:
                    QMessageBox.information(
                        self,
                        "Name badges",
                        "Everyone chosen already has a badge: nothing to "
                        + ("save." if action == "save" else "print."),
                    )
                    return None
        layout = layout_of(options)
        warnings = preflight(data, people, layout, badge_options_of(options, layout))
        if warnings:
            go_on = QMessageBox.warning(
                self,
                "Name badges",
                "Before printing, please check:\n\n" + listing(warnings),
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Ok,
            )
            if go_on != QMessageBox.StandardButton.Ok:
                return None
        return options

    def after_output(self, options: dict[str, Any], result: Rendered | None) -> None:
        if self.ctx.store.read_only:  # a read-only event keeps no print log
            return
        data = self.ctx.data()
        layout = layout_of(options)
        if isinstance(result, BadgeRendered):
            ids = set(result.person_ids)
            people = [p for p in data.people if p.id in ids]
            last = result.last_page_slots
        else:
            bo = badge_options_of(options, layout)
            people = people_for(data, options)
            # a person whose name cannot be printed at all got no badge
            drawn = {b.person_id for b in prepare(data, people, bo)[0]}
            people = [p for p in people if p.id in drawn]
            last = last_sheet_slots(layout, len(people), bo)
        logged = record(
            self.ctx.store,
            people,
            layout,
            RenderResult(last_page_slots=last),
            {"who": options.get("who"), "qr": options.get("qr")},
        )
        self.recorded.emit(logged)


def ask_reprint(
    parent: QWidget | None, printed: list[tuple[Person, Any]], action: str = "print"
) -> str:
    """'again', 'skip' or 'cancel': some of the chosen people already have a badge.
    Worded for what is about to happen: printing, or saving a PDF."""
    lines = [
        f"{p.full_name or p.name or p.uid} — {rec.printed_at:%d %b %H:%M}, {rec.layout}"
        for p, rec in printed
    ]
    n = len(printed)
    question = (
        "Put their badges in the PDF again, or leave them out?"
        if action == "save"
        else "Print their badges again, or skip them?"
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Name badges",
        f"{n} of the people chosen already {'has a badge' if n == 1 else 'have badges'}:\n\n"
        + listing(lines)
        + f"\n\n{question}",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        "Include them again" if action == "save" else "Print again"
    )
    box.button(QMessageBox.StandardButton.No).setText(
        "Leave them out" if action == "save" else "Skip them"
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answer = box.exec()
    return {
        QMessageBox.StandardButton.Yes: "again",
        QMessageBox.StandardButton.No: "skip",
    }.get(QMessageBox.StandardButton(answer), "cancel")


# ----------------------------------------------------------------------- tents
class TentOptionsWidget(DocumentOptions):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_TentOptions()
        self.ui.setupUi(self)
        for key, (name, _layout) in TENT_PAPERS.items():
            self.ui.paperCombo.addItem(name, key)
        self.who = WhoChooser(ctx, self)
        self.ui.whoLayout.addWidget(self.who)
        self.who.changed.connect(self.changed)
        self.ui.paperCombo.currentIndexChanged.connect(self.changed)

    def refresh(self) -> None:
        self.who.refresh()

    def options(self) -> dict[str, Any]:
        return {"who": self.who.who(), "paper": self.ui.paperCombo.currentData()}

    def error(self) -> str:
        return self.who.error(self.ctx.data())


register(
    DocumentSpec(
        key="badges",
        name="Name badges",
        options_widget=BadgeOptionsWidget,
        render=render_badge_document,
        file_name=badge_file_name,
        kind="badge",
        logs_itself=True,
    )
)
register(
    DocumentSpec(
        key="tents",
        name="Table tents",
        options_widget=TentOptionsWidget,
        render=render_tent_document,
        file_name=tent_file_name,
        kind="tent",
    )
)
