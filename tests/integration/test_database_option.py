"""Choosing the database: --database, $POWER_DESKTOP_DATABASE, the server a laptop joined
(remembered in settings.json, its password sealed), `local`; a server that does not answer
said plainly; and unknown options or misspelt commands refused with the usage (exit 2), never
the window."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from power_desktop.store import db, server_config

from .. import engines

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # Offscreen and with a short timeout: a window that opened would hang the run, not pass.
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=60, check=False, stdin=subprocess.DEVNULL,
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "QT_QPA_PLATFORM": "offscreen", **(env or {})})


@pytest.mark.parametrize("args", [
    ("--bogus", "init"), ("--bogus",), ("regster",), ("init", "--bogus"),
    ("--database",), ("--data-dir",), ("-x",)])
def test_unknown_options_and_commands_get_the_usage_not_the_window(
        args: tuple[str, ...], tmp_path: Path) -> None:
    done = _run("--data-dir", str(tmp_path), *args)
    assert done.returncode == 2, done
    assert done.stderr.startswith("usage: power-desktop") and "error:" in done.stderr
    assert "Traceback" not in done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_server_that_does_not_answer_is_said_plainly(tmp_path: Path) -> None:
    url = f"postgresql://camp:secret-pw@127.0.0.1:{_free_port()}/power"
    for done in (_run("--data-dir", str(tmp_path), "--database", url, "families"),
                 _run("--data-dir", str(tmp_path), "families",
                      env={"POWER_DESKTOP_DATABASE": url})):
        assert done.returncode == 2
        assert "The camp server 127.0.0.1:" in done.stderr and "cannot be reached" in \
            done.stderr and "--database local" in done.stderr
        assert "Traceback" not in done.stderr and "secret-pw" not in done.stderr


def test_the_joined_server_is_remembered_with_its_password_sealed(tmp_path: Path) -> None:
    settings, key = tmp_path / "settings.json", tmp_path / "settings.key"
    url = "postgresql://laptop2:s3cret-Pass@10.0.0.5:5433/power?sslmode=require"
    server_config.remember(settings, key, url)
    kept = settings.read_text(encoding="utf-8")
    assert "s3cret-Pass" not in kept and "10.0.0.5" in kept and "sslmode=require" in kept
    assert server_config.recall(settings, key) == url
    assert server_config.choose(None, settings, key) == url
    assert server_config.choose("local", settings, key) is None  # the laptop's own file
    other = tmp_path / "other.key"
    with pytest.raises(server_config.SettingsError):
        server_config.recall(settings, other)  # another laptop's key does not open it
    server_config.forget(settings)
    assert server_config.choose(None, settings, key) is None
    assert oct(key.stat().st_mode & 0o777) == "0o600"


def test_environment_variable_beats_the_remembered_server(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    settings, key = tmp_path / "settings.json", tmp_path / "settings.key"
    server_config.remember(settings, key, "postgresql://a@server-a/power")
    monkeypatch.setenv("POWER_DESKTOP_DATABASE", "postgresql://b@server-b/power")
    assert server_config.choose(None, settings, key) == "postgresql://b@server-b/power"
    assert server_config.choose("postgresql://c@server-c/power", settings, key) == \
        "postgresql://c@server-c/power"


def test_joined_is_the_remembered_server_whatever_the_variable_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's way back to the server after `--database local` (which it passes on
    as the variable): `joined` is the server the laptop joined, not the variable's choice."""
    settings, key = tmp_path / "settings.json", tmp_path / "settings.key"
    monkeypatch.setenv("POWER_DESKTOP_DATABASE", "local")
    with pytest.raises(server_config.SettingsError, match="has not joined a camp server"):
        server_config.choose("joined", settings, key)
    server_config.remember(settings, key, "postgresql://a:pw@server-a/power")
    assert server_config.choose(None, settings, key) is None  # the variable: local
    assert server_config.choose("joined", settings, key) == "postgresql://a:pw@server-a/power"


@pytest.mark.skipif(engines.SERVER is None,
                    reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")
def test_a_server_database_not_in_utf8_is_refused_in_words_and_left_alone(
        tmp_path: Path) -> None:
    """SQL_ASCII (initdb under a POSIX locale) or WIN1252 (a Windows server in a Western
    locale) would cut Hindi names byte by byte: init says what to make instead, and nothing
    is written to the database."""
    name = f"power_ascii_{os.getpid()}"
    engines._admin(f"DROP DATABASE IF EXISTS {name}")
    engines._admin(f"CREATE DATABASE {name} ENCODING 'SQL_ASCII' LC_COLLATE 'C' "
                   "LC_CTYPE 'C' TEMPLATE template0")
    url = engines._admin_url(name)
    try:
        done = _run("--data-dir", str(tmp_path), "--database", url, "init", "--state", "DL",
                    "--district", "South", "--camp", "C07", "--device", "L1",
                    "--operator", "Asha", env={"POWER_DESKTOP_PASSWORD": "asha-pass-1"})
        assert done.returncode != 0, done
        assert "is in the SQL_ASCII encoding" in done.stderr, done.stderr
        assert "ENCODING 'UTF8' TEMPLATE template0" in done.stderr
        assert "Traceback" not in done.stderr
        engine = db.make_engine(url)  # read in UTF-8, as the program reads it
        try:
            with engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM pg_tables "
                                         "WHERE schemaname = 'public'")).scalar() == 0
        finally:
            engine.dispose()
    finally:
        engines._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
