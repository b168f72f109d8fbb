"""Entry point of the frozen build: the same command line as `collector-desk`.

No subcommand starts the window; `check`, `demo`, `cases`... run as on the
command line. Both executables of the bundle (CollectorDesk, windowed, and
collector-desk, a console program for IT and scripts) start here.
"""

import multiprocessing
import sys

from collector_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
