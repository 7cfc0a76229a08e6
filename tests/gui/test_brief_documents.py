"""Briefs and the run sheet in Print & Export: options, render, the split folder job."""

from __future__ import annotations

import io

from pypdf import PdfReader

from organiser.gui.context import EventContext
from organiser.gui.documents.base import documents
from organiser.store import EventStore

# Through the registry, as the window does: the list keeps the order of DOCUMENT_MODULES
# only if no test imports a document module before the registry does.
documents()
from organiser.gui.documents import briefs as brief_documents  # noqa: E402
from organiser.gui.documents import runsheet as runsheet_document  # noqa: E402


def test_registered_with_options_and_render(qtbot, sample_path):
    keys = [d.key for d in documents()]
    assert "briefs" in keys and "runsheet" in keys
    ctx = EventContext(EventStore.open(sample_path))
    try:
        w = brief_documents.BriefOptionsWidget(ctx)
        qtbot.addWidget(w)
        assert w.ui.personCombo.count() == 18 and w.error() == ""
        w.ui.personCombo.setCurrentIndex(w.ui.personCombo.findText("Mr. Clemens Hach"))
        opts = w.options()
        data = ctx.data()
        result = brief_documents.render_briefs(data, opts, lambda *a: None, lambda: False)
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(result.pdf)).pages)
        assert text.count("Dear ") == 1 and "Dear Mr. Hach," in text
        assert brief_documents.briefs_file_name(data, opts) == "Brief - Hach-Clemens.pdf"

        rs = runsheet_document.RunSheetOptionsWidget(ctx)
        qtbot.addWidget(rs)
        rs.ui.leadSpin.setValue(30)
        assert rs.options() == {"paper": "a4", "setup_lead": 30}
        result = runsheet_document.render_runsheet(
            data, rs.options(), lambda *a: None, lambda: False
        )
        assert result.pages >= 1
    finally:
        ctx.close()
        ctx.store.close()


def test_split_folder_off_the_ui_thread(qtbot, sample_path, tmp_path):
    ctx = EventContext(EventStore.open(sample_path))
    try:
        w = brief_documents.BriefOptionsWidget(ctx)
        qtbot.addWidget(w)
        folder = tmp_path / "briefs"
        w.choose_folder = lambda: str(folder)
        w.save_split()
        assert w.job is not None
        with qtbot.waitSignal(w.job.done, timeout=60_000):
            pass
        assert len(list(folder.glob("*.pdf"))) == 17
        assert w.ui.status.text().startswith("Wrote 17 briefs")
        assert w.ui.splitButton.isEnabled()
    finally:
        ctx.close()
        ctx.store.close()


def test_print_export_previews_briefs_and_run_sheet(qtbot, sample_path):
    from organiser.gui.views.print_export import PrintExportView

    ctx = EventContext(EventStore.open(sample_path))
    try:
        view = PrintExportView(ctx)
        qtbot.addWidget(view)
        names = [view.ui.documentList.item(i).text() for i in range(view.ui.documentList.count())]
        for name, pages in (("Speaker briefs", 30), ("Run sheet (staff)", 1)):
            with qtbot.waitSignal(view.preview_ready, timeout=60_000) as ready:
                view.ui.documentList.setCurrentRow(names.index(name))
            assert ready.args == [pages]
    finally:
        ctx.close()
        ctx.store.close()
