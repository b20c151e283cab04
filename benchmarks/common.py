"""What the benchmarks share: a camp's data folder filled with demo families."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from power_desktop.paths import Paths  # noqa: E402
from power_desktop.services import Services, demo  # noqa: E402
from power_desktop.services.camp import CampSetup  # noqa: E402

BENCH_USER, BENCH_PASSWORD = "Bench", "bench-password"


def open_logged_in(folder: Path) -> Services:
    """A data folder's services, logged in as the benchmark's supervisor (made if new)."""
    services = Services.open(Paths(folder))
    if services.accounts.has_accounts():
        services.accounts.login(BENCH_USER, BENCH_PASSWORD)
    else:
        services.accounts.setup_first(BENCH_USER, BENCH_PASSWORD)
    return services


def camp_with_families(data_dir: str | None, families: int, seed: int) -> Services:
    """Open a data folder (a new temporary one if None), set up a camp if it has none, and
    add demo families until it holds `families`."""
    folder = Path(data_dir) if data_dir else Path(tempfile.mkdtemp())
    services = open_logged_in(folder)
    if services.camp.current() is None:
        services.camp.setup(CampSetup("DL", "South", "C07", "L2", "Bench"))
    missing = families - services.registration.count()
    if missing > 0:
        demo.generate(services, missing, seed=seed)
    return services
