"""Print & Export with real widgets: preview follows the options, Save, Print, Print Preview."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from organiser.gui.documents.printing import print_pdf
from organiser.gui.jobs import Job
from organiser.gui.views.print_export import PrintExportView
from organiser.pdf.base import Cancelled

A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def view(export_view):
    return export_view


def _size(view: PrintExportView) -> tuple[int, int]:
    size = view.preview.page_size(0)
    return round(size.width()), round(size.height())


def test_preview_follows_paper_size(qtbot, view):
    assert view.ui.documentList.count() >= 1
    assert view.ui.documentList.item(0).text() == "Programme"
    assert view.preview.page_count() >= 3
    assert _size(view) == A4
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.panel().set_paper("letter")
    assert _size(view) == LETTER
    # a quick second change overtakes the first: only the last one is shown
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.panel().set_paper("a4")
        view.panel().ui.styleCombo.setCurrentIndex(view.panel().ui.styleCombo.findData("glance"))
    assert _size(view) == A4
    assert view.preview.page_count() == 1


def test_save_as_pdf(save_as, qtbot, view, out_dir):
    target = out_dir / "programme.pdf"
    save_as(target)
    view.panel().set_paper("letter")
    view.ui.saveButton.click()
    # the sample's two warnings are named first; the user goes on
    assert view.export_check is not None and view.export_check.box.isVisible()
    with qtbot.waitSignal(view.saved, timeout=20000):
        view.export_check.export_button.click()
    reader = PdfReader(target)
    assert len(reader.pages) >= 3
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Workshop 1: Protection of Civilians" in "".join(p.extract_text() for p in reader.pages)
    assert sorted(p.name for p in out_dir.iterdir()) == ["programme.pdf"]
    assert view.ui.saveButton.isEnabled() and not view.ui.progressBar.isVisible()


def test_cancelled_export_leaves_no_file(qtbot, view, out_dir):
    target = out_dir / "cancelled.pdf"
    job = view.export_to(str(target))
    job.cancel()
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    assert job.state == "cancelled"
    assert list(out_dir.iterdir()) == []
    assert "nothing was saved" in view.ui.messageLabel.text()


def test_failed_export_keeps_the_older_file(qtbot, view, out_dir, monkeypatch):
    target = out_dir / "old.pdf"
    target.write_bytes(b"older")
    monkeypatch.setattr("organiser.gui.views.print_export.QMessageBox.warning", lambda *a: None)
    job = view.export_to(str(target), options={**view.panel().options(), "zones": ["Nowhere/Zone"]})
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    assert job.state == "failed" and "Nowhere/Zone" in job.error
    assert target.read_bytes() == b"older"
    assert sorted(p.name for p in out_dir.iterdir()) == ["old.pdf"]


def test_print_to_pdf_printer(qtbot, view, out_dir):
    pdf = view.current_pdf()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    out = out_dir / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)  # the page size is what is checked; keep the images small
    assert print_pdf(pdf, printer) == pages
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4


def test_print_letter_to_pdf_printer(qtbot, view, out_dir):
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.panel().set_paper("letter")
    out = out_dir / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)  # the page size is what is checked; keep the images small
    count = print_pdf(view.current_pdf(), printer)
    reader = PdfReader(out)
    assert len(reader.pages) == count == view.preview.page_count()
    box = reader.pages[-1].mediabox
    assert (round(float(box.width)), round(float(box.height))) == LETTER


def test_print_preview_shows_the_same_pages(qtbot, view, monkeypatch):
    shown = {}

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        shown["pages"] = widget.pageCount()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    view.ui.previewButton.click()
    assert shown["pages"] == view.preview.page_count()


def test_job_reports_progress_and_result(qtbot):
    seen = []

    def work(progress, cancelled):
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    job = Job(work)
    job.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: len(seen) == 3)


def test_job_cancel(qtbot):
    def work(progress, cancelled):
        while not cancelled():
            pass
        raise Cancelled("stop")

    job = Job(work)
    job.start()
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    assert job.state == "cancelled"


def test_unknown_zone_is_refused_in_the_panel(qtbot, view):
    panel = view.panel()
    before = panel.zones()
    panel.ui.zoneEdit.setText("Mars/Olympus")
    panel.ui.addButton.click()
    assert panel.zones() == before
    assert "Mars/Olympus" in panel.ui.zoneError.text()
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.ui.zoneEdit.setText("Asia/Tokyo")
        panel.ui.addButton.click()
    assert panel.zones()[-1] == "Asia/Tokyo"


def test_preview_follows_the_event(qtbot, view):
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.ctx.refresh()  # another window or process changed the event
    assert view.preview.page_count() >= 3
