"""The command line: the same services as the window.

Each feature registers its subcommands from its own module (see COMMANDS) so
the parser stays small and importing one command does not import the others.
Running with no subcommand starts the window. `--data-dir`, `--database-url`
and `--lang` may come before or after the subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from collector_desk import __version__
from collector_desk.errors import EXIT_FAILED, EXIT_HELP, safe_traceback, user_failure
from collector_desk.window_args import window_options

# Modules with `register(subparsers)`; each sets `func(args) -> int` on its parsers.
COMMANDS: tuple[str, ...] = (
    "collector_desk.commands.desk",
    "collector_desk.commands.worklist",
    "collector_desk.commands.practice",
    "collector_desk.commands.exchange",
    "collector_desk.commands.server",
    "collector_desk.commands.holidays",
    "collector_desk.commands.targets",
    "collector_desk.commands.qa",
)


# Shared by every command; accepted before or after the subcommand.
SHARED_OPTIONS: tuple[tuple[str, str], ...] = (
    ("--data-dir", "folder of the database (default: the user data folder)"),
    ("--database-url", "use this database server instead of the local file"),
    ("--lang", "language of the window and of translated output: zh_CN or en"),
)

DESCRIPTION = (
    "Collector Desk: a collector's workstation. Without a COMMAND it opens the window; "
    "with one it runs that command in the terminal and opens no window."
)


class Parser(argparse.ArgumentParser):
    """Usage errors are one line (what is wrong, where to read more) and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _global_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    """The options every command shares; enough on its own to start the window."""
    parser = Parser(
        prog="collector-desk",
        description=DESCRIPTION,
        add_help=add_help,
        epilog=EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    for flag, text in SHARED_OPTIONS:
        parser.add_argument(flag, help=text)
    parser.add_argument(
        "--startup-report",
        action="store_true",
        help="start the window, wait until the first page of cases is painted, "
        "print the start's figures as one JSON line and quit",
    )
    return parser


def _quiet_pipe(func: Callable[[argparse.Namespace], int | None]) -> Callable[..., int]:
    """`collector-desk cases | head`: the reader left; end quietly, as other tools do."""

    def run(args: argparse.Namespace) -> int:
        try:
            code = int(func(args) or 0)
            sys.stdout.flush()
        except BrokenPipeError:
            # Python would report the failed flush again at exit: point stdout at nothing.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 0
        return code

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    for command in sub.choices.values():
        # After the subcommand too; SUPPRESS keeps a value given before it.
        for flag, text in SHARED_OPTIONS:
            command.add_argument(flag, default=argparse.SUPPRESS, help=text)
        _document_exit_statuses(command)
        func = command.get_default("func")
        if func is not None:
            command.set_defaults(func=_quiet_pipe(func))
    return parser


def _document_exit_statuses(parser: argparse.ArgumentParser) -> None:
    """Every command's --help (and its actions', `bundle import --help`) ends with the
    exit statuses, as the top-level one does."""
    if not parser.epilog:
        parser.epilog = EXIT_HELP
        if parser.formatter_class is argparse.HelpFormatter:
            parser.formatter_class = argparse.RawDescriptionHelpFormatter
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _document_exit_statuses(child)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command. Its failures end here, as one line and the documented status."""
    sys.unraisablehook = _log_unraisable
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


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """An error Python cannot raise (in a finaliser, a generator closed at exit) goes
    to the log without data from its message, never to the terminal as a traceback."""
    import logging

    exc = unraisable.exc_value
    try:
        from collector_desk.logs import setup_logging

        setup_logging(catch_faults=False)
    except Exception:
        return
    text = safe_traceback(exc, unraisable.exc_traceback) if exc is not None else ""
    logging.getLogger("collector_desk.cli").warning(
        "ignored error (%s)\n%s", unraisable.err_msg or "unraisable", text.rstrip()
    )


def _run(argv: Sequence[str] | None) -> int:
    # No subcommand starts the window. That path must not import the command
    # modules (and with them SQLAlchemy) before the window shows.
    given = list(sys.argv[1:] if argv is None else argv)
    window = window_options(given)
    if window is not None:
        from collector_desk import start_gc

        start_gc.pause()  # the window's start (ui.gui_gc takes over)
        from collector_desk.app import run_gui

        return run_gui(window)
    if not {"-h", "--help"} & set(given):
        known, rest = _global_parser(add_help=False).parse_known_args(given)
        if not rest:
            from collector_desk import start_gc

            start_gc.pause()  # the window's start (ui.gui_gc takes over)
            from collector_desk.app import run_gui

            known.command = None
            return run_gui(known)
    args = build_parser().parse_args(given)
    if args.command is None:
        from collector_desk import start_gc

        start_gc.pause()  # the window's start (ui.gui_gc takes over)
        from collector_desk.app import run_gui

        return run_gui(args)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
