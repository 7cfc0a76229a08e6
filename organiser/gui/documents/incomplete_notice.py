"""Badges and table tents printed without some of their text, named where staff see them.

Everyone chosen gets a badge, but one whose name had to be shortened, whose organisation
was cut or whose letters no bundled font has should be looked at before it is handed out.
The command line names them on stderr and exits 1; the window names them in Print &
Export after a save or a print (:class:`IncompleteNotice`, under the preview: it stays
through preview updates until the next save or print, or Dismiss), and in the message of
the desk's and the People view's one-step badge (:func:`describe`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

#: how many badges the notice names before "and n more"
LISTED = 8
#: what a print-log kind prints, as the notice names it
NOUNS = {"badge": "badge", "tent": "table tent"}


def describe(lines: list[str], kind: str = "badge") -> str:
    """'2 badges were not printed whole; check them before handing them out:' and one
    line per badge ('• Name (UID): why'); '' when there is none."""
    if not lines:
        return ""
    n = len(lines)
    what = NOUNS.get(kind, "badge")
    head = (
        f"1 {what} was not printed whole; check it before handing it out:"
        if n == 1
        else f"{n} {what}s were not printed whole; check them before handing them out:"
    )
    shown = [f"• {line}" for line in lines[:LISTED]]
    if n > LISTED:
        shown.append(f"… and {n - LISTED} more")
    return "\n".join([head, *shown])


class IncompleteNotice(QFrame):
    """A warning under the preview naming the badges of the last save or print that were
    not printed whole; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("incompleteNotice")
        self.setStyleSheet(
            "#incompleteNotice { background: #FFF4CE; border: 1px solid #C9A400;"
            " border-radius: 4px; } #incompleteNotice QLabel { color: #5A4300; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.dismiss = QPushButton("Dismiss", self)
        self.dismiss.setToolTip("Hide this message")
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_lines(self, lines: list[str], kind: str = "badge") -> None:
        """Name ``lines`` (one per badge or tent); none hides the notice."""
        self.label.setText(describe(lines, kind))
        self.setVisible(bool(lines))
