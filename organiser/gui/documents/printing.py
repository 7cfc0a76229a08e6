"""Printing a PDF made by a renderer: each page drawn at the printer's own resolution.

The same function paints a real printer, a PDF-format QPrinter and a QPrintPreviewDialog,
so Print Preview shows exactly what will print. Each printed page takes the size of the
PDF page (A4 stays A4, Letter stays Letter) and is drawn edge to edge at its actual size,
never scaled to fit: the PDF already holds its margins, and labels must land on labels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ...pdf.base import Cancelled

#: Pages are rendered at the printer's resolution up to this: a 1200 dpi A4 page would be a
#: half-gigabyte image, and no office printer resolves finer than 600 dpi anyway.
MAX_DPI = 600
#: The preview dialog's printer: sharp on screen, quick to paint, fine if printed from there.
PREVIEW_DPI = 300


class PrintError(Exception):
    """The PDF could not be read or the printer could not start."""


def printer_names() -> list[str]:
    """The printers this computer knows, for a picker (the desk's badge printer)."""
    return list(QPrinterInfo.availablePrinterNames())


def printer_named(name: str) -> QPrinter:
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintError(f"the printer “{name}” is not available on this computer")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def _open(pdf: bytes | str | Path) -> tuple[QPdfDocument, QBuffer | None]:
    document = QPdfDocument()
    buffer = None
    if isinstance(pdf, bytes):
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
    else:
        document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError(f"the PDF could not be read ({document.error().name})")
    return document, buffer


def _layout_for(document: QPdfDocument, page: int) -> QPageLayout:
    size = document.pagePointSize(page)
    page_size = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    if orientation == QPageLayout.Orientation.Landscape:
        page_size = QPageSize(
            size.transposed(), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0))


def actual_size(points: QSizeF, resolution: int) -> QRect:
    """Where a page of ``points`` goes on a printer of ``resolution`` dpi: at its actual
    size from the top-left corner, never stretched to the printer's paper. A badge sheet
    printed "fit to page" on Letter paper would miss every label."""
    return QRect(
        0, 0, round(points.width() * resolution / 72), round(points.height() * resolution / 72)
    )


def print_pdf(
    pdf: bytes | str | Path,
    printer: QPrinter,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Send every page (or the printer's chosen range) of ``pdf`` to ``printer``.

    Returns the number of pages printed. Runs on the UI thread: QPainter on a printer
    must. Raises PrintError if the PDF is unreadable or the printer will not start, and
    Cancelled if ``cancelled()`` turns true between pages.
    """
    document, buffer = _open(pdf)
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(count - 1, (printer.toPage() or count) - 1)
    pages = list(range(first, last + 1))
    printer.setFullPage(True)
    printer.setPageLayout(_layout_for(document, pages[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be started")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for i, page in enumerate(pages):
            if cancelled is not None and cancelled():
                raise Cancelled("cancelled")
            if i:
                printer.setPageLayout(_layout_for(document, page))
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, pixels)
            target = painter.viewport()
            painter.setWindow(QRect(0, 0, target.width(), target.height()))
            painter.drawImage(actual_size(points, printer.resolution()), image)
            printed += 1
            if progress is not None:
                progress(i + 1, len(pages))
    finally:
        painter.end()
        document.close()
        if buffer is not None:
            buffer.close()
    return printed


def print_with_dialog(pdf: bytes, parent: QWidget | None = None, title: str = "Print") -> int:
    """The system print dialog, then the pages; 0 when the user changed their mind."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return print_pdf(pdf, printer)


def preview_dialog(
    pdf: bytes, parent: QWidget | None = None, title: str = "Print Preview"
) -> QPrintPreviewDialog:
    """A print preview painting exactly the pages ``print_pdf`` sends to the printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PREVIEW_DPI)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: print_pdf(pdf, p))
    dialog._printer = printer  # type: ignore[attr-defined]  # keep alive with the dialog
    return dialog
