"""The main window's views, in navigation order. Each is built as ``View(ctx, parent)``."""
