"""Print & Export: pick a document, set its options, see it, print it or save it as PDF.

The preview re-renders off the UI thread a moment after the last change (debounced);
a render overtaken by a newer change is cancelled and its result discarded. Save and
print use the same render function as the preview, so what is seen is what is printed.

Before Save and Print the programme checks say how many errors and warnings are left
(the user may look at them or go on); every save or print of a logged document is noted
in the print log, and the "Out of date" panel under the preview re-exports what an edit
made stale through the same worker as Save (see ``gui/documents/reexport.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QSplitter, QWidget

from ...checks.stale import Redo, record_export
from ...model import EventData
from ...paths import documents_dir
from ...pdf.base import Rendered
from ...services.files import atomic_path
from ..context import EventContext
from ..dialogs.check_before_export import ExportCheck
from ..documents import reexport
from ..documents.base import DocumentOptions, DocumentSpec, documents
from ..documents.incomplete_notice import IncompleteNotice
from ..documents.preview import PdfPreview
from ..documents.printing import PrintError, preview_dialog, print_with_dialog
from ..forms.ui_print_export import Ui_PrintExport
from ..jobs import Job
from ..language import translate
from ..panels.stale import StalePaperPanel

DEBOUNCE_MS = 300


class PrintExportView(QWidget):
    #: a preview finished rendering (for tests and status bars): page count
    preview_ready = Signal(int)
    #: a file was saved: its path
    saved = Signal(str)
    #: a document was saved or printed and noted in the print log: its kind
    recorded = Signal(str)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PrintExport()
        self.ui.setupUi(self)
        self.preview = PdfPreview(self)
        self.ui.previewLayout.addWidget(self.preview, 1)
        # the badges the last save or print could not print whole, until the next one
        self.incomplete = IncompleteNotice(self.ui.previewPane)
        self.ui.previewLayout.insertWidget(1, self.incomplete)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        # printed paper an edit made out of date, under the preview
        self.stale = StalePaperPanel(ctx, self)
        self.stale.setObjectName("stalePaper")
        stale_layout = self.stale.layout()
        assert stale_layout is not None  # the panel lays itself out when it is made
        stale_layout.setContentsMargins(0, 6, 0, 0)  # in line with the preview
        self.stale.reexport_requested.connect(self.reexport)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.ui.splitter.replaceWidget(1, self.right)
        self.right.addWidget(self.ui.previewPane)
        self.right.addWidget(self.stale)
        self.ui.previewPane.show()
        self.right.setStretchFactor(0, 1)
        self.right.setSizes([520, 170])
        #: the check shown before an export, while it waits for an answer
        self.export_check: ExportCheck | None = None
        self._redo_queue: list[Redo] = []

        self.specs: list[DocumentSpec] = documents()
        self.panels: list[DocumentOptions] = []
        for spec in self.specs:
            panel = spec.options_widget(ctx, self.ui.optionsStack)
            panel.changed.connect(self.schedule_preview)
            self.ui.optionsStack.addWidget(panel)
            self.panels.append(panel)
            self.ui.documentList.addItem(QListWidgetItem(spec.title))
        self.ui.documentList.currentRowChanged.connect(self._document_changed)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_preview)
        self._generation = 0
        self._preview_job: Job | None = None
        self._preview_key = ""
        self._preview_result: Rendered | None = None  # what the preview shows
        self._export_job: Job | None = None

        self.ui.saveButton.clicked.connect(self.save_pdf)
        self.ui.printButton.clicked.connect(self.print_pdf)
        self.ui.previewButton.clicked.connect(self.print_preview)
        self.ui.cancelButton.clicked.connect(self.cancel_export)
        ctx.changed.connect(self._event_changed)
        if self.specs:
            self.ui.documentList.setCurrentRow(0)

    # what is chosen ---------------------------------------------------------------------
    def spec(self) -> DocumentSpec:
        return self.specs[max(0, self.ui.documentList.currentRow())]

    def panel(self) -> DocumentOptions:
        return self.panels[max(0, self.ui.documentList.currentRow())]

    def _key(self) -> str:
        return json.dumps([self.spec().key, self.panel().options()], sort_keys=True)

    def _document_changed(self, row: int) -> None:
        if row >= 0:
            self.ui.optionsStack.setCurrentIndex(row)
            self.schedule_preview()

    def _event_changed(self, tables: object) -> None:
        if tables == {"print_log"}:
            return  # an export was noted: nothing printed on the page changed
        for panel in self.panels:
            panel.event_changed()
        self._preview_key = ""
        self.schedule_preview()

    # preview ------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def render_preview(self) -> None:
        """Render the current choices now; an older render still running is dropped."""
        self._timer.stop()
        if self.ctx.closed:
            return
        error = self.panel().error()
        if error:
            self.preview.show_message(error)
            return
        if self._preview_job is not None and self._preview_job.is_running():
            self._preview_job.cancel()
        self._generation += 1
        generation = self._generation
        key = self._key()
        spec, options, data = self.spec(), self.panel().options(), self.ctx.data()
        job = Job(lambda progress, cancelled: spec.render(data, options, progress, cancelled), self)
        job.finished.connect(lambda result: self._preview_done(generation, key, result))
        job.failed.connect(lambda message: self._preview_failed(generation, message))
        self._preview_job = job
        self.ui.statusLabel.setText(translate("PrintExport", "Updating the preview…"))
        job.start()

    def _preview_done(self, generation: int, key: str, result: Rendered) -> None:
        if generation != self._generation:
            return  # overtaken by a newer change
        self.preview.set_pdf(result.pdf)
        self._preview_key, self._preview_result = key, result
        self.ui.statusLabel.setText(self._summary(result))
        self.preview_ready.emit(result.pages)

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.ui.statusLabel.setText(
                translate("PrintExport", "The preview could not be made: {reason}").format(
                    reason=message
                )
            )

    @staticmethod
    def _summary(result: Rendered) -> str:
        text = (
            translate("PrintExport", "1 page")
            if result.pages == 1
            else translate("PrintExport", "{n} pages").format(n=result.pages)
        )
        if result.warnings:
            text += " · " + "; ".join(result.warnings[:5])
            if len(result.warnings) > 5:
                more = len(result.warnings) - 5
                text += translate("PrintExport", " (and {n} more)").format(n=more)
        if result.incomplete:
            text += translate("PrintExport", " · {n} not printed whole").format(
                n=len(result.incomplete)
            )
        return text

    # check ------------------------------------------------------------------------------
    def check_then(self, what: str, proceed: Callable[[], None]) -> None:
        """Say how many errors and warnings the event has, then ``proceed`` unless the user
        would rather look at them (or cancels). Nothing to say: proceed at once."""
        if self.export_check is not None:
            return  # already asking
        check = ExportCheck(self, self.ctx, what)
        if not check.needed:
            check.deleteLater()
            proceed()
            return
        self.export_check = check

        def decided(go_on: bool) -> None:
            self.export_check = None
            check.box.deleteLater()
            check.deleteLater()
            if go_on:
                QTimer.singleShot(0, proceed)  # once the message box has closed
            else:
                self.say(translate("PrintExport", "Nothing was exported."))

        check.decided.connect(decided)
        check.box.open()

    @staticmethod
    def _what(spec: DocumentSpec) -> str:
        """The document as a sentence names it: 'the programme', 'the name badges'."""
        return document_words().get(spec.key, spec.title)

    # save ---------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self._export_job is not None and self._export_job.is_running():
            return
        self.check_then(self._what(self.spec()), self._ask_and_save)

    def _ask_and_save(self) -> None:
        spec, options = self.spec(), self.panel().before_output("save")
        if options is None:
            return
        data = self.ctx.data()
        folder = documents_dir() if documents_dir().is_dir() else Path.home()
        suggested = str(folder / spec.file_name(data, options))
        last = reexport.last_path(self.ctx.store.path, spec.kind or spec.key)
        if last:  # the same kind of document again: in the folder it went to last time
            suggested = str(Path(last).parent / Path(suggested).name)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("PrintExport", "Save as PDF"),
            suggested,
            translate("PrintExport", "PDF (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.export_to(path, spec, options)

    def export_to(
        self, path: str, spec: DocumentSpec | None = None, options: dict[str, Any] | None = None
    ) -> Job:
        """Render and write ``path`` off the UI thread; Cancel or a failure leaves no file."""
        spec = spec or self.spec()
        options = options if options is not None else self.panel().options()
        data = self.ctx.data()

        def work(progress, cancelled) -> Rendered:
            with atomic_path(path) as tmp:
                result = spec.render(data, options, progress, cancelled)
                tmp.write_bytes(result.pdf)
            return result

        job = Job(work, self)
        self._export_job = job
        self._busy(True)
        job.progress.connect(
            lambda done, total: self.ui.progressBar.setValue(int(100 * done / max(total, 1)))
        )
        panel = self.panels[self.specs.index(spec)]
        job.finished.connect(lambda result: panel.after_output(options, result))
        job.finished.connect(lambda result: self._saved(path, result, spec, options, data))
        job.failed.connect(
            lambda message: self._failed(translate("PrintExport", "The PDF was not saved"), message)
        )
        job.cancelled.connect(
            lambda: self.say(translate("PrintExport", "Cancelled: nothing was saved."))
        )
        job.done.connect(lambda: self._busy(False))
        return job.start()

    def cancel_export(self) -> None:
        if self._export_job is not None:
            self._export_job.cancel()

    def _busy(self, busy: bool) -> None:
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(busy)
        self.ui.cancelButton.setVisible(busy)
        for button in (self.ui.saveButton, self.ui.printButton, self.ui.previewButton):
            button.setEnabled(not busy)

    def _saved(
        self,
        path: str,
        result: Rendered,
        spec: DocumentSpec,
        options: dict[str, Any],
        data: EventData,
    ) -> None:
        self.say(
            translate("PrintExport", "Saved {file} · {summary}").format(
                file=path, summary=self._summary(result)
            )
        )
        self.incomplete.show_lines(result.incomplete, spec.kind)
        if reexport.person_of(options) is None and "person_ids" not in options:
            reexport.remember_path(self.ctx.store.path, spec.kind or spec.key, path)
        self._record(spec, options, data)
        self.saved.emit(path)

    def _record(self, spec: DocumentSpec, options: dict[str, Any], data: EventData) -> None:
        """Note in the print log what went on paper (``data`` is what was rendered), so
        the Out of date panel can tell when an edit makes it stale."""
        if not spec.kind or spec.logs_itself:
            if spec.kind:
                self.recorded.emit(spec.kind)
            return
        if self.ctx.store.read_only:  # the banner says so; the file cannot take a log
            return
        try:
            record_export(
                self.ctx.store,
                spec.kind,
                data,
                options=options,
                person_id=reexport.person_of(options),
            )
        except Exception as exc:  # the file is written; say the log could not follow
            self._failed(
                translate("PrintExport", "The export was not noted in the print log"), str(exc)
            )
            return
        self.recorded.emit(spec.kind)

    def say(self, text: str) -> None:
        """What became of the last save or print, beside the buttons: it stays there while
        the preview (above) is redrawn, until the next save or print."""
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setToolTip(text)

    def _failed(self, what: str, message: str) -> None:
        self.say(translate("PrintExport", "{what}: {reason}").format(what=what, reason=message))
        QMessageBox.warning(self, translate("Views", "Print & Export"), f"{what}.\n\n{message}")

    # print ----------------------------------------------------------------------------------
    def current_pdf(self) -> bytes:
        """The PDF for the current choices: the preview's if it is up to date."""
        if self._preview_key == self._key() and self.preview.pdf:
            return self.preview.pdf
        spec, options = self.spec(), self.panel().options()
        result = spec.render(self.ctx.data(), options, lambda d, t: None, lambda: False)
        self.preview.set_pdf(result.pdf)
        self._preview_key, self._preview_result = self._key(), result
        return result.pdf

    def print_pdf(self) -> None:
        self.check_then(self._what(self.spec()), self._print_now)

    def _print_now(self) -> None:
        spec, panel = self.spec(), self.panel()
        options = panel.before_output("print")
        if options is None:
            return
        try:
            data = self.ctx.data()  # current_pdf() is up to date with it
            if options == panel.options():
                pdf, result = self.current_pdf(), None
                shown = self._preview_result
            else:  # the user left some out (e.g. people already printed)
                result = shown = spec.render(data, options, lambda d, t: None, lambda: False)
                pdf = result.pdf
            title = translate("PrintExport", "Print {document}").format(document=spec.title)
            pages = print_with_dialog(pdf, self, title)
        except (PrintError, ValueError) as exc:
            self._failed(translate("PrintExport", "Nothing was printed"), str(exc))
            return
        if pages:
            panel.after_output(options, result)
            sent = (
                translate("PrintExport", "Sent 1 page of {document} to the printer")
                if pages == 1
                else translate("PrintExport", "Sent {n} pages of {document} to the printer")
            )
            self.say(sent.format(n=pages, document=self._what(spec)))
            self.incomplete.show_lines(shown.incomplete if shown else [], spec.kind)
            self._record(spec, options, data)

    def print_preview(self) -> None:
        try:
            title = translate("PrintExport", "{document}: Print Preview").format(
                document=self.spec().title
            )
            dialog = preview_dialog(self.current_pdf(), self, title)
        except ValueError as exc:
            self._failed(translate("PrintExport", "No preview"), str(exc))
            return
        dialog.exec()

    # re-export ------------------------------------------------------------------------------
    def reexport(self, redo: list[Redo]) -> None:
        """Print again what the Out of date panel asks for, one export after the other, each
        to where its document was last saved (or a path the user gives)."""
        # kinds with an exporter of their own in the panel were re-exported by it already
        redo = [r for r in redo if r.kind not in self.stale.exporters]
        if not redo:
            return
        if self._redo_queue or (self._export_job is not None and self._export_job.is_running()):
            self.say(
                translate("PrintExport", "An export is under way: re-export when it has finished.")
            )
            return
        words = kind_words()
        what = ", ".join(dict.fromkeys(words.get(r.kind, r.kind) for r in redo))

        def start() -> None:
            self._redo_queue = list(redo)
            self._next_redo()

        self.check_then(what, start)

    def _next_redo(self) -> None:
        if not self._redo_queue:
            return
        redo = self._redo_queue.pop(0)
        found = reexport.reexporter_for(redo.kind, self.specs)
        if found is None:
            self._redo_queue.clear()
            self._failed(
                translate("PrintExport", "Nothing was re-exported"),
                translate("PrintExport", "No document here prints {document}.").format(
                    document=kind_words().get(redo.kind, redo.kind)
                ),
            )
            return
        spec, how = found
        options = how.options(redo)
        path = reexport.last_path(self.ctx.store.path, redo.kind) if redo.person_ids is None else ""
        if not path:
            folder = documents_dir() if documents_dir().is_dir() else Path.home()
            suggested = str(folder / spec.file_name(self.ctx.data(), options))
            path, _filter = QFileDialog.getSaveFileName(
                self,
                translate("PrintExport", "Re-export {document}").format(document=spec.title),
                suggested,
                translate("PrintExport", "PDF (*.pdf)"),
            )
            if not path:
                self._redo_queue.clear()
                self.say(translate("PrintExport", "Nothing was re-exported."))
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        job = self.export_to(path, spec, options)
        job.finished.connect(lambda _result: QTimer.singleShot(0, self._next_redo))
        job.failed.connect(lambda _message: self._redo_queue.clear())
        job.cancelled.connect(self._redo_queue.clear)


def kind_words() -> dict[str, str]:
    """How the check before a re-export names each kind of document."""
    return {
        "programme": translate("PrintExport", "the programme"),
        "badge": translate("PrintExport", "badges"),
        "tent": translate("PrintExport", "table tents"),
        "brief": translate("PrintExport", "speaker briefs"),
    }


def document_words() -> dict[str, str]:
    """Each document as a sentence names it ("Print the name badges anyway?")."""
    return {
        "programme": translate("PrintExport", "the programme"),
        "badges": translate("PrintExport", "the name badges"),
        "tents": translate("PrintExport", "the table tents"),
        "briefs": translate("PrintExport", "the speaker briefs"),
        "runsheet": translate("PrintExport", "the run sheet"),
        "signin": translate("PrintExport", "the sign-in sheets"),
    }
