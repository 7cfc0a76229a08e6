"""The staff run sheet in Print & Export: the options panel and the DocumentSpec."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ...model import EventData
from ...pdf import runsheet
from ...pdf.base import CancelCheck, Progress, Rendered
from ..context import EventContext
from ..forms.ui_runsheet_options import Ui_RunSheetOptions
from ..language import QT_TRANSLATE_NOOP, translate
from .base import DocumentOptions, DocumentSpec, file_title, fill_papers, register


class RunSheetOptionsWidget(DocumentOptions):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_RunSheetOptions()
        self.ui.setupUi(self)
        fill_papers(self.ui.paperCombo)
        self.add_language(self.ui.form)
        self.ui.paperCombo.currentIndexChanged.connect(self.changed)
        self.ui.leadSpin.valueChanged.connect(self.changed)

    def options(self) -> dict[str, Any]:
        return {
            "paper": self.ui.paperCombo.currentData(),
            "setup_lead": self.ui.leadSpin.value(),
            "lang": self.lang(),
        }


def render_runsheet(
    data: EventData, options: dict[str, Any], progress: Progress, cancelled: CancelCheck
) -> Rendered:
    known = {k: v for k, v in options.items() if k in runsheet.RunSheetOptions.__dataclass_fields__}
    return runsheet.render(
        data, runsheet.RunSheetOptions(**known), progress=progress, cancelled=cancelled
    )


def runsheet_file_name(data: EventData, options: dict[str, Any]) -> str:
    title = file_title(data) or translate("Documents", "Event")
    return translate("Documents", "{event} - run sheet (staff only).pdf").format(event=title)


register(
    DocumentSpec(
        key="runsheet",
        name=QT_TRANSLATE_NOOP("Documents", "Run sheet (staff)"),
        options_widget=RunSheetOptionsWidget,
        render=render_runsheet,
        file_name=runsheet_file_name,
        kind="runsheet",
    )
)
