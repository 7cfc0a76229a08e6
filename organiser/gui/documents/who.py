"""Who gets a badge or a table tent: everyone, a category, a registration state, or people
picked by name; the same chooser serves both documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ...badges.selection import parse_who, select
from ...model import PERSON_CATEGORIES, EventData, Person
from ...services.text import fold
from .. import vocabulary
from ..context import EventContext
from ..forms.ui_who_chooser import Ui_WhoChooser
from ..language import QT_TRANSLATE_NOOP, translate
from ..views.base import fill_combo

WHO_CHOICES = {
    "all": QT_TRANSLATE_NOOP("Documents", "Everyone"),
    "category": QT_TRANSLATE_NOOP("Documents", "A category"),
    "role": QT_TRANSLATE_NOOP("Documents", "A role"),
    "uids": QT_TRANSLATE_NOOP("Documents", "Hand-picked people"),
    "unprinted": QT_TRANSLATE_NOOP("Documents", "Only those never printed"),
    "changed": QT_TRANSLATE_NOOP("Documents", "Only those changed since printed"),
}


def people_for(data: EventData, options: dict[str, Any]) -> list[Person]:
    """The people a set of options prints for, minus those the user chose to skip.

    A re-export of out-of-date badges names its people (``person_ids``) instead."""
    if options.get("person_ids"):
        wanted = set(options["person_ids"])
        people = [p for p in data.people if p.id in wanted]
    else:
        people = select(data, parse_who(options.get("who", "all")))
    skip = {u.casefold() for u in options.get("exclude", ())}
    return [p for p in people if p.uid.casefold() not in skip] if skip else people


class WhoChooser(QWidget):
    """Everyone, a category, a role, hand-picked people (a searchable checklist), or
    those never printed / changed since printed."""

    changed = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_WhoChooser()
        self.ui.setupUi(self)
        ui = self.ui
        for key, name in WHO_CHOICES.items():
            ui.whoCombo.addItem(translate("Documents", name), key)
        self.picked: set[str] = set()  # uids ticked in the checklist
        self._list_for: EventData | None = None
        ui.whoCombo.currentIndexChanged.connect(self._kind_changed)
        ui.valueCombo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        ui.peopleFilter.textChanged.connect(self._filter)
        ui.peopleList.itemChanged.connect(self._ticked)
        self._kind_changed()

    def kind(self) -> str:
        return self.ui.whoCombo.currentData()

    def set_kind(self, kind: str) -> None:
        self.ui.whoCombo.setCurrentIndex(self.ui.whoCombo.findData(kind))

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind()
        ui = self.ui
        ui.valueCombo.setVisible(kind in ("category", "role"))
        for w in (ui.peopleFilter, ui.peopleList, ui.pickedLabel):
            w.setVisible(kind == "uids")
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        """Refill the category/role choices and (when shown) the checklist, keeping choices."""
        data = self.ctx.data()
        kind = self.kind()
        combo = self.ui.valueCombo
        if kind == "category":
            present = {p.category for p in data.people}
            keys = [c for c in PERSON_CATEGORIES if c in present] or list(PERSON_CATEGORIES)
            keys += sorted(present - set(keys))
            items = [(k, vocabulary.category(k)) for k in keys]
        elif kind == "role":
            items = [(rt.key, vocabulary.role_label(rt)) for rt in data.role_types]
        else:
            items = []
        if [combo.itemData(i) for i in range(combo.count())] != [k for k, _ in items]:
            fill_combo(combo, [(label, key) for key, label in items], keep=True)
        if kind == "uids" and self._list_for is not data:
            self._fill_list(data)

    def _fill_list(self, data: EventData) -> None:
        lst = self.ui.peopleList
        lst.blockSignals(True)
        lst.clear()
        known = set()
        for p in sorted(data.people, key=lambda p: p.sort_key):
            org = p.affiliations[0].organisation if p.affiliations else ""
            item = QListWidgetItem(
                f"{p.full_name or p.name or p.uid}" + (f" · {org}" if org else "")
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, p.uid)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{p.name} {p.full_name} {org}"))
            checked = p.uid in self.picked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            lst.addItem(item)
            known.add(p.uid)
        self.picked &= known  # a deleted person is no longer picked
        lst.blockSignals(False)
        self._list_for = data
        self._filter(self.ui.peopleFilter.text())
        self._count()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        lst = self.ui.peopleList
        for i in range(lst.count()):
            item = lst.item(i)
            hay = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(not all(w in hay for w in words))

    def _ticked(self, item: QListWidgetItem) -> None:
        uid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.picked.add(uid)
        else:
            self.picked.discard(uid)
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        n = len(self.picked)
        self.ui.pickedLabel.setText(
            translate("Documents", "1 person ticked")
            if n == 1
            else translate("Documents", "{n} people ticked").format(n=n)
        )

    def pick(self, uids: list[str]) -> None:
        """Tick these people (and untick everyone else)."""
        self.picked = set(uids)
        self._list_for = None
        self.refresh()
        self.changed.emit()

    def who(self) -> str:
        kind = self.kind()
        if kind in ("category", "role"):
            return f"{kind}:{self.ui.valueCombo.currentData() or ''}"
        if kind == "uids":
            return "uids:" + ",".join(sorted(self.picked))
        return kind

    def error(self, data: EventData) -> str:
        kind = self.kind()
        if kind == "uids" and not self.picked:
            return translate("Documents", "Tick the people to print for.")
        try:
            people = select(data, parse_who(self.who()))
        except ValueError as exc:
            return str(exc)
        if not people:
            return {
                "unprinted": translate("Documents", "Everyone already has a badge."),
                "changed": translate("Documents", "No badge has changed since it was printed."),
            }.get(kind, translate("Documents", "Nobody matches this choice."))
        return ""
