"""The window's per-user settings (geometry, recent files), in one INI file.

One explicit format and scope, so that tests can move it with ``QSettings.setPath`` and a
user can read or delete it.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "Organiser"
APPLICATION = "Organiser"
MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def recent_files() -> list[str]:
    raw = settings().value("files/recent", "[]")
    try:
        items = json.loads(raw) if isinstance(raw, str) else []
    except ValueError:
        items = []
    return [str(p) for p in items if isinstance(p, str)][:MAX_RECENT]


def add_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    items = [text] + [p for p in recent_files() if p != text]
    s = settings()
    s.setValue("files/recent", json.dumps(items[:MAX_RECENT], ensure_ascii=False))
    s.setValue("files/last", text)


def remove_recent(path: str | Path) -> None:
    text = str(Path(path).resolve())
    s = settings()
    s.setValue(
        "files/recent", json.dumps([p for p in recent_files() if p != text], ensure_ascii=False)
    )
    if s.value("files/last", "") == text:
        s.remove("files/last")


def last_file() -> str:
    value = settings().value("files/last", "")
    return value if isinstance(value, str) else ""


def forget_last_file() -> None:
    settings().remove("files/last")
