"""Districts by state, with the two-letter codes used in family IDs.

Delhi has 13 districts from 1 January 2026. Records made before that may carry one of the earlier
11 names; those stay as they were typed and are mapped for reports, never silently rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class District:
    code: str
    name: str
    name_hi: str


DELHI_2026 = (
    District("SE", "South East", "दक्षिण पूर्व"),
    District("OD", "Old Delhi", "पुरानी दिल्ली"),
    District("NO", "North", "उत्तर"),
    District("ND", "New Delhi", "नई दिल्ली"),
    District("CE", "Central", "मध्य"),
    District("CN", "Central North", "मध्य उत्तर"),
    District("SW", "South West", "दक्षिण पश्चिम"),
    District("ON", "Outer North", "बाहरी उत्तर"),
    District("NW", "North West", "उत्तर पश्चिम"),
    District("NE", "North East", "उत्तर पूर्व"),
    District("EA", "East", "पूर्व"),
    District("SO", "South", "दक्षिण"),
    District("WE", "West", "पश्चिम"),
)

# Districts that existed before 2026 but not after, by the code they had in our IDs.
DELHI_BEFORE_2026 = {"Shahdara": District("SH", "Shahdara", "शाहदरा")}

DISTRICTS = {"DL": DELHI_2026}


def districts_of(state: str) -> tuple[District, ...]:
    return DISTRICTS.get(state, ())


def find_district(state: str, name: str) -> District | None:
    """A current district of the state by name (case and spacing ignored), or None."""
    wanted = " ".join(name.split()).casefold()
    for d in districts_of(state):
        if d.name.casefold() == wanted or d.name_hi == name.strip() or d.code == name.strip():
            return d
    return None


def legacy_district(state: str, name: str) -> District | None:
    """A district name used before the 2026 reorganisation, if `name` is one."""
    if state != "DL":
        return None
    wanted = " ".join(name.split()).casefold()
    for legacy_name, d in DELHI_BEFORE_2026.items():
        if legacy_name.casefold() == wanted:
            return d
    return None
