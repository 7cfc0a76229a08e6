"""The ``organiser`` command: the app's jobs without a window.

Each command group lives in its own module and registers itself below; the commands call
the same core code as the GUI. A bad argument or a bad file prints one line on stderr and
exits with status 2, having written nothing.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from .. import __version__
from ..store import EventFileError
from . import (
    attendee_cmds,
    backup_cmds,
    badge_cmds,
    brief_cmds,
    check_cmds,
    event_cmds,
    export_cmds,
    import_cmds,
    interchange_cmds,
    programme_cmds,
    share_cmds,
)
from .common import EXIT_USAGE, UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not the whole usage text
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="organiser", description="Organiser: one event, one file.")
    parser.add_argument("--version", action="version", version=f"organiser {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    exports = sub.add_parser("export", help="write an output of an event").add_subparsers(
        dest="what", required=True, parser_class=_Parser
    )
    imports = sub.add_parser("import", help="read an event or list from a file").add_subparsers(
        dest="what", required=True, parser_class=_Parser
    )
    event_cmds.register(sub)
    check_cmds.register(sub)
    export_cmds.register(exports)
    programme_cmds.register(exports)
    brief_cmds.register(exports)
    import_cmds.register(imports)
    attendee_cmds.register(sub, exports, imports)
    interchange_cmds.register_imports(imports)
    interchange_cmds.register_exports(exports)
    badge_cmds.register(sub, exports)
    backup_cmds.register(sub)
    share_cmds.register(sub)
    return parser


class Terminated(BaseException):
    """SIGTERM, raised as an exception so half-written outputs are cleaned up on the way out.

    A BaseException, as KeyboardInterrupt is: a reader's ``except Exception`` must not
    turn a stop into "not a readable file"."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def stop_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into an exception, so ``atomic_path`` removes a half-written file.

    A process may inherit SIGTERM blocked from whatever started it; unblocked here, or the
    stop would wait for the whole export instead."""
    signal.signal(signal.SIGTERM, _terminate)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


def run() -> int:
    """The console script: ``main`` with a clean stop on SIGTERM."""
    stop_cleanly_on_sigterm()
    return main()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int | None] = args.run
    try:
        return run(args) or 0
    except (UsageError, EventFileError, OSError, ValueError) as exc:
        message = str(exc) or exc.__class__.__name__
        if isinstance(exc, OSError) and exc.strerror:
            message = f"{exc.filename or ''}: {exc.strerror}".lstrip(": ")
        print(f"organiser: {message.splitlines()[0] if message else message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("organiser: interrupted; nothing was written", file=sys.stderr)
        return 130
    except Terminated:
        print("organiser: stopped; nothing was written", file=sys.stderr)
        return 143
