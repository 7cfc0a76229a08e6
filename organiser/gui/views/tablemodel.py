"""A table model over a list of model objects, edited only through the view's callback.

The model never writes to the store itself: ``setData`` hands the parsed value to the view,
which turns it into an undo command. After the commit the view gives the model fresh rows,
so what the table shows is always what the file holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..language import translate

Index = QModelIndex | QPersistentModelIndex


class BadValue(ValueError):
    """A cell's new text could not be read; the message says what is expected."""


@dataclass
class Column:
    header: str
    get: Callable[[Any], Any]
    #: the column written when the cell is edited; None: read-only
    field: str | None = None
    #: text -> stored value; raises BadValue with a message
    parse: Callable[[str], Any] | None = None
    #: for combo cells: () -> [(label, value)]
    choices: Callable[[], list[tuple[str, Any]]] | None = None
    tooltip: str = ""


def show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Logistics", "yes") if value else ""
    return str(value)


class RowsModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        on_edit: Callable[[Any, Column, Any], None],
        parent: Any = None,
        *,
        alert: Callable[[Any], bool] | None = None,
        on_error: Callable[[str], None] | None = None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.on_edit = on_edit
        self.alert = alert
        self.on_error = on_error
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(QColor("#b00020"))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, row_id: int | None) -> int:
        for i, item in enumerate(self.rows):
            if item.id == row_id:
                return i
        return -1

    # Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.header
            if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
                return col.tooltip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].field is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = col.get(item)
            if col.choices is not None:
                if role == Qt.ItemDataRole.EditRole:
                    return value
                return next((label for label, v in col.choices() if v == value), show(value))
            return show(value)
        if self.alert is not None and self.alert(item):
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._red
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.columns[index.column()]
        if col.field is None:
            return False
        item = self.rows[index.row()]
        if col.parse is not None and col.choices is None:
            try:
                value = col.parse(str(value))
            except BadValue as exc:  # told to the user, the cell keeps its old value
                if self.on_error is not None:
                    self.on_error(str(exc))
                return False
        self.on_edit(item, col, value)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells whose column lists its choices (status, links)."""

    def __init__(self, model: RowsModel, parent: Any = None):
        super().__init__(parent)
        self.model = model

    def _column(self, index: Index) -> Column:
        return self.model.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = self._column(index)
        if col.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in col.choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            for i in range(editor.count()):
                if editor.itemData(i) == value:
                    editor.setCurrentIndex(i)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
