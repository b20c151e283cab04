"""Every file location the application uses, resolved in one place.

The data directory comes from, in order: `--data-dir DIR`, the environment variable
POWER_DESKTOP_HOME, or the platform's user data directory (platformdirs). Tests point it at a
temporary folder, so nothing a test does touches a real user's data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PoWER Desktop"
APP_AUTHOR = "PoWER"
ENV_HOME = "POWER_DESKTOP_HOME"

# What ships with the program (beside the package, in the source tree and in the frozen build).
RESOURCES = Path(__file__).resolve().parents[1] / "resources"
# UIDAI's public signing certificates, one file each: a new one is added as a file, not code.
AADHAAR_CERTIFICATES = RESOURCES / "aadhaar"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "power.sqlite3"

    @property
    def restoring(self) -> Path:
        """A backup being restored, copied whole before it replaces the database."""
        return self.data_dir / ".power-restoring.sqlite3"

    @property
    def restore_journal(self) -> Path:
        """Present only while a restore is under way (services/restore.py)."""
        return self.data_dir / "restore-journal.json"

    @property
    def numbering(self) -> Path:
        """High-water marks of the laptop's numbering, kept outside the database
        (services/numbering.py)."""
        return self.data_dir / "numbering.json"

    @property
    def drafts(self) -> Path:
        """A laptop's drafts while it works on a camp server (services/drafts.py)."""
        return self.data_dir / "drafts"

    @property
    def audit_head(self) -> Path:
        """Where the audit chain ends, kept outside the database (services/audit_head.py)."""
        return self.data_dir / "audit-head.json"

    @property
    def vault_key(self) -> Path:
        return self.data_dir / "vault.key"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "power-desktop.log"

    @property
    def exports(self) -> Path:
        return self.data_dir / "exports"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings(self) -> Path:
        """The laptop's own settings (the database it joined: store/server_config.py)."""
        return self.data_dir / "settings.json"

    @property
    def settings_key(self) -> Path:
        """The key that seals the secrets in settings.json (never copied by a backup)."""
        return self.data_dir / "settings.key"

    def ensure(self) -> Paths:
        for folder in (self.data_dir, self.logs, self.exports, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    if data_dir:
        return Paths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return Paths(Path(env).expanduser().resolve())
    return Paths(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))
