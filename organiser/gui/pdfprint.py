"""Send a finished PDF to a printer through Qt, page by page at the printer's resolution.

The desk renders every badge to a PDF file first (the file is the record of what was
printed); printing is then only a matter of drawing those pages on a QPrinter, which
also works with a QPrinter writing a PDF file, so the path is testable without paper.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def printer_named(name: str) -> QPrinter:
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise ValueError(f"the printer “{name}” is not available on this computer")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_pdf(path: str | Path, printer: QPrinter) -> int:
    """Draw every page of ``path`` on ``printer`` at the PDF's own page size; returns pages."""
    doc = QPdfDocument()
    doc.load(str(path))
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        raise ValueError(f"{Path(path).name} cannot be read as a PDF")
    first = doc.pagePointSize(0)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(first, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise ValueError("the printer refused the job (is it switched on and connected?)")
    try:
        dpi = printer.resolution()
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            size = doc.pagePointSize(page)
            pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            image = doc.render(page, pixels)
            painter.drawImage(QRectF(0, 0, pixels.width(), pixels.height()), image)
    finally:
        painter.end()
    return doc.pageCount()
