"""Edit › Preferences: the window's language (applied when Organiser starts again)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from .. import language
from ..forms.ui_preferences import Ui_PreferencesDialog
from ..language import translate


class PreferencesDialog(QDialog):
    """The window's language: the system's (named with what it is now) or a chosen one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        combo = self.ui.language
        system = language.LANGUAGES[language.system_language()]
        combo.addItem(
            translate("Preferences", "As the system ({language})").format(language=system), ""
        )
        for code, name in language.LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(language.chosen())))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        language.choose(str(self.ui.language.currentData() or ""))
        super().accept()
