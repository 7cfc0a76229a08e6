"""The README's screenshot: the main window on the sample event, Workshop 2 selected.

``python -m organiser.gui.window.screenshot [OUT.png]`` (offscreen); it writes the sample to a
temporary folder and never touches the user's settings or documents.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ...paths import resource

DEFAULT_OUT = resource("screenshots", "main-window.png")


def grab(out: Path, size: tuple[int, int] = (1440, 860)) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ...services.sample import reference_event
    from ...store import EventStore

    with tempfile.TemporaryDirectory(prefix="organiser-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        from ..app import application
        from ..main_window import MainWindow

        app = application()
        path = Path(tmp) / "Rethinking Stability - Bamako 2021.organiser"
        EventStore.create(path, reference_event(), lock=False).close()
        window = MainWindow()
        window.resize(*size)
        window.show()
        window.open_file(path)
        assert window.ctx is not None, f"{path} did not open"
        data = window.ctx.data()
        workshop2 = next(s for s in data.sessions if s.kind == "workshop" and s.number == 2)
        assert workshop2.id is not None  # read from the file
        window.navigate("session", workshop2.id)
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise SystemExit(f"could not write {out}")
        window.close()
    return out


if __name__ == "__main__":
    print(grab(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT))
