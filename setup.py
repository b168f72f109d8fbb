"""The top-level resources/ folder (trainers and supervisors edit it) ships inside
the package as collector_desk.resources; everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, find_packages, setup

setup(
    packages=[
        *find_packages(include=["collector_desk", "collector_desk.*"]),
        "collector_desk.resources",
        # Its data folders too, or setuptools warns once per folder that they are
        # importable but not listed.
        *(f"collector_desk.resources.{p}" for p in find_namespace_packages(where="resources")),
    ],
    package_dir={"collector_desk.resources": "resources"},
)
