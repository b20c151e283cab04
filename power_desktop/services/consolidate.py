"""Several laptops, one camp: their batches joined into one camp batch, each record once (its
newest version), with a report of people registered on two laptops who look like one person.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from power_desktop import __version__
from power_desktop.core import batch_format as bf
from power_desktop.core.linkage import blocking
from power_desktop.core.linkage.compare import Person
from power_desktop.core.linkage.model import compare
from power_desktop.core.linkage.names import given_key
from power_desktop.store.models import Setting

from .audit import record
from .batch_check import validate
from .batch_files import BatchWriter, logical_sheets, read_workbook
from .errors import ServiceError
from .folders import existing_folder
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

REPORT = "Possible duplicates"


@dataclass(frozen=True)
class CrossDuplicate:
    member_a: str
    device_a: str
    member_b: str
    device_b: str
    name_a: str
    name_b: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Consolidated:
    path: Path
    devices: tuple[str, ...]
    rows: dict[str, int]
    replaced: int  # rows dropped for a newer version of the same record
    conflicts: list[str]
    duplicates: list[CrossDuplicate]


class ConsolidateService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def consolidate(self, files: list[Path], out: Path) -> Consolidated:
        self.s.require("consolidate")
        existing_folder(Path(out).parent)
        if not files:
            raise ServiceError("Give the batch files of the camp's laptops.",
                               hi="कैंप के लैपटॉपों की बैच फ़ाइलें दें।")
        loaded = []
        for path in files:
            problems = validate(Path(path))
            if problems:
                shown = "; ".join(str(p) for p in problems[:5])
                raise ServiceError(f"{Path(path).name} is not a sound batch ({len(problems)} "
                                   f"problems, e.g. {shown}). Nothing was written.",
                                   hi=f"{Path(path).name} सही बैच नहीं है ({len(problems)} "
                                      f"समस्याएँ, जैसे {shown})। कुछ नहीं लिखा गया।")
            sheets, _ = logical_sheets(read_workbook(Path(path)))
            manifest = {str(r[0]): r[1] for r in sheets[bf.MANIFEST][1:] if r and r[0]}
            loaded.append((Path(path), manifest, sheets))
        self._same_laptop_twice(loaded)
        camps = {m["camp"] for _, m, _ in loaded}
        if len(camps) > 1:
            raise ServiceError(f"These batches come from different camps "
                               f"({', '.join(sorted(camps))}); consolidate one camp at a time.",
                               hi=f"ये बैच अलग-अलग कैंपों के हैं ({', '.join(sorted(camps))}); "
                                  "एक बार में एक ही कैंप के बैच मिलाएँ।")
        merged: dict[str, dict[str, tuple[int, dict[str, Any], str]]] = defaultdict(dict)
        headers: dict[str, list[Any]] = {}
        replaced, conflicts = 0, []
        for _path, manifest, sheets in loaded:
            device = str(manifest["device"])
            for sheet in bf.DATA_SHEETS:
                header = [h for h in sheets[sheet][0] if h is not None]
                headers[sheet] = _union(headers.get(sheet, []), header)
                key_at, version_at = header.index(bf.KEYS[sheet]), header.index("record_version")
                for row in sheets[sheet][1:]:
                    record_row = dict(zip(header, row, strict=False))
                    key, version = row[key_at], int(row[version_at])
                    held = merged[sheet].get(key)
                    if held is not None:
                        replaced += 1
                        if held[0] == version and held[1] != record_row:
                            conflicts.append(f"{sheet}: {record_row.get(header[1])} version "
                                             f"{version} differs between {held[2]} and {device}")
                        if held[0] >= version:
                            continue
                    merged[sheet][key] = (version, record_row, device)
        duplicates = self._cross_duplicates(merged[bf.MEMBERS], merged[bf.FAMILIES])
        rows = self._write(out, loaded, headers, merged, duplicates)
        with transaction(self.s.sessions) as session:
            record(self.s, session, "consolidate", str(out), files=[p.name for p, _, _ in loaded],
                   rows=rows, duplicates=len(duplicates))
        return Consolidated(out, tuple(str(m["device"]) for _, m, _ in loaded), rows, replaced,
                            conflicts, duplicates)

    def _cross_duplicates(self, members: dict[str, Any], families: dict[str, Any]) -> list[
            CrossDuplicate]:
        """People on different laptops who look alike: found by the same blocking rules and
        scored by the same model as the check at registration, so the work grows with the
        camp, not with its square."""
        locality = {k: v[1].get("locality") or "" for k, v in families.items()}
        family_mobile = {k: v[1].get("mobile") or "" for k, v in families.items()}
        people: list[tuple[str, str, Person]] = []
        index: dict[str, list[int]] = defaultdict(list)
        today = self.s.clock.today()
        for _v, row, device in members.values():
            try:
                born = date.fromisoformat(str(row["dob"]))
            except (KeyError, ValueError):
                continue
            fam = row.get("family_uuid")
            person = Person(name=str(row.get("name") or ""), dob=born,
                            gender=str(row.get("gender") or ""),
                            name_hi=str(row.get("name_hi") or ""),
                            father=str(row.get("father_or_husband_name") or ""),
                            dob_estimated=bool(row.get("dob_estimated")),
                            mobiles=tuple(m for m in (row.get("mobile"), family_mobile.get(fam))
                                          if m),
                            locality=locality.get(fam, ""),
                            aadhaar_token=row.get("aadhaar_token"),
                            relation=str(row.get("relation") or ""),
                            marital_status=str(row.get("marital_status") or ""))
            n = len(people)
            people.append((str(row["member_id"]), device, person))
            for token in blocking.index_tokens(person):
                index[token].append(n)
            for mobile in person.mobiles:
                index["mobile:" + mobile].append(n)
            if person.aadhaar_token:
                index["aadhaar:" + person.aadhaar_token].append(n)
        given = Counter(given_key(p) for _, _, p in people)

        def share(person: Person) -> float | None:
            return given[given_key(person)] / len(people) if len(people) >= 2000 else None
        found: dict[tuple[int, int], CrossDuplicate] = {}
        for n, (id_a, dev_a, a) in enumerate(people):
            asks = [t for tokens in blocking.query_rules(a, today).values() for t in tokens]
            asks += ["mobile:" + m for m in a.mobiles]
            if a.aadhaar_token:
                asks.append("aadhaar:" + a.aadhaar_token)
            others = {o for token in asks for o in index.get(token, ()) if o > n}
            for o in others:
                id_b, dev_b, b = people[o]
                if dev_a == dev_b:
                    continue
                match = compare(a, b, share)
                if match.likely:
                    found[(n, o)] = CrossDuplicate(id_a, dev_a, id_b, dev_b, a.name, b.name,
                                                   match.score, match.reasons)
        return sorted(found.values(), key=lambda d: -d.score)

    def _same_laptop_twice(self, loaded: list[Any]) -> None:
        """Each laptop once, signed by the key this laptop has seen it sign with before (its
        own key for its own batch); the first key seen for a laptop is kept."""
        from power_desktop.core.batch_sign import SIGNING_KEY

        from . import signing
        seen: dict[str, str] = {}
        with transaction(self.s.sessions) as session:
            own = signing.laptop_public_key(session, self.s.vault)
            camp = self.s.camp.current(session)
            for path, manifest, _sheets in loaded:
                device, key = str(manifest["device"]), str(manifest[SIGNING_KEY])
                if device in seen:
                    raise ServiceError(f"{path.name} and {seen[device]} are both from "
                                       f"{device}: give each laptop's batch once. Nothing "
                                       "was written.",
                                       hi=f"{path.name} और {seen[device]} दोनों {device} के "
                                          "हैं: हर लैपटॉप का बैच एक ही बार दें। कुछ नहीं "
                                          "लिखा गया।")
                seen[device] = path.name
                pinned = session.get(Setting, f"device-key:{device}")
                expected = own if camp is not None and device == camp.label else (
                    pinned.value if pinned is not None else None)
                if expected is not None and expected != key:
                    raise ServiceError(f"{path.name} says it is from {device} but is signed "
                                       "by another key than that laptop's: it was not made "
                                       "by it. Nothing was written.",
                                       hi=f"{path.name} {device} का होने का दावा करता है पर "
                                          "किसी और चाबी से हस्ताक्षरित है: यह उस लैपटॉप ने "
                                          "नहीं बनाया। कुछ नहीं लिखा गया।")
                if expected is None:
                    session.add(Setting(key=f"device-key:{device}", value=key))
                    record(self.s, session, "batch.key_seen", device, key=key)

    def _write(self, out: Path, loaded: list[Any], headers: dict[str, list[Any]],
               merged: dict[str, dict[str, Any]], duplicates: list[CrossDuplicate]) -> dict[
            str, int]:
        part = out.with_name(f".{out.name}.part")
        try:
            return self._write_part(part, out, loaded, headers, merged, duplicates)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise ServiceError(f"Cannot write {out}: {exc.strerror or exc}. Nothing was "
                               "written.",
                               hi=f"{out} नहीं लिखा जा सका: {exc.strerror or exc}। कुछ नहीं "
                                  "लिखा गया।") from None

    def _write_part(self, part: Path, out: Path, loaded: list[Any],
                    headers: dict[str, list[Any]], merged: dict[str, dict[str, Any]],
                    duplicates: list[CrossDuplicate]) -> dict[str, int]:
        writer = BatchWriter(part)
        hashes: dict[str, str] = {}
        rows: dict[str, int] = {}
        for sheet in bf.DATA_SHEETS:
            header = headers[sheet]
            writer.header(sheet, header)
            digest = bf.SheetHash()
            digest.add(header)
            ordered = sorted(merged[sheet].values(), key=lambda v: str(v[1].get(header[1])))
            for _version, row, _device in ordered:
                cells = [row.get(h) for h in header]
                writer.row(sheet, cells)
                digest.add(cells)
            hashes[sheet], rows[sheet.lower()] = digest.hexdigest(), len(ordered)
        writer.header(REPORT, ["member_id_a", "device_a", "name_a", "member_id_b", "device_b",
                               "name_b", "score", "reasons"])
        for d in duplicates:
            writer.row(REPORT, [d.member_a, d.device_a, d.name_a, d.member_b, d.device_b,
                                d.name_b, d.score, "; ".join(d.reasons)])
        first = loaded[0][1]
        now = self.s.clock.now()
        values: dict[str, Any] = {
            "format_version": bf.FORMAT_VERSION,
            "batch_id": f"{first['camp']}-CONS-{now:%Y%m%d%H%M%S}",
            "camp": first["camp"],
            "device": "+".join(sorted(str(m["device"]) for _, m, _ in loaded)),
            "period_from": min((m["period_from"] for _, m, _ in loaded if m["period_from"]),
                               default=None),
            "period_to": max(str(m["period_to"]) for _, m, _ in loaded),
            "exported_by": self.s.operator, "approved_by": self.s.operator,
            "exported_at": bf.cell(now), "app_version": __version__,
            "scheme_pack": first["scheme_pack"],
            "scheme_pack_version": json.dumps(sorted({str(m["scheme_pack_version"])
                                                      for _, m, _ in loaded})),
        }
        for sheet in bf.DATA_SHEETS:
            values[f"rows_{sheet.lower()}"] = rows[sheet.lower()]
            values[f"sha256_{sheet.lower()}"] = hashes[sheet]
        from .export import signed_manifest
        try:
            writer.finish(signed_manifest(self.s, values))
        except BaseException:
            writer.abandon()
            raise
        part.replace(out)
        return rows


def _union(first: list[Any], second: list[Any]) -> list[Any]:
    return first + [h for h in second if h not in first]
