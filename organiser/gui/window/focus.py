"""The keyboard's way around the window: Tab through fields, Ctrl+Tab between panes.

Tab and Shift+Tab move from field to field and leave a table or a list as they leave a
field (the arrow keys move inside it); a text box takes Tab as "next field" too, since
nobody types a tab character into an invitation. Ctrl+Tab and Ctrl+Shift+Tab jump from
pane to pane: the list of views, each side of the view's splitter, the Problems panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def keyboard_ready(view: QWidget) -> None:
    """Tab leaves every table, list and text box of ``view`` and never stops on the
    frame that scrolls a form (it scrolls to the field Tab reaches by itself)."""
    for items in view.findChildren(QAbstractItemView):
        items.setTabKeyNavigation(False)
    for frame in view.findChildren(QScrollArea):
        frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for plain in view.findChildren(QPlainTextEdit):
        plain.setTabChangesFocus(True)
    for rich in view.findChildren(QTextEdit):
        rich.setTabChangesFocus(True)


def _splitter_panes(splitter: QSplitter) -> list[QWidget]:
    panes: list[QWidget] = []
    for i in range(splitter.count()):
        widget = splitter.widget(i)
        if widget is None or not widget.isVisible():
            continue
        if isinstance(widget, QSplitter):
            panes += _splitter_panes(widget)
        else:
            panes.append(widget)
    return panes


def panes_of(view: QWidget) -> list[QWidget]:
    """The panes of a view: each side of its outermost visible splitter (within the tab
    shown, for a view of tabs); the view itself when it has none."""
    root = view
    tabs = view.findChild(QTabWidget)
    if tabs is not None and tabs.isVisible() and tabs.currentWidget() is not None:
        root = tabs.currentWidget()
    splitters = [s for s in root.findChildren(QSplitter) if s.isVisible()]
    outer = [s for s in splitters if not any(o is not s and o.isAncestorOf(s) for o in splitters)]
    return _splitter_panes(outer[0]) if outer else [root]


def _takes_keys(widget: QWidget) -> bool:
    """A field, list or button; not a scrolling frame around a form."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(widget, QScrollArea)
    )


def first_field(pane: QWidget) -> QWidget | None:
    """The widget Tab would reach first inside ``pane`` (or the pane itself)."""
    if _takes_keys(pane):
        return pane
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if pane.isAncestorOf(widget) and _takes_keys(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def move_between(panes: list[QWidget], step: int) -> QWidget | None:
    """Focus the first field of the pane ``step`` away from the one holding the focus."""
    panes = [p for p in panes if p.isVisible()]
    if not panes:
        return None
    focus = QApplication.focusWidget()
    here = next(
        (
            i
            for i, p in enumerate(panes)
            if focus is not None and (p is focus or p.isAncestorOf(focus))
        ),
        -1 if step > 0 else 0,
    )
    for n in range(1, len(panes) + 1):
        pane = panes[(here + step * n) % len(panes)]
        if isinstance(pane, QDockWidget) and pane.widget() is not None:
            pane = pane.widget()
        target = first_field(pane)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return target
    return None
