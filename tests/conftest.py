"""Test set-up: every test gets its own data folder; GUI tests are marked `gui`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from power_desktop.services import Services
from power_desktop.store import vault

from . import engines
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
    monkeypatch.delenv("POWER_DESKTOP_DATABASE", raising=False)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests in a module marked `engines` run once on each engine there is (SQLite, and
    PostgreSQL when a test server is given); the rest on SQLite."""
    if "database" in metafunc.fixturenames and metafunc.definition.get_closest_marker("engines"):
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("database", ("sqlite",) if only_sqlite else engines.ENGINES,
                             indirect=True)


@pytest.fixture
def database(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The test's database: None for the data folder's SQLite file, or the URL of a new,
    migrated PostgreSQL database of its own."""
    engine = getattr(request, "param", "sqlite")
    if engine == "sqlite":
        yield None
        return
    url = engines.new_database()
    yield url
    engines.drop(url)


# Tests run side by side (pytest-xdist): each worker counts its own tests on PostgreSQL and
# hands the count to the main process as it finishes.
_WORKERS_ON_POSTGRESQL: list[int] = []


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    _WORKERS_ON_POSTGRESQL.append(int(getattr(node, "workeroutput", {}).get("on_pg", 0)))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if engines.SERVER:
        ran = engines.ran_on_postgresql + sum(_WORKERS_ON_POSTGRESQL)
        line = (f"database engines: SQLite and PostgreSQL {engines.server_version()} "
                f"({ran} tests ran on PostgreSQL too)")
    else:
        line = ("database engines: SQLite alone (no PostgreSQL test server: "
                "POWER_TEST_POSTGRES is not set; `make test` starts one)")
    terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session) -> None:
    output = getattr(session.config, "workeroutput", None)
    if output is not None:  # a worker: its count goes to the main process
        output["on_pg"] = engines.ran_on_postgresql
    if engines.SERVER:
        engines.drop_all()


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
def services(data_dir: Path, database: str | None) -> Iterator[Services]:
    s = open_services(data_dir, database_url=database)
    yield s
    s.close()
