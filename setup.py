"""The top-level resources/ folder (trainers and supervisors edit it) ships inside
the package as collector_desk.resources; everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["collector_desk", "collector_desk.*"]),
        "collector_desk.resources",
    ],
    package_dir={"collector_desk.resources": "resources"},
)
