"""`power-desktop --self-check`: proves an installed build works on this laptop, without touching
the camp's records.

In a temporary data folder it opens a new database (running every migration), sets up a camp
and its supervisor, loads the scheme pack, registers a demo family, applies for what it is
eligible for, renders one application form PDF, writes one small batch and checks it against
the batch format, and starts a helper process as long exports do; then it starts Qt offscreen
(the window's libraries, the Hindi font and the Hindi translation, and QtPdf reading back the
form). It prints one line per check and returns 0 only when every check passed.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSWORD = "self-check-password"


def run(out: Callable[[str], Any] = print) -> int:
    started = time.perf_counter()
    # The check's own camp must leave nothing in the system account's keystore.
    chosen = os.environ.get("POWER_DESKTOP_KEYSTORE")
    os.environ["POWER_DESKTOP_KEYSTORE"] = "none"
    try:
        failures = _run_checks(out, chosen)
    finally:
        if chosen is None:
            os.environ.pop("POWER_DESKTOP_KEYSTORE", None)
        else:
            os.environ["POWER_DESKTOP_KEYSTORE"] = chosen
    verdict = "all checks passed" if not failures else f"{failures} check(s) FAILED"
    out(f"self-check: {verdict} in {time.perf_counter() - started:.1f} s")
    return 0 if not failures else 1


def _run_checks(out: Callable[[str], Any], keystore_choice: str | None) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="power-self-check-") as tmp:
        folder = Path(tmp)
        state: dict[str, Any] = {"keystore": keystore_choice}
        for name, check in _checks(folder, state):
            t0 = time.perf_counter()
            try:
                detail = check()
            except Exception as exc:  # a check that fails says why and the rest still run
                failures += 1
                out(f"FAIL  {name}: {type(exc).__name__}: {exc}")
                continue
            out(f"ok    {name}: {detail} ({(time.perf_counter() - t0) * 1000:.0f} ms)")
        services = state.get("services")
        if services is not None:
            services.close()
    return failures


def _checks(folder: Path, state: dict[str, Any]) -> list[tuple[str, Callable[[], str]]]:
    from power_desktop import __version__

    def database() -> str:
        from power_desktop.paths import Paths
        from power_desktop.services import Services
        from power_desktop.services.camp import CampSetup
        from power_desktop.store.db import SCHEMA_HEAD
        services = Services.open(Paths(folder / "data").ensure())
        state["services"] = services
        services.accounts.setup_first("SelfCheck", PASSWORD)
        services.camp.setup(CampSetup("DL", "South", "C99", "L1", "SelfCheck"))
        return f"new database at schema {SCHEMA_HEAD}, camp set up, supervisor logged in"

    def scheme_pack() -> str:
        services = state["services"]
        schemes = services.eligibility.schemes()
        pack = services.camp.current().scheme_pack
        return f"pack {pack} version {services.eligibility.pack_version(pack)}: " \
               f"{len(schemes)} schemes"

    def register_and_apply() -> str:
        from power_desktop.core.demo_data import demo_family
        services = state["services"]
        rng = random.Random(7)
        today = services.clock.today()
        for _ in range(50):  # a demo family eligible for at least one scheme
            done = services.registration.register(demo_family(rng, today),
                                                  confirm_warnings=True,
                                                  duplicate_decision="self-check")
            made = services.eligibility.apply_all_eligible(done.family_id)
            if made:
                state["application"] = made[0].application_id
                return f"family {done.family_id}, {len(made)} application(s)"
        raise RuntimeError("no demo family was eligible for any scheme")

    def form_pdf() -> str:
        services = state["services"]
        path = folder / "form.pdf"
        services.printing.render_forms([state["application"]], path)
        data = path.read_bytes()
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
            raise RuntimeError(f"{path.name} is not a whole PDF")
        state["pdf"] = path
        return f"{state['application']} rendered, {len(data):,} bytes"

    def batch() -> str:
        from power_desktop.services.batch_check import validate
        services = state["services"]
        (folder / "batch").mkdir()  # export refuses a missing folder (an unplugged drive)
        info = services.export.export(folder / "batch")
        problems = validate(info.path)
        if problems:
            raise RuntimeError(f"{len(problems)} problem(s), first: {problems[0]}")
        rows = ", ".join(f"{k} {v}" for k, v in info.rows.items())
        return f"{info.path.name} written and valid ({rows})"

    def helper_process() -> str:
        # Long exports, print runs and previews start helper processes by running this
        # program again (spawn); a frozen build that mishandles it would hang or open windows.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
            child = pool.submit(os.getpid).result(timeout=60)
        if child == os.getpid():
            raise RuntimeError("the helper ran in this process")
        return f"helper process {child} started and answered"

    def aadhaar_qr() -> str:
        # UIDAI's certificates ship as data files, and the QR's photo is JPEG 2000 (OpenJPEG,
        # inside Pillow): both must be in the build.
        import io

        from PIL import Image
        services = state["services"]
        certificates = services.aadhaar_qr.certificates
        if not certificates:
            raise RuntimeError("no UIDAI certificate in resources/aadhaar")
        buffer = io.BytesIO()
        Image.new("RGB", (24, 32), (200, 120, 40)).save(buffer, "JPEG2000", irreversible=True)
        if services.aadhaar_qr.photo_png(buffer.getvalue()) is None:
            raise RuntimeError("JPEG 2000 photos do not decode (Pillow without OpenJPEG)")
        until = max(c.not_after for c in certificates)
        return f"{len(certificates)} UIDAI certificate(s), newest valid to {until:%d/%m/%Y}; " \
               "JPEG 2000 photos decode"

    def keys_here() -> str:
        # keyring's backends must be in the build; a laptop without a keystore still works,
        # with its passwords' slots bound to the passwords alone (docs/security.md).
        import keyring.backends.chainer  # noqa: F401 - the build must hold keyring

        from power_desktop.store import keystore
        if state["keystore"] is None:
            os.environ.pop("POWER_DESKTOP_KEYSTORE")
        else:
            os.environ["POWER_DESKTOP_KEYSTORE"] = state["keystore"]
        try:
            found = keystore.system()
        finally:
            os.environ["POWER_DESKTOP_KEYSTORE"] = "none"
        return f"key slots tied to this laptop's {found.name} keystore" if found else \
            "no keystore on this system account: key slots bound to passwords only"

    def qt() -> str:
        return _qt_check(state.get("pdf"))

    return [(f"PoWER Desktop {__version__} on Python {sys.version.split()[0]}",
             lambda: sys.executable),
            ("database", database), ("scheme pack", scheme_pack),
            ("registration", register_and_apply), ("form PDF", form_pdf),
            ("batch", batch), ("helper process", helper_process), ("Aadhaar QR", aadhaar_qr),
            ("keystore", keys_here), ("window libraries", qt)]


def _qt_check(pdf: Path | None) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from power_desktop.ui.selfcheck import check
    return check(pdf)
