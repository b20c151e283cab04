"""The frozen build (`make dist`), as a laptop with no Python gets it: the tarball unpacked in an
empty folder, run with a bare environment (no virtual environment, no source tree, no
PYTHONPATH). `make dist-check` builds it and runs these; plain `make test` skips them."""

from __future__ import annotations

import os
import platform
import shlex
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from power_desktop import __version__

from ..integration.upgrade_check import PASSWORD, check_upgrade

ROOT = Path(__file__).parents[2]
TARBALL = ROOT / "dist" / f"power-desktop-{__version__}-linux-{platform.machine()}.tar.gz"

# Only against a build just made: a tarball left from an older build would test old code.
pytestmark = pytest.mark.skipif(not os.environ.get("POWER_CI_DIST"),
                                reason="`make dist-check` builds the frozen app and runs these")


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert TARBALL.exists(), f"{TARBALL} is missing: run make dist"
    where = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(TARBALL) as tar:
        tar.extractall(where, filter="data")
    exe = where / "power-desktop" / "power-desktop"
    assert os.access(exe, os.X_OK)
    return exe


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", **extra}


def test_self_check_passes_from_an_unpacked_tarball(frozen: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(frozen), "--self-check"], cwd=tmp_path, env=bare_env(tmp_path),
                          capture_output=True, text=True, timeout=180, check=False)
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for check in ("database", "scheme pack", "registration", "form PDF", "batch",
                  "helper process", "Aadhaar QR", "window libraries"):
        assert any(line.startswith(f"ok    {check}:") for line in lines), check
    assert not any(line.startswith("FAIL") for line in lines)
    assert "Hindi translation" in done.stdout and "QtPdf read" in done.stdout
    assert lines[-1].startswith("self-check: all checks passed")


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("unshare"),
                    reason="hiding Python needs root and unshare (a mount namespace)")
def test_self_check_passes_with_no_python_on_the_machine(frozen: Path, tmp_path: Path) -> None:
    """Every Python this machine has (the interpreter running the tests, its virtual
    environment, Debian's) is hidden in a private mount namespace; the build must not care."""
    hide = {Path(sys.base_prefix), Path(sys.prefix), *Path("/usr/lib").glob("python3*"),
            *Path("/usr/local/lib").glob("python3*")}
    binaries = [p for p in Path("/usr/bin").glob("python3*") if p.is_file()]
    script = "; ".join(
        [f"mount -t tmpfs none {shlex.quote(str(d))}" for d in sorted(hide) if d.is_dir()]
        + [f"mount --bind /dev/null {shlex.quote(str(b))}" for b in binaries]
        + ["(python3 -c 1 >/dev/null 2>&1 && echo PYTHON-STILL-THERE || true)",
           f"exec {shlex.quote(str(frozen))} --self-check"])
    done = subprocess.run(["unshare", "-m", "sh", "-ec", script], cwd=tmp_path,
                          env=bare_env(tmp_path), capture_output=True, text=True, timeout=180,
                          check=False)
    assert "PYTHON-STILL-THERE" not in done.stdout
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].startswith("self-check: all checks passed")


def test_frozen_build_upgrades_a_release_01_laptop(frozen: Path, tmp_path: Path) -> None:
    def run(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = bare_env(tmp_path, POWER_DESKTOP_OPERATOR="Meena", POWER_DESKTOP_PASSWORD=PASSWORD)
        return subprocess.run([str(frozen), "--data-dir", str(data), *args], input=stdin,
                              cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=180, check=False)

    check_upgrade(tmp_path, run)


def test_frozen_build_leaves_out_what_a_laptop_does_not_need(frozen: Path) -> None:
    inside = frozen.parent / "_internal"
    names = {p.name for p in inside.iterdir()}
    assert not names & {"pytest", "hypothesis", "mypy", "ruff", "tkinter", "_pytest"}
    assert not list(inside.rglob("*WebEngine*"))
    assert not list(inside.rglob("*.ts"))  # translation sources stay out; .qm goes in
    assert (inside / "resources" / "i18n" / "power_desktop_hi.qm").exists()
