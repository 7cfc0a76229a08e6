"""Dialogs shown by the views and the main window."""
