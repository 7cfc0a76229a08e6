"""Sign-in sheets in Print & Export: listed, previewed, saved, with their options."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from organiser.gui.documents.base import documents
from organiser.gui.views.print_export import PrintExportView

# Through the registry, as the window does (see test_brief_documents.py).
documents()
from organiser.gui.documents import signin as signin_documents  # noqa: E402


def _text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_options_panel_and_render(qtbot, ctx):
    assert "signin" in [d.key for d in documents()]
    w = signin_documents.SigninOptionsWidget(ctx)
    qtbot.addWidget(w)
    data = ctx.data()
    assert w.ui.dayCombo.count() == len(data.days) + 1 and w.error() == ""
    assert w.options() == {"day_id": None, "locale": "en", "blank_rows": 5, "paper": "a4"}
    every = signin_documents.render_signin(data, w.options(), lambda *a: None, lambda: False)
    assert every.pages >= len(data.days)

    second = data.days[1]
    with qtbot.waitSignal(w.changed):
        w.ui.dayCombo.setCurrentIndex(w.ui.dayCombo.findData(second.id))
    w.ui.localeCombo.setCurrentIndex(w.ui.localeCombo.findData("fr"))
    w.ui.blankSpin.setValue(0)
    opts = w.options()
    one = signin_documents.render_signin(data, opts, lambda *a: None, lambda: False)
    pages = _text(one.pdf)
    assert 1 <= len(pages) < every.pages
    french = second.date.strftime("%d").lstrip("0") + " novembre 2021"
    assert all(french in p for p in pages)
    assert f"Page {len(pages)} sur {len(pages)}" in pages[-1]  # French throughout
    assert signin_documents.file_name(data, opts).endswith(
        f"sign-in sheet {second.date.isoformat()}.pdf"
    )
    # the chosen day survives a refresh while it exists
    w.refresh()
    assert w.options()["day_id"] == second.id


def test_preview_and_save_from_print_and_export(save_as, qtbot, ctx, tmp_path: Path, messages):
    view = PrintExportView(ctx)
    qtbot.addWidget(view)
    view.show()
    names = [view.ui.documentList.item(i).text() for i in range(view.ui.documentList.count())]
    assert "Sign-in sheets" in names
    with qtbot.waitSignal(view.preview_ready, timeout=60_000) as ready:
        view.ui.documentList.setCurrentRow(names.index("Sign-in sheets"))
    pages = ready.args[0]
    assert pages > 0 and view.preview.page_count() == pages
    assert view.spec().key == "signin" and view.spec().kind == "signin"

    target = tmp_path / "sheets.pdf"
    save_as(target)
    view.ui.saveButton.click()
    # the sample's warnings are named first; the user goes on
    assert view.export_check is not None and view.export_check.box.isVisible()
    with qtbot.waitSignal(view.saved, timeout=60_000):
        view.export_check.export_button.click()
    texts = _text(target.read_bytes())
    assert len(texts) == pages
    assert all("Signature" in t and "Sign-in sheet" in t for t in texts)
    assert "Rethinking Stability" in texts[0]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["sheets.pdf"]
    # The print log cannot note it yet: checks.stale.item_fingerprints knows only the
    # programme, badges and briefs, and says so in a message box (captured here).
    assert all("print log" in text for _title, text in messages)
