"""Where Organiser finds its resources and keeps its per-user files."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
FORMS = ROOT / "forms"
SAMPLE_NAME = "Rethinking Stability - Bamako 2021.organiser"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def user_config_dir() -> Path:
    """Per-user settings shared by the window and the command line (printer calibration)."""
    import platformdirs  # not for the resources every document reads

    path = Path(platformdirs.user_config_dir("Organiser", appauthor=False))
    return path


def user_data_dir() -> Path:
    """Per-user data that is not a setting: the automatic backups of event files."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Organiser", appauthor=False))


def documents_dir() -> Path:
    """Where new event files go unless the user picks another folder."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "Organiser"


def free_path(path: Path) -> Path:
    """``path``, or ``path (2)``, ``(3)``… beside it when it exists: a new file never
    replaces one already there."""
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate
