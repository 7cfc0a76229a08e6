"""Keeping the window's French in step with its code: ``python -m organiser.gui.translations``.

``pyside6-lupdate`` reads every ``translate("Context", "text")`` of the window's modules and
every string of the Designer forms into ``resources/i18n/organiser_fr.ts`` (a new text
appears there unfinished, a vanished one is dropped; translations are kept), and
``pyside6-lrelease`` compiles that into ``organiser_fr.qm``, the catalogue the app loads
(``language.install``). Both files are committed, as the compiled forms are, and a test
fails when either is out of step: run this module after changing a window's words, then
translate what ``organiser_fr.ts`` marks unfinished (Qt Linguist, ``pyside6-linguist``,
or any text editor).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..paths import FORMS, ROOT, resource

GUI = ROOT / "organiser" / "gui"
TS = resource("i18n", "organiser_fr.ts")
QM = resource("i18n", "organiser_fr.qm")


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6, beside the running Python (the venv's bin)."""
    return str(Path(sys.executable).with_name(name))


def sources() -> list[Path]:
    """What holds the window's words: its modules (not the compiled forms, whose words
    lupdate takes from the .ui files themselves) and the forms."""
    modules = sorted(p for p in GUI.rglob("*.py") if "forms" not in p.relative_to(GUI).parts)
    return [*modules, *sorted(FORMS.glob("*.ui"))]


def update_ts(ts: Path = TS) -> None:
    """Bring ``ts`` in step with the sources (locations left out: a moved line is no change)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    options = ["-no-obsolete", "-locations", "none", "-source-language", "en"]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-ts",
            str(ts),
            *options,
            "-target-language",
            "fr",
            "-silent",
        ],
        check=True,
        cwd=ROOT,
        timeout=300,
    )


def compile_qm(ts: Path = TS, qm: Path = QM) -> None:
    """Compile ``ts`` into the catalogue the app loads."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120
    )


def main() -> None:
    update_ts()
    compile_qm()
    print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
