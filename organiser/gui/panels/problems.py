"""The Problems panel: every finding of the programme checks, kept current while the user edits.

The checks take a few milliseconds even on a large event, so they run on the UI thread;
a short single-shot timer gathers the commits of a burst of typing into one run. The list
keeps the selected finding across runs by :attr:`Finding.key`, so fixing another problem
does not make the user lose their place.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...checks import SEVERITIES, CheckOptions, Finding, counts, run_checks
from ...checks.base import day_text, session_name
from ...model import EventData
from .. import language
from ..context import EventContext
from ..language import translate

Index = QModelIndex | QPersistentModelIndex

#: How long after the last commit the checks run again.
DEBOUNCE_MS = 150

COLOURS = {"error": "#c62828", "warning": "#e0a000", "info": "#1f6fd1"}


def words(severity: str) -> tuple[str, str, str]:
    """(one, many, filter button) words for a severity; "info" reads as a note to the user."""
    return {
        "error": (
            translate("Problems", "1 error"),
            translate("Problems", "{n} errors"),
            translate("Problems", "Errors"),
        ),
        "warning": (
            translate("Problems", "1 warning"),
            translate("Problems", "{n} warnings"),
            translate("Problems", "Warnings"),
        ),
        "info": (
            translate("Problems", "1 note"),
            translate("Problems", "{n} notes"),
            translate("Problems", "Notes"),
        ),
    }[severity]


#: Findings whose fix lies in their first related item rather than in the item itself:
#: a person double-booked is fixed by moving one of the two sessions.
JUMP_TO_RELATED = frozenset({"person_double_booked"})

FindingRole = Qt.ItemDataRole.UserRole + 1
SeverityRole = Qt.ItemDataRole.UserRole + 2


# ------------------------------------------------------------------ shared helpers
def severity_word(severity: str) -> str:
    """'error', 'warning', 'note', as a finding's spoken label."""
    return {
        "error": translate("Problems", "error"),
        "warning": translate("Problems", "warning"),
        "info": translate("Problems", "note"),
    }[severity]


def counted(n: int, severity: str) -> str:
    """'1 error', '5 warnings', '2 notes'."""
    one, many, _ = words(severity)
    return one if n == 1 else many.format(n=n)


def summary_text(found: dict[str, int]) -> str:
    """'2 errors · 5 warnings · 1 note': the header of the panel and the status bar's words.

    Severities with nothing to report are left out, so the line says only what is there.
    """
    parts = [counted(found.get(s, 0), s) for s in SEVERITIES if found.get(s, 0)]
    return " · ".join(parts) if parts else translate("Problems", "No problems found")


_ICONS: dict[tuple[str, int], QIcon] = {}


def _paint_severity(severity: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[severity])
    s = float(size)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    mark = QColor("#202020") if severity == "warning" else QColor("white")
    pen = QPen(mark, max(1.5, s * 0.13), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    if severity == "warning":
        path = QPainterPath()
        path.moveTo(s / 2, s * 0.06)
        path.lineTo(s * 0.97, s * 0.92)
        path.lineTo(s * 0.03, s * 0.92)
        path.closeSubpath()
        p.drawPath(path)
        p.setPen(pen)
        p.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62))
        p.drawPoint(QPointF(s / 2, s * 0.78))
    else:
        p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
        p.setPen(pen)
        if severity == "error":
            a, b = s * 0.33, s * 0.67
            p.drawLine(QPointF(a, a), QPointF(b, b))
            p.drawLine(QPointF(a, b), QPointF(b, a))
        else:
            p.drawPoint(QPointF(s / 2, s * 0.29))
            p.drawLine(QPointF(s / 2, s * 0.45), QPointF(s / 2, s * 0.74))
    p.end()
    return pixmap


def severity_icon(severity: str) -> QIcon:
    """A red cross, an amber triangle or a blue "i", drawn rather than taken from the style
    so they look alike on every platform (the status bar can use them too)."""
    key = (severity, 0)
    icon = _ICONS.get(key)
    if icon is None:
        icon = QIcon()
        for size in (16, 24, 32, 48):
            pixmap = _paint_severity(severity, size)
            icon.addPixmap(pixmap)
            icon.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the colour on a selected row
        _ICONS[key] = icon
    return icon


def item_label(data: EventData, kind: str, item_id: int | None) -> str:
    """How a menu names an item a finding points at: 'Workshop 2', 'Dr. Linda Darkwa'."""
    lang = language.current()
    if kind == "session":
        s = next((s for s in data.sessions if s.id == item_id), None)
        return session_name(s, lang) if s else translate("Problems", "the session")
    if kind == "person":
        p = next((p for p in data.people if p.id == item_id), None)
        if p is None:
            return translate("Problems", "the person")
        return p.full_name.strip() or translate("Problems", "a person without a name")
    if kind == "day":
        d = next((d for d in data.days if d.id == item_id), None)
        return day_text(d.date, lang) if d else translate("Problems", "the day")
    if kind == "room":
        r = next((r for r in data.rooms if r.id == item_id), None)
        return (r.name if r else "") or translate("Problems", "the room")
    if kind == "event":
        return translate("Problems", "the event details")
    return kind


def jump_target(f: Finding) -> tuple[str, int]:
    """The item a double-click shows: where the user would go to fix the problem."""
    if f.related and (f.code in JUMP_TO_RELATED or f.item_id is None):
        kind, item_id = f.related[0]
        return kind, item_id or 0
    return f.kind, f.item_id or 0


# ------------------------------------------------------------------ the list
class FindingsModel(QAbstractListModel):
    """The findings shown (already filtered), one row each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def findings(self) -> list[Finding]:
        return list(self._rows)

    def row_of(self, key: object) -> int:
        return next((i for i, f in enumerate(self._rows) if f.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.message
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(f.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Problems", "{severity}: {message}").format(
                severity=severity_word(f.severity).capitalize(), message=f.message
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("Problems", "{severity}: {message}").format(
                severity=severity_word(f.severity), message=f.message
            )
        if role == FindingRole:
            return f
        if role == SeverityRole:
            return f.severity
        return None


class _FindingDelegate(QStyledItemDelegate):
    """Draws a finding as its severity icon beside the message wrapped to the list's width.

    The message is laid out here rather than by the style: the style's word wrap leaves a
    word longer than the row (a name of sixty letters) sticking out, which made the list
    scroll sideways, and measured rows at another width than it painted them, so they were
    cut on the right and tall with empty space. Here one layout both measures and paints,
    at the width of the viewport, breaking inside a word only when it must.
    """

    PAD = 3
    GAP = 6  # between the icon and the text

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        else:
            width = option.rect.width()
        return max(40, width - self._text_left(option))

    def _text_left(self, option: QStyleOptionViewItem) -> int:
        return self.PAD + option.decorationSize.width() + self.GAP

    @staticmethod
    def _layout(text: str, option: QStyleOptionViewItem, width: int) -> QTextLayout:
        layout = QTextLayout(text, option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        text_option.setTextDirection(option.direction)
        layout.setTextOption(text_option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(opt)
        height = self._layout(opt.text, opt, width).boundingRect().height()
        height = max(height, opt.decorationSize.height())
        return QSize(self._text_left(opt) + width, int(height + 0.999) + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        style = view.style() if view is not None else QApplication.style()
        # the selection and alternate colours fill the whole row, padding included
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, opt, painter, view)
        text = opt.text
        opt.text = ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, view)
        rect = opt.rect
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        size = opt.decorationSize
        left_to_right = opt.direction != Qt.LayoutDirection.RightToLeft
        icon_x = rect.left() + self.PAD if left_to_right else rect.right() - self.PAD - size.width()
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(icon_x, rect.top() + self.PAD, size.width(), size.height()))
        width = rect.width() - self._text_left(opt)
        layout = self._layout(text, opt, max(40, width))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        x = rect.left() + self._text_left(opt) if left_to_right else rect.left() + self.PAD
        layout.draw(painter, QPointF(x, rect.top() + self.PAD))
        painter.restore()


class _FindingsView(QListView):
    """A list where Enter opens the finding as a double-click does (the list's own
    ``activated`` would fire twice on platforms that activate on double-click)."""

    return_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.return_pressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ProblemsPanel(QWidget):
    """Findings of the checks with counts and severity filters, for a dock of the main window.

    Double-click or Enter on a finding emits ``ctx.navigate(kind, id)`` for the item to
    fix (see :func:`jump_target`); the context menu offers every item the finding names.
    """

    #: {'error': n, 'warning': n, 'info': n} after every run of the checks
    counts_changed = Signal(dict)

    def __init__(
        self,
        ctx: EventContext,
        parent: QWidget | None = None,
        options: CheckOptions | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.options = options or CheckOptions(lang=language.current())
        self._all: list[Finding] = []
        self._counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        self._shown: set[str] = set(SEVERITIES)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        self.summary = QLabel(self)
        self.summary.setObjectName("problemsSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.filters: dict[str, QToolButton] = {}
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(4)
        for severity in SEVERITIES:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(severity_icon(severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setText(words(severity)[2])
            button.setToolTip(
                {
                    "error": translate("Problems", "Show or hide the errors"),
                    "warning": translate("Problems", "Show or hide the warnings"),
                    "info": translate("Problems", "Show or hide the notes"),
                }[severity]
            )
            button.toggled.connect(lambda on, s=severity: self.set_severity_shown(s, on))
            self.filters[severity] = button
            filters.addWidget(button)
        filters.addStretch(1)

        self.model = FindingsModel(self)
        self.view = _FindingsView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_FindingDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # every message wraps to the width of the list: nothing to scroll sideways to
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIconSize(QSize(16, 16))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.doubleClicked.connect(self._open)
        self.view.return_pressed.connect(self._open)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.setAccessibleName(translate("Problems", "Problems"))

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        ctx.changed.connect(self.schedule_refresh)
        self.refresh()

    # ------------------------------------------------------------------ public API
    def findings(self) -> list[Finding]:
        """Every finding of the last run, whatever the filters show."""
        return list(self._all)

    def visible_findings(self) -> list[Finding]:
        return self.model.findings()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def summary_text(self) -> str:
        return summary_text(self._counts)

    def selected(self) -> Finding | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.finding(index.row())

    def select(self, finding: Finding | None) -> bool:
        """Select a finding (by its key); False if it is not shown."""
        row = self.model.row_of(finding.key) if finding else -1
        if row < 0:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            return False
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def set_severity_shown(self, severity: str, shown: bool) -> None:
        if shown:
            self._shown.add(severity)
        else:
            self._shown.discard(severity)
        button = self.filters[severity]
        if button.isChecked() != shown:
            button.setChecked(shown)
        self._show(self._all)

    def schedule_refresh(self, _tables: object = None) -> None:
        """Run the checks a moment after the last of a burst of commits."""
        self._timer.start()

    def refresh(self) -> None:
        """Run the checks now and show their findings, keeping the selection."""
        self._timer.stop()
        if self.ctx.closed:
            return
        found = run_checks(self.ctx.data(), self.options)
        self._all = found
        self._counts = counts(found)
        for severity, button in self.filters.items():
            n = self._counts[severity]
            button.setText(f"{words(severity)[2]} ({n})")
        self.summary.setText(summary_text(self._counts))
        self._show(found)
        self.counts_changed.emit(dict(self._counts))

    # ------------------------------------------------------------------ internals
    def _show(self, found: Iterable[Finding]) -> None:
        before = self.selected()
        visible = [f for f in found if f.severity in self._shown]
        self.model.set_findings(visible)
        if before is not None:
            self.select(before)
        if visible:
            self.stack.setCurrentWidget(self.view)
            return
        if self._all:
            hidden = {sev: n for sev, n in self._counts.items() if sev not in self._shown}
            self.empty.setText(
                translate("Problems", "Hidden by the filters: {what}.").format(
                    what=summary_text(hidden)
                )
            )
        else:
            self.empty.setText(translate("Problems", "No problems found."))
        self.stack.setCurrentWidget(self.empty)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind, item_id = jump_target(self.model.finding(index.row()))
        self.ctx.navigate.emit(kind, item_id)

    def menu_for(self, f: Finding) -> QMenu:
        """The context menu of a finding: one "Show …" entry per item it names."""
        menu = QMenu(self)
        data = self.ctx.data()
        targets = [(f.kind, f.item_id or 0), *f.related]
        first = jump_target(f)
        targets.sort(key=lambda t: t != first)
        for kind, item_id in dict.fromkeys(targets):
            text = translate("Problems", "Show {item}").format(item=item_label(data, kind, item_id))
            action = QAction(text, menu)
            action.triggered.connect(
                lambda _=False, k=kind, i=item_id: self.ctx.navigate.emit(k, i)
            )
            menu.addAction(action)
        return menu

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.menu_for(self.model.finding(index.row())).popup(self.view.viewport().mapToGlobal(pos))
