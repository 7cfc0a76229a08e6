"""Panels that sit beside the views: Problems (the checks, live), Out of date (stale paper)
and Desks (the other laptops an event is shared with)."""
