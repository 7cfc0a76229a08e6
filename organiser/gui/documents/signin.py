"""Sign-in sheets in Print & Export: the options panel and the DocumentSpec.

The same sheets as ``organiser export signin``: every day or one, the dates in English or
French, a number of blank rows for walk-ins. A chosen day that is deleted falls back to
every day rather than printing nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ...model import EventData
from ...pdf import signin
from ...pdf.base import CancelCheck, Progress, Rendered
from .. import language
from ..context import EventContext
from ..forms.ui_signin_options import Ui_SigninOptions
from ..language import QT_TRANSLATE_NOOP, translate
from .base import DocumentOptions, DocumentSpec, file_title, fill_papers, register


class SigninOptionsWidget(DocumentOptions):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_SigninOptions()
        self.ui.setupUi(self)
        ui = self.ui
        self.follow_print_language(ui.localeCombo)
        fill_papers(ui.paperCombo)
        ui.blankSpin.setMaximum(signin.MAX_BLANK_ROWS)
        ui.blankSpin.setValue(signin.BLANK_ROWS)
        self.refresh()
        for combo in (ui.dayCombo, ui.paperCombo):
            combo.currentIndexChanged.connect(self.changed)
        ui.blankSpin.valueChanged.connect(self.changed)

    def refresh(self) -> None:
        combo = self.ui.dayCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            days = self.ctx.data().days
            combo.addItem(translate("Documents", "Every day ({n})").format(n=len(days)), None)
            for day in days:
                combo.addItem(signin.day_heading(day, language.current()), day.id)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        finally:
            combo.blockSignals(False)

    def options(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "day_id": ui.dayCombo.currentData(),
            "locale": self.lang(),
            "blank_rows": ui.blankSpin.value(),
            "paper": ui.paperCombo.currentData(),
        }

    def error(self) -> str:
        if not self.ctx.data().days:
            return translate(
                "Documents", "The event has no days yet, so there are no sign-in sheets to print."
            )
        return ""


def render_signin(
    data: EventData, options: dict[str, Any], progress: Progress, cancelled: CancelCheck
) -> Rendered:
    day_id = options.get("day_id")
    chosen = signin.SigninOptions(
        day_ids=None if day_id is None else [day_id],
        locale=options.get("locale", "en"),
        blank_rows=options.get("blank_rows", signin.BLANK_ROWS),
        paper=options.get("paper", "a4"),
    )
    return signin.render(data, chosen, progress=progress, cancelled=cancelled)


def file_name(data: EventData, options: dict[str, Any]) -> str:
    title = file_title(data) or translate("Documents", "Event")
    day = next((d for d in data.days if d.id == options.get("day_id")), None)
    if day is not None:
        return translate("Documents", "{event} - sign-in sheet {date}.pdf").format(
            event=title, date=day.date.isoformat()
        )
    return translate("Documents", "{event} - sign-in sheets.pdf").format(event=title)


register(
    DocumentSpec(
        key="signin",
        name=QT_TRANSLATE_NOOP("Documents", "Sign-in sheets"),
        options_widget=SigninOptionsWidget,
        render=render_signin,
        file_name=file_name,
        kind="signin",
    )
)
