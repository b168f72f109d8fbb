"""Features that plug into the main window.

Each entry is "module:function"; the function takes the MainWindow and adds
its menu actions, tabs or docks. The window calls them in order after it is
built (see MainWindow.install_features). Keep each feature's widgets in its
own subpackage of collector_desk.ui.
"""

FEATURES: tuple[str, ...] = (
    "collector_desk.ui.shell:install",
    "collector_desk.ui.worklist:install",
    "collector_desk.ui.practice:install",
    "collector_desk.ui.exchange:install",
)
