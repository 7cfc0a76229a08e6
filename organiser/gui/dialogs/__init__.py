"""Dialogs opened from the main window's menus; each is usable on its own."""
