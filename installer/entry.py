"""Entry point of the frozen build: the same command line as `collector-desk`.

No subcommand starts the window; `check`, `demo`, `cases`... run as on the
command line. Both executables of the bundle (CollectorDesk, windowed, and
collector-desk, a console program for IT and scripts) start here.

The workbook reader's child process (exchange/workbook_guard.py, multiprocessing's
"spawn") starts this executable again: `multiprocessing.freeze_support()` turns
such a start into the child. It acts only on the command lines multiprocessing
itself makes, so multiprocessing (about 15 ms of imports) is imported only for
those, not before every window.
"""

import sys


def is_multiprocessing_child(argv: list[str]) -> bool:
    """The command lines `freeze_support` acts on (its own test and PyInstaller's):
    a spawned child (`--multiprocessing-fork` first), or multiprocessing's resource
    tracker or fork server (`-c "from multiprocessing... import main; main(...)"`)."""
    return len(argv) >= 2 and (
        argv[1] == "--multiprocessing-fork" or argv[-1].startswith("from multiprocessing")
    )


if __name__ == "__main__":
    if is_multiprocessing_child(sys.argv):
        import multiprocessing

        multiprocessing.freeze_support()
    from collector_desk.cli import main

    sys.exit(main())
