"""Shared fixtures. Tests on real text read ../shared in place; CI always has it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from khabar.evaluation.corpora import seed_path, shared_dir

REPO = Path(__file__).resolve().parents[1]


def _require_shared() -> Path:
    path = shared_dir()
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the shared data folder {path} is missing in CI")
        pytest.skip(f"the shared data folder {path} is not here")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return _require_shared()


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    return seed_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def khabar_exe() -> str:
    exe = REPO / ".venv" / "bin" / "khabar"
    if exe.exists():
        return str(exe)
    found = shutil.which("khabar")
    if not found:
        pytest.fail("the khabar command is not installed: run `make setup`")
    return found
