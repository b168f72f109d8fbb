"""The collector's desk: case list, case pane, script panel, promise form, call outcome."""
