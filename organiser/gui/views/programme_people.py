"""Naming people in a session's roles: suggestions as you type, accents aside, and the
name of someone new split into honorific, given and family name."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from ...services.text import clean, fold

HONORIFICS = {
    "mr",
    "mr.",
    "ms",
    "ms.",
    "mrs",
    "mrs.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "h.e.",
    "sir",
    "dame",
}


def split_name(text: str) -> dict[str, str]:
    """'Dr. Aïssata Maïga' -> honorific, given and family name for a person made on the spot."""
    words = clean(text).split()
    honorific = words.pop(0) if len(words) > 1 and words[0].casefold() in HONORIFICS else ""
    if len(words) == 1:
        return {"honorific": honorific, "given_name": "", "family_name": words[0]}
    return {
        "honorific": honorific,
        "given_name": " ".join(words[:-1]),
        "family_name": words[-1] if words else "",
    }


def name_words(text: str) -> list[str]:
    """Folded words of a name, hyphens and dots apart: 'Ekomo-Soignet' is two words."""
    return [w for w in re.split(r"[\W_]+", fold(text)) if w]


class FoldCompleter(QCompleter):
    """Suggests people as you type, accent-insensitively: 'traore' offers 'Drissa Traoré'.

    Qt's own filtering only ignores case, so the list is filtered here and shown unfiltered.
    """

    LIMIT = 30

    def __init__(self, line: QLineEdit):
        self.names = QStringListModel(line)
        super().__init__(self.names, line)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        self._people: list[tuple[str, str]] = []  # (name, folded name and organisations)
        self.found: list[str] = []  # everyone the text typed last finds
        line.textEdited.connect(self._suggest)

    def set_people(self, people: list[tuple[str, str]]) -> None:
        self._people = people

    def _suggest(self, text: str) -> None:
        words = fold(text).split()
        if not words:
            self.names.setStringList([])
            self._hide_popup()
            return
        found = [name for name, hay in self._people if all(w in hay for w in words)]
        self.names.setStringList(found[: self.LIMIT])
        self.found = found
        if found and found != [text]:
            self.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.popup()
        assert popup is not None  # a QCompleter makes its list when it is made
        popup.hide()
