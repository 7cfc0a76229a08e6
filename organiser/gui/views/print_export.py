"""Print & Export: pick a document, set its options, see it, print it or save it as PDF.

The preview re-renders off the UI thread a moment after the last change (debounced);
a render overtaken by a newer change is cancelled and its result discarded. Save and
print use the same render function as the preview, so what is seen is what is printed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from ...paths import documents_dir
from ...pdf.base import Rendered
from ...services.files import atomic_path
from ..context import EventContext
from ..documents import DocumentOptions, DocumentSpec, documents
from ..forms.ui_print_export import Ui_PrintExport
from ..jobs import Job
from ..pdf_preview import PdfPreview
from ..printing import PrintError, preview_dialog, print_with_dialog

DEBOUNCE_MS = 300


class PrintExportView(QWidget):
    #: a preview finished rendering (for tests and status bars): page count
    preview_ready = Signal(int)
    #: a file was saved: its path
    saved = Signal(str)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PrintExport()
        self.ui.setupUi(self)
        self.preview = PdfPreview(self)
        self.ui.previewLayout.addWidget(self.preview, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()

        self.specs: list[DocumentSpec] = documents()
        self.panels: list[DocumentOptions] = []
        for spec in self.specs:
            panel = spec.options_widget(ctx, self.ui.optionsStack)
            panel.changed.connect(self.schedule_preview)
            self.ui.optionsStack.addWidget(panel)
            self.panels.append(panel)
            self.ui.documentList.addItem(QListWidgetItem(spec.name))
        self.ui.documentList.currentRowChanged.connect(self._document_changed)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_preview)
        self._generation = 0
        self._preview_job: Job | None = None
        self._preview_key = ""
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
        for panel in self.panels:
            panel.refresh()
        self._preview_key = ""
        self.schedule_preview()

    # preview ------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def render_preview(self) -> None:
        """Render the current choices now; an older render still running is dropped."""
        self._timer.stop()
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
        self.ui.statusLabel.setText("Updating the preview…")
        job.start()

    def _preview_done(self, generation: int, key: str, result: Rendered) -> None:
        if generation != self._generation:
            return  # overtaken by a newer change
        self.preview.set_pdf(result.pdf)
        self._preview_key = key
        self.ui.statusLabel.setText(self._summary(result))
        self.preview_ready.emit(result.pages)

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.ui.statusLabel.setText(f"The preview could not be made: {message}")

    @staticmethod
    def _summary(result: Rendered) -> str:
        text = f"{result.pages} page{'s' if result.pages != 1 else ''}"
        if result.warnings:
            text += " · " + "; ".join(result.warnings[:5])
            if len(result.warnings) > 5:
                text += f" (and {len(result.warnings) - 5} more)"
        return text

    # save ---------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self._export_job is not None and self._export_job.is_running():
            return
        spec, options = self.spec(), self.panel().before_output()
        if options is None:
            return
        data = self.ctx.data()
        folder = documents_dir() if documents_dir().is_dir() else Path.home()
        suggested = str(folder / spec.file_name(data, options))
        path, _filter = QFileDialog.getSaveFileName(self, "Save as PDF", suggested, "PDF (*.pdf)")
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
        job.finished.connect(lambda result: self._saved(path, result))
        job.failed.connect(lambda message: self._failed("The PDF was not saved", message))
        job.cancelled.connect(lambda: self.ui.statusLabel.setText("Cancelled: nothing was saved."))
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

    def _saved(self, path: str, result: Rendered) -> None:
        self.ui.statusLabel.setText(f"Saved {path} · {self._summary(result)}")
        self.saved.emit(path)

    def _failed(self, what: str, message: str) -> None:
        self.ui.statusLabel.setText(f"{what}: {message}")
        QMessageBox.warning(self, "Print & Export", f"{what}.\n\n{message}")

    # print ----------------------------------------------------------------------------------
    def current_pdf(self) -> bytes:
        """The PDF for the current choices: the preview's if it is up to date."""
        if self._preview_key == self._key() and self.preview.pdf:
            return self.preview.pdf
        spec, options = self.spec(), self.panel().options()
        result = spec.render(self.ctx.data(), options, lambda d, t: None, lambda: False)
        self.preview.set_pdf(result.pdf)
        self._preview_key = self._key()
        return result.pdf

    def print_pdf(self) -> None:
        panel = self.panel()
        options = panel.before_output()
        if options is None:
            return
        try:
            if options == panel.options():
                pdf, result = self.current_pdf(), None
            else:  # the user left some out (e.g. people already printed)
                result = self.spec().render(
                    self.ctx.data(), options, lambda d, t: None, lambda: False
                )
                pdf = result.pdf
            if print_with_dialog(pdf, self, f"Print {self.spec().name}"):
                panel.after_output(options, result)
        except (PrintError, ValueError) as exc:
            self._failed("Nothing was printed", str(exc))

    def print_preview(self) -> None:
        try:
            dialog = preview_dialog(self.current_pdf(), self, f"{self.spec().name}: Print Preview")
        except ValueError as exc:
            self._failed("No preview", str(exc))
            return
        dialog.exec()
