"""A PDF shown inside the window (QPdfView), fed with bytes from any renderer."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSizeF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QToolButton, QVBoxLayout, QWidget

from ..language import translate


class PdfPreview(QWidget):
    """Shows one PDF at a time; ``set_pdf(bytes)`` replaces it without flicker of state.

    Above the pages: previous and next page, the page number (type one to go there), and
    zoom out, in, to the page width or to the whole page (Ctrl+-, Ctrl++, Ctrl+0). A new
    PDF of the same document keeps the page and the zoom the user chose.
    """

    STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(translate("Documents", "Preview"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._controls())
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.view.zoomFactorChanged.connect(lambda _f: self._zoom_shown())
        self.document.pageCountChanged.connect(lambda _n: self._page_shown())
        self.document.statusChanged.connect(lambda _s: self._page_shown())
        self._zoom_shown()
        self._page_shown()

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)

        def button(text: str, tip: str, slot, keys: str = "") -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(f"{tip} ({keys})" if keys else tip)
            b.setAccessibleName(tip)
            b.clicked.connect(slot)
            if keys:
                action = QAction(tip, self)
                action.setShortcuts([QKeySequence(k) for k in keys.split(", ")])
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slot)
                self.addAction(action)
            row.addWidget(b)
            return b

        self.previous_button = button(
            "◀", translate("Documents", "Previous page"), lambda: self.go_to(self.page() - 1)
        )
        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(translate("Documents", "Page"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        row.addWidget(self.page_box)
        self.pages_label = QLabel(self)
        row.addWidget(self.pages_label)
        self.next_button = button(
            "▶", translate("Documents", "Next page"), lambda: self.go_to(self.page() + 1)
        )
        row.addStretch(1)
        button("−", translate("Documents", "Zoom out"), lambda: self.zoom_by(-1), "Ctrl+-")
        self.zoom_label = QLabel(self)
        shown = ("400 %", translate("Documents", "width"), translate("Documents", "page"))
        metrics = self.zoom_label.fontMetrics()
        self.zoom_label.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in shown) + 4)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.zoom_label)
        button("+", translate("Documents", "Zoom in"), lambda: self.zoom_by(1), "Ctrl++, Ctrl+=")
        button(
            translate("Documents", "Width"),
            translate("Documents", "Fit the page width"),
            self.fit_width,
            "Ctrl+0",
        )
        button(
            translate("Documents", "Whole page"),
            translate("Documents", "Show whole pages"),
            self.fit_page,
        )
        return row

    # pages --------------------------------------------------------------------------
    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count > 0:
            page = max(0, min(page, count - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _page_shown(self, *_args: object) -> None:
        if not (shiboken6.isValid(self.document) and shiboken6.isValid(self.page_box)):
            return  # the preview is being taken apart
        count = max(self.document.pageCount(), 0)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, max(count, 1) if count else 0)
        self.page_box.setValue(self.page() + 1 if count else 0)
        self.page_box.blockSignals(False)
        self.pages_label.setText(
            translate("Documents", "of {n}").format(n=count)
            if count
            else translate("Documents", "of –")
        )
        self.previous_button.setEnabled(self.page() > 0)
        self.next_button.setEnabled(self.page() < count - 1)

    # zoom ---------------------------------------------------------------------------
    def zoom_by(self, step: int) -> None:
        now = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            now = self._effective_zoom()
        bigger = [z for z in self.STEPS if z > now + 0.01]
        smaller = [z for z in self.STEPS if z < now - 0.01]
        target = (
            (bigger[0] if bigger else self.STEPS[-1])
            if step > 0
            else (smaller[-1] if smaller else self.STEPS[0])
        )
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)
        self._zoom_shown()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._zoom_shown()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._zoom_shown()

    def _effective_zoom(self) -> float:
        """The zoom a fitting mode shows now (points to screen pixels)."""
        size = self.page_size(max(self.page(), 0))
        if size.width() <= 0:
            return 1.0
        dpi = self.logicalDpiX() / 72.0
        return self.view.viewport().width() / (size.width() * dpi)

    def _zoom_shown(self) -> None:
        if not (shiboken6.isValid(self.view) and shiboken6.isValid(self.zoom_label)):
            return
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(translate("Documents", "width"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(translate("Documents", "page"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)} %")

    def set_pdf(self, pdf: bytes) -> None:
        """Show ``pdf``; the buffer stays alive as long as the document reads from it."""
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        page = self.page()
        self.document.load(buffer)
        self._buffer = buffer
        self.pdf = pdf
        if page > 0:
            self.go_to(page)  # the same place in the new version
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
