"""The fields French printing needs, edited in the window: the event's print language and
whether it prints in both languages, a person's form of address, a session's French
title, summary, problem statement and guiding questions, the roles' French names and
brief. Each is one undoable change; Print & Export follows the print language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from organiser.i18n import NNBSP
from tests.gui.keyboard import type_text


def session(ctx, session_id):
    return next(s for s in ctx.data().sessions if s.id == session_id)


def settle(qtbot) -> None:
    qtbot.wait(50)


def test_print_language_and_both_languages(sample_window, qtbot):
    ctx = sample_window.ctx
    export = sample_window.show_view("print")
    panel = export.panel()
    assert panel.lang() == "en"
    view = sample_window.show_view("event")
    combo = view.ui.print_language
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Français"]
    combo.setCurrentIndex(combo.findData("fr"))
    settle(qtbot)
    assert ctx.data().event.print_language == "fr"
    qtbot.waitUntil(lambda: panel.lang() == "fr", timeout=3000)  # Print & Export follows
    qtbot.mouseClick(view.ui.print_bilingual, Qt.MouseButton.LeftButton)
    assert ctx.data().event.print_bilingual is True
    ctx.undo_stack.undo()
    assert ctx.data().event.print_bilingual is False
    ctx.undo_stack.undo()
    assert ctx.data().event.print_language == "en"


def test_a_document_keeps_the_language_picked_for_it(sample_window, qtbot):
    ctx = sample_window.ctx
    export = sample_window.show_view("print")
    panel = export.panel()
    combo = panel.lang_combo
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())  # the user's own pick, English
    view = sample_window.show_view("event")
    view.ui.print_language.setCurrentIndex(view.ui.print_language.findData("fr"))
    settle(qtbot)
    assert ctx.data().event.print_language == "fr"
    sample_window.show_view("print")
    settle(qtbot)
    assert panel.lang() == "en" and panel.options()["lang"] == "en"
    other = export.panels[2]  # a document nobody picked a language for follows the event
    assert other.lang() == "fr"


def test_form_of_address(sample_window, qtbot):
    ctx = sample_window.ctx
    darkwa = next(p for p in ctx.data().people if p.family_name == "Darkwa")
    sample_window.navigate("person", darkwa.id)
    view = sample_window.show_view("people")
    combo = view.ui.form_of_address
    assert combo.currentData() == "feminine"
    combo.setCurrentIndex(combo.findData(""))
    settle(qtbot)
    assert ctx.data().person(darkwa.id).form_of_address == ""
    ctx.undo_stack.undo()
    assert ctx.data().person(darkwa.id).form_of_address == "feminine"


def test_a_sessions_french_text_and_questions(sample_window, qtbot):
    ctx = sample_window.ctx
    ws = next(s for s in ctx.data().sessions if s.kind == "workshop" and s.number == 1)
    sample_window.navigate("session", ws.id)
    view = sample_window.show_view("programme")
    ui = view.ui
    ui.title_fr.setFocus()
    type_text(ui.title_fr, "Protection des civils")
    ui.summary_fr.setFocus()  # leaving the line saves it
    type_text(ui.summary_fr, "Résumé en français.")
    ui.title_fr.setFocus()
    settle(qtbot)
    saved = session(ctx, ws.id)
    assert saved.title_fr == "Protection des civils"
    assert saved.summary_fr == "Résumé en français."
    # the French questions, each beside its English
    table = ui.questions_fr
    assert table.rowCount() == len(ws.guiding_questions)
    assert table.item(0, 0).text() == ws.guiding_questions[0]
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    table.item(1, 1).setText("Deuxième question ?")
    qtbot.waitUntil(lambda: len(session(ctx, ws.id).guiding_questions_fr) > 1, timeout=3000)
    french = session(ctx, ws.id).guiding_questions_fr
    assert french[1] == "Deuxième question ?" and french[0] == ""
    # the heading the window shows for it in French
    from organiser import i18n

    assert i18n.heading_of(session(ctx, ws.id), "fr") == (
        f"Atelier 1{NNBSP}: Protection des civils"
    )


def test_roles_french_names_and_brief(sample_window, qtbot):
    ctx = sample_window.ctx
    view = sample_window.show_view("logistics")
    roles = view.roles
    heads = [roles.headerData(c, Qt.Orientation.Horizontal) for c in range(roles.columnCount())]
    assert heads == [
        "Role",
        "Plural",
        "In French",
        "Feminine",
        "French plural",
        "Feminine plural",
    ]
    rapporteur = ctx.data().role_type("rapporteur")
    row = roles.row_of(rapporteur.id)
    assert roles.data(roles.index(row, 3)) == "Rapporteuse"
    assert roles.setData(roles.index(row, 3), "Rapporteure")
    assert ctx.data().role_type("rapporteur").label_fr_feminine == "Rapporteure"
    view._select(view.ui.rolesTable, roles, rapporteur.id)
    view.ui.roleBriefFr.selectAll()
    type_text(view.ui.roleBriefFr, "Notez les conclusions.")
    assert ctx.data().role_type("rapporteur").brief_fr == "Notez les conclusions."
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert ctx.data().role_type("rapporteur").label_fr_feminine == "Rapporteuse"


def test_the_previews_zoom_label_holds_its_french_words(qtbot):
    """'largeur' (fit to width) was cut to 'argeu' by a label sized for '400 %'."""
    from organiser.gui import language
    from organiser.gui.documents.preview import PdfPreview

    language.install("fr")
    try:
        preview = PdfPreview()
        qtbot.addWidget(preview)
        label = preview.zoom_label
        for word in ("largeur", "page", "400 %"):
            assert label.minimumWidth() >= label.fontMetrics().horizontalAdvance(word), word
    finally:
        language.uninstall()
