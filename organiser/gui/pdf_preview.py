"""A PDF shown inside the window (QPdfView), fed with bytes from any renderer."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """Shows one PDF at a time; ``set_pdf(bytes)`` replaces it without flicker of state."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Preview")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""

    def set_pdf(self, pdf: bytes) -> None:
        """Show ``pdf``; the buffer stays alive as long as the document reads from it."""
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        self.pdf = pdf
        if old is not None:
            old.close()
            old.deleteLater()
        self.message.hide()

    def show_message(self, text: str) -> None:
        """A line above the preview (a failed render keeps the last good preview)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def page_count(self) -> int:
        return self.document.pageCount()

    def page_size(self, page: int = 0) -> QSizeF:
        """A page's size in points (1/72 inch)."""
        return self.document.pagePointSize(page)
