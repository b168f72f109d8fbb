"""Collector Desk: a collector's and trainee's desktop workstation."""

__version__ = "0.1.0"
APP_NAME = "CollectorDesk"
