"""The desk's short form for someone who turned up unregistered."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from ... import model
from ...badges.content import CATEGORY_LABELS
from ..forms.ui_walk_in import Ui_WalkIn


class WalkInDialog(QDialog):
    """The short form for someone who turned up unregistered."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WalkIn()
        self.ui.setupUi(self)
        for key in model.PERSON_CATEGORIES:
            self.ui.category.addItem(CATEGORY_LABELS.get(key, key.title()), key)
        self.ui.category.setCurrentIndex(model.PERSON_CATEGORIES.index("participant"))
        self.ui.message.hide()
        self.setMinimumWidth(480)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Add, check in and print")
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def set_name(self, text: str) -> None:
        """A name typed at the desk, split into given and family name."""
        from ...attendees.names import split_full_name

        _honorific, given, family = split_full_name(text)
        self.ui.givenName.setText(given)
        self.ui.familyName.setText(family)
        self.ui.organisation.setFocus()

    def fields(self) -> dict[str, str]:
        return {
            "given_name": self.ui.givenName.text(),
            "family_name": self.ui.familyName.text(),
            "organisation": self.ui.organisation.text(),
            "category": self.ui.category.currentData(),
            "email": self.ui.email.text(),
        }

    def _accept(self) -> None:
        f = self.fields()
        if not (f["given_name"].strip() or f["family_name"].strip()):
            self.ui.message.setText("A walk-in needs a name.")
            self.ui.message.setStyleSheet("color: #B71C1C;")
            self.ui.message.show()
            self.ui.givenName.setFocus()
            return
        self.accept()
