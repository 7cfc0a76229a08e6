"""The window's words for the model's fixed values: session kinds, statuses, categories,
formats, forms of address, languages.

The model stores keys ("workshop", "in_progress"); every list, combo box and table shows
them through these functions, in the window's language. Each word is written out so
that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from .. import addressing, i18n
from ..i18n import LANGUAGE_NAMES
from ..model import RoleType, Session
from .language import current, translate


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
