"""The camp server goes silent under a laptop that is using it (the server laptop's power cut,
a LAN cable pulled): the laptop is told so in plain words within a minute, not after the
system's TCP timeouts (15 minutes for a statement sent, 2 hours for one waiting for its
answer) with its window frozen; and the turn it may have held is not kept from the others.

The laptop runs in a network namespace of its own, reaching the test server through a relay
(tests/relay.py) across a veth pair; pulling the cable is taking the host's end of the pair
down, so that packets are lost without a word, as on a real LAN. Needs root and iproute2 (CI
has both)."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from power_desktop.core.demo_data import demo_family

from .. import engines
from ..helpers import PASSWORD, SUPERVISOR
from ..relay import Relay
from .test_camp_server import run, server  # noqa: F401  (the fixture)
from .test_camp_server_frozen import FROZEN
from .test_cli import ROOT

pytestmark = [pytest.mark.skipif(engines.SERVER is None,
                                 reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)"),
              pytest.mark.slow]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
       "POWER_DESKTOP_PASSWORD": PASSWORD}

# A laptop's window, open on the camp server: it has searched (a connection in its pool),
# then, once told, saves a family; it says what came of it and how long it took.
LAPTOP = r"""
import os, random, sys, time
from datetime import date
from pathlib import Path
from power_desktop.core.demo_data import demo_family
from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.errors import ServerUnreachable
services = Services.open(Paths(Path(sys.argv[1])))
services.accounts.login(os.environ["POWER_DESKTOP_OPERATOR"], os.environ["POWER_DESKTOP_PASSWORD"])
services.search.search("devi")
os.write(1, b"ready\n")
sys.stdin.readline()
started = time.monotonic()
try:
    done = services.registration.register(demo_family(random.Random(7), date.today()),
                                          confirm_warnings=True, duplicate_decision="cable")
    os.write(1, f"saved {done.family_id}\n".encode())
except ServerUnreachable as exc:
    os.write(1, f"refused after {time.monotonic() - started:.0f} s: {exc}\n".encode())
"""


@dataclass
class Lan:
    namespace: str
    host_end: str
    url: str  # the server as the laptop in the namespace reaches it

    def laptop(self, *args: str, stdin: int | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(["ip", "netns", "exec", self.namespace, sys.executable, *args],
                                stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=ENV, text=True)

    def pull_cable(self) -> None:
        subprocess.run(["ip", "link", "set", self.host_end, "down"], check=True)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@pytest.fixture
def lan(server: str) -> Iterator[Lan]:  # noqa: F811
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("ip") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs as root with iproute2: the cable test must run")
        pytest.skip("needs root and iproute2 (ip netns) to pull a cable")
    tag = os.getpid() % 250
    namespace, host_end, far_end = f"pwrlan{tag}", f"pwrh{tag}", f"pwrn{tag}"
    host_addr, far_addr = f"10.213.{tag}.1", f"10.213.{tag}.2"
    relay = None
    try:
        _ip("netns", "add", namespace)
        _ip("link", "add", host_end, "type", "veth", "peer", "name", far_end)
        _ip("link", "set", far_end, "netns", namespace)
        _ip("addr", "add", f"{host_addr}/24", "dev", host_end)
        _ip("link", "set", host_end, "up")
        _ip("netns", "exec", namespace, "ip", "addr", "add", f"{far_addr}/24", "dev", far_end)
        _ip("netns", "exec", namespace, "ip", "link", "set", far_end, "up")
        _ip("netns", "exec", namespace, "ip", "link", "set", "lo", "up")
        relay = Relay(server, host=host_addr)  # the LAN, from the laptop to the server
        yield Lan(namespace, host_end, relay.url)
    finally:
        if relay is not None:
            relay.cut()
        subprocess.run(["ip", "netns", "del", namespace], capture_output=True, check=False)
        subprocess.run(["ip", "link", "del", host_end], capture_output=True, check=False)


def _camp(server: str, lan: Lan, tmp_path: Path) -> tuple[Path, Path]:  # noqa: F811  (the url)
    l1, l2 = tmp_path / "laptop1", tmp_path / "laptop2"
    first = run(l1, "--database", server, "init", "--district", "South", "--camp", "C07",
                "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
                stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert first.returncode == 0, first.stderr
    joined = lan.laptop(str(ROOT / "main.py"), "--data-dir", str(l2), "--database", lan.url,
                        "join", "--device", "L2")
    _, err = joined.communicate(timeout=120)
    assert joined.returncode == 0, err
    return l1, l2


def _families(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {r[0] for r in conn.execute(text("SELECT family_code FROM family"))}
    finally:
        engine.dispose()


def _told(laptop: subprocess.Popen[str]) -> str:
    """What the laptop (ready) said once told to save: within 90 s, or the test fails."""
    try:
        out, err = laptop.communicate(input="save\n", timeout=90)
    except subprocess.TimeoutExpired:
        laptop.kill()
        laptop.communicate()
        pytest.fail("the laptop was still waiting for the silent server after 90 s")
    assert "Traceback" not in err, err
    return out


def test_a_save_sent_to_a_server_gone_silent_is_refused_in_plain_words(
        server: str, lan: Lan, tmp_path: Path) -> None:  # noqa: F811
    _, l2 = _camp(server, lan, tmp_path)
    laptop = lan.laptop("-c", LAPTOP, str(l2), stdin=subprocess.PIPE)
    assert laptop.stdout is not None
    first = laptop.stdout.readline()
    assert first == "ready\n", laptop.stderr.read() if laptop.stderr else first
    lan.pull_cable()
    said = _told(laptop)
    assert said.startswith("refused after "), said
    assert "cannot be reached" in said and "Nothing was changed" in said
    assert _families(server) == set()


def test_a_save_waiting_for_its_turn_when_the_server_goes_silent_is_refused(
        server: str, lan: Lan, tmp_path: Path) -> None:  # noqa: F811
    l1, l2 = _camp(server, lan, tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", FROZEN, str(l1), "300"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=ENV, text=True)
    laptop = lan.laptop("-c", LAPTOP, str(l2), stdin=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline() == "turn taken\n"  # L1 holds the turn
        assert laptop.stdout is not None and laptop.stdin is not None
        assert laptop.stdout.readline() == "ready\n"
        laptop.stdin.write("save\n")
        laptop.stdin.flush()
        _wait_for_turn_waiter(server)  # L2's save waits behind L1's turn
        lan.pull_cable()
        try:
            out, err = laptop.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            pytest.fail("the laptop was still waiting for the silent server after 90 s")
        assert "Traceback" not in err, err
        assert out.startswith("refused after "), out
        assert "cannot be reached" in out and "Nothing was changed" in out
        out, err = holder.communicate(input="go on\n", timeout=60)
        assert out.endswith("committed\n"), (out, err)
    finally:
        for child in (holder, laptop):
            child.kill()
            child.wait()
    # The turn L2's cut-off save was then given is not kept from L1 for long.
    family = tmp_path / "family.json"
    family.write_text(json.dumps(demo_family(random.Random(9), date.today()),
                                 ensure_ascii=False), encoding="utf-8")
    saved = run(l1, "register", "--allow-duplicate", "--accept-warnings", "--json", str(family))
    assert saved.returncode == 0, saved.stderr
    assert _families(server) == {saved.stdout.strip()}


def _wait_for_turn_waiter(url: str) -> None:
    engine = create_engine(url)
    try:
        for _ in range(300):
            with engine.connect() as conn:
                if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE "
                                     "wait_event_type = 'Lock' AND wait_event = 'advisory'")
                                ).scalar():
                    return
            time.sleep(0.1)
    finally:
        engine.dispose()
    pytest.fail("L2's save never waited for the turn")
