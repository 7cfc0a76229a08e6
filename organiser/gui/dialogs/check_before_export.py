"""Before anything is exported: say how many errors and warnings the programme still has.

The reference event went to print with a wrong date and a repeated question; this is the
last moment to catch such things. Notes (info findings) never stop an export, so with no
errors or warnings nothing is shown at all.

:class:`ExportCheck` builds the message box without showing it, so a caller that must
not block (and the tests) can ``open()`` it and listen to ``decided``;
:func:`confirm_export` is the one-call blocking form for export buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ...checks import CheckOptions, Finding, counts, run_checks
from .. import language
from ..context import EventContext
from ..language import translate
from ..panels.problems import counted

#: How many findings the box names before "and N more".
SHOWN = 3


def problems_sentence(found: dict[str, int]) -> str:
    """'The event has 1 error and 2 warnings.'"""
    parts = [counted(found[s], s) for s in ("error", "warning") if found.get(s, 0)]
    if not parts:
        return translate("CheckBeforeExport", "The event has no errors or warnings.")
    joined = translate("CheckBeforeExport", "{first} and {second}")
    what = joined.format(first=parts[0], second=parts[1]) if len(parts) == 2 else parts[0]
    return translate("CheckBeforeExport", "The event has {problems}.").format(problems=what)


class ExportCheck(QObject):
    """The question asked before exporting ``what`` ("the programme", "42 badges").

    ``needed`` is False when there is nothing to ask; otherwise ``box`` is ready to show.
    Choosing "Show problems" emits ``ctx.navigate('problems', 0)`` (the main window raises
    its Problems panel); ``decided(bool)`` says whether to go on with the export.
    """

    decided = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None,
        ctx: EventContext,
        what: str,
        findings: list[Finding] | None = None,
        options: CheckOptions | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.what = what
        options = options or CheckOptions(lang=language.current())
        found = findings if findings is not None else run_checks(ctx.data(), options)
        self.findings = [f for f in found if f.severity in ("error", "warning")]
        self.counts = counts(found)
        self.needed = bool(self.findings)
        #: the answer once given: True export, False do not (None: not yet)
        self.answer: bool | None = None

        self.box = QMessageBox(parent)
        self.box.setWindowTitle(translate("CheckBeforeExport", "Check before export"))
        errors = self.counts["error"] > 0
        self.box.setIcon(QMessageBox.Icon.Critical if errors else QMessageBox.Icon.Warning)
        self.box.setText(problems_sentence(self.counts))
        listed = "".join(f"<li>{_escape(f.message)}</li>" for f in self.findings[:SHOWN])
        more = len(self.findings) - SHOWN
        extra = (
            "<p>" + translate("CheckBeforeExport", "…and {n} more.").format(n=more) + "</p>"
            if more > 0
            else ""
        )
        question = translate(
            "CheckBeforeExport", "Look at them first, or export {document} anyway?"
        ).format(document=_escape(what))
        self.box.setInformativeText(
            f"<ul style='margin-left:-20px'>{listed}</ul>{extra}<p>{question}</p>"
        )
        self.show_button = self.box.addButton(
            translate("CheckBeforeExport", "Show problems"), QMessageBox.ButtonRole.RejectRole
        )
        self.export_button = self.box.addButton(
            translate("CheckBeforeExport", "Export anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.box.addButton(QMessageBox.StandardButton.Cancel)
        self.box.setDefaultButton(self.show_button if errors else self.export_button)
        self.box.setEscapeButton(self.cancel_button)
        self.box.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        self.answer = button is self.export_button
        if button is self.show_button:
            self.ctx.navigate.emit("problems", 0)
        self.decided.emit(self.answer)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def confirm_export(parent: QWidget | None, ctx: EventContext, what: str) -> bool:
    """True to go on exporting ``what``; asks first when the checks find errors or warnings."""
    check = ExportCheck(parent, ctx, what)
    if not check.needed:
        check.deleteLater()
        return True
    check.box.exec()
    answer = bool(check.answer)
    check.box.deleteLater()
    check.deleteLater()
    return answer
