"""Organiser: one event in one file; programme, badges and briefs printed from it."""

__version__ = "0.1.0"
APP_NAME = "Organiser"
