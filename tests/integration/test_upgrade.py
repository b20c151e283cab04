"""A laptop upgraded from release 0.1 keeps every record, and its Aadhaar numbers still open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.store.models import Member

from .test_cli import run
from .upgrade_check import PASSWORD, check_upgrade


def test_release_01_database_upgrades_with_every_record(tmp_path: Path) -> None:
    def as_meena(data: Path, *args: str, stdin: str | None = None) -> Any:
        return run(data, *args, stdin=stdin, who=("Meena", PASSWORD))

    data = check_upgrade(tmp_path, as_meena)
    services = Services.open(Paths(data))
    try:
        services.accounts.login("Meena", PASSWORD)
        with services.sessions() as session:
            with_aadhaar = select(Member).where(Member.aadhaar_cipher.is_not(None))
            members = list(session.scalars(with_aadhaar))
            assert len(members) > 100
            for m in members:  # each number opens with the adopted key, as it was sealed
                digits = services.vault.open_aadhaar(m.aadhaar_cipher, m.uuid)
                assert digits[-4:] == m.aadhaar_last4
                assert services.vault.token(digits) == m.aadhaar_token
    finally:
        services.close()
