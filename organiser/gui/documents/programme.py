"""The Programme in Print & Export: its options panel and its DocumentSpec."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ...model import EventData
from ...pdf import programme
from ...pdf.base import CancelCheck, Progress, Rendered
from ..context import EventContext
from ..editing.fields import ZoneCompleter
from ..forms.ui_programme_options import Ui_ProgrammeOptions
from ..language import QT_TRANSLATE_NOOP, translate
from .base import DocumentOptions, DocumentSpec, file_title, fill_papers, register


def style_names() -> dict[str, str]:
    return {
        "full": translate("Documents", "Full programme"),
        "glance": translate("Documents", "At a glance"),
        "grid": translate("Documents", "Room grid (rooms × time, landscape)"),
        "doors": translate("Documents", "Door signs"),
    }


class ProgrammeOptionsWidget(DocumentOptions):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_ProgrammeOptions()
        self.ui.setupUi(self)
        ui = self.ui
        for key, name in style_names().items():
            ui.styleCombo.addItem(name, key)
        fill_papers(ui.paperCombo)
        self.follow_print_language(ui.langCombo)
        self.zone_completer = ZoneCompleter(ui.zoneEdit)
        ui.zoneEdit.setPlaceholderText(
            translate("Documents", "Add a zone: type a city, e.g. Tokyo or New York")
        )
        self._zones_touched = False
        self.refresh()
        for combo in (ui.styleCombo, ui.paperCombo):
            combo.currentIndexChanged.connect(self.changed)
        ui.invitationCheck.toggled.connect(self.changed)
        ui.passcodeCheck.toggled.connect(self.changed)
        ui.descriptionsCheck.toggled.connect(self.changed)
        ui.styleCombo.currentIndexChanged.connect(self._style_changed)
        self._style_changed()
        ui.zoneList.model().rowsMoved.connect(self._zones_changed)
        ui.upButton.clicked.connect(lambda: self._move(-1))
        ui.downButton.clicked.connect(lambda: self._move(1))
        ui.removeButton.clicked.connect(self._remove)
        ui.addButton.clicked.connect(self._add)
        ui.zoneEdit.returnPressed.connect(self._add)

    def _style_changed(self) -> None:
        """Descriptions and the invitation are printed by the full programme only."""
        full = self.ui.styleCombo.currentData() == "full"
        self.ui.descriptionsCheck.setEnabled(full)
        self.ui.invitationCheck.setEnabled(full)

    # zones ---------------------------------------------------------------------------
    def zones(self) -> list[str]:
        return [self.ui.zoneList.item(i).text() for i in range(self.ui.zoneList.count())]

    def set_zones(self, zones: list[str]) -> None:
        self.ui.zoneList.clear()
        for zone in zones:
            item = QListWidgetItem(zone)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.ui.zoneList.addItem(item)

    def _zones_changed(self, *args: object) -> None:
        self._zones_touched = True
        self.changed.emit()

    def _move(self, step: int) -> None:
        lst = self.ui.zoneList
        row = lst.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < lst.count():
            return
        item = lst.takeItem(row)
        lst.insertItem(target, item)
        lst.setCurrentRow(target)
        self._zones_changed()

    def _remove(self) -> None:
        lst = self.ui.zoneList
        if lst.count() <= 1 or lst.currentRow() < 0:
            return  # a programme needs at least one clock
        lst.takeItem(lst.currentRow())
        self._zones_changed()

    def _add(self) -> None:
        typed = self.ui.zoneEdit.text().strip()
        if not typed:
            return
        name = self.zone_completer.take_match()
        if name is None:
            self.ui.zoneError.setText(
                translate(
                    "Documents", "“{text}” is not one time zone: pick one from the list."
                ).format(text=typed)
            )
            return
        self.ui.zoneError.setText("")
        if name not in self.zones():
            self.set_zones([*self.zones(), name])
        self.ui.zoneEdit.clear()
        self._zones_changed()

    # DocumentOptions -----------------------------------------------------------------
    def refresh(self) -> None:
        if self._zones_touched:
            return
        data = self.ctx.data()
        try:
            zones = programme.resolve_zones(data, None)
        except ValueError:
            zones = ["UTC"]
        self.set_zones(zones)

    def options(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "style": ui.styleCombo.currentData(),
            "paper": ui.paperCombo.currentData(),
            "lang": self.lang(),
            "zones": self.zones(),
            "invitation": ui.invitationCheck.isChecked(),
            "passcode": ui.passcodeCheck.isChecked(),
            "descriptions": ui.descriptionsCheck.isChecked(),
        }

    def set_paper(self, paper: str) -> None:
        self.ui.paperCombo.setCurrentIndex(self.ui.paperCombo.findData(paper))


def render_programme(
    data: EventData, options: dict[str, Any], progress: Progress, cancelled: CancelCheck
) -> Rendered:
    known = {
        k: v for k, v in options.items() if k in programme.ProgrammeOptions.__dataclass_fields__
    }
    return programme.render(
        data, programme.ProgrammeOptions(**known), progress=progress, cancelled=cancelled
    )


def file_name(data: EventData, options: dict[str, Any]) -> str:
    title = file_title(data) or translate("Documents", "Programme")
    suffix = {
        "glance": translate("Documents", " - at a glance"),
        "doors": translate("Documents", " - door signs"),
        "grid": translate("Documents", " - grid"),
    }.get(options.get("style", ""), "")
    return f"{title}{suffix}.pdf"


register(
    DocumentSpec(
        key="programme",
        name=QT_TRANSLATE_NOOP("Documents", "Programme"),
        options_widget=ProgrammeOptionsWidget,
        render=render_programme,
        file_name=file_name,
        kind="programme",
    )
)
