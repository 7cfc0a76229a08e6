"""Re-exporting stale paper from Print & Export, and where each kind of document was saved.

The Stale paper panel says *what* to print again (``checks.stale.Redo``: a document kind,
perhaps some people, the options it was printed with); this module says *how*: which
registered document prints that kind and with which options. The programme works out of
the box (its DocumentSpec has ``kind="programme"`` and its options are kept whole in the
print log). A document whose options need translating (badges for some people only)
registers its own :class:`Reexporter`::

    register_reexporter("badge", Reexporter("badges", options=my_badge_options))

The last path each kind was saved to is kept per event file in the user's settings, so a
re-export of a whole document replaces the file it made. Exports for some people only
(a few badges) always ask for a path: they must not overwrite the full set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...checks.stale import Redo
from .. import settings as prefs
from .base import DocumentSpec


def redo_options(redo: Redo) -> dict[str, Any]:
    """The recorded options, limited to the redo's people when it names some."""
    options = dict(redo.options)
    if redo.person_ids is not None:
        options["person_ids"] = list(redo.person_ids)
    return options


@dataclass(frozen=True)
class Reexporter:
    """How a stale document of one kind is printed again."""

    document: str  # the DocumentSpec key that prints it
    options: Callable[[Redo], dict[str, Any]] = redo_options


_REGISTRY: dict[str, Reexporter] = {}


def register_reexporter(kind: str, reexporter: Reexporter) -> None:
    _REGISTRY[kind] = reexporter


def reexporter_for(kind: str, specs: list[DocumentSpec]) -> tuple[DocumentSpec, Reexporter] | None:
    """The document and options that redo ``kind``: a registered reexporter, else the
    first document logged under that kind with its recorded options as they are."""
    registered = _REGISTRY.get(kind)
    if registered is not None:
        spec = next((s for s in specs if s.key == registered.document), None)
        return (spec, registered) if spec is not None else None
    spec = next((s for s in specs if s.kind == kind), None)
    return (spec, Reexporter(spec.key)) if spec is not None else None


def person_of(options: dict[str, Any]) -> int | None:
    """The one person a document was made for (a single badge or brief), if it was."""
    ids = options.get("person_ids")
    if isinstance(ids, list | tuple) and len(ids) == 1 and isinstance(ids[0], int):
        return ids[0]
    return None


# ------------------------------------------------------------------ last paths
def _key(event_path: Path, kind: str) -> str:
    event = hashlib.sha1(str(Path(event_path).resolve()).encode()).hexdigest()[:16]
    return f"exports/{event}-{kind}"


def last_path(event_path: Path, kind: str) -> str:
    """Where ``kind`` was last saved for this event ('' if never, or its folder is gone)."""
    value = prefs.settings().value(_key(event_path, kind), "")
    if not isinstance(value, str) or not value or not Path(value).parent.is_dir():
        return ""
    return value


def remember_path(event_path: Path, kind: str, path: str) -> None:
    prefs.settings().setValue(_key(event_path, kind), str(path))
