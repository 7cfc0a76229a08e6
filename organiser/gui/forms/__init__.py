"""Python compiled from the Qt Designer forms in ../../forms (pyside6-uic); do not edit."""
