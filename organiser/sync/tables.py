"""The event file's tables as sharing sees them: which travel between desks, by what rule.

Every table of the event is shared. The event row, its days, its role types and its
settings are named by natural keys (the event is row 1, a day its date, a role type its
key, a setting its name), so two desks creating "the same" one merge it field by field.
Check-ins are arrivals: every desk's arrival is kept, the earliest of a person's day
counts. Everything else keeps, field by field, the latest edit (``rules.FIELDS``).

Local to each desk, never recorded: the ``sync_*`` tables (``log``) and
``local_settings`` (this laptop's badge sheet, printer and desk layout).
"""

from __future__ import annotations

from .rules import ARRIVALS, Rules, TableRule

CHECK_INS = TableRule(kind=ARRIVALS, group=("person_id", "day"), order=("at", "desk"))

RULES = Rules(
    {
        "event": TableRule(natural_key=True),
        "display_time_zones": TableRule(),
        "partners": TableRule(),
        "days": TableRule(natural_key=True),
        "rooms": TableRule(),
        "role_types": TableRule(natural_key=True),
        "people": TableRule(),
        "affiliations": TableRule(),
        "sessions": TableRule(),
        "guiding_questions": TableRule(),
        "roles": TableRule(),
        "settings": TableRule(natural_key=True),
        "contacts": TableRule(),
        "tasks": TableRule(),
        "check_ins": CHECK_INS,
        "print_log": TableRule(),
    }
)
