"""Compiled Qt Designer forms (``pyside6-uic forms/x.ui -o organiser/gui/forms/ui_x.py``)."""
