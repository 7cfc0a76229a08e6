"""Speaker briefs in Print & Export: the options panel and the DocumentSpec.

The preview and Save as PDF give the combined briefs (or one person's); the folder of one
PDF per person is written from the options panel, off the UI thread with progress and
Cancel, all files or none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from ...model import EventData
from ...pdf import briefs
from ...pdf.base import CancelCheck, Progress, Rendered
from ...services.briefs import people_with_roles
from ..context import EventContext
from ..forms.ui_brief_options import Ui_BriefOptions
from ..jobs import Job, run_with_dialog
from ..language import QT_TRANSLATE_NOOP, translate
from ..views.base import fill_combo
from .base import DocumentOptions, DocumentSpec, file_title, fill_papers, register


class BriefOptionsWidget(DocumentOptions):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_BriefOptions()
        self.ui.setupUi(self)
        fill_papers(self.ui.paperCombo)
        self.add_language(self.ui.form)
        self.job: Job | None = None
        #: a test sets this to skip the folder dialog
        self.choose_folder = self._ask_folder
        self.refresh()
        self.ui.personCombo.currentIndexChanged.connect(self.changed)
        self.ui.paperCombo.currentIndexChanged.connect(self.changed)
        self.ui.splitButton.clicked.connect(self.save_split)

    def refresh(self) -> None:
        people = people_with_roles(self.ctx.data())
        everyone = translate("Documents", "Everyone with a role ({n})").format(n=len(people))
        items: list[tuple[str, object]] = [(everyone, None)]
        fill_combo(self.ui.personCombo, items + [(p.full_name, p.uid) for p in people], keep=True)

    def options(self) -> dict[str, Any]:
        return {
            "paper": self.ui.paperCombo.currentData(),
            "person_uid": self.ui.personCombo.currentData(),
            "lang": self.lang(),
        }

    def error(self) -> str:
        if not people_with_roles(self.ctx.data()):
            return translate(
                "Documents", "Nobody holds a role yet, so there are no briefs to print."
            )
        return ""

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, translate("Documents", "Folder for the briefs")
        )

    def save_split(self) -> None:
        if self.error():
            self.ui.status.setText(self.error())
            return
        chosen = self.choose_folder()
        if not chosen:
            return
        folder = Path(chosen)
        data = self.ctx.data()
        options = briefs.BriefOptions(**self.options())
        self.ui.splitButton.setEnabled(False)
        self.ui.status.setText(translate("Documents", "Writing the briefs…"))

        def work(progress: Progress, cancelled: CancelCheck) -> briefs.SplitResult:
            return briefs.render_split(data, folder, options, progress, cancelled)

        self.job = run_with_dialog(
            work,
            self,
            translate("Documents", "Writing one brief per person…"),
            translate("Documents", "Speaker briefs"),
        )
        self.job.finished.connect(lambda result: self.ui.status.setText(_wrote(result, folder)))
        self.job.failed.connect(
            lambda message: self.ui.status.setText(
                translate("Documents", "Not written: {reason}").format(reason=message)
            )
        )
        self.job.cancelled.connect(
            lambda: self.ui.status.setText(
                translate("Documents", "Cancelled; nothing was written.")
            )
        )
        self.job.done.connect(lambda: self.ui.splitButton.setEnabled(True))


def _wrote(result: briefs.SplitResult, folder: Path) -> str:
    """'Wrote 12 briefs to …. 1 warning: …'."""
    n = len(result.files)
    text = (
        translate("Documents", "Wrote 1 brief to {folder}.")
        if n == 1
        else translate("Documents", "Wrote {n} briefs to {folder}.")
    ).format(n=n, folder=folder)
    if result.warnings:
        text += " " + translate("Documents", "Warnings ({n}): {first}").format(
            n=len(result.warnings), first=result.warnings[0]
        )
    return text


def render_briefs(
    data: EventData, options: dict[str, Any], progress: Progress, cancelled: CancelCheck
) -> Rendered:
    known = {k: v for k, v in options.items() if k in briefs.BriefOptions.__dataclass_fields__}
    return briefs.render(data, briefs.BriefOptions(**known), progress=progress, cancelled=cancelled)


def briefs_file_name(data: EventData, options: dict[str, Any]) -> str:
    uid = options.get("person_uid")
    if uid:
        person = next((p for p in data.people if p.uid == uid), None)
        if person is not None:
            return (
                translate("Documents", "Brief - ") + briefs.content.file_names([person])[person.id]
            )
    title = file_title(data) or translate("Documents", "Event")
    return translate("Documents", "{event} - speaker briefs.pdf").format(event=title)


register(
    DocumentSpec(
        key="briefs",
        name=QT_TRANSLATE_NOOP("Documents", "Speaker briefs"),
        options_widget=BriefOptionsWidget,
        render=render_briefs,
        file_name=briefs_file_name,
        kind="brief",
    )
)
