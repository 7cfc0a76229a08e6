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
    QFileDialog,
    QMessageBox,
    QWidget,
)

from ... import i18n
from ...badges import draw as badge_draw
from ...badges import glabels, layouts
from ...badges.content import BadgeOptions, RenderResult, prepare
from ...badges.layouts import Layout
from ...badges.render import preflight, render_badges
from ...badges.selection import (
    already_printed,
    last_sheet_slots,
    record,
)
from ...model import EventData, Person
from ...pdf.base import CancelCheck, Cancelled, Progress, Rendered
from .. import language, vocabulary
from .. import settings as prefs
from ..context import EventContext
from ..dialogs.calibration import CalibrationDialog
from ..editing.commands import SettingCommand
from ..forms.ui_badge_options import Ui_BadgeOptions
from ..language import QT_TRANSLATE_NOOP, translate
from .base import DocumentOptions, DocumentSpec, file_title, register
from .who import WhoChooser, people_for

QR_NAMES = {
    "none": QT_TRANSLATE_NOOP("Documents", "None"),
    "id": QT_TRANSLATE_NOOP("Documents", "Person ID (for check-in)"),
    "vcard": QT_TRANSLATE_NOOP("Documents", "vCard (contact card)"),
}
BAND_NAMES = {
    "category": QT_TRANSLATE_NOOP("Documents", "Category"),
    "role": QT_TRANSLATE_NOOP("Documents", "Role in the programme"),
}
#: QSettings key: the desk saves its badge as a PDF instead of printing it
DESK_TO_FILE = "badges/desk_to_file"
#: how many names a question or warning lists before "and N more"
LIST_LIMIT = 15


# ------------------------------------------------------------------- plain helpers


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
        lang=options.get("lang", "en"),
    )


def _signed(value: float) -> str:
    """'+1.5' in English, '+1,5' in French."""
    text = f"{value:+.1f}"
    return text.replace(".", ",") if language.current() == "fr" else text


def listing(lines: list[str], limit: int = LIST_LIMIT) -> str:
    shown = "\n".join(f"• {line}" for line in lines[:limit])
    if len(lines) > limit:
        shown += "\n" + translate("Documents", "… and {n} more").format(n=len(lines) - limit)
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
        raise ValueError(translate("Documents", "nobody to print a badge for"))
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


def badge_file_name(data: EventData, options: dict[str, Any]) -> str:
    layout = re.sub(r"[^\w\- ]+", "", str(options.get("layout", ""))).strip()
    title = file_title(data) or translate("Documents", "Event")
    return (
        translate("Documents", "{event} - badges {layout}")
        .format(event=title, layout=layout)
        .strip()
        + ".pdf"
    )


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
            ui.qrCombo.addItem(translate("Documents", name), key)
        ui.qrCombo.setCurrentIndex(ui.qrCombo.findData("id"))
        for key, name in BAND_NAMES.items():
            ui.bandCombo.addItem(translate("Documents", name), key)
        self.add_language(ui.form)
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
            combo.addItem(vocabulary.layout_name(lay), lay.name)
            combo.setItemData(
                combo.count() - 1,
                f"{vocabulary.layout_description(lay)} · {vocabulary.layout_page(lay)} · "
                f"{lay.grid_label}",
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
        kind = lay.kind if lay is not None else None
        sheet = kind == "sheet"
        ui.startSpin.setMaximum(lay.per_page if lay is not None and sheet else 1)
        ui.startSpin.setEnabled(sheet)
        ui.duplexCheck.setEnabled(sheet)
        ui.foldoverCheck.setEnabled(kind == "single")
        if kind == "foldover":
            ui.foldoverCheck.setChecked(True)  # the layout itself folds
        elif not ui.foldoverCheck.isEnabled():
            ui.foldoverCheck.setChecked(False)  # a ticked box that does nothing misleads
        if not sheet:
            ui.duplexCheck.setChecked(False)
        ui.calibrateButton.setEnabled(lay is not None)
        ui.deskButton.setEnabled(lay is not None)
        if lay is None:
            ui.layoutInfo.setText(
                translate("Documents", "No layout matches “{text}”.").format(
                    text=ui.layoutSearch.text()
                )
            )
        else:
            try:
                dx, dy = layouts.calibration(lay.name)
            except ValueError:
                dx = dy = 0.0
            offset = (
                translate("Documents", " · offset {across}, {down} mm").format(
                    across=_signed(dx), down=_signed(dy)
                )
                if (dx or dy)
                else ""
            )
            ui.layoutInfo.setText(
                translate("Documents", "{page}, {grid}, badge {size}").format(
                    page=vocabulary.layout_page(lay),
                    grid=lay.grid_label,
                    size=vocabulary.layout_size(lay),
                )
                + offset
            )
        self.changed.emit()

    def _qr_changed(self, *_args: object) -> None:
        self.ui.vcardBox.setEnabled(self.ui.qrCombo.currentData() == "vcard")
        self.changed.emit()

    def import_glabels(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Documents", "Import gLabels templates"),
            "",
            translate("Documents", "gLabels templates (*.xml);;All files (*)"),
        )
        if not path:
            return
        try:
            result = glabels.parse(path)
            added, known = layouts.save_imported(result.layouts)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(
                self,
                translate("Documents", "Import gLabels templates"),
                translate("Documents", "Nothing was imported.\n\n{reason}").format(reason=exc),
            )
            return
        self.load_layouts()
        text = (
            translate("Documents", "Imported 1 layout from {file}.")
            if len(added) == 1
            else translate("Documents", "Imported {n} layouts from {file}.")
        ).format(n=len(added), file=Path(path).name)
        if known:
            text += " " + translate("Documents", "{n} already built in.").format(n=len(known))
        if result.skipped:
            text += " " + translate("Documents", "{n} skipped (not badge labels).").format(
                n=len(result.skipped)
            )
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
                SettingCommand(
                    self.ctx,
                    "desk_layout",
                    lay.name,
                    translate("Documents", "Desk badges on {layout}").format(
                        layout=vocabulary.layout_name(lay)
                    ),
                )
            )
            self.ui.layoutInfo.setText(
                translate(
                    "Documents", "The check-in desk and People › Print badge now use {layout}."
                ).format(layout=vocabulary.layout_name(lay))
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
            "lang": self.lang(),
        }

    def error(self) -> str:
        if self.chosen_layout() is None:
            return translate("Documents", "No layout matches “{text}”.").format(
                text=self.ui.layoutSearch.text()
            )
        return self.who.error(self.ctx.data())

    def before_output(self, action: str = "print") -> dict[str, Any] | None:
        error = self.error()
        if error:
            QMessageBox.warning(self, translate("Documents", "Name badges"), error)
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
                        translate("Documents", "Name badges"),
                        translate(
                            "Documents", "Everyone chosen already has a badge: nothing to save."
                        )
                        if action == "save"
                        else translate(
                            "Documents", "Everyone chosen already has a badge: nothing to print."
                        ),
                    )
                    return None
        layout = layout_of(options)
        warnings = preflight(data, people, layout, badge_options_of(options, layout))
        if warnings:
            go_on = QMessageBox.warning(
                self,
                translate("Documents", "Name badges"),
                translate("Documents", "Before printing, please check:")
                + "\n\n"
                + listing(warnings),
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
    lang = language.current()
    lines = [
        f"{p.full_name or p.name or p.uid} — "
        f"{i18n.day_short(rec.printed_at.date(), lang)} {i18n.clock(rec.printed_at, lang)}, "
        f"{vocabulary.layout_name(rec.layout)}"
        for p, rec in printed
    ]
    n = len(printed)
    question = (
        translate("Documents", "Put their badges in the PDF again, or leave them out?")
        if action == "save"
        else translate("Documents", "Print their badges again, or skip them?")
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Documents", "Name badges"),
        (
            translate("Documents", "1 of the people chosen already has a badge:")
            if n == 1
            else translate("Documents", "{n} of the people chosen already have badges:").format(n=n)
        )
        + "\n\n"
        + listing(lines)
        + f"\n\n{question}",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        translate("Documents", "Include them again")
        if action == "save"
        else translate("Documents", "Print again")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        translate("Documents", "Leave them out")
        if action == "save"
        else translate("Documents", "Skip them")
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answer = box.exec()
    return {
        QMessageBox.StandardButton.Yes: "again",
        QMessageBox.StandardButton.No: "skip",
    }.get(QMessageBox.StandardButton(answer), "cancel")


register(
    DocumentSpec(
        key="badges",
        name=QT_TRANSLATE_NOOP("Documents", "Name badges"),
        options_widget=BadgeOptionsWidget,
        render=render_badge_document,
        file_name=badge_file_name,
        kind="badge",
        logs_itself=True,
    )
)
