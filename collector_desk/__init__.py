"""Collector Desk: a collector's and trainee's desktop workstation."""

import time

# The first thing every entry point imports: the start's figures count from here.
STARTED = time.perf_counter()

__version__ = "0.1.0"
APP_NAME = "CollectorDesk"
