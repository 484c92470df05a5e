"""The package metadata a user checks before trusting it: licence, URLs, the Python versions tested."""

from __future__ import annotations

import re
import sys
import tomllib

from tests.conftest import REPO

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_licence_file_is_the_declared_mit_licence():
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "Permission is hereby granted, free of charge, to any person obtaining a copy" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text


def test_the_project_urls_point_at_the_repository():
    urls = PROJECT["urls"]
    assert {"Homepage", "Repository", "Issues", "Changelog", "Documentation"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())


def test_the_python_classifiers_are_the_versions_tested():
    versions = [
        c.rsplit(" :: ", 1)[1]
        for c in PROJECT["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert running in versions, f"tests run on Python {running}: add its classifier to pyproject.toml"
    assert PROJECT["requires-python"] == f">={min(versions, key=lambda v: tuple(map(int, v.split('.'))))}"
