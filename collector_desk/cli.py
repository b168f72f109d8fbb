"""The command line: the same services as the window.

Each feature registers its subcommands from its own module (see COMMANDS) so
the parser stays small and importing one command does not import the others.
Running with no subcommand starts the window.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from collector_desk import __version__
from collector_desk.errors import EXIT_FAILED, EXIT_HELP, safe_traceback, user_failure

# Modules with `register(subparsers)`; each sets `func(args) -> int` on its parsers.
COMMANDS: tuple[str, ...] = (
    "collector_desk.commands.desk",
    "collector_desk.commands.worklist",
    "collector_desk.commands.practice",
    "collector_desk.commands.exchange",
)


def _global_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    """The options every command shares; enough on its own to start the window."""
    parser = argparse.ArgumentParser(
        prog="collector-desk",
        description="Collector Desk",
        add_help=add_help,
        epilog=EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="folder of the database (default: the user data folder)")
    parser.add_argument("--database-url", help="use this database server instead of the local file")
    parser.add_argument("--lang", help="user interface language: zh_CN or en")
    parser.add_argument(
        "--startup-report",
        action="store_true",
        help="start the window, wait until the first page of cases is painted, "
        "print the start's figures as one JSON line and quit",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command. Its failures end here, as one line and the documented status."""
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print("collector-desk: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        return 0
    except Exception as exc:
        return report_failure(exc)


def report_failure(exc: BaseException) -> int:
    """One line on stderr. A bug also goes, with its traceback, to the log (never
    to the terminal), without SQL parameters or other data from messages."""
    known = user_failure(exc)
    if known is not None:
        message, status = known
        print(f"collector-desk: {message}", file=sys.stderr)
        return status
    where = _log_bug(exc)
    print(
        f"collector-desk: internal error ({type(exc).__name__}); nothing was changed. "
        f"Please report it with the log{where}",
        file=sys.stderr,
    )
    return EXIT_FAILED


def _log_bug(exc: BaseException) -> str:
    import logging

    try:
        from collector_desk.logs import setup_logging

        path = setup_logging(catch_faults=False)
    except Exception:
        return ""
    logging.getLogger("collector_desk.cli").critical(
        "unexpected error on the command line\n%s", safe_traceback(exc).rstrip()
    )
    return f" {path}"


def _run(argv: Sequence[str] | None) -> int:
    # No subcommand starts the window. That path must not import the command
    # modules (and with them SQLAlchemy) before the window shows.
    given = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(given):
        known, rest = _global_parser(add_help=False).parse_known_args(given)
        if not rest:
            from collector_desk.app import run_gui

            known.command = None
            return run_gui(known)
    args = build_parser().parse_args(given)
    if args.command is None:
        from collector_desk.app import run_gui

        return run_gui(args)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
