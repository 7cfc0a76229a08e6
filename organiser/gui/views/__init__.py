"""The main window's views, in navigation order.

A later issue adds its view by appending ONE line to ``VIEWS``; the main window builds the
navigation list, the Ctrl+1..n shortcuts and the ``navigate(kind, id)`` routing from it.
Factories import their module lazily, so a view nobody opens costs nothing at start-up.

A view is a QWidget built as ``factory(ctx, parent)``. It may also define:

- ``show_item(kind: str, item_id: int) -> None``: select an item of a kind it owns
  (called after the window switched to it for ``ctx.navigate``);
- ``flush() -> None``: commit edits still waiting (typing is committed in short batches);
  ``binding.flush_all()`` already covers forms built on ``binding.RowBinder``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtWidgets import QWidget

from ..context import EventContext
from ..language import QT_TRANSLATE_NOOP, translate

ViewFactory = Callable[[EventContext, QWidget | None], QWidget]


@dataclass(frozen=True)
class ViewSpec:
    key: str  # stable name, used in QSettings ("last view") and tests
    label: str  # shown in the navigation list
    factory: ViewFactory
    kinds: tuple[str, ...] = ()  # ctx.navigate kinds this view shows
    icon: str = ""  # file name in resources/icons, e.g. "programme.svg"

    @property
    def title(self) -> str:
        """The label in the window's language."""
        return translate("Views", self.label)


def lazy(module: str, cls: str) -> ViewFactory:
    """A factory that imports ``organiser.gui.views.<module>`` only when first needed."""

    def make(ctx: EventContext, parent: QWidget | None = None) -> QWidget:
        view_cls = getattr(import_module(f"{__name__}.{module}"), cls)
        return view_cls(ctx, parent)

    return make


VIEWS: list[ViewSpec] = [
    ViewSpec(
        "event",
        QT_TRANSLATE_NOOP("Views", "Event"),
        lazy("event_view", "EventView"),
        ("event", "day", "partner"),
        "event.svg",
    ),
    ViewSpec(
        "programme",
        QT_TRANSLATE_NOOP("Views", "Programme"),
        lazy("programme_view", "ProgrammeView"),
        ("session",),
        "programme.svg",
    ),
    ViewSpec(
        "people",
        QT_TRANSLATE_NOOP("Views", "People"),
        lazy("people_view", "PeopleView"),
        ("person",),
        "people.svg",
    ),
    ViewSpec(
        "logistics",
        QT_TRANSLATE_NOOP("Views", "Logistics"),
        lazy("logistics", "LogisticsView"),
        ("task", "room", "contact", "role_type"),
        "logistics.svg",
    ),
    ViewSpec(
        "attendees",
        QT_TRANSLATE_NOOP("Views", "Attendees"),
        lazy("attendees", "AttendeesView"),
        (),
        "attendees.svg",
    ),
    ViewSpec(
        "desk",
        QT_TRANSLATE_NOOP("Views", "Check-in desk"),
        lazy("desk", "DeskView"),
        (),
        "desk.svg",
    ),
    ViewSpec(
        "print",
        QT_TRANSLATE_NOOP("Views", "Print & Export"),
        lazy("print_export", "PrintExportView"),
        (),
        "print.svg",
    ),
]


def view_for_kind(kind: str) -> ViewSpec | None:
    return next((spec for spec in VIEWS if kind in spec.kinds), None)
