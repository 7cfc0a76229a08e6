"""``organiser check EVENT`` and ``organiser stale EVENT``: the Problems list, headless.

``check`` exits with status 1 when any finding is an error, so a script can refuse to
print an event that still has one; warnings and notes leave the status at 0.
"""

from __future__ import annotations

import argparse
import json

from .common import read_event

EXIT_ERRORS = 1
HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Notes"}
WORDS = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("note", "notes"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="list the problems in an event (exit 1 when an error)")
    p.add_argument("event")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(run=_check)

    p = sub.add_parser("stale", help="list printed documents that no longer match the event")
    p.add_argument("event")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(run=_stale)


def _load(path: str):
    with read_event(path) as store:
        return store.load()


def _check(args: argparse.Namespace) -> int:
    from ..checks import counts, has_errors, run_checks

    findings = run_checks(_load(args.event))
    totals = counts(findings)
    if args.json:
        print(
            json.dumps(
                {"counts": totals, "findings": [f.to_dict() for f in findings]},
                ensure_ascii=False,
                indent=2,
            )
        )
    elif not findings:
        print("No problems found.")
    else:
        for severity, heading in HEADINGS.items():
            group = [f for f in findings if f.severity == severity]
            if not group:
                continue
            print(f"{heading} ({len(group)})")
            for f in group:
                print(f"  • {f.message}")
            print()
        summary = [f"{n} {WORDS[s][0] if n == 1 else WORDS[s][1]}" for s, n in totals.items() if n]
        print(", ".join(summary) + ".")
    return EXIT_ERRORS if has_errors(findings) else 0


def _stale(args: argparse.Namespace) -> int:
    from ..checks.stale import stale_outputs

    data = _load(args.event)
    stale = stale_outputs(data)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "kind": s.kind,
                        "printed_at": s.printed_at.isoformat(timespec="seconds"),
                        "person_id": s.person_id,
                        "changes": list(s.changes),
                        "message": s.message,
                    }
                    for s in stale
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    elif stale:
        for s in stale:
            print(s.message)
    elif data.print_log:
        print("All printed documents are up to date.")
    else:
        print("Nothing has been printed from this event yet.")
    return 0
