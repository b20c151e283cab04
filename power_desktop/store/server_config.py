"""Which database a laptop works on, remembered in the data folder's settings (settings.json)
once it has joined a camp server, with the server's password never in clear there.

The password is cut out of the URL and sealed with AES-256-GCM, as the vault's keys are
(store/vault.py), under a key of this laptop's own (`settings.key` beside it, made on first
use, readable by its user only). So settings.json can be copied, shown or sent for support
without giving the server away; what it protects against is settings.json leaving the laptop
alone, not the whole data folder being taken (docs/camp-server.md says so, and what to do)."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import make_url

ENV_DATABASE = "POWER_DESKTOP_DATABASE"
LOCAL = "local"  # --database local: the laptop's own SQLite file, whatever is remembered
JOINED = "joined"  # the camp server the laptop joined, whatever $POWER_DESKTOP_DATABASE says
_LABEL = b"power-desktop database password"


class SettingsError(RuntimeError):
    """The settings file or its key cannot be read."""


def _key(path: Path) -> bytes:
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = AESGCM.generate_key(256)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(key)
            f.flush()
            os.fsync(f.fileno())
    if len(key) != 32:
        raise SettingsError(f"{path} is damaged")
    return key


def _read(settings: Path) -> dict[str, Any]:
    try:
        data = json.loads(settings.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise SettingsError(f"{settings} cannot be read: {exc}") from exc
    return data if isinstance(data, dict) else {}


def _write(settings: Path, data: dict[str, Any]) -> None:
    part = settings.with_name(f".{settings.name}.part")
    part.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(part, settings)


def remember(settings: Path, key_file: Path, url: str) -> None:
    """Keep `url` as the laptop's database, its password sealed."""
    parsed = make_url(url)
    entry: dict[str, Any] = {"url": parsed._replace(password=None).render_as_string(
        hide_password=False)}
    if parsed.password:
        nonce = os.urandom(12)
        sealed = nonce + AESGCM(_key(key_file)).encrypt(
            nonce, str(parsed.password).encode(), _LABEL)
        entry["password"] = base64.b64encode(sealed).decode()
    data = _read(settings)
    data["database"] = entry
    _write(settings, data)


def forget(settings: Path) -> None:
    data = _read(settings)
    if data.pop("database", None) is not None:
        _write(settings, data)


def recall(settings: Path, key_file: Path) -> str | None:
    """The remembered database URL, password opened; None when none is remembered."""
    entry = _read(settings).get("database")
    if not isinstance(entry, dict) or not entry.get("url"):
        return None
    url = make_url(str(entry["url"]))
    if entry.get("password"):
        sealed = base64.b64decode(entry["password"])
        try:
            password = AESGCM(_key(key_file)).decrypt(sealed[:12], sealed[12:], _LABEL)
        except (InvalidTag, ValueError):
            raise SettingsError(
                f"the database password in {settings} does not open with {key_file}") from None
        url = url.set(password=password.decode())
    return url.render_as_string(hide_password=False)


def joined(settings: Path) -> str | None:
    """The camp server the laptop joined, as shown to people (no password); None if none."""
    entry = _read(settings).get("database")
    if not isinstance(entry, dict) or not entry.get("url"):
        return None
    url = make_url(str(entry["url"]))
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def device(settings: Path, server: str) -> int | None:
    """This laptop's camp row on `server` (host:port/database): its device code and its own
    numbering there; None when it has not joined that server."""
    devices = _read(settings).get("devices")
    value = devices.get(server) if isinstance(devices, dict) else None
    return int(value) if isinstance(value, int) else None


def own_camps(settings: Path, server: str) -> set[int]:
    """Every camp row on `server` this laptop has worked as (it may go back to one)."""
    owned = _read(settings).get("own_camps")
    ids = owned.get(server) if isinstance(owned, dict) else None
    return {int(i) for i in ids if isinstance(i, int)} if isinstance(ids, list) else set()


def remember_device(settings: Path, server: str, camp_id: int) -> None:
    data = _read(settings)
    kept = data.get("devices")
    devices: dict[str, Any] = kept if isinstance(kept, dict) else {}
    devices[server] = camp_id
    data["devices"] = devices
    kept = data.get("own_camps")
    owned: dict[str, Any] = kept if isinstance(kept, dict) else {}
    owned[server] = sorted(own_camps(settings, server) | {camp_id})
    data["own_camps"] = owned
    _write(settings, data)


def shown(url: str) -> str:
    """The URL as it may be shown or logged: the password hidden."""
    if "://" not in url:
        return url
    return make_url(url).render_as_string(hide_password=True)


def choose(explicit: str | None, settings: Path, key_file: Path) -> str | None:
    """The database to open: --database, else $POWER_DESKTOP_DATABASE, else the one the
    laptop joined; None (or `local`) for the data folder's own SQLite file. `joined`: the
    server the laptop joined (the window's way back to it after working alone)."""
    if explicit == JOINED:
        url = recall(settings, key_file)
        if url is None:
            raise SettingsError("this laptop has not joined a camp server")
        return url
    url = explicit or os.environ.get(ENV_DATABASE) or recall(settings, key_file)
    return None if not url or url == LOCAL else url
