"""Shared fixtures: where the repository's conformance tables and reference data are."""

from __future__ import annotations

import json
import pathlib
from typing import Any, List

import pytest

PYTHON_DIR = pathlib.Path(__file__).resolve().parent.parent
REPO = PYTHON_DIR.parent
TABLES = REPO / "tests" / "data"


def load_cases(name: str) -> List[Any]:
    """A conformance table of ``tests/data/`` (the same files the Rust tests read)."""
    cases = json.loads((TABLES / name).read_text(encoding="utf-8"))
    assert isinstance(cases, list) and cases, name
    return cases


@pytest.fixture(scope="session")
def repo() -> pathlib.Path:
    """The repository's root folder."""
    return REPO


@pytest.fixture(scope="session")
def tables() -> Any:
    """``tables("email.json")``: a conformance table (see :func:`load_cases`)."""
    return load_cases
