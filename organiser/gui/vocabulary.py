"""The window's words for the model's fixed values: session kinds, statuses, categories,
formats, forms of address, languages.

The model stores keys ("workshop", "in_progress"); every list, combo box and table shows
them through these functions, in the window's language. Each word is written out so
that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

import re

from .. import addressing, i18n
from ..badges.layouts import BUILT_IN, Layout
from ..i18n import LANGUAGE_NAMES
from ..model import RoleType, Session
from .language import QT_TRANSLATE_NOOP, current, translate


def session_kind(kind: str) -> str:
    words = {
        "opening": translate("Vocabulary", "Opening remarks"),
        "keynote": translate("Vocabulary", "Keynote"),
        "workshop": translate("Vocabulary", "Workshop"),
        "panel": translate("Vocabulary", "Panel"),
        "plenary": translate("Vocabulary", "Plenary"),
        "break": translate("Vocabulary", "Break"),
        "meal": translate("Vocabulary", "Meal"),
        "closing": translate("Vocabulary", "Closing remarks"),
        "other": translate("Vocabulary", "Other"),
    }
    return words.get(kind, kind.replace("_", " ").capitalize())


def session_status(status: str) -> str:
    words = {
        "confirmed": translate("Vocabulary", "Confirmed", "session"),
        "tentative": translate("Vocabulary", "Tentative"),
    }
    return words.get(status, status.capitalize())


def category(key: str) -> str:
    words = {
        "speaker": translate("Vocabulary", "Speaker"),
        "participant": translate("Vocabulary", "Participant"),
        "staff": translate("Vocabulary", "Staff"),
        "press": translate("Vocabulary", "Press"),
        "vip": translate("Vocabulary", "VIP"),
        "organiser": translate("Vocabulary", "Organiser"),
    }
    return words.get(key, key.replace("_", " ").title())


def person_status(status: str) -> str:
    words = {
        "invited": translate("Vocabulary", "Invited"),
        "confirmed": translate("Vocabulary", "Confirmed", "person"),
        "declined": translate("Vocabulary", "Declined"),
        "cancelled": translate("Vocabulary", "Cancelled", "person"),
    }
    return words.get(status, status.capitalize())


def registration_status(status: str) -> str:
    words = {
        "expected": translate("Vocabulary", "Expected"),
        "registered": translate("Vocabulary", "Registered"),
        "waitlisted": translate("Vocabulary", "Waitlisted"),
        "cancelled": translate("Vocabulary", "Cancelled", "registration"),
    }
    return words.get(status, status.capitalize())


def task_status(status: str) -> str:
    words = {
        "open": translate("Vocabulary", "Open", "task"),
        "in_progress": translate("Vocabulary", "In progress"),
        "done": translate("Vocabulary", "Done"),
    }
    return words.get(status, status.replace("_", " ").capitalize())


def event_format(key: str) -> str:
    words = {
        "in_person": translate("Vocabulary", "In person"),
        "online": translate("Vocabulary", "Online"),
        "hybrid": translate("Vocabulary", "Hybrid (in person and online)"),
    }
    return words.get(key, key)


def form_of_address(key: str) -> str:
    words = {
        "": translate("Vocabulary", "As the honorific says"),
        "feminine": translate("Vocabulary", "Madame (feminine)"),
        "masculine": translate("Vocabulary", "Monsieur (masculine)"),
    }
    return words.get(key, key)


def language(code: str) -> str:
    """A printing language, named in its own language (as language menus do)."""
    return LANGUAGE_NAMES.get(code, code)


def role_label(role: RoleType) -> str:
    """A role's name in the window's language (the French masculine singular, as a list
    of roles names them)."""
    return addressing.role_name(role, current(), [""])


def session_heading(session: Session) -> str:
    """'Workshop 1: Protection of Civilians' / 'Atelier 1 : …' (its French title where
    it has one)."""
    return i18n.heading_of(session, current())


def paper(key: str) -> str:
    """A paper size ('a4', 'letter') as the window names it."""
    words = {"a4": "A4", "letter": translate("Vocabulary", "US Letter")}
    return words.get(key, key)


#: the built-in badge layouts' names and descriptions (badges/layouts.py), for lupdate;
#: a layout's name stays its key (settings, the print log), only the shown words change
_LAYOUT_WORDS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Badge 4×3 in"),
    QT_TRANSLATE_NOOP("Vocabulary", "Fold-over A5"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tent A4"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tent Letter"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "Name badge labels, 8 per sheet (also 5095, 5895, 8395, 15395)"
    ),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "Insertable name badges 4 × 3 in, 6 per sheet (also 5384, 74540, 74541)"
    ),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "Name badge labels 80 × 50 mm, 10 per sheet (also L4784, L4786, L4787)"
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "Name badges 86 × 55 mm, 8 per A4 sheet"),
    QT_TRANSLATE_NOOP("Vocabulary", "One badge per A6 page (badge printers, lanyard pockets)"),
    QT_TRANSLATE_NOOP("Vocabulary", "One 4 × 3 in badge per page"),
    QT_TRANSLATE_NOOP("Vocabulary", "PVC card printers, CR80 / ID-1 card 85.6 × 54 mm"),
    QT_TRANSLATE_NOOP("Vocabulary", "A5 folded in half: a 148 × 105 mm badge, name on both sides"),
    QT_TRANSLATE_NOOP("Vocabulary", "Table tent: A4 landscape folded in half, name on both faces"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "Table tent: US Letter landscape folded in half, name on both faces"
    ),
)


def _builtin(layout: Layout | str) -> bool:
    name = layout if isinstance(layout, str) else layout.name
    return any(b.name == name for b in BUILT_IN)


def layout_name(layout: Layout | str) -> str:
    """A badge layout's name (or the layout named so) in the window's language: a
    built-in one's; an imported layout keeps the name its file gave it."""
    name = layout if isinstance(layout, str) else layout.name
    return translate("Vocabulary", name) if _builtin(name) else name


def layout_description(layout: Layout) -> str:
    text = layout.description or layout.name
    return translate("Vocabulary", text) if _builtin(layout) else text


def _decimal(text: str) -> str:
    return re.sub(r"(\d)\.(\d)", r"\1,\2", text) if current() == "fr" else text


def layout_size(layout: Layout) -> str:
    """'85.6 × 54 mm' / '85,6 × 54 mm'."""
    return _decimal(layout.size_label)


def layout_page(layout: Layout) -> str:
    """'A4', 'US Letter' / 'Lettre US', or the page's size."""
    if layout.paper in ("US-Letter", "US Letter", "Letter"):
        return paper("letter")
    return _decimal(layout.page_label)
