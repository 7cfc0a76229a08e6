"""Panels that sit beside the views: Problems (the checks, live) and Out of date (stale paper)."""
