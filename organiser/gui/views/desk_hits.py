"""The desk's list of people found, and the words its status lines use.

Each hit is drawn in two large lines, readable from a step back from the laptop.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ...attendees.checkin import (
    Counters,
    Hit,
)
from ...badges.content import CATEGORY_LABELS

if TYPE_CHECKING:
    from .desk import DeskView


ROLE_HIT = Qt.ItemDataRole.UserRole + 1


class HitDelegate(QStyledItemDelegate):
    """Two lines per person, large enough to read from a step back from the laptop."""

    def __init__(self, view: DeskView):
        super().__init__(view)
        self.view = view
        self.name_font = QFont(view.font())
        self.name_font.setPointSizeF(22)
        self.name_font.setBold(True)
        self.small_font = QFont(view.font())
        self.small_font.setPointSizeF(14)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(400, 78)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        hit: Hit | None = index.data(ROLE_HIT)
        if hit is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect: QRect = option.rect
        painter.fillRect(rect, QColor("#DCE8F7") if selected else QColor("white"))
        if selected:
            painter.fillRect(QRect(rect.left(), rect.top(), 6, rect.height()), QColor("#1F4E79"))
        painter.setPen(QColor("#DDDDDD"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        inner = rect.adjusted(18, 6, -18, -6)
        state, colour = self.view.state_text(hit)
        painter.setFont(self.small_font)
        state_w = painter.fontMetrics().horizontalAdvance(state) + 8
        painter.setPen(QColor(colour))
        painter.drawText(
            QRect(inner.right() - state_w, inner.top(), state_w, inner.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            state,
        )
        text_w = inner.width() - state_w - 16
        painter.setFont(self.name_font)
        painter.setPen(QColor("#111111"))
        name = painter.fontMetrics().elidedText(hit.name, Qt.TextElideMode.ElideRight, text_w)
        painter.drawText(
            QRect(inner.left(), inner.top(), text_w, inner.height() * 3 // 5),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        painter.setFont(self.small_font)
        painter.setPen(QColor("#555555"))
        second = " · ".join(
            filter(None, (hit.organisation, CATEGORY_LABELS.get(hit.category, hit.category)))
        )
        second = painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, text_w)
        painter.drawText(
            QRect(
                inner.left(), inner.top() + inner.height() * 3 // 5, text_w, inner.height() * 2 // 5
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            second,
        )
        painter.restore()


def clip_name(name: str, limit: int = 60) -> str:
    """A name cut to what a status line can show."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def matching(count: int, text: str) -> str:
    """ "2 people match “dicko”" (the search lists at most 20)."""
    many = "at least 20" if count >= 20 else str(count)
    return f"{many} people match “{clip_name(text.strip(), 40)}”"


def when_text(at: datetime, today: date, at_word: str = "") -> str:
    """ "today 09:12" (or "today at 09:12"), or with the day when it was not today."""
    if at.date() == today:
        return f"today {at_word}{at:%H:%M}"
    return f"on {at:%d %b} {at_word}{at:%H:%M}"


def breakdown_text(c: Counters) -> str:
    cats = " · ".join(
        f"{CATEGORY_LABELS.get(k, k.title())} {v}"
        for k, v in c.by_category.items()
        if v.expected or v.arrived
    )
    days = " · ".join(f"{c.day_labels.get(d, d)} {v}" for d, v in c.by_day.items())
    return "\n".join(filter(None, (cats, f"By day — {days}" if days else "")))
