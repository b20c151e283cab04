"""Make the labelled evaluation set for the duplicate check (tests/data/duplicate_pairs.json).

Same-person pairs are one person written twice the ways camps write people: the other script,
spelling variants field teams use, typing slips, words swapped or dropped (middle names, Kumar,
Devi), a date of birth off by a few days or replaced by a declared age, a changed mobile.
Different-person pairs are people who look alike: the same common surname, the same first name,
and relatives in one family (siblings, parent and child, a husband and wife).

The variants below come from how names are written, not from the matching code; run this
script again only to add cases (the seed keeps the set stable):

    python scripts/make_duplicate_pairs.py
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from power_desktop.core.demo_data import FEMALE, LOCALITIES, MALE, SURNAMES

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "duplicate_pairs.json"
TODAY = date(2026, 11, 27)

# How the same name is spelt by different people (Latin script).
SPELLINGS = {
    "Lakshmi": ["Laxmi", "Lakhmi", "Luxmi"], "Laxmi": ["Lakshmi"], "Bisht": ["Bist", "Bishta"],
    "Mohammad Salim": ["Mohd Salim", "Muhammad Saleem", "Md Salim", "Mohammed Salim"],
    "Pooja": ["Puja", "Pooja"], "Geeta": ["Gita", "Geetha"], "Sita": ["Seeta", "Seetha"],
    "Sunita": ["Suneeta", "Sunitha"], "Anita": ["Aneeta", "Anitha"], "Rekha": ["Reka"],
    "Meena": ["Mina", "Meenaa"], "Seema": ["Sima"], "Usha": ["Usa"], "Kiran": ["Kiren"],
    "Manju": ["Manjoo"], "Suman": ["Sumann"], "Radha": ["Rada", "Raadha"], "Shanti": ["Santi"],
    "Savitri": ["Sawitri", "Savithri"], "Bimla": ["Vimla", "Bimala"], "Kamla": ["Kamala"],
    "Ramesh": ["Rames", "Ramesh"], "Suresh": ["Suresch", "Sures"], "Rajesh": ["Rajes"],
    "Mukesh": ["Mukes"], "Dinesh": ["Dines"], "Vijay": ["Wijay", "Bijay"], "Sanjay": ["Sanjai"],
    "Ajay": ["Ajai"], "Manoj": ["Manoz"], "Pawan": ["Pavan"], "Raju": ["Rajoo"],
    "Deepak": ["Dipak", "Deepakh"], "Krishna": ["Krisna", "Kishan"], "Shyam": ["Syam", "Shaam"],
    "Vikas": ["Bikas", "Wikas"], "Ashok": ["Asok"], "Naresh": ["Nares"], "Sharma": ["Sarma"],
    "Verma": ["Varma"], "Yadav": ["Jadav", "Yadava"], "Gupta": ["Gupt"], "Singh": ["Sing"],
    "Chauhan": ["Chouhan", "Chohan"], "Khan": ["Kan"], "Qureshi": ["Kureshi", "Qureshy"],
    "Devi": ["Debi"], "Kumari": ["Kumaari"], "Poonam": ["Punam"], "Jyoti": ["Jyothi", "Joti"],
    "Khushi": ["Kushi"], "Harpreet": ["Harprit"], "Imran": ["Imraan"], "Farzana": ["Farjana"],
}


def spell(name: str, rng: random.Random) -> str:
    for key in sorted(SPELLINGS, key=len, reverse=True):
        if key in name and rng.random() < 0.8:
            return name.replace(key, rng.choice(SPELLINGS[key]), 1)
    return name


def slip(name: str, rng: random.Random) -> str:
    """One typing slip: a letter dropped, doubled, swapped with the next, or a neighbour key."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if len(letters) < 4:
        return name
    i = rng.choice(letters[1:-1])
    kind = rng.choice(["drop", "double", "swap", "key"])
    if kind == "drop":
        return name[:i] + name[i + 1:]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    if kind == "swap" and name[i + 1].isalpha():
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    near = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "m": "n", "r": "t", "s": "a",
            "h": "j", "k": "l", "l": "k", "t": "y", "u": "y", "d": "f", "p": "o"}
    c = name[i].lower()
    return name[:i] + near.get(c, c) + name[i + 1:]


def person(rng: random.Random, gender: str | None = None) -> dict[str, object]:
    gender = gender or rng.choice("FM")
    first = rng.choice(FEMALE if gender == "F" else MALE)
    surname = rng.choice([s for s in SURNAMES if s[0] != "Devi"])
    father_first = rng.choice(MALE)
    locality = rng.choice(LOCALITIES)[0]
    dob = TODAY - timedelta(days=rng.randint(5 * 365, 80 * 365))
    middle = rng.random() < 0.2
    latin = f"{first[0]} {'Kumar ' if middle and gender == 'M' else ''}{surname[0]}"
    if gender == "F" and rng.random() < 0.3:
        latin = f"{first[0]} {'Kumari' if dob > date(2004, 1, 1) else 'Devi'}"
        hindi = f"{first[1]} {'कुमारी' if dob > date(2004, 1, 1) else 'देवी'}"
    else:
        hindi = f"{first[1]} {surname[1]}"
    return {"name": latin, "name_hi": hindi, "gender": gender, "dob": dob.isoformat(),
            "father": f"{father_first[0]} {surname[0]}", "locality": locality,
            "mobile": f"{rng.choice('6789')}{rng.randrange(10**9):09d}",
            "_first": first, "_surname": surname}


def rewritten(p: dict[str, object], rng: random.Random) -> tuple[dict[str, object], str]:
    """The same person as another operator, another day, might write them."""
    q = {k: v for k, v in p.items() if not k.startswith("_")}
    q["name_hi"] = ""  # the Hindi name is optional: the second record seldom has the same one
    how = rng.choice(["hindi_only", "spelling", "slip", "swap", "drop_word", "age", "mobile",
                      "spelling", "slip"])
    if how == "hindi_only":  # typed in Devanagari only, the first record in Latin only
        q["name"] = p["name_hi"]
    elif how == "spelling":
        q["name"] = spell(str(q["name"]), rng)
    elif how == "slip":
        q["name"] = slip(str(q["name"]), rng)
    elif how == "swap":
        words = str(q["name"]).split()
        q["name"] = " ".join(reversed(words))
    elif how == "drop_word":
        words = str(q["name"]).split()
        q["name"] = words[0] if len(words) > 1 else q["name"]
        if len(words) > 2:
            q["name"] = f"{words[0]} {words[-1]}"
    if how == "age" or rng.random() < 0.25:
        born = date.fromisoformat(str(q["dob"]))
        age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        q["dob"] = date(TODAY.year - age - rng.choice([0, 1]), 7, 1).isoformat()
        q["dob_estimated"] = True
    elif rng.random() < 0.3:
        q["dob"] = (date.fromisoformat(str(q["dob"])) + timedelta(days=rng.randint(-20, 20))
                    ).isoformat()
    if how == "mobile" or rng.random() < 0.2:
        q["mobile"] = f"{rng.choice('6789')}{rng.randrange(10**9):09d}"
    if rng.random() < 0.3:
        q["father"] = spell(str(q["father"]), rng)
    if rng.random() < 0.15:
        q["father"] = ""
    return q, how


def main() -> None:
    rng = random.Random(2026)
    same, different = [], []
    while len(same) < 360:
        p = person(rng)
        q, how = rewritten(p, rng)
        if q["name"] != p["name"] or q.get("dob_estimated") or q["mobile"] != p["mobile"]:
            clean = {k: v for k, v in p.items() if not k.startswith("_")}
            if how == "hindi_only":
                clean["name_hi"] = ""
            same.append({"a": clean, "b": q, "same": True, "how": how})
    while len(different) < 360:
        kind = rng.choice(["same_surname", "same_first_name", "sibling", "parent_child",
                           "spouse"])
        p = person(rng)
        q = person(rng, str(p["gender"]) if kind != "spouse" else
                   ("M" if p["gender"] == "F" else "F"))
        if kind == "same_surname":
            q["name"] = f"{q['_first'][0]} {p['_surname'][0]}"
            q["name_hi"] = f"{q['_first'][1]} {p['_surname'][1]}"
        elif kind == "same_first_name":
            q["name"] = f"{p['_first'][0]} {q['_surname'][0]}"
            q["name_hi"] = f"{p['_first'][1]} {q['_surname'][1]}"
            q["locality"] = p["locality"] if rng.random() < 0.5 else q["locality"]
        elif kind in ("sibling", "parent_child", "spouse"):
            q["name"] = f"{q['_first'][0]} {p['_surname'][0]}"
            q["name_hi"] = f"{q['_first'][1]} {p['_surname'][1]}"
            q["locality"], q["mobile"] = p["locality"], p["mobile"]
            born = date.fromisoformat(str(p["dob"]))
            if kind == "sibling":
                q["father"] = p["father"]
                q["dob"] = (born + timedelta(days=rng.choice([-1, 1]) * rng.randint(400, 3000))
                            ).isoformat()
            elif kind == "parent_child":
                q["father"] = p["name"] if p["gender"] == "M" else p["father"]
                q["dob"] = (born + timedelta(days=rng.randint(18 * 365, 35 * 365))).isoformat()
            else:
                q["father"] = p["name"] if p["gender"] == "M" else q["father"]
                q["dob"] = (born + timedelta(days=rng.randint(-3000, 3000))).isoformat()
        a = {k: v for k, v in p.items() if not k.startswith("_")}
        b = {k: v for k, v in q.items() if not k.startswith("_")}
        if date.fromisoformat(str(b["dob"])) < TODAY:
            different.append({"a": a, "b": b, "same": False, "how": kind})
    OUT.write_text(json.dumps({"made_by": "scripts/make_duplicate_pairs.py", "today":
                               TODAY.isoformat(), "pairs": same + different},
                              ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(same)} same-person pairs and {len(different)} different-person pairs -> {OUT}")


if __name__ == "__main__":
    main()
