#!/usr/bin/env python3
"""Build the independent duplicate-registration evaluation set.

    python3 make_eval.py           writes pairs.json and search_queries.json (deterministic)
    python3 make_eval.py --check   validates the written files and prints counts

Written from docs/family-json.md, /work/shared/DOMAIN.md and general knowledge of how
names, dates and addresses differ between two registrations of one person at Delhi camps.
It does not import or read anything of PoWER Desktop (the detector was never seen).
"""
import collections
import datetime as dt
import json
import os
import random
import sys

import evalcore as E
import tables as T
from evalcore import TODAY, Name

HERE = os.path.dirname(os.path.abspath(__file__))
REG = E.Registry()


# ============================================================================ helpers
def reg_date(rng, lo_year=2021, hi=dt.date(2026, 11, 20)):
    lo = dt.date(lo_year, 1, 1)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def comm_hindu(rng):
    return rng.choices(["north", "bihari", "rajasthani", "uttarakhand", "punjabi"], weights=[30, 20, 6, 6, 6])[0]


def shape_any(cx, comm, adult_focal=True):
    rng = cx.rng
    sh = rng.choices(["nuclear", "joint", "parent", "widow", "single"], weights=[45, 15, 20, 12, 8])[0]
    if sh == "nuclear":
        return E.shape_nuclear(cx, comm)
    if sh == "joint":
        return E.shape_joint(cx, comm, widow_head=rng.random() < 0.25)
    if sh == "parent":
        return E.shape_with_parent(cx, comm, parent_g=rng.choice("FFM"), both=rng.random() < 0.2)
    if sh == "widow":
        return E.shape_widow(cx, comm)
    return E.shape_single(cx, comm, age=rng.choice([rng.randint(20, 32), rng.randint(60, 85)]))


def pick_member(rng, hs, pred):
    c = [(p, r) for p, r in hs.members if pred(p, r)]
    return rng.choice(c) if c else (None, None)


def adult(p, r):
    return p.age() >= 18


def omit_some(rng, hs, keep):
    """Members not present when the family was typed again (at work, married away...)."""
    out = set()
    for p, r in hs.members:
        if p in keep or r == "head":
            continue
        if rng.random() < 0.08:
            out.add(p)
    return out


def style(script="lat"):
    return {"script": script}


def both_lat(rng):
    """Scripts for a pair whose kind is not about script: Latin, sometimes with name_hi."""
    sa = "lat_hi" if rng.random() < 0.07 else "lat"
    sb = "lat_hi" if rng.random() < 0.05 else "lat"
    return style(sa), style(sb)


def set_focal_aadhaar(rng, va, vb, same):
    va.aadhaar = vb.aadhaar = None
    r = rng.random()
    if r < 0.05:
        va.aadhaar, vb.aadhaar = va.p.aadhaar, vb.p.aadhaar
    elif r < 0.17:
        va.aadhaar = va.p.aadhaar
    elif r < 0.27:
        vb.aadhaar = vb.p.aadhaar


def strip_shared_aadhaar(ra, rb):
    shown = {v.aadhaar for v in ra.views if v.aadhaar}
    for v in rb.views:
        if v.aadhaar in shown:
            v.aadhaar = None


# ============================================================================ variation operators
# Each takes (rng, view, ...) and returns a short description, or None when it cannot apply.
def _slots(n):
    out = [("g%d" % i, k, None) for i, k in enumerate(n.given)]
    out += [("m%d" % i, k, None) for i, k in enumerate(n.mid)]
    if n.marker:
        out.append(("k", n.marker, None))
    if n.sur:
        out.append(("s", n.sur, "s"))
    return out


def v_translit(rng, v, prefer_table=0.65):
    n = v.name
    cands = []
    for slot, k, role in _slots(n):
        if slot in n.spell:
            continue
        tab = E.entry(k, role)["tr"]
        ear = [x for x in E.translit_options(k, role, ear=slot not in ("k",) and k not in ("Kumar", "Singh"))
               if x not in tab]
        if tab or ear:
            w = 3 if slot.startswith("g") else 2 if slot == "s" else 1
            cands.append((slot, k, tab, ear, w))
    if n.pre:
        cands.append(("pre", "Mohammad", None, None, 2))
    if not cands:
        return None
    slot, k, tab, ear, _ = rng.choices(cands, weights=[c[4] for c in cands])[0]
    if slot == "pre":
        old = n.pre_form
        n.pre_form = rng.choice([f for f in ("Mohd", "Mohd.", "Md", "Md.", "Mohammad", "Mohammed", "Muhammad")
                                 if f.rstrip(".") != old.rstrip(".")])
        return "%s/%s" % (old, n.pre_form)
    if tab and (not ear or rng.random() < prefer_table):
        new = rng.choice(tab)
    else:
        new = rng.choice(ear)
    n.spell[slot] = new
    return "%s/%s" % (k, new)


def v_official(rng, v):
    n = v.name
    cands = [(slot, k, E.official_options(k, role)) for slot, k, role in _slots(n)]
    cands = [c for c in cands if c[2] and c[0] not in n.spell]
    if n.pre and n.pre_form in ("Mohammad", "Mohammed", "Muhammad"):
        cands.append(("pre", "Mohammad", ["Mohd", "Md"]))
    if not cands:
        return None
    slot, k, opts = rng.choice(cands)
    new = rng.choice(opts)
    if slot == "pre":
        old = n.pre_form
        n.pre_form = new
        return "%s/%s" % (old, new)
    n.spell[slot] = new
    return "%s/%s" % (k, new)


def v_join(rng, v):
    n = v.name
    if len(n.given) < 2 or not n.joinable or n.initials:
        return None
    before = n.latin()
    n.join = "split" if n.join == "joined" else "joined"
    return "%s typed %s" % (" ".join(n.given), "joined" if n.join == "joined" else "split")


MARKER_ADD = {"F_married": "Devi", "F_girl": "Kumari"}


def hon_for(p):
    g, a = p.gender, p.age()
    if p.comm == "sikh":
        key = ("sikh", g, "adult" if g == "M" else "married")
    elif p.comm == "muslim":
        key = ("muslim", "F", "married" if p.marital != "never_married" else "girl") if g == "F" else None
    else:
        key = ("hindu", g, "adult") if g == "M" else ("hindu", "F", "married" if p.marital != "never_married"
                                                       else "girl")
    if key is None or (g == "M" and a < 18) or key not in T.HONORIFICS:
        return None
    return T.HONORIFICS[key]


def v_marker(rng, v, allow=("drop", "add", "hon", "kumar", "pre", "km")):
    n, p = v.name, v.p
    opts = []
    if "drop" in allow and n.marker:
        opts.append("drop")
    if "add" in allow and not n.marker and not n.initials:
        if p.comm == "sikh":
            opts.append("add")
        elif p.gender == "F" and p.comm == "muslim" and p.marital != "never_married" and len(n.given) == 1:
            opts.append("add")
        elif p.gender == "F" and p.comm in ("north", "bihari", "rajasthani", "uttarakhand") and \
                n.given[-1] not in ("Wati", "Kali", "Rani"):
            opts.append("add")
    if "hon" in allow and not n.hon and [h for h in (hon_for(p) or []) if h != n.marker]:
        opts.append("hon")
    if "kumar" in allow and p.gender == "M" and p.comm in ("north", "bihari", "punjabi", "bengali") and \
            not n.initials and ((n.mid == ["Kumar"]) or (not n.mid and len(n.given) == 1)):
        opts.append("kumar")
    if "pre" in allow and p.comm == "muslim" and p.gender == "M" and len(n.given) == 1:
        opts.append("pre")
    if "km" in allow and n.marker == "Kumari":
        opts.append("km")
    if not opts:
        return None
    o = rng.choice(opts)
    if o == "drop":
        old = n.marker
        n.marker = None
        return "'%s' left out" % old
    if o == "add":
        if p.comm == "sikh":
            n.marker = "Singh" if p.gender == "M" else "Kaur"
        elif p.comm == "muslim":
            n.marker = rng.choice(["Begum", "Khatoon", "Bano"])
        else:
            n.marker = "Devi" if p.marital != "never_married" else "Kumari"
        return "'%s' added" % n.marker
    if o == "hon":
        opts_h = [h for h in hon_for(p) if h != n.marker and not (n.marker == "Kumari" and h.startswith("K"))]
        opts_h = opts_h or ["Smt."]
        # the short forms are what registers mostly carry (Smt., Sh., Km.)
        n.hon = rng.choices(opts_h, weights=[6, 3, 1][:len(opts_h)])[0]
        return "honorific '%s' added" % n.hon
    if o == "kumar":
        if n.mid == ["Kumar"]:
            n.mid = []
            return "'Kumar' left out"
        n.mid = ["Kumar"]
        return "'Kumar' added"
    if o == "pre":
        if n.pre:
            old = n.pre_form
            n.pre = None
            return "'%s' left out" % old
        n.pre = "Mohammad"
        n.pre_form = rng.choice(["Mohd", "Md", "Mohd.", "Mohammad"])
        return "'%s' added" % n.pre_form
    if o == "km":
        n.marker = None
        n.hon = rng.choice(["Km.", "Km", "Kumari"])
        return "'Kumari' after the name typed as '%s' before it" % n.hon
    return None


def v_initials(rng, v):
    n = v.name
    if n.initials or n.pre:
        return None
    toks = len(n.given) + len(n.mid)
    if v.p.comm == "south" and n.init:
        # "K. Lakshmi" <-> "Lakshmi Krishnan": the initial written out as the father's name
        fk = v.p.father.given[0]
        if n.sur is None and fk[0] == n.init:
            n.init = None
            n.sur = fk
            return "initial %s. written out as %s" % (fk[0], fk)
        n.init_back = not n.init_back
        return "initial moved to the %s" % ("end" if n.init_back else "front")
    if n.sur and (toks >= 2 or rng.random() < 0.25):
        n.initials = rng.choice(["ds", "ds", "d", "s"])
        n.keep_first = toks >= 2 and rng.random() < 0.2
        return "initials for the given names"
    return None


MID_ADD = {"north": ["Chand", "Prasad", "Kumar", "Lal"], "rajasthani": ["Lal", "Chand"],
           "bihari": ["Kumar", "Prasad", "Nath"], "uttarakhand": ["Singh", "Chandra"], "bengali": ["Kumar", "Chandra"],
           "punjabi": ["Kumar", "Lal"], "muslim": ["Ahmed", "Ali"], "south": ["Kumar"]}


def v_middle(rng, v, mode=None):
    n, p = v.name, v.p
    if n.initials:
        return None
    if n.mid and mode != "add":
        old = " ".join(n.mid)
        n.mid = []
        return "middle name '%s' left out" % old
    if mode == "drop":
        return None
    if p.gender != "M" or n.mid or len(n.given) > 1 or p.comm not in MID_ADD:
        return None
    n.mid = [rng.choice([m for m in MID_ADD[p.comm] if p.dob.year < 1980 or m not in ("Lal", "Chand", "Prasad",
                                                                                      "Nath")] or ["Kumar"])]
    return "middle name '%s' added" % n.mid[0]


def v_surname(rng, v, mode=None):
    n, p = v.name, v.p
    if n.sur and mode != "add":
        old = n.sur
        n.sur = None
        if n.order != "normal":
            n.order = "normal"
        return "surname '%s' left out" % old
    if mode == "drop":
        return None
    fs = p.fam_sur
    if p.gender == "F" and p.husband is not None:
        hn = p.husband_name()
        fs = hn.sur or fs
    if not fs or n.sur:
        return None
    if fs == "Singh" and (n.mid == ["Singh"] or n.marker == "Singh"):
        return None
    n.sur = fs
    return "surname '%s' added" % fs


def v_order(rng, v):
    n = v.name
    if n.sur and n.order == "normal" and not n.initials:
        n.order = "sur_first"
        return "surname typed first"
    return None


KB = {"q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
      "p": "ol", "a": "qsz", "s": "adwx", "d": "sfec", "f": "dgrv", "g": "fhtb", "h": "gjyn", "j": "hkum",
      "k": "jlim", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm",
      "m": "njk"}


def typo_op(s, rng):
    """One keyboard slip somewhere after the first letter of the name."""
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"[A-Za-z]+", s)]
    long_ok = set()
    for a, b in words:
        if b - a >= 4:
            long_ok.update(range(a + 1, b))
    idx = [i for i in sorted(long_ok)]
    if not idx:
        return s
    kind = rng.choices(["sub", "drop", "double", "swap", "space"], weights=[32, 34, 12, 16, 6])[0]
    i = rng.choice(idx)
    ch = s[i]
    if kind == "sub":
        nb = KB.get(ch.lower())
        if not nb:
            return s[:i] + s[i + 1:]
        c = rng.choice(nb)
        return s[:i] + (c.upper() if ch.isupper() else c) + s[i + 1:]
    if kind == "drop":
        vow = [j for j in idx if s[j].lower() in "aeiouh"]
        if vow and rng.random() < 0.6:
            i = rng.choice(vow)
        return s[:i] + s[i + 1:]
    if kind == "double":
        return s[:i] + ch + s[i:]
    if kind == "swap":
        if i + 1 < len(s) and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + ch + s[i + 2:]
        return s[:i - 1] + ch + s[i - 1] + s[i + 1:]
    if kind == "space":
        sp = [j for j, c in enumerate(s) if c == " "]
        if sp:
            j = rng.choice(sp)
            return s[:j] + s[j + 1:]
        return s
    return s


KNOWN_WORDS = {k.lower() for (k, sur) in E.NAMES} | \
    {x.lower() for e in E.NAMES.values() for x in e["tr"] + e["off"]}


def typo_makes_name(before, after):
    bw = set(before.lower().split())
    return any(w in KNOWN_WORDS and w not in bw for w in after.lower().split())


def v_typo(rng, v, where="name"):
    seed = rng.randint(0, 10 ** 9)
    if where == "fh":
        if v.fh is None:
            return None
        v.fh_post.append((typo_op, seed))
        return "typo in father/husband name"
    if v.post:
        return None                      # one slip per name is enough
    before = E.apply_post(v.name.latin(), v.post)
    for k in range(6):
        v.post.append((typo_op, seed + k))
        after = E.apply_post(v.name.latin(), v.post)
        if after != before and not typo_makes_name(before, after):
            return "typo %s/%s" % (before, after)
        v.post.pop()
    return None


def v_fh_swap(rng, v):
    p = v.p
    if p.gender != "F" or p.husband is None:
        return None
    hab = {"form": rng.choices(["full", "nosur", "given"], weights=[6, 3, 1])[0], "late": True, "sh": False}
    if v.fh_kind == "husband":
        v.fh_kind, v.fh = "father", p.father.copy()
        late = p.father_late
    else:
        v.fh_kind, v.fh = "husband", p.husband_name().copy()
        late = p.husband_late
    v.fh_pre = "Late" if late and rng.random() < 0.4 else None
    v.fh = E.fh_name_for(v, hab)
    return "%s's name given instead" % v.fh_kind


def v_age_told(rng, v, side_ref_date=TODAY, strong=False):
    """The date of birth replaced by an age the person (or a relative) tells."""
    a = E.age_on(v.p.dob, side_ref_date)
    if a >= 55:
        off = rng.choice([3, 4, 5, 5, 6, 7, 8, 10]) * rng.choice([1, 1, -1]) if strong else rng.randint(-5, 5)
        told = a + off
        if rng.random() < 0.6:
            told = int(round(told / 5.0) * 5)
            if strong and abs(told - a) < 3:
                told += 5 if told >= a else -5
    elif a < 14:
        told = a + (rng.choice([1, -1, 2, 1]) if strong else rng.choice([0, 1, -1]))
    else:
        told = a + (rng.choice([1, 2, 3, -1, -2, 4]) if strong else rng.choice([0, 1, -1, 2]))
        if rng.random() < 0.3:
            told = int(round(told / 5.0) * 5)
    told = max(0, told)
    if side_ref_date.year == TODAY.year:
        v.date_mode, v.age, v.dob = "age", told + (E.age_on(v.p.dob, TODAY) - a), None
        return "age %d told (true %d)" % (v.age, E.age_on(v.p.dob, TODAY))
    v.date_mode, v.dob = "est", dt.date(side_ref_date.year - told, 7, 1)
    return "age %d told in %d (true %d)" % (told, side_ref_date.year, a)


def v_year_slip(rng, v):
    d = v.dob
    y = d.year
    s = str(y)
    opts = []
    if s[2] != s[3]:
        opts.append(int(s[:2] + s[3] + s[2]))           # 1979 -> 1997
    for nd in {int(s[3]) + 1, int(s[3]) - 1}:
        if 0 <= nd <= 9:
            opts.append(int(s[:3] + str(nd)))            # 1978 -> 1977/1979 (neighbouring key)
    if s[2] in "0123456789":
        for nd in {int(s[2]) + 1, int(s[2]) - 1}:
            if 0 <= nd <= 9:
                opts.append(int(s[:2] + str(nd) + s[3]))  # 1968 -> 1958/1978
    opts = [o for o in opts if o != y and 1930 < o <= TODAY.year]
    rng.shuffle(opts)
    for o in sorted(opts, key=lambda o: (0 if str(o)[2:] == s[3] + s[2] else 1)):
        if rng.random() < 0.5:
            continue
        try:
            nd = d.replace(year=o)
        except ValueError:
            nd = d.replace(year=o, day=28)
        if nd <= TODAY:
            v.dob = nd
            return "year %d typed %d" % (y, o)
    for o in opts:
        try:
            nd = d.replace(year=o)
        except ValueError:
            nd = d.replace(year=o, day=28)
        if nd <= TODAY:
            v.dob = nd
            return "year %d typed %d" % (y, o)
    return None


def v_daymonth(rng, v):
    d = v.dob
    if d.day > 12 or d.day == d.month:
        return None
    nd = dt.date(d.year, d.day, d.month)
    if nd > TODAY:
        return None
    v.dob = nd
    return "day and month swapped %s/%s" % (d.strftime("%d-%m"), nd.strftime("%d-%m"))


def v_dayoff(rng, v):
    d = v.dob
    kind = rng.choices(["pm1", "digit"], weights=[7, 3])[0]
    if kind == "digit" and d.day >= 10:
        dd = str(d.day)
        for nd_ in (int(dd[0] + str((int(dd[1]) + 1) % 10)), int(str(int(dd[0]) + 1) + dd[1])):
            try:
                nd = d.replace(day=nd_)
                if nd != d and nd <= TODAY:
                    v.dob = nd
                    return "day %d typed %d" % (d.day, nd_)
            except ValueError:
                pass
    nd = d + dt.timedelta(days=rng.choice([1, -1]))
    if nd > TODAY:
        nd = d - dt.timedelta(days=1)
    v.dob = nd
    return "date typed one day off (%s/%s)" % (d.isoformat(), nd.isoformat())


def v_gender(rng, v):
    v.gender = {"M": "F", "F": "M"}[v.gender]
    return "gender keyed %s" % v.gender


def v_mobile(rng, rb, vb, mode=None):
    """The person's number changed (new SIM) or was not given this time."""
    mode = mode or rng.choices(["new", "none", "new_house"], weights=[5, 3, 3])[0]
    old_house = rb.mobile
    if mode == "none":
        if rb.mobile == vb.mobile and rb.mobile:
            others = [v.mobile for v in rb.views if v.mobile and v.mobile != vb.mobile]
            rb.mobile = others[0] if others else None
        vb.mobile = None
        return "mobile not given"
    new = REG.new_mobile(random.Random(rng.randint(0, 10 ** 9)))
    if rb.mobile is not None and (rb.mobile == vb.mobile or mode == "new_house" or vb.rel == "head"):
        rb.mobile = new
    vb.mobile = new if (mode != "new_house" or rng.random() < 0.5) else None
    return "mobile changed"


def v_script(rng, v, script, plain=False):
    v.script = script
    v.devstyle = E.random_devstyle(rng, plain=plain)
    return None


SECONDARY = {
    "translit": lambda rng, v: v_translit(rng, v),
    "marker": lambda rng, v: v_marker(rng, v),
    "typo": lambda rng, v: v_typo(rng, v),
    "surname": lambda rng, v: v_surname(rng, v),
    "middle": lambda rng, v: v_middle(rng, v, mode="drop"),
    "fh_typo": lambda rng, v: v_typo(rng, v, where="fh"),
}
DATE_SECONDARY = ("age_told", "dayoff")


def add_secondaries(rng, va, vb, rb, exclude=(), date_ok=True, weights=(40, 42, 18)):
    k = rng.choices([0, 1, 2], weights=weights)[0]
    out = []
    names = [n for n in ("translit", "marker", "typo", "surname", "middle", "fh_typo", "mobile", "age_told",
                         "dayoff") if n not in exclude]
    if not date_ok or va.date_mode != "dob" or vb.date_mode != "dob" or va.p.dob_known != "exact":
        names = [n for n in names if n not in DATE_SECONDARY]
    w = {"translit": 5, "marker": 4, "typo": 3, "surname": 2, "middle": 1, "fh_typo": 1, "mobile": 3,
         "age_told": 3, "dayoff": 1}
    used_date = False
    chosen = []
    for _ in range(k):
        if not names:
            break
        n = rng.choices(names, weights=[w[x] for x in names])[0]
        names.remove(n)
        if n == "typo" and "translit" in names:
            names.remove("translit")
        if n == "translit" and "typo" in names:
            names.remove("typo")
        chosen.append(n)
    chosen.sort(key=lambda n: n == "typo")
    for n in chosen:
        v = vb if rng.random() < 0.7 else va
        if n == "mobile":
            d = v_mobile(rng, rb, vb)
        elif n == "age_told":
            if used_date:
                continue
            d = v_age_told(rng, vb)
            used_date = True
        elif n == "dayoff":
            if used_date:
                continue
            d = v_dayoff(rng, vb)
            used_date = True
        else:
            d = SECONDARY[n](rng, v)
        if d:
            out.append(d)
    return out


# ============================================================================ pair container
PAIRS = []
STATS = {}


class Retry(Exception):
    pass


def diff_note(ma, mb, fa, fb):
    d = []
    if ma["name"] != mb["name"]:
        d.append("name '%s' / '%s'" % (ma["name"], mb["name"]))
    else:
        d.append("name '%s' on both" % ma["name"])

    def dd(m):
        if "age" in m:
            return "age %d" % m["age"]
        return m["dob"] + (" (estimated)" if m.get("dob_estimated") else "")
    if dd(ma) != dd(mb):
        d.append("%s / %s" % (dd(ma), dd(mb)))
    else:
        d.append("same %s" % dd(ma))
    fha, fhb = ma.get("father_or_husband_name"), mb.get("father_or_husband_name")
    if fha != fhb:
        d.append("F/H '%s' / '%s'" % (fha or "-", fhb or "-"))
    for k in ("gender", "relation", "marital_status"):
        if ma.get(k) != mb.get(k):
            d.append("%s %s / %s" % (k, ma.get(k), mb.get(k)))
    pa = {ma.get("mobile"), fa.get("mobile")} - {None}
    pb = {mb.get("mobile"), fb.get("mobile")} - {None}
    if pa & pb:
        d.append("a phone in common")
    elif pa and pb:
        d.append("no phone in common")
    la, lb = fa["address"], fb["address"]
    if la["locality"] != lb["locality"]:
        d.append("locality '%s' / '%s'" % (la["locality"], lb["locality"]))
    if la["line1"] != lb["line1"]:
        d.append("line1 '%s' / '%s'" % (la["line1"], lb["line1"]))
    if "aadhaar" in ma and "aadhaar" in mb:
        d.append("Aadhaar on both")
    elif "aadhaar" in ma or "aadhaar" in mb:
        d.append("Aadhaar on %s only" % ("a" if "aadhaar" in ma else "b"))
    return "; ".join(d)


NAME_KINDS = {"translit", "official_variant", "joined_split", "marker_honorific", "initials", "middle_name",
              "surname_added_dropped", "word_order", "typo", "marriage_surname"}


def noise_others(rng, rec, keep):
    """A second operator also spells the other members of the household his own way, now and then."""
    for v in rec.views:
        if v.p in keep or v.script == "dev":
            continue
        r = rng.random()
        if r < 0.10:
            v_translit(rng, v)
        elif r < 0.14:
            v_marker(rng, v, allow=("drop", "add", "hon", "kumar"))
        elif r < 0.16:
            v_typo(rng, v)


NOISE_RNG = E.seeded("noise-others")
COMM_STATS = collections.Counter()


def emit(kind, same, ra, pa, rb, pb, desc):
    noise_others(NOISE_RNG, rb, {pb, pa})
    a = E.render(ra)
    b = E.render(rb)
    ia, ib = ra.index_of(pa), rb.index_of(pb)
    for f in (a, b):
        err, warn = E.validate_family(f)
        if err or warn:
            raise Retry(err + warn)
    ma, mb = a["members"][ia], b["members"][ib]
    if kind in NAME_KINDS:
        norm = lambda x: " ".join(x.lower().replace(".", " ").split())
        if norm(ma["name"]) == norm(mb["name"]) and ma.get("name_hi") == mb.get("name_hi"):
            raise Retry("name kind without a name difference")
    if same:
        if "aadhaar" in ma and "aadhaar" in mb and \
                E.aadhaar_digits(ma["aadhaar"]) != E.aadhaar_digits(mb["aadhaar"]):
            raise Retry("aadhaar mismatch")
    else:
        sa = {E.aadhaar_digits(m["aadhaar"]) for m in a["members"] if "aadhaar" in m}
        sb = {E.aadhaar_digits(m["aadhaar"]) for m in b["members"] if "aadhaar" in m}
        if sa & sb:
            raise Retry("shared aadhaar in a different pair")
    note = desc + " | " + diff_note(ma, mb, a, b)
    COMM_STATS[(same, pa.comm)] += 1
    return {"kind": kind, "same": same, "a": a, "a_member": ia, "b": b, "b_member": ib, "note": note}


def run_kind(kind, same, n, fn):
    rng = E.seeded("kind:" + kind)
    cx = E.Ctx(REG, rng)
    made = 0
    tries = 0
    why = collections.Counter()
    while made < n:
        tries += 1
        if tries > n * 40:
            raise SystemExit("kind %s: too many retries" % kind)
        try:
            try:
                out = fn(cx)
            except KeyError:
                raise Retry("focal not in a record")
            if out is None:
                continue
            ra, pa, rb, pb, desc = out
            PAIRS.append(emit(kind, same, ra, pa, rb, pb, desc))
            made += 1
        except Retry as e:
            why[str(e.args[0])[:50]] += 1
            continue
    STATS[kind] = (tries, why.most_common(3))


# ============================================================================ same-person kinds
def base_same(cx, pred=adult, comm=None, reg_lo=2021, exact=None, shapes=None):
    """A household, the focal person in it, record a (earlier) and record b (now, same household)."""
    rng = cx.rng
    comm = comm or E.pick_comm(rng)
    hs = shapes(cx, comm) if shapes else shape_any(cx, comm)
    p, rel = pick_member(rng, hs, pred)
    if p is None:
        raise Retry("no focal")
    if exact is not None:
        p.dob_known = exact
    sa, sb = both_lat(rng)
    lo = max(reg_lo, p.dob.year + 2)
    if lo > 2026:
        raise Retry("too young")
    ra = E.make_rec(cx, hs, reg_date(rng, lo), sa)
    rb = E.make_rec(cx, hs, TODAY, sb, same_as=ra, omit=omit_some(rng, hs, {p}))
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    return hs, p, ra, rb, va, vb


def pick_side(rng, va, vb, p_b=0.6):
    return vb if rng.random() < p_b else va


def k_translit(cx):
    rng = cx.rng
    hs, p, ra, rb, va, vb = base_same(cx, pred=lambda p, r: p.age() >= 14)
    d = [v_translit(rng, pick_side(rng, va, vb))]
    if rng.random() < 0.3:
        d.append(v_translit(rng, pick_side(rng, va, vb)))
    d = [x for x in d if x]
    if not d or va.name.latin() == vb.name.latin():
        raise Retry("no variant")
    d += add_secondaries(rng, va, vb, rb, exclude=("translit", "typo"))
    return ra, p, rb, p, "same person, spelling by ear: " + ", ".join(d)


def k_official(cx):
    rng = cx.rng
    comm = E.pick_comm(rng)
    g = rng.choice("MF")
    hs = shape_any(cx, comm)
    p, rel = pick_member(rng, hs, lambda p, r: p.age() >= 18 and p.gender == g)
    if p is None:
        raise Retry("no focal")
    pool = [n for n in E.given_pool(comm, g, p.dob.year) if any(E.official_options(t) for t in E.parse_given(n)[0])]
    if not pool:
        raise Retry("no pool")
    given = rng.choice(pool)
    toks, joinable, dj = E.parse_given(given)
    p.name.given, p.name.joinable, p.name.spell = toks, joinable, {}
    if len(toks) > 1 and p.name.mid:
        p.name.mid = []
    if any(m is not p and m.name.given == toks for m, _ in hs.members) or p.father.given == toks:
        raise Retry("name clash")
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs, reg_date(rng), sa)
    rb = E.make_rec(cx, hs, TODAY, sb, same_as=ra)
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    d = [v_official(rng, pick_side(rng, va, vb))]
    if not d[0]:
        raise Retry("no official")
    d += add_secondaries(rng, va, vb, rb, exclude=("translit",), weights=(55, 35, 10))
    return ra, p, rb, p, "same person, official spelling variant: " + ", ".join(d)


def compound_pool(comm, g, by=None):
    out = []
    for n in (E.given_pool(comm, g, by) if by else E.COMM[comm][g] + T.ELDER[comm][g]):
        toks, joinable, dj = E.parse_given(n)
        if len(toks) > 1 and joinable and n not in out:
            out.append(n)
    return out


def k_joined(cx):
    rng = cx.rng
    for _ in range(20):
        comm = E.pick_comm(rng)
        g = rng.choice("MMF")
        pool = compound_pool(comm, g)
        if pool:
            break
    hs = shape_any(cx, comm)
    p, rel = pick_member(rng, hs, lambda p, r: p.age() >= 18 and p.gender == g)
    if p is None:
        raise Retry("no focal")
    pool = compound_pool(comm, g, p.dob.year)
    if not pool:
        raise Retry("no compound pool")
    given = E.zipf_choice(rng, pool, 3)
    toks, joinable, dj = E.parse_given(given)
    p.name.given, p.name.joinable, p.name.spell = toks, True, {}
    p.name.join = "joined" if dj else "split"
    if any(m is not p and m.name.given == toks for m, _ in hs.members) or p.father.given == toks:
        raise Retry("name clash")
    if p.name.mid and toks[-1] in ("Kumar", "Lal", "Prasad", "Chand", "Nath"):
        p.name.mid = []
    p.name.pre = None
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs, reg_date(rng), sa)
    rb = E.make_rec(cx, hs, TODAY, sb, same_as=ra)
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    d = [v_join(rng, pick_side(rng, va, vb))]
    d += add_secondaries(rng, va, vb, rb, exclude=())
    return ra, p, rb, p, "same person, joined/split name: " + ", ".join(x for x in d if x)


def k_marker(cx):
    rng = cx.rng
    hs, p, ra, rb, va, vb = base_same(cx, pred=lambda p, r: p.age() >= 10)
    d = v_marker(rng, pick_side(rng, va, vb, 0.5))
    if not d:
        raise Retry("no marker")
    ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("marker",))
    return ra, p, rb, p, "same person, marker/honorific on one side only: " + ", ".join(ds)


def k_initials(cx):
    rng = cx.rng
    comm = rng.choices(["north", "punjabi", "bengali", "bihari", "south", "uttarakhand"],
                       weights=[30, 15, 15, 10, 15, 5])[0]
    hs = shape_any(cx, comm)
    p, rel = pick_member(rng, hs, lambda p, r: p.age() >= 20 and p.gender == "M")
    if p is None:
        raise Retry("no focal")
    n = p.name
    if comm == "south":
        if not n.init:
            n.init = p.father.given[0][0]
    else:
        if not n.sur:
            n.sur = hs.fam_sur if hs.fam_sur and hs.fam_sur != "Singh" else None
        if not n.sur:
            raise Retry("no surname")
        if len(n.given) == 1 and not n.mid and rng.random() < 0.7:
            n.mid = [rng.choice(["Kumar", "Kumar", "Chand", "Prakash"] if comm != "uttarakhand" else ["Singh"])]
    n.pre = None
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs, reg_date(rng), sa)
    rb = E.make_rec(cx, hs, TODAY, sb, same_as=ra)
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    d = v_initials(rng, pick_side(rng, va, vb))
    if not d:
        raise Retry("no initials")
    ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("middle", "surname", "typo"), weights=(60, 35, 5))
    return ra, p, rb, p, "same person, initials: " + ", ".join(ds)


def k_middle(cx):
    rng = cx.rng
    comm = rng.choices(["north", "bihari", "uttarakhand", "bengali", "rajasthani", "punjabi", "muslim"],
                       weights=[25, 20, 12, 10, 8, 8, 10])[0]
    hs = shape_any(cx, comm)
    p, rel = pick_member(rng, hs, lambda p, r: p.age() >= 18 and p.gender == "M" and len(p.name.given) == 1)
    if p is None:
        raise Retry("no focal")
    if not p.name.sur and hs.fam_sur and hs.fam_sur != "Singh":
        p.name.sur = hs.fam_sur
    if not p.name.sur:
        raise Retry("no sur")
    if not p.name.mid and rng.random() < 0.6 and comm in MID_ADD:
        p.name.mid = [rng.choice([m for m in MID_ADD[comm] if p.dob.year < 1980 or m not in ("Lal", "Chand",
                                                                                             "Prasad", "Nath")]
                                 or ["Kumar"])]
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs, reg_date(rng), sa)
    rb = E.make_rec(cx, hs, TODAY, sb, same_as=ra)
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    d = v_middle(rng, pick_side(rng, va, vb, 0.5))
    if not d:
        raise Retry("no middle")
    ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("middle", "surname"))
    return ra, p, rb, p, "same person, middle name: " + ", ".join(ds)


def k_surname(cx):
    rng = cx.rng
    comm = rng.choices(["north", "bihari", "sikh", "punjabi", "bengali", "uttarakhand", "rajasthani", "muslim",
                        "south"], weights=[22, 14, 14, 8, 8, 8, 6, 14, 4])[0]
    hs = shape_any(cx, comm)
    p, rel = pick_member(rng, hs, lambda p, r: p.age() >= 16)
    if p is None or not hs.fam_sur:
        raise Retry("no focal")
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs, reg_date(rng), sa)
    rb = E.make_rec(cx, hs, TODAY, sb, same_as=ra)
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    d = v_surname(rng, pick_side(rng, va, vb, 0.5))
    if not d:
        raise Retry("no surname change")
    ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("surname", "middle"))
    return ra, p, rb, p, "same person, surname on one side only: " + ", ".join(ds)


def k_order(cx):
    rng = cx.rng
    hs, p, ra, rb, va, vb = base_same(cx, pred=lambda p, r: p.age() >= 18 and p.name.sur is not None)
    d = v_order(rng, pick_side(rng, va, vb))
    if not d:
        raise Retry("no order")
    ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("surname",), weights=(55, 35, 10))
    return ra, p, rb, p, "same person, word order: " + ", ".join(ds)


def k_typo(cx):
    rng = cx.rng
    hs, p, ra, rb, va, vb = base_same(cx, pred=lambda p, r: p.age() >= 5)
    v = pick_side(rng, va, vb, 0.7)
    d = [v_typo(rng, v)]
    if not d[0]:
        raise Retry("no typo")
    if rng.random() < 0.15:
        d.append(v_typo(rng, v, where="fh"))
    d += add_secondaries(rng, va, vb, rb, exclude=("typo", "fh_typo", "translit"), weights=(50, 40, 10))
    return ra, p, rb, p, "same person, keyboard slip: " + ", ".join(x for x in d if x)


def k_devanagari(cx):
    rng = cx.rng
    comm = rng.choices(["north", "bihari", "rajasthani", "uttarakhand", "muslim", "punjabi", "sikh"],
                       weights=[30, 25, 10, 8, 15, 4, 4])[0]
    hs = shape_any(cx, comm)
    p, rel = pick_member(rng, hs, lambda p, r: p.age() >= 14)
    if p is None:
        raise Retry("no focal")
    mode = rng.choices(["a_lat_b_dev", "a_dev_b_lat", "a_hi_b_dev", "a_lat_b_hi"], weights=[45, 30, 15, 10])[0]
    sa, sb = {"a_lat_b_dev": ("lat", "dev"), "a_dev_b_lat": ("dev", "lat"), "a_hi_b_dev": ("lat_hi", "dev"),
              "a_lat_b_hi": ("lat", "lat_hi")}[mode]
    ra = E.make_rec(cx, hs, reg_date(rng), style(sa))
    rb = E.make_rec(cx, hs, TODAY, style(sb), same_as=ra)
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    d = ["%s on a, %s on b" % ({"lat": "Latin", "dev": "Devanagari", "lat_hi": "Latin + name_hi"}[sa],
                               {"lat": "Latin", "dev": "Devanagari", "lat_hi": "Latin + name_hi"}[sb])]
    if mode == "a_lat_b_hi":
        vb.hi_devstyle = E.random_devstyle(rng)
    vl = va if sa.startswith("lat") else vb
    if rng.random() < 0.45:
        x = v_translit(rng, vl)
        if x:
            d.append("Latin spelling " + x)
    if rng.random() < 0.25:
        x = v_marker(rng, rng.choice([va, vb]), allow=("drop", "add", "hon"))
        if x:
            d.append(x)
    d += add_secondaries(rng, va, vb, rb, exclude=("translit", "marker", "typo", "fh_typo"), weights=(60, 35, 5))
    return ra, p, rb, p, "same person, script: " + ", ".join(d)


def k_fh(cx):
    rng = cx.rng
    hs, p, ra, rb, va, vb = base_same(cx, pred=lambda p, r: p.gender == "F" and p.husband is not None and
                                      p.age() >= 20)
    if va.fh_kind == vb.fh_kind:
        d = v_fh_swap(rng, pick_side(rng, va, vb, 0.5))
    else:
        d = "father's name on one record, husband's on the other"
    if not d:
        raise Retry("no fh")
    ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("fh_typo",))
    return ra, p, rb, p, "same married woman, father's vs husband's name: " + ", ".join(ds)


def k_age_told(cx):
    rng = cx.rng
    older = rng.random() < 0.55
    pred = (lambda p, r: p.age() >= 55) if older else (lambda p, r: p.age() < 14) if rng.random() < 0.35 \
        else (lambda p, r: 18 <= p.age() < 55)
    hs, p, ra, rb, va, vb = base_same(cx, pred=pred, exact="exact")
    if rng.random() < 0.2:
        # the earlier record has the Aadhaar "year of birth only" form
        va.dob = dt.date(p.dob.year, 1, 1)
    which = rng.random()
    if which < 0.6:
        d = v_age_told(rng, vb, TODAY, strong=True)
    else:
        d = v_age_told(rng, va, ra.reg, strong=True)
    ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("age_told", "dayoff"))
    return ra, p, rb, p, "same person, age told instead of the date: " + ", ".join(ds)


def date_kind(op, label):
    def k(cx):
        rng = cx.rng
        hs, p, ra, rb, va, vb = base_same(cx, pred=lambda p, r: p.age() >= 1, exact="exact")
        if op is v_daymonth and p.dob.day > 12:
            d0 = p.dob
            day = rng.randint(1, 12)
            if day == d0.month:
                day = (day % 12) + 1
            p.dob = d0.replace(day=day)
            va.dob = vb.dob = p.dob
        v = pick_side(rng, va, vb, 0.6)
        d = op(rng, v)
        if not d:
            raise Retry("no date op")
        ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("age_told", "dayoff"))
        return ra, p, rb, p, "same person, %s: " % label + ", ".join(ds)
    return k


def k_mobile(cx):
    rng = cx.rng
    hs, p, ra, rb, va, vb = base_same(cx, pred=lambda p, r: p.age() >= 18 and p.mobile is not None)
    va.mobile = p.mobile
    d = v_mobile(rng, rb, vb)
    ds = [d] + add_secondaries(rng, va, vb, rb, exclude=("mobile",))
    return ra, p, rb, p, "same person, phone: " + ", ".join(ds)


def moved_house(cx, hs, rng):
    nh = hs.copy()
    nh.loc = E.pick_locality(rng, hs.comm, exclude=hs.loc[0])
    nh.h = rng.randint(1, 800)
    nh.g = rng.randint(1, 30)
    nh.blk = rng.choice("ABCDEFGHJKLM")
    nh.bn = rng.choice([str(rng.randint(1, 40)), rng.choice("ABCDEFGHJKLMNPQ")])
    nh.floor = rng.choice([None, None] + T.FLOORS)
    nh.members = list(hs.members)
    return nh


def k_moved(cx):
    rng = cx.rng
    comm = E.pick_comm(rng)
    hs = shape_any(cx, comm)
    p, rel = pick_member(rng, hs, lambda p, r: p.age() >= 10)
    if p is None:
        raise Retry("no focal")
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs, reg_date(rng, 2019), sa)
    nh = moved_house(cx, hs, rng)
    if rng.random() < 0.4:
        nh.mobile = REG.new_mobile(rng)
    rb = E.make_rec(cx, nh, TODAY, sb, omit=omit_some(rng, nh, {p}))
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    ds = ["moved from %s to %s" % (hs.loc[0], nh.loc[0])] + add_secondaries(rng, va, vb, rb)
    return ra, p, rb, p, "same person, new address: " + ", ".join(ds)


def k_gender(cx):
    rng = cx.rng
    comm = rng.choice(["sikh", "sikh", "north", "punjabi", "muslim", "bihari"])
    g = rng.choice("MF")
    pool = [n for n in T.UNISEX if ("Singh" if False else True) and
            (n in E.COMM[comm][g] or n in T.ELDER[comm][g] or n in T.KIDS[comm][g])]
    if not pool:
        pool = None
    hs = shape_any(cx, comm)
    p, rel = pick_member(rng, hs, lambda p, r: p.gender == g and p.age() >= 5)
    if p is None:
        raise Retry("no focal")
    if pool and rng.random() < 0.8:
        p.name.given = [rng.choice(pool)]
        p.name.join = "split"
        if any(m is not p and m.name.given == p.name.given for m, _ in hs.members):
            raise Retry("name clash")
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs, reg_date(rng), sa)
    rb = E.make_rec(cx, hs, TODAY, sb, same_as=ra)
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    ds = [v_gender(rng, pick_side(rng, va, vb, 0.7))] + add_secondaries(rng, va, vb, rb, weights=(60, 40, 0))
    return ra, p, rb, p, "same person, gender field mis-keyed: " + ", ".join(ds)


# ----------------------------------------------------------------------------- kinds that change the household
def son_household(cx, comm, parent, loc_exclude=None, via_daughter=False, avoid=()):
    """The household of a grown child of `parent`, which `parent` has now moved into."""
    rng = cx.rng
    loc = E.pick_locality(rng, comm, exclude=loc_exclude)
    if parent.gender == "M":
        fname = parent.name
    else:
        fname = parent.husband_name() or E.elder_name(rng, comm, parent.dob.year - 4, parent.fam_sur)
    child_age = rng.randint(max(24, parent.age() - 42), min(55, parent.age() - 20))
    hs = E.new_house(cx, comm, loc, parent.fam_sur)
    if not via_daughter:
        head, wife = E.mk_couple(cx, comm, child_age, parent.fam_sur)
        head.father, head.father_late = fname.copy(), parent.gender == "F"
        for _ in range(10):
            if head.name.given != fname.given and head.name.given not in avoid:
                break
            head.name = E.compose(rng, comm, "M", head.dob.year, True, parent.fam_sur)
        for _ in range(10):
            if wife.name.given not in avoid and wife.name.given != parent.name.given:
                break
            wife.name = E.compose(rng, comm, "F", wife.dob.year, True, wife.fam_sur)
        E.add(hs, head, "head", "head")
        E.add(hs, wife, "spouse", "wife")
        rel = "mother" if parent.gender == "F" else "father"
        E.add(hs, parent, rel, "parent")
        E.add_kids(cx, hs, head, wife, rng.choice([0, 1, 2, 2, 3]))
    else:
        other_sur = E.fam_surname(rng, comm)
        hs.fam_sur = other_sur
        head, wife = E.mk_couple(cx, comm, child_age + rng.randint(0, 5), other_sur, wife_age=child_age)
        wife.father, wife.father_late = fname.copy(), parent.gender == "F"
        for _ in range(10):
            if wife.name.given not in avoid and wife.name.given != parent.name.given:
                break
            wife.name = E.compose(rng, comm, "F", wife.dob.year, True, other_sur)
        E.add(hs, head, "head", "head")
        E.add(hs, wife, "spouse", "wife")
        rel = "mother_in_law" if parent.gender == "F" else "father_in_law"
        E.add(hs, parent, rel, "parent")
        E.add_kids(cx, hs, head, wife, rng.choice([0, 1, 2, 2]))
    E.set_house_mobile(cx, hs)
    return hs, rel


def k_moved_to_child(cx):
    rng = cx.rng
    comm = E.pick_comm(rng)
    g = rng.choice("FFM")
    age = rng.randint(63, 86)
    a_date = reg_date(rng, 2018, dt.date(2025, 6, 30))
    # before: the elderly person's own household (alone, with the spouse, or with an unmarried child)
    hs = E.new_house(cx, comm)
    widowed_since = rng.random() < 0.45
    if g == "F":
        p = cx.person(comm, "F", age=age, marital="widowed", fam_sur=hs.fam_sur)
        husband = cx.person(comm, "M", age=age + rng.randint(1, 6), marital="married", fam_sur=hs.fam_sur)
        p.husband = husband
        p.husband_late = True
        if widowed_since:
            E.add(hs, husband, "head", "head")
            E.add(hs, p, "spouse", "wife")
            if not husband.mobile:
                husband.mobile = REG.new_mobile(rng)
        else:
            E.add(hs, p, "head", "head")
            p.mobile = p.mobile or REG.new_mobile(rng)
    else:
        p = cx.person(comm, "M", age=age, marital="widowed", fam_sur=hs.fam_sur)
        p.mobile = p.mobile or REG.new_mobile(rng)
        E.add(hs, p, "head", "head")
        if widowed_since:
            w = cx.person(comm, "F", age=age - rng.randint(2, 7), marital="married", fam_sur=hs.fam_sur)
            w.husband = p
            E.add(hs, w, "spouse", "wife")
            p.marital = "married"
    if rng.random() < 0.3:
        E.add_kids(cx, hs, p if g == "M" else None, p if g == "F" else None, 1, min_age=22, max_age=40)
    E.set_house_mobile(cx, hs)
    ra = E.make_rec(cx, hs, a_date, style("lat" if rng.random() < 0.92 else "lat_hi"))
    va = ra.view_of(p)
    if widowed_since and g == "F":
        va.marital = "married"
    if widowed_since and g == "M":
        va.marital = "married"
        p.marital = "widowed"
    # now: in the son's or daughter's family
    via_daughter = rng.random() < 0.3
    hb, rel = son_household(cx, comm, p, loc_exclude=hs.loc[0] if rng.random() < 0.8 else None,
                            via_daughter=via_daughter, avoid=[m.name.given for m, _ in hs.members])
    if rng.random() < 0.5:
        p.mobile = None
    rb = E.make_rec(cx, hb, TODAY, style("lat" if rng.random() < 0.92 else "lat_hi"))
    vb = rb.view_of(p)
    vb.marital = "widowed"
    set_focal_aadhaar(rng, va, vb, True)
    d = ["%s now lives in the %s's family (relation %s)" % ("she" if g == "F" else "he",
                                                            "daughter" if via_daughter else "son", rel)]
    if widowed_since:
        d.append("widowed since the first record")
    if p.dob_known == "exact" and rng.random() < 0.5:
        d.append(v_age_told(rng, vb, TODAY, strong=True))
    d += add_secondaries(rng, va, vb, rb, exclude=("mobile", "age_told", "dayoff"), weights=(45, 40, 15))
    return ra, p, rb, p, "same person, moved in with a child: " + ", ".join(d)


def k_years_later(cx):
    rng = cx.rng
    comm = E.pick_comm(rng)
    hs = shape_any(cx, comm)
    a_date = reg_date(rng, 2016, dt.date(2021, 12, 31))
    p, rel = pick_member(rng, hs, lambda p, r: p.dob < a_date - dt.timedelta(days=365 * 3))
    if p is None:
        raise Retry("no focal")
    # someone who was in the household then and has died since (a grandparent)
    if rng.random() < 0.35 and len(hs.members) < 6:
        head = hs.members[0][0]
        if head.gender == "M" and head.age() < 58:
            gp = cx.person(comm, "M", age=head.age() + rng.randint(24, 32), marital="married",
                           fam_sur=hs.fam_sur, name=head.father.copy())
            ra_members = list(hs.members) + [(gp, "father")]
        else:
            ra_members = None
    else:
        ra_members = None
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs, a_date, sa, members=ra_members)
    if ra_members:
        # the grandparent was alive then: nobody's "Late" yet
        pass
    nh = hs
    d = ["first registered in %d" % a_date.year]
    if rng.random() < 0.35:
        nh = moved_house(cx, hs, rng)
        d.append("moved to %s" % nh.loc[0])
    if rng.random() < 0.6:
        nh.mobile = REG.new_mobile(rng)
        if p.mobile and rng.random() < 0.6:
            p.mobile = nh.mobile if p is hs.members[0][0] else REG.new_mobile(rng)
        d.append("new phone")
    rb = E.make_rec(cx, nh, TODAY, sb)
    va, vb = ra.view_of(p), rb.view_of(p)
    set_focal_aadhaar(rng, va, vb, True)
    d += add_secondaries(rng, va, vb, rb, exclude=("mobile",), weights=(35, 45, 20))
    return ra, p, rb, p, "same person, registered again years later: " + ", ".join(d)


def k_marriage(cx):
    rng = cx.rng
    comm = rng.choices(["north", "bihari", "sikh", "punjabi", "bengali", "uttarakhand", "rajasthani", "muslim",
                        "south"], weights=[25, 20, 10, 8, 8, 7, 6, 12, 4])[0]
    a_date = reg_date(rng, 2016, dt.date(2023, 12, 31))
    age_then = rng.randint(17, 24)
    age_now = age_then + (TODAY.year - a_date.year)
    if age_now < 19 or age_now > 34:
        raise Retry("age")
    parents = E.shape_nuclear(cx, comm, head_age=age_now + rng.randint(22, 32), n_kids=0)
    head, wife = parents.members[0][0], parents.members[1][0]
    if wife.age() - age_now < 19:
        raise Retry("mother too young")
    d = E.dob_for_age(rng, age_now)
    p = cx.person(comm, "F", dob=d, fam_sur=parents.fam_sur, father=head.name.copy(), father_late=False)
    if parents.fam_sur and p.name.sur is None and p.name.marker is None and comm not in ("muslim", "south") \
            and rng.random() < 0.7:
        p.name.sur = parents.fam_sur
    if comm == "sikh":
        p.name.marker = "Kaur"
    E.add(parents, p, "daughter", "kid")
    E.add_kids(cx, parents, head, wife, rng.choice([0, 1, 2]), max_age=age_now - 2)
    sa = style("lat" if rng.random() < 0.93 else "lat_hi")
    ra = E.make_rec(cx, parents, a_date, sa)
    va = ra.view_of(p)
    va.marital = "never_married"
    # now married: the husband's household
    other_sur = E.fam_surname(rng, comm)
    hb = E.new_house(cx, comm, E.pick_locality(rng, comm, exclude=parents.loc[0]), other_sur)
    husband = cx.person(comm, "M", age=age_now + rng.randint(1, 6), marital="married", fam_sur=other_sur,
                        avoid=[head.name.given])
    husband.mobile = husband.mobile or REG.new_mobile(rng)
    E.add(hb, husband, "head" if rng.random() < 0.5 else "son", "head")
    new_name = p.name.copy()
    ch = []
    if comm in ("muslim",):
        if new_name.sur:
            new_name.sur = None if rng.random() < 0.5 else other_sur
        else:
            new_name.marker = rng.choice(["Begum", "Khatoon", "Bano"])
    elif comm == "south":
        new_name.init = husband.name.given[0][0] if rng.random() < 0.6 else None
        new_name.sur = None
    elif comm == "sikh":
        new_name.sur = other_sur if rng.random() < 0.7 else None
    else:
        r = rng.random()
        new_name.marker = None
        if comm in ("north", "bihari", "rajasthani", "uttarakhand") and r < 0.45:
            new_name.marker = "Devi"
            new_name.sur = None if rng.random() < 0.7 else other_sur
        else:
            new_name.sur = other_sur
    if new_name.latin() == p.name.latin():
        new_name.sur = other_sur if new_name.sur != other_sur else None
    p.husband = husband
    p.marital = "married"
    p.fam_sur = other_sur
    if hb.members[0][1] == "son":
        # the couple lives with his parents: his father is the head
        fil = cx.person(comm, "M", age=husband.age() + rng.randint(24, 32), marital="married", fam_sur=other_sur,
                        name=husband.father.copy())
        husband.father_late = False
        mil = cx.person(comm, "F", age=fil.age() - rng.randint(1, 6), marital="married", fam_sur=other_sur)
        mil.husband = fil
        hb.members = [(fil, "head"), (mil, "spouse"), (husband, "son")]
        E.add(hb, p, "daughter_in_law", "dil")
    else:
        E.add(hb, p, "spouse", "wife")
    if rng.random() < 0.5:
        E.add_kids(cx, hb, husband, p, 1, max_age=max(0, min(4, age_now - 20)), rel_of_head=(
            ("son", "daughter") if hb.members[0][1] == "head" and hb.members[0][0] is husband else
            ("grandchild", "grandchild")))
    E.set_house_mobile(cx, hb)
    if rng.random() < 0.5:
        p.mobile = REG.new_mobile(rng)
    rb = E.make_rec(cx, hb, TODAY, style("lat" if rng.random() < 0.95 else "lat_hi"))
    vb = rb.view_of(p)
    vb.name = new_name
    vb.fh_kind, vb.fh = "husband", husband.name.copy()
    if rng.random() < 0.3:
        vb.fh.sur = None
    set_focal_aadhaar(rng, va, vb, True)
    d = ["name after marriage", "registered %d in her parents' family, now in her husband's" % a_date.year]
    if p.dob_known == "told" or rng.random() < 0.2:
        d.append(v_age_told(rng, vb, TODAY, strong=False))
    d += add_secondaries(rng, va, vb, rb, exclude=("surname", "mobile", "middle", "age_told", "dayoff"),
                         weights=(55, 35, 10))
    return ra, p, rb, p, "same woman, surname change after marriage: " + ", ".join(d)


SAME_KINDS = [
    ("translit", k_translit, 60),
    ("official_variant", k_official, 30),
    ("joined_split", k_joined, 32),
    ("marker_honorific", k_marker, 44),
    ("initials", k_initials, 30),
    ("middle_name", k_middle, 30),
    ("surname_added_dropped", k_surname, 32),
    ("word_order", k_order, 24),
    ("typo", k_typo, 50),
    ("devanagari_latin", k_devanagari, 64),
    ("father_vs_husband", k_fh, 36),
    ("marriage_surname", k_marriage, 32),
    ("age_told", k_age_told, 50),
    ("year_digit_slip", date_kind(v_year_slip, "year digit slip"), 26),
    ("day_month_swap", date_kind(v_daymonth, "day and month swapped"), 26),
    ("date_off_by_day", date_kind(v_dayoff, "date typed wrong by a day"), 26),
    ("mobile_changed", k_mobile, 30),
    ("moved_locality", k_moved, 32),
    ("moved_to_child", k_moved_to_child, 36),
    ("years_later", k_years_later, 36),
    ("gender_mis_keyed", k_gender, 12),
]


# ============================================================================ look-alike (different people) kinds
def house_around(cx, head, loc=None, like=None, n_kids=None, wife=True, avoid=()):
    """A household whose head is the given person (with a wife and children if married)."""
    rng = cx.rng
    hs = E.new_house(cx, head.comm, loc, head.fam_sur)
    if like is not None:
        hs.loc, hs.h, hs.g, hs.blk, hs.bn, hs.gname = like.loc, like.h, like.g, like.blk, like.bn, like.gname
        hs.floor = rng.choice([f for f in T.FLOORS if f != like.floor])
    E.add(hs, head, "head", "head")
    if head.gender == "M" and head.marital == "married" and wife:
        w = cx.person(head.comm, "F", age=max(19, head.age() - rng.choice([0, 1, 2, 3, 4, 5, 6])),
                      marital="married", fam_sur=hs.fam_sur if rng.random() < 0.9 else None,
                      avoid=[head.name.given])
        w.father = E.elder_name(rng, head.comm, w.dob.year - rng.randint(24, 34),
                                E.fam_surname(rng, head.comm) if rng.random() < 0.5 else None)
        w.husband = head
        E.add(hs, w, "spouse", "wife")
        n = n_kids if n_kids is not None else rng.choices([0, 1, 2, 3], weights=[2, 3, 4, 2])[0]
        E.add_kids(cx, hs, head, w, n, avoid=avoid)
    if not head.mobile:
        head.mobile = REG.new_mobile(rng)
    E.set_house_mobile(cx, hs)
    return hs


def woman_house(cx, comm, age, name, loc=None, husband_name=None, widow=None, fam_sur=None):
    """A household in which a married (or widowed) woman of the given name lives with her husband's family."""
    rng = cx.rng
    widow = (rng.random() < (0.1 if age < 50 else 0.45)) if widow is None else widow
    hs = E.new_house(cx, comm, loc, fam_sur if fam_sur is not None else name.sur)
    if widow:
        p = cx.person(comm, "F", age=age, marital="widowed", fam_sur=hs.fam_sur, name=name)
        p.husband = husband_name or E.compose(rng, comm, "M", p.dob.year - 4, True, hs.fam_sur)
        p.husband_late = True
        p.mobile = p.mobile or REG.new_mobile(rng)
        E.add(hs, p, "head", "head")
        E.add_kids(cx, hs, None, p, rng.choice([1, 2, 2, 3]))
    else:
        h = cx.person(comm, "M", age=age + rng.choice([0, 1, 2, 3, 4, 5, 7]), marital="married",
                      fam_sur=hs.fam_sur, name=husband_name.copy() if husband_name else None)
        h.mobile = h.mobile or REG.new_mobile(rng)
        p = cx.person(comm, "F", age=age, marital="married", fam_sur=hs.fam_sur, name=name)
        p.husband = h
        E.add(hs, h, "head", "head")
        E.add(hs, p, "spouse", "wife")
        E.add_kids(cx, hs, h, p, rng.choices([0, 1, 2, 3], weights=[1, 3, 4, 2])[0])
    E.set_house_mobile(cx, hs)
    return hs, p


def diff_noise(rng, va, vb, rb, exclude=()):
    return add_secondaries(rng, va, vb, rb, exclude=tuple(exclude) + ("fh_typo",), weights=(50, 38, 12))


def two_recs_same_house(cx, hs, p1, p2, omit_a=None, omit_b=None):
    rng = cx.rng
    sa, sb = both_lat(rng)
    lo = max(2021, max(p1.dob.year, p2.dob.year) + 2)
    if lo > 2026:
        raise Retry("too young")
    ra = E.make_rec(cx, hs, reg_date(rng, lo), sa, omit=omit_a)
    rb = E.make_rec(cx, hs, TODAY, sb, same_as=ra, omit=omit_b)
    va, vb = ra.view_of(p1), rb.view_of(p2)
    set_focal_aadhaar(rng, va, vb, False)
    strip_shared_aadhaar(ra, rb)
    return ra, rb, va, vb


def mirror_pattern(src, dst, g_dst):
    """Make dst's name follow src's pattern (same markers, middle word, surname) but keep dst's given."""
    dst.mid = list(src.mid)
    dst.sur = src.sur
    dst.pre = src.pre
    dst.pre_form = src.pre_form
    dst.init = src.init
    m = src.marker
    if m and g_dst == "F":
        m = {"Singh": "Kaur", "Kumar": "Kumari"}.get(m, m)
    if m and g_dst == "M":
        m = {"Kaur": "Singh", "Kumari": None, "Devi": None, "Begum": None, "Khatoon": None, "Bano": None}.get(m, m)
    dst.marker = m
    if g_dst == "F" and dst.mid == ["Kumar"]:
        dst.mid = []
        dst.marker = "Kumari"
    if g_dst == "F" and dst.pre:
        dst.pre = None


def k_twins(cx):
    rng = cx.rng
    comm, g, n1, n2 = rng.choice(T.TWIN_NAMES)
    scen = rng.choices(["kids", "young", "adult_split"], weights=[50, 20, 30])[0]
    g1, g2 = (g, g) if g != "X" else ("M", "F")
    if rng.random() < 0.5:
        n1, n2, g1, g2 = n2, n1, g2, g1
    if scen == "adult_split":
        age = rng.randint(24, 44)
    elif scen == "young":
        age = rng.randint(18, 26)
    else:
        age = rng.randint(1, 17)
    dob = E.dob_for_age(rng, age)
    known = rng.choices(["exact", "yob", "told"], weights=[70, 10, 20] if age < 18 else [50, 20, 30])[0]
    if scen != "adult_split":
        hs = E.shape_nuclear(cx, comm, head_age=age + rng.randint(23, 36), n_kids=rng.choice([0, 0, 1]))
        head, wife = hs.members[0][0], hs.members[1][0]
        if wife.age() - age < 19:
            raise Retry("mother too young")
        t1 = cx.person(comm, g1, dob=dob, fam_sur=hs.fam_sur, father=head.name.copy(), father_late=False, given=n1)
        t2 = cx.person(comm, g2, dob=dob, fam_sur=hs.fam_sur, father=head.name.copy(), father_late=False, given=n2)
        mirror_pattern(t1.name, t2.name, g2)
        if any(m.name.given in (t1.name.given, t2.name.given) for m, _ in hs.members):
            raise Retry("twin named like a parent")
        t1.dob_known = t2.dob_known = known
        for t in (t1, t2):
            t.occupation, t.cdays = E.occupation_for(rng, t.gender, age)
            E.add(hs, t, "son" if t.gender == "M" else "daughter", "kid")
        E.set_house_mobile(cx, hs)
        omit_a = {t2} if rng.random() < 0.25 else None
        omit_b = {t1} if rng.random() < 0.2 else None
        ra, rb, va, vb = two_recs_same_house(cx, hs, t1, t2, omit_a, omit_b)
        if known == "told":
            for r in (ra, rb):
                vs = [v for v in r.views if v.p in (t1, t2)]
                for v in vs[1:]:
                    v.date_mode, v.age, v.dob = vs[0].date_mode, vs[0].age, vs[0].dob
        d = "twins %s/%s, same date of birth, father, address and phone; b re-registers the same household" % (
            n1, n2)
    else:
        father = E.elder_name(rng, comm, dob.year - rng.randint(24, 34), None)
        fam_sur = E.fam_surname(rng, comm)
        t1 = cx.person(comm, g1, dob=dob, marital="married", fam_sur=fam_sur, father=father, given=n1)
        t2 = cx.person(comm, g2, dob=dob, marital="married", fam_sur=fam_sur, father=father.copy(), given=n2,
                       father_late=t1.father_late)
        mirror_pattern(t1.name, t2.name, g2)
        if g2 == "F" or g1 == "F":
            raise Retry("adult split twins: brothers only")
        t1.dob_known = t2.dob_known = known
        hs1 = house_around(cx, t1, avoid=[t2.name.given])
        hs2 = house_around(cx, t2, like=hs1 if rng.random() < 0.6 else None,
                           loc=hs1.loc if rng.random() < 0.8 else None, avoid=[t1.name.given])
        shared = rng.random() < 0.45
        if shared:
            hs2.mobile = hs1.mobile
        sa, sb = both_lat(rng)
        ra = E.make_rec(cx, hs1, reg_date(rng), sa)
        rb = E.make_rec(cx, hs2, TODAY, sb)
        va, vb = ra.view_of(t1), rb.view_of(t2)
        if known == "told":
            vb.date_mode, vb.age = "age", E.age_on(dob, TODAY) + rng.choice([0, 0, 1, -1])
        set_focal_aadhaar(rng, va, vb, False)
        strip_shared_aadhaar(ra, rb)
        d = "twin brothers %s/%s with families of their own, same date of birth and father%s" % (
            n1, n2, ", same family phone" if shared else "")
    ds = diff_noise(rng, va, vb, rb, exclude=("age_told", "dayoff", "mobile"))
    return ra, t1, rb, t2, "different people: " + d + ("; " + ", ".join(ds) if ds else "")


def both_era_pool(comm, g, by_old, by_young):
    pool = []
    for n in E.COMM[comm][g] + T.ELDER[comm][g]:
        if E._era_ok(n, by_old) and E._era_ok(n, by_young) and n not in pool:
            pool.append(n)
    return pool


def k_generation(cx):
    rng = cx.rng
    comm = rng.choices(["south", "muslim", "north", "bihari", "rajasthani", "sikh", "bengali", "uttarakhand"],
                       weights=[14, 26, 22, 12, 8, 8, 5, 5])[0]
    gf_age = rng.randint(64, 86)
    gs_age = rng.randint(16, min(28, gf_age - 44))
    pool = both_era_pool(comm, "M", TODAY.year - gf_age, TODAY.year - gs_age) or list(T.ELDER[comm]["M"])
    given = E.zipf_choice(rng, pool, 3)
    hs = E.new_house(cx, comm)
    widow = rng.random() < 0.3
    gf = cx.person(comm, "M", age=gf_age, marital="married" if not widow else "widowed", fam_sur=hs.fam_sur,
                   given=given)
    E.add(hs, gf, "head", "head")
    if not widow:
        gm = cx.person(comm, "F", age=gf_age - rng.randint(2, 7), marital="married", fam_sur=hs.fam_sur)
        gm.husband = gf
        E.add(hs, gm, "spouse", "wife")
    son_age = rng.randint(max(gs_age + 21, 36), min(gf_age - 21, gs_age + 34))
    son = cx.person(comm, "M", age=son_age, marital="married", fam_sur=hs.fam_sur, father=gf.name.copy(),
                    father_late=False, avoid=[gf.name.given, gf.father.given])
    E.add(hs, son, "son", "son")
    dil = cx.person(comm, "F", age=max(gs_age + 19, son_age - rng.randint(0, 6)), marital="married",
                    fam_sur=hs.fam_sur, avoid=[gf.name.given])
    dil.husband = son
    E.add(hs, dil, "daughter_in_law", "dil")
    gs = cx.person(comm, "M", age=gs_age, marital="never_married", fam_sur=hs.fam_sur, father=son.name.copy(),
                   father_late=False, name=gf.name.copy())
    if gs.name.init:
        gs.name.init = son.name.given[0][0]      # a Tamil initial comes from one's own father
    if rng.random() < 0.3:
        # the grandson's usual name carries the surname / Kumar where the grandfather's does not (or v.v.)
        if gs.name.sur and rng.random() < 0.5:
            gs.name.sur = None
        elif hs.fam_sur and not gs.name.sur:
            gs.name.sur = hs.fam_sur
    E.add(hs, gs, "grandchild", "grandkid")
    if gf.mobile is None:
        gf.mobile = REG.new_mobile(rng)
    E.add_kids(cx, hs, son, dil, rng.choice([0, 1]), max_age=max(0, gs_age - 2), rel_of_head=("grandchild",
                                                                                              "grandchild"))
    E.set_house_mobile(cx, hs)
    x, y = (gf, gs) if rng.random() < 0.5 else (gs, gf)
    if rng.random() < 0.75 or y is gf:
        ra, rb, va, vb = two_recs_same_house(cx, hs, x, y)
        d = "grandfather and grandson both '%s' in one joint family; b re-registers the household" % gf.name.latin()
    else:
        raise Retry("grandson leaving: handled below")
    ds = diff_noise(rng, va, vb, rb, exclude=("mobile",))
    return ra, x, rb, y, "different people: " + d + ("; " + ", ".join(ds) if ds else "")


def k_father_son(cx):
    rng = cx.rng
    comm = rng.choices(["muslim", "north", "bihari", "sikh", "rajasthani", "south", "punjabi", "uttarakhand"],
                       weights=[30, 24, 14, 10, 7, 6, 5, 4])[0]
    f_age = rng.randint(46, 74)
    s_age = f_age - rng.randint(24, 31)
    if s_age < 18:
        raise Retry("son too young")
    pool = both_era_pool(comm, "M", TODAY.year - f_age, TODAY.year - s_age)
    if not pool:
        raise Retry("no pool")
    given = E.zipf_choice(rng, pool, 3)
    hs = E.new_house(cx, comm)
    fa = cx.person(comm, "M", age=f_age, marital="married", fam_sur=hs.fam_sur, given=given)
    fa.mobile = fa.mobile or REG.new_mobile(rng)
    E.add(hs, fa, "head", "head")
    mo = cx.person(comm, "F", age=max(s_age + 19, f_age - rng.randint(1, 7)), marital="married",
                   fam_sur=hs.fam_sur)
    mo.husband = fa
    E.add(hs, mo, "spouse", "wife")
    married = s_age >= 24 and rng.random() < (0.5 if s_age < 28 else 0.92)
    so = cx.person(comm, "M", age=s_age, marital="married" if married else "never_married", fam_sur=hs.fam_sur,
                   father=fa.name.copy(), father_late=False, name=fa.name.copy())
    if so.name.init:
        so.name.init = fa.name.given[0][0]
    if rng.random() < 0.35:
        if so.name.sur and rng.random() < 0.5:
            so.name.sur = None
        elif so.name.mid:
            so.name.mid = []
        elif hs.fam_sur and not so.name.sur:
            so.name.sur = hs.fam_sur
    E.add(hs, so, "son", "son")
    if married:
        w = cx.person(comm, "F", age=max(19, s_age - rng.randint(0, 5)), marital="married", fam_sur=hs.fam_sur)
        w.husband = so
        E.add(hs, w, "daughter_in_law", "dil")
        E.add_kids(cx, hs, so, w, rng.choice([0, 1, 1, 2]), rel_of_head=("grandchild", "grandchild"))
    else:
        E.add_kids(cx, hs, fa, mo, rng.choice([0, 1]), min_age=max(0, s_age - 8), max_age=s_age - 2)
    E.set_house_mobile(cx, hs)
    x, y = (fa, so) if rng.random() < 0.5 else (so, fa)
    ra, rb, va, vb = two_recs_same_house(cx, hs, x, y)
    d = "father and son of one name ('%s' / '%s'), %d years apart, one household" % (
        fa.name.latin(), so.name.latin(), f_age - s_age)
    ds = diff_noise(rng, va, vb, rb, exclude=("mobile",))
    return ra, x, rb, y, "different people: " + d + ("; " + ", ".join(ds) if ds else "")


def name_from_full(comm, full, g):
    """'Sunita Devi' -> Name; 'Mohd Salim' -> pre + given; 'Mukesh Meena@s' -> surname."""
    toks = full.split()
    n = Name(given=[])
    if toks[0] == "Mohd":
        n.pre, n.pre_form = "Mohammad", "Mohd"
        toks = toks[1:]
    markers = {"Devi", "Kumari", "Kaur", "Singh", "Begum", "Khatoon", "Bano", "Bai", "Rani"}
    surs = set(s.replace("@s", "") for s in E.COMM[comm]["S"]) | set(E.MUSLIM_FAMSUR)
    rest = []
    for i, t in enumerate(toks):
        if i > 0 and t.replace("@s", "") in surs and i == len(toks) - 1 and t not in markers:
            n.sur = t.replace("@s", "")
        elif i > 0 and t in markers:
            n.marker = t
        elif i > 0 and t == "Kumar" and g == "M":
            n.mid = ["Kumar"]
        else:
            rest.append(t)
    n.given = rest
    if len(rest) > 1:
        n.join = "split"
    return n


SIMILAR_MEN = [("Ramesh", "Suresh"), ("Rakesh", "Rajesh"), ("Mukesh", "Mahesh"), ("Anil", "Sunil"),
               ("Dinesh", "Naresh"), ("Sanjay", "Ajay"), ("Vinod", "Pramod"), ("Manoj", "Santosh"),
               ("Salim", "Saleem"), ("Irfan", "Imran"), ("Arif", "Asif"), ("Sajid", "Wajid")]


def age_for_name(rng, base, lo=22, hi=70):
    """An age that suits the name (Savitri and Ram Lal are old, Priyanka and Rahul young)."""
    k = "+".join(base.given)
    if k in T.OLD_ONLY or base.given[0] in T.OLD_ONLY:
        lo = max(lo, 45)
    if k in T.YOUNG_ONLY or base.given[0] in T.YOUNG_ONLY:
        hi = min(hi, 40)
    return rng.randint(lo, max(lo, hi))


def k_common(cx):
    rng = cx.rng
    g = "F" if rng.random() < 0.6 else "M"
    comm, full = rng.choice(T.COMMON_FULL[g])
    base = name_from_full(comm, full, g)
    age1 = age_for_name(rng, base, 24, 68)
    age2 = max(20, age1 + rng.randint(-4, 4))
    loc = E.pick_locality(rng, comm)
    if g == "F":
        h1 = E.compose(rng, comm, "M", TODAY.year - age1 - 3, True, base.sur)
        h2 = E.compose(rng, comm, "M", TODAY.year - age2 - 3, True, base.sur)
        if rng.random() < 0.35:
            pair = rng.choice([x for x in SIMILAR_MEN if (x[0], False) in E.NAMES and (x[1], False) in E.NAMES])
            h1.given, h2.given = [pair[0]], [pair[1]]
        if h1.given == h2.given:
            raise Retry("same husband name")
        hs1, p1 = woman_house(cx, comm, age1, base.copy(), loc=loc, husband_name=h1)
        hs2, p2 = woman_house(cx, comm, age2, base.copy(), loc=loc if rng.random() < 0.85 else None,
                              husband_name=h2)
        d = "two women named '%s' in %s, husbands '%s' / '%s', ages %d / %d" % (
            base.latin(), loc[0], h1.latin(), h2.latin(), age1, age2)
    else:
        p1 = cx.person(comm, "M", age=age1, marital="married", fam_sur=base.sur, name=base.copy())
        p2 = cx.person(comm, "M", age=age2, marital="married", fam_sur=base.sur, name=base.copy(),
                       avoid=[p1.father.given])
        for _ in range(10):
            if p2.father.given != p1.father.given:
                break
            p2.father = E.elder_name(rng, comm, p2.dob.year - 28, base.sur)
        if p2.father.given == p1.father.given:
            raise Retry("same father")
        hs1 = house_around(cx, p1, loc=loc)
        hs2 = house_around(cx, p2, loc=loc if rng.random() < 0.85 else None)
        d = "two men named '%s' in %s, fathers '%s' / '%s', ages %d / %d" % (
            base.latin(), loc[0], p1.father.latin(), p2.father.latin(), age1, age2)
    if hs2.h == hs1.h and hs2.g == hs1.g:
        hs2.h += rng.randint(1, 40)
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs1, reg_date(rng), sa)
    rb = E.make_rec(cx, hs2, TODAY, sb)
    va, vb = ra.view_of(p1), rb.view_of(p2)
    set_focal_aadhaar(rng, va, vb, False)
    ds = diff_noise(rng, va, vb, rb)
    return ra, p1, rb, p2, "different people: " + d + ("; " + ", ".join(ds) if ds else "")


def sibling_names(rng, comm, g, by=None):
    opts = [x for x in T.SIBLING_NAMES if x[1] == g and (x[0] == comm or (comm in ("north", "bihari", "punjabi",
                                                                                   "uttarakhand", "rajasthani")
                                                                          and x[0] == "north"))]
    if by is not None:
        opts = [x for x in opts if E._era_ok(x[2], by) and E._era_ok(x[3], by)]
    if opts and rng.random() < 0.55:
        c, gg, a, b = rng.choice(opts)
        return (a, b) if rng.random() < 0.5 else (b, a)
    return None


def k_shared_phone(cx):
    rng = cx.rng
    comm = E.pick_comm(rng)
    sub = rng.choices(["brothers", "sisters_in_law"], weights=[55, 45])[0]
    a1 = rng.randint(24, 52)
    a2 = a1 - rng.randint(2, 7)
    if a2 < 21:
        raise Retry("young")
    fam_sur = E.fam_surname(rng, comm)
    father = E.elder_name(rng, comm, TODAY.year - a1 - rng.randint(24, 32), fam_sur)
    nm = sibling_names(rng, comm, "M", TODAY.year - a1)
    b1 = cx.person(comm, "M", age=a1, marital="married", fam_sur=fam_sur, father=father,
                   given=nm[0] if nm else None)
    b2 = cx.person(comm, "M", age=a2, marital="married", fam_sur=fam_sur, father=father.copy(),
                   given=nm[1] if nm else None, avoid=[b1.name.given], father_late=b1.father_late)
    mirror_pattern(b1.name, b2.name, "M") if rng.random() < 0.7 else None
    layout = rng.choices(["joint", "split"], weights=[45, 55])[0]
    if layout == "joint":
        hs = E.new_house(cx, comm, None, fam_sur)
        E.add(hs, b1, "head", "head")
        w1 = cx.person(comm, "F", age=max(20, a1 - rng.randint(0, 6)), marital="married", fam_sur=fam_sur)
        w1.husband = b1
        E.add(hs, w1, "spouse", "wife")
        E.add(hs, b2, "brother", "brother")
        w2 = cx.person(comm, "F", age=max(20, a2 - rng.randint(0, 5)), marital="married", fam_sur=fam_sur,
                       avoid=[w1.name.given])
        w2.husband = b2
        E.add(hs, w2, "other_relative", "sil")
        E.add_kids(cx, hs, b1, w1, rng.choice([0, 1, 2]))
        if not b1.mobile:
            b1.mobile = REG.new_mobile(rng)
        b2.mobile = b1.mobile if rng.random() < 0.5 else b2.mobile
        w1.mobile = w2.mobile = None
        E.set_house_mobile(cx, hs)
        hs.mobile = b1.mobile
        x, y = (b1, b2) if sub == "brothers" else (w1, w2)
        if rng.random() < 0.5:
            x, y = y, x
        ra, rb, va, vb = two_recs_same_house(cx, hs, x, y)
        d = ("brothers" if sub == "brothers" else "sisters-in-law (wives of two brothers)") + \
            " in one joint household on one phone"
        ha, hb_ = hs, hs
    else:
        hs1 = house_around(cx, b1, avoid=[b2.name.given])
        hs2 = house_around(cx, b2, like=hs1 if rng.random() < 0.6 else None, loc=hs1.loc, avoid=[b1.name.given])
        hs2.mobile = hs1.mobile
        if sub == "sisters_in_law":
            w1 = [p for p, r in hs1.members if r == "spouse"][0]
            w2 = [p for p, r in hs2.members if r == "spouse"][0]
            x, y = w1, w2
            for w in (w1, w2):
                w.mobile = None
        else:
            x, y = b1, b2
            b2.mobile = hs1.mobile if rng.random() < 0.6 else b2.mobile
        if rng.random() < 0.5:
            x, y = y, x
            hs1, hs2 = hs2, hs1
        sa, sb = both_lat(rng)
        ra = E.make_rec(cx, hs1, reg_date(rng), sa)
        rb = E.make_rec(cx, hs2, TODAY, sb)
        rb.mobile = ra.mobile = hs1.mobile
        va, vb = ra.view_of(x), rb.view_of(y)
        set_focal_aadhaar(rng, va, vb, False)
        d = ("brothers" if sub == "brothers" else "sisters-in-law (wives of two brothers)") + \
            " in two households of one building, registered with the one family phone"
    if sub == "sisters_in_law" and x.name.sur != y.name.sur and fam_sur and rng.random() < 0.5:
        x.name.sur = y.name.sur = fam_sur if (x.name.marker is None and y.name.marker is None) else None
        va.name.sur = x.name.sur
        vb.name.sur = y.name.sur
    d += " ('%s' / '%s', ages %d / %d)" % (x.name.latin(), y.name.latin(), x.age(), y.age())
    ds = diff_noise(rng, va, vb, rb, exclude=("mobile",))
    return ra, x, rb, y, "different people: " + d + ("; " + ", ".join(ds) if ds else "")


def k_siblings(cx):
    rng = cx.rng
    comm = E.pick_comm(rng)
    g = rng.choice("MF")
    a1 = rng.randint(2, 24)
    a2 = a1 - rng.choice([1, 1, 2, 2, 3])
    if a2 < 0:
        raise Retry("young")
    hs = E.shape_nuclear(cx, comm, head_age=a1 + rng.randint(22, 36), n_kids=rng.choice([0, 0, 1]))
    head, wife = hs.members[0][0], hs.members[1][0]
    if wife.age() - a1 < 19:
        raise Retry("mother young")
    nm = sibling_names(rng, comm, g, TODAY.year - a1)
    s1 = cx.person(comm, g, age=a1, fam_sur=hs.fam_sur, father=head.name.copy(), father_late=False,
                   given=nm[0] if nm else None, avoid=[m.name.given for m, _ in hs.members])
    s2 = cx.person(comm, g, age=a2, fam_sur=hs.fam_sur, father=head.name.copy(), father_late=False,
                   given=nm[1] if nm else None, avoid=[m.name.given for m, _ in hs.members] + [s1.name.given])
    if rng.random() < 0.75:
        mirror_pattern(s1.name, s2.name, g)
    if any(m.name.given in (s1.name.given, s2.name.given) for m, _ in hs.members):
        raise Retry("sibling named like a parent")
    if s1.dob_known == "exact" and s1.dob.year == s2.dob.year - 1 and rng.random() < 0.3:
        pass
    for s in (s1, s2):
        E.add(hs, s, "son" if g == "M" else "daughter", "kid")
    E.set_house_mobile(cx, hs)
    ra, rb, va, vb = two_recs_same_house(cx, hs, s1, s2, omit_a={s2} if rng.random() < 0.25 else None)
    d = "%s %d and %d years old ('%s' / '%s'), same parents, address and phone" % (
        "brothers" if g == "M" else "sisters", a1, a2, s1.name.latin(), s2.name.latin())
    ds = diff_noise(rng, va, vb, rb, exclude=("mobile",))
    return ra, s1, rb, s2, "different people: " + d + ("; " + ", ".join(ds) if ds else "")


def k_same_year(cx):
    rng = cx.rng
    comm = E.pick_comm(rng)
    g = rng.choice("MF")
    if rng.random() < 0.5:
        full = rng.choice([f for c, f in T.COMMON_FULL[g] if c == comm] or [None])
        base = name_from_full(comm, full, g) if full else None
    else:
        base = None
    age = age_for_name(rng, base, 20, 70) if base is not None else rng.randint(20, 70)
    year = TODAY.year - age
    if base is None:
        base = E.compose(rng, comm, g, year, g == "F" or age > 25, E.fam_surname(rng, comm))
    d1 = E.rand_date(rng, year)
    d2 = E.rand_date(rng, year)
    if d1 == d2:
        raise Retry("same date")
    if g == "F":
        hs1, p1 = woman_house(cx, comm, age, base.copy())
        hs2, p2 = woman_house(cx, comm, age, base.copy(), loc=E.pick_locality(rng, comm, exclude=hs1.loc[0]))
        p1.dob, p2.dob = d1, d2
        if p1.husband_name().given == p2.husband_name().given:
            raise Retry("same husband")
        # the father also differs
    else:
        p1 = cx.person(comm, "M", dob=d1, marital="married" if age > 24 else "never_married", fam_sur=base.sur,
                       name=base.copy())
        p2 = cx.person(comm, "M", dob=d2, marital=p1.marital, fam_sur=base.sur, name=base.copy(),
                       avoid=[p1.father.given])
        if p1.father.given == p2.father.given:
            raise Retry("same father")
        hs1 = house_around(cx, p1)
        hs2 = house_around(cx, p2, loc=E.pick_locality(rng, comm, exclude=hs1.loc[0]))
    if p1.father.given == p2.father.given:
        raise Retry("same father")
    if p1.dob_known == "yob" and p2.dob_known == "yob":
        p2.dob_known = "exact"
    sa, sb = both_lat(rng)
    ra = E.make_rec(cx, hs1, reg_date(rng), sa)
    rb = E.make_rec(cx, hs2, TODAY, sb)
    va, vb = ra.view_of(p1), rb.view_of(p2)
    set_focal_aadhaar(rng, va, vb, False)
    d = "two people named '%s' born in %d, different fathers ('%s' / '%s') and localities (%s / %s)" % (
        base.latin(), year, p1.father.latin(), p2.father.latin(), hs1.loc[0], hs2.loc[0])
    ds = diff_noise(rng, va, vb, rb, exclude=("age_told",))
    return ra, p1, rb, p2, "different people: " + d + ("; " + ", ".join(ds) if ds else "")


def k_mil_dil(cx):
    rng = cx.rng
    comm = rng.choices(["north", "bihari", "rajasthani", "uttarakhand", "muslim", "sikh"],
                       weights=[40, 28, 10, 10, 8, 4])[0]
    son_age = rng.randint(28, 52)
    mil_age = son_age + rng.randint(19, 32)
    dil_age = max(20, son_age - rng.randint(0, 6))
    hs = E.new_house(cx, comm)
    pair = rng.choice(T.MIL_DIL_NAMES) if comm not in ("muslim", "sikh") and rng.random() < 0.4 else None
    marker = {"muslim": rng.choice(["Begum", "Khatoon"]), "sikh": "Kaur"}.get(comm, "Devi")
    fil_alive = rng.random() < 0.35
    if fil_alive:
        fil = cx.person(comm, "M", age=mil_age + rng.randint(1, 6), marital="married", fam_sur=hs.fam_sur)
        fil.mobile = fil.mobile or REG.new_mobile(rng)
        mil = cx.person(comm, "F", age=mil_age, marital="married", fam_sur=hs.fam_sur,
                        given=pair[0] if pair else None)
        mil.husband = fil
        son = cx.person(comm, "M", age=son_age, marital="married", fam_sur=hs.fam_sur, father=fil.name.copy(),
                        father_late=False, avoid=[fil.name.given])
        E.add(hs, fil, "head", "head")
        E.add(hs, mil, "spouse", "wife")
        E.add(hs, son, "son", "son")
        rel_dil = "daughter_in_law"
    else:
        son = cx.person(comm, "M", age=son_age, marital="married", fam_sur=hs.fam_sur)
        son.father_late = True
        mil = cx.person(comm, "F", age=mil_age, marital="widowed", fam_sur=hs.fam_sur,
                        given=pair[0] if pair else None)
        mil.husband, mil.husband_late = son.father, True
        E.add(hs, son, "head", "head")
        rel_dil = "spouse"
    son.mobile = son.mobile or REG.new_mobile(rng)
    dil = cx.person(comm, "F", age=dil_age, marital="married", fam_sur=hs.fam_sur,
                    given=pair[1] if pair else None, avoid=[mil.name.given])
    dil.husband = son
    for w in (mil, dil):
        w.name.marker = marker
        w.name.sur = None if rng.random() < 0.8 else hs.fam_sur
        w.mobile = None if rng.random() < 0.7 else w.mobile
    dil.name.sur = mil.name.sur
    E.add(hs, dil, rel_dil, "dil")
    if not fil_alive:
        E.add(hs, mil, "mother", "parent")
    E.add_kids(cx, hs, son, dil, rng.choice([0, 1, 2]),
               rel_of_head=("son", "daughter") if not fil_alive else ("grandchild", "grandchild"))
    E.set_house_mobile(cx, hs)
    x, y = (mil, dil) if rng.random() < 0.5 else (dil, mil)
    ra, rb, va, vb = two_recs_same_house(cx, hs, x, y)
    d = "mother-in-law '%s' (%d) and daughter-in-law '%s' (%d) in one household on one phone" % (
        mil.name.latin(), mil.age(), dil.name.latin(), dil.age())
    ds = diff_noise(rng, va, vb, rb, exclude=("mobile", "marker", "surname"))
    return ra, x, rb, y, "different people: " + d + ("; " + ", ".join(ds) if ds else "")


def k_cousins(cx):
    rng = cx.rng
    comm = E.pick_comm(rng)
    g = "M" if rng.random() < 0.65 else "F"
    fam_sur = E.fam_surname(rng, comm)
    gf = E.elder_name(rng, comm, 1950, fam_sur)
    f1_age = rng.randint(42, 62)
    f2_age = f1_age + rng.choice([-6, -5, -4, -3, -2, 2, 3, 4, 5, 6])
    nm = sibling_names(rng, comm, "M", TODAY.year - f1_age)
    f1 = cx.person(comm, "M", age=f1_age, marital="married", fam_sur=fam_sur, father=gf,
                   given=nm[0] if nm else None)
    f2 = cx.person(comm, "M", age=f2_age, marital="married", fam_sur=fam_sur, father=gf.copy(),
                   given=nm[1] if nm else None, avoid=[f1.name.given], father_late=f1.father_late)
    if rng.random() < 0.6:
        mirror_pattern(f1.name, f2.name, "M")
    c_age = rng.randint(8, min(f1_age, f2_age) - 23)
    c2_age = max(3, c_age + rng.randint(-4, 4))
    kid_by = TODAY.year - c_age
    cname = E.compose(rng, comm, g, kid_by, False, fam_sur)
    hs1 = house_around(cx, f1, n_kids=rng.choice([0, 1]), avoid=[f2.name.given, cname.given])
    hs2 = house_around(cx, f2, n_kids=rng.choice([0, 1]),
                       loc=hs1.loc if rng.random() < 0.6 else None, avoid=[f1.name.given, cname.given])
    kids = []
    for hs, f, a in ((hs1, f1, c_age), (hs2, f2, c2_age)):
        mom = [p for p, r in hs.members if r == "spouse"][0]
        if mom.age() - a < 19:
            raise Retry("mother young")
        if len(hs.members) >= 6:
            raise Retry("full")
        k = cx.person(comm, g, age=a, fam_sur=fam_sur, father=f.name.copy(), father_late=False,
                      name=cname.copy())
        E.add(hs, k, "son" if g == "M" else "daughter", "kid")
        kids.append(k)
    sa, sb = both_lat(rng)
    lo = max(2021, TODAY.year - c_age + 2)
    ra = E.make_rec(cx, hs1, reg_date(rng, lo), sa)
    rb = E.make_rec(cx, hs2, TODAY, sb)
    va, vb = ra.view_of(kids[0]), rb.view_of(kids[1])
    set_focal_aadhaar(rng, va, vb, False)
    d = "cousins both named '%s' (%d / %d years), fathers are brothers '%s' / '%s'%s" % (
        cname.latin(), c_age, c2_age, f1.name.latin(), f2.name.latin(),
        ", same locality" if hs1.loc == hs2.loc else "")
    ds = diff_noise(rng, va, vb, rb)
    return ra, kids[0], rb, kids[1], "different people: " + d + ("; " + ", ".join(ds) if ds else "")


DIFF_KINDS = [
    ("twins", k_twins, 42),
    ("grandfather_grandson_namesake", k_generation, 40),
    ("father_son_same_name", k_father_son, 40),
    ("common_name_other_spouse_or_father", k_common, 46),
    ("relatives_on_one_phone", k_shared_phone, 42),
    ("siblings_close_in_age", k_siblings, 40),
    ("same_name_same_birth_year", k_same_year, 40),
    ("mother_in_law_daughter_in_law", k_mil_dil, 40),
    ("cousins_same_name", k_cousins, 40),
]


# ============================================================================ search queries
class UF:
    def __init__(self):
        self.p = {}

    def find(self, x):
        self.p.setdefault(x, x)
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def build_classes():
    """Name keys a reader could not tell apart in a query: they share a spelling or a Devanagari form."""
    uf = UF()
    owner = {}
    for (key, sur), e in E.NAMES.items():
        forms = {key.lower()} | {x.lower() for x in e["tr"] + e["off"]} | \
                {x.lower() for x in E.ear_variants(key)} | {"dev:" + e["dev"]}
        for f in forms:
            if f in owner:
                uf.union(owner[f], key)
            else:
                owner[f] = key
        uf.find(key)
    return uf


CLASSES = build_classes()


def name_seq(n):
    toks = list(n.given) + list(n.mid) + ([n.marker] if n.marker else []) + ([n.sur] if n.sur else [])
    if n.pre:
        toks = ["Mohammad"] + toks
    return [CLASSES.find(t) for t in toks]


def is_subseq(q, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in q)


def member_age_rec(m):
    return E.member_age(m)


def first_forms(key):
    e = E.entry(key)
    return {key.lower()} | {x.lower() for x in e["tr"] + e["off"]}


def build_search():
    E.SKEW["given"], E.SKEW["sur"] = 1.3, 1.2
    E.BOOST["compound"], E.BOOST["mid"] = 0.2, 0.15
    rng = E.seeded("search-families")
    cx = E.Ctx(REG, rng)
    locs = [l for l in T.LOCALITIES if l[0] in ("Sangam Vihar", "Madanpur Khadar", "Seelampur", "Jahangirpuri",
                                                  "Trilokpuri", "Burari", "Mangolpuri", "Tilak Vihar",
                                                  "Uttam Nagar", "Dakshinpuri")]
    houses, recs = [], []
    while len(recs) < 170:
        loc = rng.choice(locs)
        cw = [(c, E.loc_weight(loc, c)) for c in T.COMMUNITY_WEIGHT if E.loc_weight(loc, c)]
        comm = rng.choices([c for c, w in cw], weights=[w for c, w in cw])[0]
        sh = rng.choices(["nuclear", "joint", "parent", "widow", "single"], weights=[45, 15, 22, 12, 6])[0]
        if sh == "nuclear":
            hs = E.shape_nuclear(cx, comm, loc=loc)
        elif sh == "joint":
            hs = E.shape_joint(cx, comm, loc=loc, widow_head=rng.random() < 0.25)
        elif sh == "parent":
            hs = E.shape_with_parent(cx, comm, loc=loc, parent_g=rng.choice("FFM"))
        elif sh == "widow":
            hs = E.shape_widow(cx, comm, loc=loc)
        else:
            hs = E.shape_single(cx, comm, loc=loc, age=rng.choice([rng.randint(20, 30), rng.randint(60, 85)]))
        script = rng.choices(["lat", "lat_hi", "dev"], weights=[76, 10, 14])[0]
        r = E.make_rec(cx, hs, reg_date(rng, 2023), style(script))
        f = E.render(r)
        err, warn = E.validate_family(f)
        if err or warn:
            continue
        houses.append(hs)
        recs.append((r, f))
    E.SKEW["given"], E.SKEW["sur"] = 4.0, 3.0
    E.BOOST["compound"], E.BOOST["mid"] = 0.0, 0.0
    fams = [f for r, f in recs]
    # one row per member, with what a reader of the list would use
    rows = []
    for fi, (r, f) in enumerate(recs):
        for mi, v in enumerate(r.views):
            m = f["members"][mi]
            rows.append({"fi": fi, "mi": mi, "v": v, "m": m, "f": f, "seq": name_seq(v.name),
                         "fh_seq": name_seq(v.fh) if v.fh else [], "age": member_age_rec(m),
                         "loc": r.house.loc[0], "first": CLASSES.find(v.name.given[0]) if v.name.given[0] !=
                         "Abdul" else CLASSES.find(v.name.given[-1]),
                         "sur": v.name.sur, "script": v.script,
                         "mobiles": {x for x in (m.get("mobile"), f.get("mobile")) if x}})
    qs = []
    used = set()
    qrng = E.seeded("search-queries")

    def others(row):
        return [x for x in rows if x is not row]

    def textcase(t):
        return t if qrng.random() < 0.25 else t.lower()

    def add_q(kind, text, row):
        key = (row["fi"], row["mi"])
        if key in used:
            return False
        used.add(key)
        qs.append({"kind": kind, "text": text, "expect": [row["fi"], row["mi"]]})
        return True

    def unique_name(row, seq=None, within=None):
        seq = seq or row["seq"]
        for x in others(row):
            if within and x["loc"] != within:
                continue
            if is_subseq(seq, x["seq"]):
                return False
        return True

    cand = list(rows)
    qrng.shuffle(cand)
    target = 30
    counts = collections.Counter()

    def want(kind):
        return counts[kind] < target

    def eligible(row):
        v, m, n = row["v"], row["m"], row["v"].name
        kinds = []
        if row["script"] != "dev" and len(row["seq"]) >= 2 and unique_name(row):
            kinds.append("variant_full")
        if row["script"] == "lat" and len(row["seq"]) >= 1 and unique_name(row):
            kinds.append("devanagari_query")
        if row["script"] == "dev" and len(row["seq"]) >= 1 and unique_name(row):
            kinds.append("latin_query_for_devanagari")
        if len(n.given) > 1 and n.joinable and row["script"] != "dev" and unique_name(row):
            kinds.append("joined_split")
        if n.sur and len(n.given) + len(n.mid) >= 2 and row["script"] != "dev" and n.join != "joined":
            kinds.append("initials_surname")
        if n.sur and len(n.sur) >= 5:
            kinds.append("first_partial_surname")
        kinds.append("first_name_age")
        if len(row["seq"]) >= 2 and unique_name(row, within=row["loc"]):
            kinds.append("name_locality")
        if v.fh and row["fh_seq"]:
            kinds.append("father_or_husband_name")
        if m.get("mobile"):
            kinds.append("mobile_digits")
        return kinds

    for row in cand:
        kinds = [k for k in eligible(row) if want(k)]
        qrng.shuffle(kinds)
        kinds.sort(key=lambda k: counts[k])
        for kind in kinds:
            text = make_query(kind, row, rows, qrng)
            if text and add_q(kind, textcase(text) if kind not in ("devanagari_query", "mobile_digits") else text,
                              row):
                counts[kind] += 1
                break
    # a second pass lets a member carry a second query of another kind, for the rarer kinds
    for row in cand:
        for kind in eligible(row):
            if not want(kind) or (row["fi"], row["mi"], kind) in used:
                continue
            if any(q["expect"] == [row["fi"], row["mi"]] and q["kind"] == kind for q in qs):
                continue
            text = make_query(kind, row, rows, qrng)
            if text:
                used.add((row["fi"], row["mi"], kind))
                qs.append({"kind": kind, "text": textcase(text) if kind not in ("devanagari_query",
                                                                                "mobile_digits") else text,
                           "expect": [row["fi"], row["mi"]]})
                counts[kind] += 1
    assign_halves(qs, "queries-half")
    qrng.shuffle(qs)
    out = []
    for i, q in enumerate(qs):
        out.append({"id": "q%03d" % (i + 1), "kind": q["kind"], "text": q["text"], "expect": q["expect"],
                    "half": q["half"]})
    return fams, out, rows


def make_query(kind, row, rows, rng):
    v, m = row["v"], row["m"]
    n = v.name.copy()
    n.hon = None
    n.spell = dict(n.spell)
    others = [x for x in rows if x is not row]
    if kind == "variant_full":
        d = v_translit(rng, View1(n)) or v_official(rng, View1(n))
        if not d:
            return None
        if rng.random() < 0.3:
            v_translit(rng, View1(n))
        t = n.latin()
        if t.lower() == m["name"].lower():
            return None
        return t
    if kind == "devanagari_query":
        return n.dev(E.random_devstyle(rng))
    if kind == "latin_query_for_devanagari":
        if rng.random() < 0.4:
            v_translit(rng, View1(n))
        return n.latin()
    if kind == "joined_split":
        n.join = "split" if n.join == "joined" else "joined"
        return n.latin()
    if kind == "initials_surname":
        toks = n.given + n.mid
        letters = [t[0].lower() for t in toks]
        for x in others:
            xn = x["v"].name
            if not xn.sur or CLASSES.find(xn.sur) != CLASSES.find(n.sur):
                continue
            xl = [t[0].lower() for t in xn.given + xn.mid]
            if xl[:len(letters)] == letters or (xn.initials and True):
                return None
        sur = n.spell.get("s", n.sur)
        style_ = rng.choice(["ds", "d", "s", "none"])
        if style_ == "ds":
            return " ".join(l + "." for l in letters) + " " + sur
        if style_ == "d":
            return "".join(l + "." for l in letters) + " " + sur
        if style_ == "s":
            return " ".join(letters) + " " + sur
        return "".join(letters) + " " + sur
    if kind == "first_partial_surname":
        k = rng.choice([3, 4])
        pre = n.spell.get("s", n.sur)[:k].lower()
        first = row["first"]
        for x in others:
            xn = x["v"].name
            if x["first"] != first or not xn.sur:
                continue
            forms = first_forms(xn.sur) | {xn.sur.lower()}
            if any(fm.startswith(pre) for fm in forms):
                return None
        g = " ".join(n.spell.get("g%d" % i, t) for i, t in enumerate(n.given))
        return g + " " + pre
    if kind == "first_name_age":
        age = row["age"] + rng.choice([0, 0, 0, 1, -1])
        if age < 1:
            return None
        for x in others:
            if x["first"] == row["first"] and abs(x["age"] - age) <= 4:
                return None
        g = " ".join(n.spell.get("g%d" % i, t) for i, t in enumerate(n.given))
        if n.join == "joined" and len(n.given) > 1:
            g = n.given[0] + "".join(t.lower() for t in n.given[1:])
        return "%s %d" % (g, age)
    if kind == "name_locality":
        loc = [l for l in T.LOCALITIES if l[0] == row["loc"]][0]
        # only interesting when the same name lives elsewhere too
        elsewhere = any(x["loc"] != row["loc"] and is_subseq(row["seq"], x["seq"]) for x in others)
        if not elsewhere and rng.random() < 0.7:
            return None
        if rng.random() < 0.3:
            v_translit(rng, View1(n))
        return n.latin() + " " + rng.choice(loc[1])
    if kind == "father_or_husband_name":
        if v.fh is None:
            return None
        q = row["fh_seq"]
        if len(q) < 2 and not v.fh.sur:
            return None
        # the F/H name must point to this one person: not another member's F/H name, not a member's own name
        for x in others:
            if is_subseq(q, x["fh_seq"]) or is_subseq(q, x["seq"]):
                return None
        if is_subseq(q, row["seq"]):
            return None
        fh = v.fh.copy()
        fh.hon = None
        if rng.random() < 0.25:
            v_translit(rng, View1(fh))
        return fh.latin()
    if kind == "mobile_digits":
        mob = m["mobile"]
        k = rng.choice([4, 4, 5, 6])
        tail = mob[-k:]
        if tail.startswith("110"):
            return None                  # would read as the start of a Delhi PIN
        if any(E.aadhaar_digits(x["m"]["aadhaar"]).endswith(tail) for x in rows if "aadhaar" in x["m"]):
            return None
        hits = [x for x in rows if any(mm.endswith(tail) for mm in x["mobiles"])]
        owners = {(x["fi"], x["mi"]) for x in hits if x["m"].get("mobile", "").endswith(tail)}
        fams_hit = {x["fi"] for x in hits}
        if owners == {(row["fi"], row["mi"])} and fams_hit == {row["fi"]} and \
                (row["f"].get("mobile") != mob or v.rel == "head"):
            return tail
        same_first = [x for x in hits if x["first"] == row["first"]]
        if len(same_first) == 1 and same_first[0] is row:
            return "%s %s" % (n.given[0], tail)
        return None
    return None


class View1:
    """A minimal view wrapper so the name operators can be reused on a bare Name."""

    def __init__(self, name):
        self.name = name
        self.p = None


ABOUT_SEARCH = ("Search-box queries for the duplicate/registration search at a Delhi camp. 'families' are "
                "registered first (in order; family_index is the position in this list); each query is what an "
                "operator types into one search box and 'expect' is [family_index, member_index] of the one person "
                "meant. The families are crowded with namesakes so that ranking in the top 5 is a real test; "
                "every query was checked to point to one person for a human reader. Made by make_eval.py.")


# ============================================================================ output
def assign_halves(items, seed):
    by = collections.defaultdict(list)
    for it in items:
        by[it["kind"]].append(it)
    for kind in sorted(by):
        lst = by[kind]
        rng = E.seeded(seed + ":" + kind)
        order = list(range(len(lst)))
        rng.shuffle(order)
        for j, i in enumerate(order):
            lst[i]["half"] = "tune" if j < (len(lst) + 1) // 2 else "test"


def build_pairs():
    for kind, fn, n in SAME_KINDS:
        run_kind(kind, True, n, fn)
    for kind, fn, n in DIFF_KINDS:
        run_kind(kind, False, n, fn)
    assign_halves(PAIRS, "pairs-half")
    rng = E.seeded("pairs-order")
    order = list(range(len(PAIRS)))
    rng.shuffle(order)
    out = []
    for j, i in enumerate(order):
        p = PAIRS[i]
        out.append({"id": "p%04d" % (j + 1), "kind": p["kind"], "same": p["same"], "half": p["half"],
                    "a": p["a"], "a_member": p["a_member"], "b": p["b"], "b_member": p["b_member"],
                    "note": p["note"]})
    return out


ABOUT_PAIRS = ("Independent labelled evaluation pairs for duplicate-registration detection at Delhi welfare "
               "camps. 'a' is the family already registered, 'b' the family being typed now; the question is "
               "whether b.members[b_member] is the same person as a.members[a_member]. Made by make_eval.py "
               "from hand-written name tables (tables.py), without sight of the detector. See README.md.")


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    pairs = build_pairs()
    write_json(os.path.join(HERE, "pairs.json"), {"about": ABOUT_PAIRS, "today": TODAY.isoformat(),
                                                  "pairs": pairs})
    fams, queries, rows = build_search()
    write_json(os.path.join(HERE, "search_queries.json"), {"about": ABOUT_SEARCH, "today": TODAY.isoformat(),
                                                           "families": fams, "queries": queries})
    print("search families:", len(fams), "members:", sum(len(f["members"]) for f in fams),
          "queries:", len(queries), dict(collections.Counter(q["kind"] for q in queries)))
    c = collections.Counter((p["kind"], p["same"]) for p in pairs)
    print("pairs:", len(pairs), "same:", sum(p["same"] for p in pairs))
    if "-v" in sys.argv:
        for k, v in STATS.items():
            print(k, v)


def check():
    """Validate the written files with my own reading of docs/family-json.md and the rules of this set."""
    ok = True
    pj = json.load(open(os.path.join(HERE, "pairs.json"), encoding="utf-8"))
    sq = json.load(open(os.path.join(HERE, "search_queries.json"), encoding="utf-8"))
    nfam = nerr = nwarn = 0
    aad_pair = {}
    counts = collections.Counter()
    both_aad = collections.Counter()
    for p in pj["pairs"]:
        for side in ("a", "b"):
            nfam += 1
            err, warn = E.validate_family(p[side])
            if err or warn:
                print(p["id"], side, err, warn)
                nerr += len(err)
                nwarn += len(warn)
        ma, mb = p["a"]["members"][p["a_member"]], p["b"]["members"][p["b_member"]]
        counts[(p["same"], p["kind"], p["half"])] += 1
        if "aadhaar" in ma and "aadhaar" in mb:
            both_aad[p["same"]] += 1
            da, db = E.aadhaar_digits(ma["aadhaar"]), E.aadhaar_digits(mb["aadhaar"])
            if p["same"] and da != db:
                print(p["id"], "same pair with two Aadhaar numbers")
                ok = False
        sa = {E.aadhaar_digits(m["aadhaar"]) for m in p["a"]["members"] if "aadhaar" in m}
        sb = {E.aadhaar_digits(m["aadhaar"]) for m in p["b"]["members"] if "aadhaar" in m}
        if not p["same"] and (sa & sb):
            print(p["id"], "different pair shares an Aadhaar number")
            ok = False
        if not p["same"] and p["a"] == p["b"]:
            print(p["id"], "different pair reuses one family")
            ok = False
        for num in sa | sb:
            if aad_pair.setdefault(num, p["id"]) != p["id"]:
                print(p["id"], "Aadhaar number also used in", aad_pair[num])
                ok = False
        for k in ("id", "kind", "same", "half", "a", "a_member", "b", "b_member", "note"):
            if k not in p:
                print(p["id"], "missing", k)
                ok = False
    print("pairs.json: %d pairs, %d family objects, %d errors, %d warnings" % (len(pj["pairs"]), nfam, nerr, nwarn))
    n_same = sum(1 for p in pj["pairs"] if p["same"])
    print("  same-person: %d (both sides with Aadhaar: %d = %.1f%%); different: %d (both with Aadhaar: %d)" % (
        n_same, both_aad[True], 100.0 * both_aad[True] / max(1, n_same), len(pj["pairs"]) - n_same,
        both_aad[False]))
    print("  %-40s %5s %5s %5s" % ("kind", "tune", "test", "all"))
    for same in (True, False):
        kinds = sorted({k for s_, k, h in counts if s_ == same})
        for k in kinds:
            t, s_ = counts[(same, k, "tune")], counts[(same, k, "test")]
            print("  %-40s %5d %5d %5d" % (("  " if same else "x ") + k, t, s_, t + s_))
    fams = sq["families"]
    serr = swarn = 0
    aad_s = set()
    for i, f in enumerate(fams):
        err, warn = E.validate_family(f)
        if err or warn:
            print("family", i, err, warn)
            serr += len(err)
            swarn += len(warn)
        for m in f["members"]:
            if "aadhaar" in m:
                d = E.aadhaar_digits(m["aadhaar"])
                if d in aad_s or d in aad_pair:
                    print("search family", i, "Aadhaar repeated or shared with pairs.json")
                    ok = False
                aad_s.add(d)
    qc = collections.Counter()
    for q in sq["queries"]:
        fi, mi = q["expect"]
        if not (0 <= fi < len(fams) and 0 <= mi < len(fams[fi]["members"])):
            print(q["id"], "bad expect")
            ok = False
        qc[(q["kind"], q["half"])] += 1
    print("search_queries.json: %d families, %d members, %d errors, %d warnings, %d queries" % (
        len(fams), sum(len(f["members"]) for f in fams), serr, swarn, len(sq["queries"])))
    for k in sorted({k for k, h in qc}):
        print("  %-40s %5d %5d %5d" % (k, qc[(k, "tune")], qc[(k, "test")], qc[(k, "tune")] + qc[(k, "test")]))
    ok = ok and nerr == 0 and nwarn == 0 and serr == 0 and swarn == 0
    print("ALL CHECKS PASS" if ok else "CHECKS FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    main()
