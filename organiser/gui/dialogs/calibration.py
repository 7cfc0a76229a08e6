"""Calibrating a badge layout: the printer's offset, and its calibration page to print."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ...badges import layouts
from ...badges.calibration import render_calibration
from ...badges.layouts import Layout
from ...paths import documents_dir
from ...services.files import atomic_path
from ..documents.printing import PrintError, print_with_dialog
from ..forms.ui_calibration_dialog import Ui_CalibrationDialog


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
