"""Table tents in Print & Export: the options panel and the DocumentSpec."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtWidgets import QWidget

from ...badges import draw as badge_draw
from ...badges import layouts
from ...badges.content import BadgeOptions
from ...badges.render import preflight
from ...badges.tents import render_tents
from ...model import EventData
from ...pdf.base import CancelCheck, Cancelled, Progress, Rendered
from ..context import EventContext
from ..forms.ui_tent_options import Ui_TentOptions
from ..language import QT_TRANSLATE_NOOP, translate
from .base import DocumentOptions, DocumentSpec, file_title, register
from .who import WhoChooser, people_for

TENT_PAPERS = {"a4": ("A4", "Tent A4"), "letter": ("US Letter", "Tent Letter")}
PAPER_WORDS = {"a4": "A4", "letter": QT_TRANSLATE_NOOP("Documents", "US Letter")}


def render_tent_document(
    data: EventData, options: dict[str, Any], progress: Progress, cancelled: CancelCheck
) -> Rendered:
    layout = layouts.find(TENT_PAPERS[options.get("paper", "a4")][1])
    people = people_for(data, options)
    if not people:
        raise ValueError(translate("Documents", "nobody to print a table tent for"))
    lang = options.get("lang", "en")
    buf = io.BytesIO()
    try:
        result = render_tents(
            data, people, layout, buf, progress=progress, cancelled=cancelled, lang=lang
        )
    except badge_draw.Cancelled:
        raise Cancelled("cancelled") from None
    warnings = preflight(data, people, layout, BadgeOptions(lang=lang))
    return Rendered(buf.getvalue(), result.pages, warnings, result.incomplete)


def tent_file_name(data: EventData, options: dict[str, Any]) -> str:
    title = file_title(data) or translate("Documents", "Event")
    return translate("Documents", "{event} - table tents.pdf").format(event=title)


class TentOptionsWidget(DocumentOptions):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_TentOptions()
        self.ui.setupUi(self)
        for key in TENT_PAPERS:
            self.ui.paperCombo.addItem(translate("Documents", PAPER_WORDS[key]), key)
        self.add_language(self.ui.form)
        self.who = WhoChooser(ctx, self)
        self.ui.whoLayout.addWidget(self.who)
        self.who.changed.connect(self.changed)
        self.ui.paperCombo.currentIndexChanged.connect(self.changed)

    def refresh(self) -> None:
        self.who.refresh()

    def options(self) -> dict[str, Any]:
        return {
            "who": self.who.who(),
            "paper": self.ui.paperCombo.currentData(),
            "lang": self.lang(),
        }

    def error(self) -> str:
        return self.who.error(self.ctx.data())


register(
    DocumentSpec(
        key="tents",
        name=QT_TRANSLATE_NOOP("Documents", "Table tents"),
        options_widget=TentOptionsWidget,
        render=render_tent_document,
        file_name=tent_file_name,
        kind="tent",
    )
)
