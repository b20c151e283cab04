"""Test set-up: every test gets its own data folder; GUI tests are marked `gui`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from power_desktop.services import Services
from power_desktop.store import vault

from .helpers import open_services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests in this process hash passwords at a small cost (each hash keeps its own cost, so
    this changes speed only); the command-line tests run at the real cost."""
    monkeypatch.setattr(vault, "DEFAULT_COST", vault.KdfCost(1, 1024, 1))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch a real user's data folder."""
    monkeypatch.setenv("POWER_DESKTOP_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(autouse=True)
def _no_system_keystore(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test stores secrets in the developer's own keystore (GNOME Keyring, Windows
    Credential Manager); tests of key binding give one of their own."""
    monkeypatch.setenv("POWER_DESKTOP_KEYSTORE", "none")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/gui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    s = open_services(data_dir)
    yield s
    s.close()
