"""Table tents in Print & Export: the options panel and the DocumentSpec."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtWidgets import QWidget

from ...badges import draw as badge_draw
from ...badges import layouts
from ...badges.render import preflight
from ...badges.tents import render_tents
from ...model import EventData
from ...pdf.base import CancelCheck, Cancelled, Progress, Rendered
from ..context import EventContext
from ..forms.ui_tent_options import Ui_TentOptions
from .base import DocumentOptions, DocumentSpec, file_title, register
from .who import WhoChooser, people_for

TENT_PAPERS = {"a4": ("A4", "Tent A4"), "letter": ("US Letter", "Tent Letter")}


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


def tent_file_name(data: EventData, options: dict[str, Any]) -> str:
    return f"{file_title(data) or 'Event'} - table tents.pdf"


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
        key="tents",
        name="Table tents",
        options_widget=TentOptionsWidget,
        render=render_tent_document,
        file_name=tent_file_name,
        kind="tent",
    )
)
