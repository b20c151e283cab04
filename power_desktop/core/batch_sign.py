"""What a batch's signature covers, and the shapes of the names in its manifest.

The signature (Ed25519, by the laptop's own key) is over the manifest's values in their
fixed order, the signature itself left out; the manifest holds each sheet's SHA-256, so the
signature covers every row. Anyone can recompute a hash; only the laptop can sign."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

SIGNATURE, SIGNING_KEY = "signature", "signing_key"
CAMP = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,6}-[A-Z0-9]{1,6}")
DEVICE = re.compile(r"[A-Z0-9]{1,6}")


def signed_bytes(manifest: Iterable[tuple[str, Any]]) -> bytes:
    return json.dumps([[k, v] for k, v in manifest if k != SIGNATURE], ensure_ascii=False,
                      separators=(",", ":"), default=str).encode("utf-8")


def name_problems(values: dict[str, Any]) -> list[tuple[str, str]]:
    """(manifest key, what is wrong) for a camp, device or batch ID of the wrong shape: a
    batch names only its own camp and laptops, and never a path."""
    problems = []
    camp = str(values.get("camp") or "")
    device = str(values.get("device") or "")
    batch = str(values.get("batch_id") or "")
    if not CAMP.fullmatch(camp):
        problems.append(("camp", f"{camp!r} is not a camp code like DL-SO-C07"))
        return problems
    laptops = device.split("+")
    if not all(d.startswith(camp + "-") and DEVICE.fullmatch(d[len(camp) + 1:])
               for d in laptops) or len(set(laptops)) != len(laptops):
        problems.append(("device", f"{device!r} is not a laptop of camp {camp} "
                                   f"(like {camp}-L2)"))
    shape = (rf"{re.escape(camp)}-CONS-\d{{14}}" if len(laptops) > 1
             else rf"{re.escape(device)}-B\d{{4}}")
    if not re.fullmatch(shape, batch):
        problems.append(("batch_id", f"{batch!r} is not a batch ID of {device}"))
    return problems
