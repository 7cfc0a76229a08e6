"""Badges from the GUI: the desk's one-step badge, Name badges and Table tents in Print &
Export, the reprint question, calibration and gLabels import, all with real widgets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from organiser.badges import layouts
from organiser.badges.selection import previous_print, select
from organiser.gui.dialogs.calibration import CalibrationDialog
from organiser.gui.documents import desk_badge
from organiser.gui.documents.badges import BadgeOptionsWidget
from organiser.gui.documents.tents import TentOptionsWidget
from organiser.gui.views.print_export import PrintExportView
from tests.conftest import SHARED

LETTER = (612, 792)


@pytest.fixture(autouse=True)
def user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Imported layouts and printer offsets go to the test's own folder."""
    folder = tmp_path / "user-config"
    monkeypatch.setattr(layouts, "config_dir", lambda: folder)
    return folder


class PdfPrinters:
    """Stands in for the default printer: a real QPrinter writing PDF files in tmp."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.files: list[Path] = []
        self.sent: list[bytes] = []

    def __call__(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"printed-{len(self.files) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.files.append(path)
        return printer


@pytest.fixture
def printers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PdfPrinters:
    folder = tmp_path / "printer"
    folder.mkdir()
    fake = PdfPrinters(folder)
    monkeypatch.setattr(desk_badge, "default_printer", fake)
    real = desk_badge.print_pdf

    def print_and_keep(pdf, printer, *args, **kwargs):
        fake.sent.append(pdf)  # what went to the printer, still as text
        return real(pdf, printer, *args, **kwargs)

    monkeypatch.setattr(desk_badge, "print_pdf", print_and_keep)
    return fake


def _export(view, button) -> None:
    """Click Save or Print and go on past the check (the sample event has two warnings)."""
    button.click()
    if view.export_check is not None:
        view.export_check.export_button.click()
        QTest.qWait(20)  # the export goes on once the message box has closed


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def _changed_ids(window) -> set[int]:
    return {p.id for p in select(window.ctx.data(), "changed")}


def test_desk_badge_print_log_and_changed_since_printed(
    window, qtbot, sample_path, printers, monkeypatch, messages
):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    window.activateWindow()
    table = people.ui.people_table
    person = next(p for p in window.ctx.data().people if p.name == "Niagalé Bagayoko")
    people.show_item("person", person.id)
    assert people.current_person_id() == person.id
    table.setFocus()
    # also in the table's context menu
    assert people.print_badge_action in table.actions()
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu

    # one step: Ctrl+P, no dialog, straight to the (PDF) printer
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printers.files) == 1 and printers.files[0].exists()
    # the printer draws each page as an image: the name is read from the PDF it was sent
    assert len(PdfReader(printers.files[0]).pages) == 1
    sent = PdfReader(io.BytesIO(printers.sent[0]))
    assert "Bagayoko" in sent.pages[0].extract_text()
    assert messages == []
    rec = previous_print(window.ctx.store, person.id)
    assert rec is not None and rec.layout == "Badge A6"
    rows = [r for r in window.ctx.store.rows("print_log") if r["person_id"] == person.id]
    assert len(rows) == 1 and rows[0]["kind"] == "badge"
    assert person.id not in _changed_ids(window)
    assert "Niagalé Bagayoko (Badge A6) sent to the printer" in window.statusBar().currentMessage()

    # edit their organisation through the People view's form: now their badge is stale
    at = people.ui.affiliations_table
    assert at.rowCount() >= 1
    at.item(0, 1).setText("Kofi Annan International Peacekeeping Training Centre (KAIPTC)")
    qtbot.waitUntil(lambda: person.id in _changed_ids(window), timeout=5000)

    # a second badge is asked about: No prints nothing, Yes prints it
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    people.print_badge_action.trigger()
    assert len(asked) == 1 and "already has a badge" in asked[0]
    assert len(printers.files) == 1
    assert person.id in _changed_ids(window)
    people.print_badge_action.trigger()
    assert len(asked) == 2 and len(printers.files) == 2 and printers.files[1].exists()
    assert person.id not in _changed_ids(window)
    rows = [r for r in window.ctx.store.rows("print_log") if r["person_id"] == person.id]
    assert len(rows) == 2


def test_desk_badge_pdf_has_the_name_and_fills_the_sheet(
    window, qtbot, sample_path, printers, monkeypatch
):
    """A desk on a label sheet: each badge goes into the next free label; saved as PDF."""
    from organiser.gui import settings as prefs

    assert window.open_file(sample_path)
    window.ctx.store.set_setting("desk_layout", "Avery 5395")
    prefs.settings().setValue(desk_badge.DESK_TO_FILE, "true")
    people = window.show_view("people")
    data = window.ctx.data()
    first, second = data.people[0], data.people[1]
    people.show_item("person", first.id)
    one = desk_badge.print_badge(people, window.ctx, first.id)
    two = desk_badge.print_badge(people, window.ctx, second.id)
    assert printers.files == []  # saved, not printed
    assert (one.slot, two.slot) == (0, 1)
    assert one.path.exists() and first.family_name in _text(one.path)
    assert second.family_name in _text(two.path)
    assert round(float(PdfReader(one.path).pages[0].mediabox.height)) == 792
    assert one.seconds < 1.0


def _choose(view: PrintExportView, name: str, qtbot) -> None:
    row = [view.ui.documentList.item(i).text() for i in range(view.ui.documentList.count())]
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.ui.documentList.setCurrentRow(row.index(name))


def test_badges_preview_save_log_and_reprint_question(
    save_as, export_view, qtbot, tmp_path, monkeypatch, messages
):
    view = export_view
    _choose(view, "Name badges", qtbot)
    panel = view.panel()
    assert isinstance(panel, BadgeOptionsWidget)
    # the layout picker searches by brand and part number
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.ui.layoutSearch.setText("avery 5395")
    assert panel.ui.layoutCombo.count() == 1
    assert panel.ui.layoutCombo.currentData() == "Avery 5395"
    size = view.preview.page_size(0)
    assert (round(size.width()), round(size.height())) == LETTER
    people = len(view.ctx.data().people)
    assert view.preview.page_count() == -(-people // 8)

    target = tmp_path / "badges.pdf"
    save_as(target)
    with qtbot.waitSignal(panel.recorded, timeout=20000):
        _export(view, view.ui.saveButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    reader = PdfReader(target)
    assert len(reader.pages) == view.preview.page_count()
    assert round(float(reader.pages[0].mediabox.width)) == LETTER[0]
    text = "".join(_text(target).split())  # a long name may break onto two lines
    missing = [p.name for p in view.ctx.data().people if "".join(p.family_name.split()) not in text]
    assert missing == []
    assert len(view.ctx.store.rows("print_log")) == people
    assert select(view.ctx.data(), "unprinted") == []
    assert not [m for m in messages if m[0] == "Name badges"]  # no warning for this cast

    # hand-pick one printed and one new person: the reprint question lists the first
    from organiser.model import Person

    new_id = view.ctx.store.insert(
        "people", {"uid": "NEW0000001", "given_name": "Aminata", "family_name": "Traoré"}
    )
    assert isinstance(view.ctx.data().person(new_id), Person)
    old = view.ctx.data().people[0]
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.who.set_kind("uids")
        panel.who.pick([old.uid, "NEW0000001"])
    assert view.preview.page_count() == 1
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        # worded for Save as PDF, not for printing
        assert box.button(QMessageBox.StandardButton.Yes).text() == "Include them again"
        assert "Print" not in box.text()
        return QMessageBox.StandardButton.No  # leave them out

    monkeypatch.setattr(QMessageBox, "exec", answer)
    second = tmp_path / "second.pdf"
    save_as(second)
    with qtbot.waitSignal(panel.recorded, timeout=20000):
        _export(view, view.ui.saveButton)
    assert len(asked) == 1 and old.full_name in asked[0] and "Traoré" not in asked[0]
    text = _text(second)
    assert "Traoré" in text and old.family_name not in text
    assert previous_print(view.ctx.store, new_id) is not None
    assert len(view.ctx.store.rows("print_log")) == people + 1

    # both printed now: Skip leaves nobody, and nothing is written
    third = tmp_path / "third.pdf"
    save_as(third)
    _export(view, view.ui.saveButton)
    assert len(asked) == 2 and not third.exists()
    assert messages[-1] == ("Name badges", "Everyone chosen already has a badge: nothing to save.")


def test_badge_options_map_to_the_renderer(export_view, qtbot, tmp_path):
    view = export_view
    _choose(view, "Name badges", qtbot)
    panel = view.panel()
    ui = panel.ui
    panel.set_layout("Avery L4785")
    ui.startSpin.setValue(4)
    ui.duplexCheck.setChecked(True)
    ui.outlineCheck.setChecked(True)
    ui.qrCombo.setCurrentIndex(ui.qrCombo.findData("vcard"))
    ui.vcardOrganisation.setChecked(True)
    opts = panel.options()
    assert opts["start"] == 4 and opts["duplex"] and opts["outline"]
    assert opts["qr"] == "vcard" and opts["vcard_fields"] == ["organisation"]
    assert ui.startSpin.maximum() == 10 and not ui.foldoverCheck.isEnabled()
    # a single-badge layout: no duplex, no start label, fold-over allowed
    panel.set_layout("Badge A6")
    assert not ui.duplexCheck.isEnabled() and not ui.startSpin.isEnabled()
    assert ui.foldoverCheck.isEnabled()
    ui.foldoverCheck.setChecked(True)
    opts = panel.options()
    assert opts["foldover"] and not opts["duplex"]
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.render_preview()
    assert view.preview.page_count() == len(view.ctx.data().people)
    # a category or a role
    panel.who.set_kind("role")
    values = panel.who.ui.valueCombo
    values.setCurrentIndex(values.findData("chair"))
    assert panel.options()["who"] == "role:chair"
    assert panel.error() == "Nobody matches this choice."  # no chair in this programme
    values.setCurrentIndex(values.findData("facilitator"))
    assert panel.error() == ""
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.render_preview()
    assert view.preview.page_count() == 4  # four facilitators, one A6 page each
    panel.who.set_kind("changed")
    assert panel.error() == "No badge has changed since it was printed."
    ui.layoutSearch.setText("no such label anywhere")
    assert panel.chosen_layout() is None and "No layout matches" in panel.error()


def test_hand_picked_checklist_searches_accents(export_view, qtbot, typer):
    view = export_view
    _choose(view, "Name badges", qtbot)
    who = view.panel().who
    who.set_kind("uids")
    assert view.panel().error() == "Tick the people to print for."
    typer(who.ui.peopleFilter, "NIAGALÉ")
    shown = [
        who.ui.peopleList.item(i)
        for i in range(who.ui.peopleList.count())
        if not who.ui.peopleList.item(i).isHidden()
    ]
    assert [i.text().split(" · ")[0] for i in shown] == ["Dr. Niagalé Bagayoko"]
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        shown[0].setCheckState(Qt.CheckState.Checked)
    assert view.preview.page_count() == 1
    assert view.panel().options()["who"].startswith("uids:")


def test_table_tents_preview(export_view, qtbot, tmp_path):
    view = export_view
    _choose(view, "Table tents", qtbot)
    panel = view.panel()
    assert isinstance(panel, TentOptionsWidget)
    assert view.preview.page_count() == len(view.ctx.data().people)
    size = view.preview.page_size(0)
    assert (round(size.width()), round(size.height())) == (842, 595)
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.ui.paperCombo.setCurrentIndex(panel.ui.paperCombo.findData("letter"))
    size = view.preview.page_size(0)
    assert (round(size.width()), round(size.height())) == (792, 612)
    target = tmp_path / "tents.pdf"
    with qtbot.waitSignal(view.saved, timeout=20000):
        view.export_to(str(target))
    assert "Bagayoko" in _text(target)
    # tents are logged as tents (to tell when a name on them changes), never as badges
    assert [r["kind"] for r in view.ctx.store.rows("print_log")] == ["tent"]


def test_calibration_dialog_saves_offset_and_page(save_as, qtbot, tmp_path, user_config):
    layout = layouts.find("Avery 5395")
    dialog = CalibrationDialog(layout)
    qtbot.addWidget(dialog)
    page = tmp_path / "calibration.pdf"
    save_as(page)
    dialog.ui.saveButton.click()
    assert len(PdfReader(page).pages) == 2  # the outlines, then how to measure
    assert "calibration +0.0 mm across" in _text(page)
    dialog.ui.xSpin.setValue(1.5)
    dialog.ui.ySpin.setValue(-0.5)
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert layouts.calibration("Avery 5395") == (1.5, -0.5)
    assert (user_config / "calibration.json").exists()
    # the page now shows the saved offset
    buf = io.BytesIO(CalibrationDialog(layout).page())
    assert "+1.5 mm across, -0.5 mm down" in "".join(p.extract_text() for p in PdfReader(buf).pages)


def test_import_glabels_into_the_picker(export_view, qtbot, monkeypatch, user_config):
    view = export_view
    _choose(view, "Name badges", qtbot)
    panel = view.panel()
    source = SHARED / "data" / "real" / "labels" / "glabels-qt_zweckform-iso-templates.xml"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    before = len(panel.layouts)
    panel.ui.importButton.click()
    assert len(panel.layouts) > before
    assert "Imported" in panel.ui.layoutInfo.text()
    assert (user_config / "layouts.json").exists()
    panel.ui.layoutSearch.setText("zweckform")
    found = [panel.ui.layoutCombo.itemText(i) for i in range(panel.ui.layoutCombo.count())]
    assert found and all("zweckform" in name.casefold() for name in found)


def test_import_refuses_a_file_that_is_not_glabels(
    export_view, qtbot, monkeypatch, tmp_path, messages, user_config
):
    view = export_view
    _choose(view, "Name badges", qtbot)
    bad = tmp_path / "bad.xml"
    bad.write_text("<nope/>", "utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    view.panel().ui.importButton.click()
    assert messages and messages[-1][1].startswith("Nothing was imported.")
    assert not (user_config / "layouts.json").exists()


def test_print_logs_badges_and_remembers_the_sheet(export_view, qtbot, tmp_path, monkeypatch):
    """Print (not Save): the preview's PDF goes to the printer, then the log and the
    sheet memory are updated without a second render."""
    from organiser.badges.selection import next_free_slot, used_slots
    from organiser.gui.documents.printing import print_pdf
    from organiser.gui.views import print_export

    printed: list[Path] = []

    def to_pdf_printer(pdf: bytes, parent=None, title: str = "") -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printed.append(tmp_path / f"print-{len(printed) + 1}.pdf")
        printer.setOutputFileName(str(printed[-1]))
        return print_pdf(pdf, printer)

    monkeypatch.setattr(print_export, "print_with_dialog", to_pdf_printer)
    view = export_view
    _choose(view, "Name badges", qtbot)
    panel = view.panel()
    panel.set_layout("Avery 5395")
    three = [p.uid for p in view.ctx.data().people[:3]]
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.who.set_kind("uids")
        panel.who.pick(three)
        panel.ui.startSpin.setValue(2)
    with qtbot.waitSignal(panel.recorded, timeout=20000):
        _export(view, view.ui.printButton)
    assert len(printed) == 1 and len(PdfReader(printed[0]).pages) == 1
    assert len(view.ctx.store.rows("print_log")) == 3
    layout = layouts.find("Avery 5395")
    assert used_slots(view.ctx.store, layout) == [1, 2, 3]  # label 1 is still on the sheet
    assert next_free_slot(view.ctx.store, layout) == 0


def test_preflight_warnings_come_before_printing(
    save_as, export_view, qtbot, tmp_path, monkeypatch, messages
):
    view = export_view
    store = view.ctx.store
    store.insert("people", {"uid": "EMOJI00001", "given_name": "Zoë 🙂", "family_name": "Ngũgĩ"})
    store.insert(
        "people",
        {
            "uid": "LONG000001",
            "given_name": "Hubert",
            "family_name": "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft"
            "schaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzen",
        },
    )
    _choose(view, "Name badges", qtbot)
    panel = view.panel()
    panel.set_layout("Badge CR80")
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.who.set_kind("uids")
        panel.who.pick(["EMOJI00001", "LONG000001"])
    assert "no bundled font has 🙂" in view.ui.statusLabel.text()
    target = tmp_path / "warned.pdf"
    save_as(target)
    # Cancel at the warning: nothing saved, nothing logged
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(
            lambda *a, **k: (messages.append(a[1:3]), QMessageBox.StandardButton.Cancel)[1]
        ),
    )
    _export(view, view.ui.saveButton)
    assert messages and messages[-1][0] == "Name badges"
    warning = messages[-1][1]
    assert "Zoë" in warning and "🙂" in warning
    assert "too long for Badge CR80" in warning
    assert not target.exists() and store.rows("print_log") == []


def test_changed_since_printed_reprints_without_asking(
    save_as, export_view, qtbot, tmp_path, monkeypatch
):
    view = export_view
    _choose(view, "Name badges", qtbot)
    panel = view.panel()
    first = tmp_path / "all.pdf"
    with qtbot.waitSignal(panel.recorded, timeout=20000):
        view.export_to(str(first))
    person = view.ctx.data().people[2]
    view.ctx.store.update("people", person.id, {"given_name": "Lindiwe"})
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.who.set_kind("changed")
    assert view.preview.page_count() == 1

    def no_question(box: QMessageBox) -> int:
        raise AssertionError(f"asked: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", no_question)
    target = tmp_path / "changed.pdf"
    save_as(target)
    with qtbot.waitSignal(panel.recorded, timeout=20000):
        _export(view, view.ui.saveButton)
    assert "Lindiwe" in _text(target)
    assert select(view.ctx.data(), "changed") == []
    assert panel.error() == "No badge has changed since it was printed."
