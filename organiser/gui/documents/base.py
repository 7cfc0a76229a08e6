"""The documents Print & Export offers, each registered once as a DocumentSpec.

A document (Programme now; badges, briefs, run sheet, sign-in sheets later) brings:

- an options widget (a ``DocumentOptions`` subclass) that emits ``changed`` whenever the
  user changes something and returns its choices as a plain dict from ``options()``;
- a render function ``render(data, options, progress, cancelled) -> Rendered`` that runs
  off the UI thread on plain data (pdf.base.Rendered: pdf bytes, page count, warnings)
  and raises pdf.base.Cancelled when ``cancelled()`` turns true;
- a default file name for Save as PDF.

Adding one is ``register(DocumentSpec(...))`` from its own module, and that module's name
in ``DOCUMENT_MODULES`` so the view imports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...model import EventData
from ...pdf.base import PAPER_NAMES, CancelCheck, Progress, Rendered
from ..context import EventContext


class DocumentOptions(QWidget):
    """An options panel: ``changed`` on every edit, ``options()`` as plain data."""

    changed = Signal()
    #: each document's panel defines it: the user's choices as plain data for the renderer
    options: Callable[[], dict[str, Any]]

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def error(self) -> str:
        """What stops a render with these options ('' when they are fine)."""
        return ""

    def refresh(self) -> None:
        """The event changed: pick up new defaults (zones, rooms, ...) without losing choices."""

    def before_output(self, action: str = "print") -> dict[str, Any] | None:
        """Just before Save (``action`` "save") or Print ("print"): ask what must be asked
        (warnings, reprints), in the words of the action.

        Returns the options to save or print with (they may differ from ``options()``,
        e.g. people already printed left out), or None when the user stopped."""
        return self.options()

    def after_output(self, options: dict[str, Any], result: Rendered | None) -> None:
        """Saved or printed with ``options``: log it (badges feed the print log).
        ``result`` is None when a PDF made earlier (the preview's) was printed."""


RenderFn = Callable[[EventData, dict[str, Any], Progress, CancelCheck], Rendered]


@dataclass(frozen=True)
class DocumentSpec:
    key: str  # stable name: "programme", "badges", ...
    name: str  # shown in the list
    options_widget: Callable[[EventContext, QWidget | None], DocumentOptions]
    render: RenderFn
    file_name: Callable[[EventData, dict[str, Any]], str] = lambda data, options: "document.pdf"
    #: PrintRecord kind for the print log ("" when the document is not logged)
    kind: str = ""
    #: True when the document's own ``after_output`` writes the print log (badges log one
    #: row per person and the sheet's used labels), so the view must not log it again
    logs_itself: bool = False


def file_title(data: EventData) -> str:
    """The event's title as the start of a file name: no characters a file system refuses."""
    return re.sub(r"[^\w\- ]+", "", data.event.title).strip()[:60]


def fill_papers(combo: Any) -> None:
    """The paper sizes every document offers, in a combo box (data: the paper's key)."""
    for key, name in PAPER_NAMES.items():
        combo.addItem(name, key)


#: modules that register documents when imported (one line per document)
DOCUMENT_MODULES = [
    "organiser.gui.documents.programme",
    "organiser.gui.documents.badges",
    "organiser.gui.documents.tents",
    "organiser.gui.documents.briefs",
    "organiser.gui.documents.runsheet",
    "organiser.gui.documents.signin",
]

_REGISTRY: dict[str, DocumentSpec] = {}


def register(spec: DocumentSpec) -> None:
    _REGISTRY[spec.key] = spec


def documents() -> list[DocumentSpec]:
    """Every registered document, in the order of DOCUMENT_MODULES then registration."""
    for module in DOCUMENT_MODULES:
        import_module(module)

    def place(spec: DocumentSpec) -> int:
        # a module imported early (by a test, say) must not move its documents up the list
        module = getattr(spec.options_widget, "__module__", "")
        return (
            DOCUMENT_MODULES.index(module) if module in DOCUMENT_MODULES else len(DOCUMENT_MODULES)
        )

    return sorted(_REGISTRY.values(), key=place)
