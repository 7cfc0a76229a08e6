"""The desk's one-step badge: the selected person's badge goes straight to the printer.

No dialog unless the person already has a badge (then: print a second one?). The layout
is the event's ``desk_layout`` setting (chosen in Print & Export, "Use this layout at
the desk"), else the first single-badge layout; on a label sheet the badge goes into the
next free label of the partly used sheet. The print is logged only once the printer has
taken the pages, so a failed print leaves the log and the sheet memory as they were.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ... import i18n
from ...badges import layouts
from ...badges.layouts import Layout
from ...badges.selection import SingleBadge, previous_print, print_single, record_single
from ...paths import documents_dir, free_path
from ...store import EventStore
from ...store.rows import object_of
from .. import language, vocabulary
from .. import settings as prefs
from ..context import EventContext
from ..editing.binding import flush_all as flush_typing
from ..language import translate
from ..views.base import run_deferred
from .badges import DESK_TO_FILE
from .incomplete_notice import describe
from .printing import PrintError, print_pdf, printer_named

#: The desk's output modes: write the PDF only, write and open it, write and print it
#: (``printer:NAME``).
OUT_FOLDER, OUT_OPEN, OUT_PRINTER = "folder", "open", "printer"
_UNSAFE = re.compile(r"[^\w.\- ]+")

#: The event setting naming the badge layout of the desk and of People › Print badge.
LAYOUT_SETTING = "desk_layout"
#: Where the check-in desk kept its own choice before the two were one setting.
OLD_DESK_SETTING = "desk_badge_layout"


def desk_layout(store: EventStore) -> Layout:
    """The event's desk layout, or the first single-badge layout when none is chosen
    (or the chosen one is gone, e.g. an imported layout deleted since)."""
    for key in (LAYOUT_SETTING, OLD_DESK_SETTING):
        name = store.setting(key)
        if isinstance(name, str) and name.strip():
            try:
                lay = layouts.find(name)
            except ValueError:
                continue
            if lay.kind in ("sheet", "single"):
                return lay
    return next(lay for lay in layouts.BUILT_IN if lay.kind == "single")


def default_printer() -> QPrinter:
    """The system's default printer (tests replace this with a PDF-format printer)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(translate("Documents", "Badge"))
    return printer


def saves_to_file() -> bool:
    return prefs.settings().value(DESK_TO_FILE, "false") == "true"


def badge_path(name: str, uid: str) -> Path:
    safe = re.sub(r"[^\w\- ]+", "", name).strip()[:60] or "badge"
    return documents_dir() / translate("Documents", "Badges") / f"{safe} {uid}.pdf"


def print_badge(parent: QWidget, ctx: EventContext, person_id: int) -> SingleBadge | None:
    """Print (or save) one badge for one person; None when nothing was printed."""
    run_deferred()
    flush_typing()  # the badge shows what was just typed
    store = ctx.store
    row = store.get("people", person_id)
    if row is None:
        return None
    person = object_of("people", row)
    name = person.full_name or person.name or person.uid
    layout = desk_layout(store)
    earlier = previous_print(store, person_id)
    title = translate("Documents", "Print badge")
    if earlier is not None:
        printed = f"{i18n.day_short(earlier.printed_at.date(), language.current())} "
        printed += f"{earlier.printed_at:%H:%M}"
        answer = QMessageBox.question(
            parent,
            title,
            translate(
                "Documents",
                "{name} already has a badge, printed {when} on {layout}.\n\nPrint a second badge?",
            ).format(name=name, when=printed, layout=earlier.layout),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    to_file = saves_to_file()
    try:
        out = badge_path(name, person.uid) if to_file else None
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
        single = print_single(store, person_id, layout, out, record_print=False)
        if not to_file:
            print_pdf(single.pdf, default_printer())
    except (PrintError, ValueError, OSError, KeyError) as exc:
        QMessageBox.warning(
            parent,
            title,
            translate("Documents", "No badge was printed for {name}.\n\n{reason}").format(
                name=name, reason=exc
            ),
        )
        return None
    record_single(store, person_id, layout, single)
    where = (
        translate("Documents", "saved to {file}").format(file=single.path)
        if to_file
        else translate("Documents", "sent to the printer")
    )
    label = (
        translate("Documents", ", label {n}").format(n=single.slot + 1)
        if layout.kind == "sheet"
        else ""
    )
    message = translate("Documents", "Badge for {name} ({layout}{label}) {where}.").format(
        name=name, layout=vocabulary.layout_name(layout), label=label, where=where
    )
    if single.warnings:
        message += " " + "; ".join(single.warnings)
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 10_000)
    if single.incomplete:  # printed, but not to hand out before someone has looked
        QMessageBox.warning(parent, title, f"{message}\n\n{describe(single.incomplete)}")
    return single


def desk_file(folder: Path, name: str, uid: str) -> Path:
    """A new file in the desk folder for this person's badge: the name in plain letters,
    case kept (every file system and printer queue takes it), and the badge's ID."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    stem = " ".join(_UNSAFE.sub(" ", plain).split())[:60]
    return free_path(folder / f"{f'{stem} {uid}'.strip()}.pdf")


def send_badge(path: Path, mode: str) -> str:
    """Open or print the badge written to ``path`` as the desk's output ``mode`` says;
    what became of it, for the desk's status line."""
    if mode == OUT_OPEN:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return translate("DeskView", "opened ({file})").format(file=path.name)
    if mode.startswith(OUT_PRINTER + ":"):
        printer_name = mode.split(":", 1)[1]
        print_pdf(path, printer_named(printer_name))
        return translate("DeskView", "sent to {printer}").format(printer=printer_name)
    return translate("DeskView", "saved as {file}").format(file=path.name)
