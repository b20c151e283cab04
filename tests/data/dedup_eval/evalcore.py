"""Core of the evaluation-set generator: names, people, households, rendering to the
family JSON format, and a validator of my own for that format.

Nothing here comes from PoWER Desktop; it is written from docs/family-json.md and from
general knowledge of how Delhi camp registers are typed.
"""
import copy
import datetime as dt
import random
import re
import zlib
from dataclasses import dataclass, field

import tables as T

TODAY = dt.date(2026, 12, 1)
DISTRICTS = ["South East", "Old Delhi", "North", "New Delhi", "Central", "Central North", "South West",
             "Outer North", "North West", "North East", "East", "South", "West"]
RELATIONS = ("head spouse son daughter son_in_law daughter_in_law grandchild father mother father_in_law "
             "mother_in_law brother sister other_relative non_relative").split()
MARITAL = "never_married married widowed divorced separated abandoned".split()
OCCUPATIONS = "construction_worker domestic_worker farmer street_vendor student govt_employee other none".split()
SCHOOL = ["nursery", "kg"] + [str(i) for i in range(1, 13)]


# ----------------------------------------------------------------------------- names
def _parse(text, out):
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, dev, tr, off = line.split("|")
        sur = key.endswith("@s")
        key = key[:-2] if sur else key
        e = out.setdefault((key, sur), {"dev": dev, "tr": [], "off": []})
        for col, vals in (("tr", tr), ("off", off)):
            for v in vals.split(","):
                v = v.strip()
                if v and v != key and v not in e[col]:
                    e[col].append(v)


NAMES = {}
_parse(T.NAME_TABLE, NAMES)
_parse(T.NAME_TABLE_2, NAMES)


def _check_tables():
    for src in (T.COMMUNITIES, T.ELDER, T.KIDS):
        for c, d in src.items():
            for g, lst in d.items():
                if g == "label":
                    continue
                for n in lst:
                    for t in parse_given(n.replace("@s", ""))[0]:
                        assert (t, False) in NAMES or (t, True) in NAMES, (t, n)


def entry(key, role=None):
    if role == "s" and (key, True) in NAMES:
        return NAMES[(key, True)]
    return NAMES[(key, False)]


def dev_of(key, role=None):
    return entry(key, role)["dev"]


PRE_FORMS = {"Mohammad": "मोहम्मद", "Mohammed": "मोहम्मद", "Muhammad": "मुहम्मद", "Mohd": "मो.",
             "Mohd.": "मो.", "Md": "मो.", "Md.": "मो.", "Mohamad": "मोहम्मद"}

# Ear-spelling rules an operator applies to a word he hears (applied once, to one place).
EAR_RULES = [("ee", "i"), ("oo", "u"), ("aa", "a"), ("ksh", "x"), ("ph", "f"), ("sh", "s"), ("z", "j"),
             ("q", "k"), ("th", "t"), ("au", "ou"), ("tt", "t"), ("nn", "n"), ("ll", "l"), ("dd", "d"),
             ("ss", "s"), ("w", "v")]
EAR_NEVER = {"Fool"}


def ear_variants(word):
    out = []
    low = word.lower()
    for a, b in EAR_RULES:
        start = 1 if a == "w" else 0           # initial W kept (Wasim stays Wasim)
        i = low.find(a, start)
        if i < 0:
            continue
        if a == "w" and (i == len(low) - 1):
            continue
        if a == "sh" and 0 < i < len(low) - 2:
            continue                           # Sh- and -sh become S/-s by ear (Santi, Mahes); Asha stays
        new = low[:i] + b + low[i + len(a):]
        new = new[0].upper() + new[1:]
        if new != word and new not in out and new not in EAR_NEVER:
            out.append(new)
    return out


def translit_options(key, role=None, ear=True):
    e = entry(key, role)
    opts = list(e["tr"])
    for v in (ear_variants(key) if ear else []):
        if v not in opts and v not in e["off"]:
            opts.append(v)
    return opts


def official_options(key, role=None):
    return list(entry(key, role)["off"])


def parse_given(s):
    """'Om Prakash' -> (['Om','Prakash'], joinable, default joined?)"""
    if "~" in s:
        return s.split("~"), False, False
    if "+" in s:
        return s.split("+"), True, True
    return s.split(" "), True, False


_check_tables()


@dataclass
class Name:
    given: list
    join: str = "split"          # split | joined
    joinable: bool = True
    pre: str = None              # 'Mohammad'
    pre_form: str = "Mohd"
    init: str = None             # South initial (father's first letter)
    init_back: bool = False
    mid: list = field(default_factory=list)
    marker: str = None
    sur: str = None
    hon: str = None
    spell: dict = field(default_factory=dict)
    order: str = "normal"        # normal | sur_first | swap_last
    initials: str = None         # None | ds ("R. K.") | d ("R.K.") | s ("R K")
    keep_first: bool = False

    def copy(self):
        return copy.deepcopy(self)

    def first(self):
        return self.given[0] if self.given[0] not in ("Abdul",) or len(self.given) == 1 else self.given[1]

    def _s(self, slot, key):
        return self.spell.get(slot, key)

    def words_latin(self):
        g = [self._s("g%d" % i, k) for i, k in enumerate(self.given)]
        m = [self._s("m%d" % i, k) for i, k in enumerate(self.mid)]
        if self.initials:
            toks = g + m
            head, rest = ([toks[0]], toks[1:]) if self.keep_first else ([], toks)
            if self.initials == "ds":
                ini = " ".join(t[0] + "." for t in rest)
            elif self.initials == "d":
                ini = "".join(t[0] + "." for t in rest)
            else:
                ini = " ".join(t[0] for t in rest)
            core = head + ([ini] if ini else [])
        else:
            gw = [g[0] + "".join(x.lower() for x in g[1:])] if (self.join == "joined" and len(g) > 1) else g
            core = gw + m
        words = []
        if self.pre:
            words.append(self.pre_form)
        if self.init and not self.init_back:
            words.append(self.init + ".")
        words += core
        if self.marker:
            words.append(self._s("k", self.marker))
        sur = self._s("s", self.sur) if self.sur else None
        if self.init and self.init_back:
            words.append(self.init)
        if sur:
            if self.order == "sur_first":
                words.insert(1 if self.pre else 0, sur)
            else:
                words.append(sur)
        if self.order == "swap_last" and len(words) >= 2:
            words[-1], words[-2] = words[-2], words[-1]
        if self.hon:
            words.insert(0, self.hon)
        return words

    def latin(self):
        return " ".join(w for w in self.words_latin() if w)

    def dev(self, ds=None):
        ds = ds or {}
        g = [dev_of(k) for k in self.given]
        m = [dev_of(k) for k in self.mid]
        if self.initials:
            toks = self.given + self.mid
            head = [dev_of(toks[0])] if self.keep_first else []
            rest = toks[1:] if self.keep_first else toks
            core = head + [" ".join(T.INITIAL_DEV.get(t[0], t[0]) + "." for t in rest)]
        else:
            core = ["".join(g)] if (self.join == "joined" and len(g) > 1) else g
            core = core + m
        words = []
        if self.pre:
            words.append(PRE_FORMS.get(self.pre_form, "मोहम्मद"))
        if self.init and not self.init_back:
            words.append(T.INITIAL_DEV.get(self.init, self.init) + ".")
        words += core
        if self.marker:
            words.append(dev_of(self.marker))
        if self.init and self.init_back:
            words.append(T.INITIAL_DEV.get(self.init, self.init))
        if self.sur:
            sd = dev_of(self.sur, "s")
            if self.order == "sur_first":
                words.insert(1 if self.pre else 0, sd)
            else:
                words.append(sd)
        if self.order == "swap_last" and len(words) >= 2:
            words[-1], words[-2] = words[-2], words[-1]
        if self.hon:
            words.insert(0, T.HON_DEV.get(self.hon, self.hon))
        s = " ".join(w for w in words if w)
        return dev_noise(s, ds)

    def canon(self):
        """Identity of the name for ambiguity checks: keys, no spelling, no honorific."""
        parts = list(self.given) + list(self.mid) + ([self.marker] if self.marker else []) + \
            ([self.sur] if self.sur else [])
        return " ".join(parts)


def dev_noise(s, ds):
    if not ds:
        return s
    words = s.split(" ")
    for i, w in enumerate(words):
        if w in ds.get("alt", ()) and w in T.DEV_ALT:
            words[i] = T.DEV_ALT[w]
    s = " ".join(words)
    if ds.get("nukta"):
        s = s.replace("\u093c", "")
    if ds.get("chandra"):
        s = s.replace("\u0901", "\u0902")
    return s


def random_devstyle(rng, plain=False):
    if plain:
        return {}
    return {"alt": set(w for w in T.DEV_ALT if rng.random() < 0.5), "nukta": rng.random() < 0.5,
            "chandra": rng.random() < 0.5}


# ----------------------------------------------------------------------------- ids
VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


class Registry:
    """Global uniqueness of Aadhaar numbers, mobiles and person ids across the whole set."""

    def __init__(self):
        self.aadhaar = set()
        self.mobiles = set()
        self.pid = 0

    def new_aadhaar(self, rng):
        while True:
            first = str(rng.randint(2, 8))
            body = first + "".join(str(rng.randint(0, 9)) for _ in range(10))
            num = body + verhoeff_digit(body)
            if num not in self.aadhaar and not num.startswith("9999"):
                assert verhoeff_ok(num)
                self.aadhaar.add(num)
                return num

    def new_mobile(self, rng):
        while True:
            m = rng.choice(T.MOBILE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(8))
            if m not in self.mobiles and len(set(m[2:])) > 2:
                self.mobiles.add(m)
                return m

    def new_pid(self):
        self.pid += 1
        return self.pid


def seeded(name):
    return random.Random(zlib.crc32(name.encode("utf-8")))


# ----------------------------------------------------------------------------- dates
def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def rand_date(rng, year, lo=None, hi=None):
    start = dt.date(year, 1, 1)
    end = dt.date(year, 12, 31)
    if lo:
        start = max(start, lo)
    if hi:
        end = min(end, hi)
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def dob_for_age(rng, age, ref=TODAY):
    """A date of birth giving exactly `age` on ref."""
    lo = dt.date(ref.year - age - 1, ref.month, ref.day) + dt.timedelta(days=1)
    hi = dt.date(ref.year - age, ref.month, ref.day)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def told_age(rng, true_age, spread=None):
    """The age a person (or a relative) tells at the desk when there is no document."""
    if true_age < 14:
        return max(0, true_age + rng.choice([0, 0, 0, 0, 0, 0, 0, 1, -1, 1]))
    if true_age < 30:
        a = true_age + rng.choice([0, 0, 0, 0, 0, 1, -1, 1, -1, 2, -2, 1])
        if rng.random() < 0.1:
            a = int(round(a / 5.0) * 5)
        return a
    if true_age < 50:
        a = true_age + rng.choice([0, 0, 1, -1, 2, -2, 3, -1, 1])
        if rng.random() < 0.25:
            a = int(round(a / 5.0) * 5)
        return a
    a = true_age + rng.randint(-5, 5)
    if rng.random() < 0.6:
        a = int(round(a / 5.0) * 5)
    return a


# ----------------------------------------------------------------------------- people
COMM = {c: T.COMMUNITIES[c] for c in T.COMMUNITIES}
MUSLIM_FAMSUR = ["Ansari", "Qureshi", "Khan", "Malik", "Saifi", "Siddiqui", "Alvi", "Mansuri", "Salmani",
                 "Idrisi", "Sheikh", "Abbasi", "Mirza", "Warsi", "Chaudhary"]
MUSLIM_PERSONAL = ["Ahmed", "Ali", "Hussain", "Alam", "Raza", "Khan"]


def _era_ok(s, by):
    k = s.replace(" ", "+").replace("~", "+")
    if by < 1975 and (k in T.YOUNG_ONLY or s in T.YOUNG_ONLY):
        return False
    if by > 1985 and (k in T.OLD_ONLY or s in T.OLD_ONLY):
        return False
    return True


SKEW = {"given": 4.0, "sur": 3.0}
BOOST = {"compound": 0.0, "mid": 0.0}     # raised only for the crowded search families


def zipf_choice(rng, pool, skew=4.0):
    w = [1.0 / (i + skew) for i in range(len(pool))]
    return rng.choices(pool, weights=w)[0]


def given_pool(comm, g, by):
    if by >= 2006:
        return list(T.KIDS[comm][g])
    if by < 1962:
        return list(T.ELDER[comm][g]) + [n for n in COMM[comm][g] if _era_ok(n, by)]
    pool = [n for n in COMM[comm][g] if _era_ok(n, by)]
    if by >= 1996:
        pool = pool + [n for n in T.KIDS[comm][g] if n not in pool]
    return pool


def fam_surname(rng, comm):
    if comm == "muslim":
        return zipf_choice(rng, MUSLIM_FAMSUR, SKEW["sur"])
    s = zipf_choice(rng, COMM[comm]["S"], SKEW["sur"])
    return s.replace("@s", "")


def hindu_like(comm):
    return comm in ("north", "bihari", "punjabi", "uttarakhand", "rajasthani", "bengali", "south")


def compose(rng, comm, g, by, married, fam_sur, given=None, kid=None):
    """A person's usual name, as he or she gives it."""
    if kid is None:
        kid = by >= 2008
    if given is None:
        pool = given_pool(comm, g, by)
        comp = [x for x in pool if (" " in x or "+" in x)]
        if comp and rng.random() < BOOST["compound"]:
            pool = comp
        given = zipf_choice(rng, pool, SKEW["given"])
    toks, joinable, dj = parse_given(given)
    n = Name(given=toks, joinable=joinable)
    if len(toks) > 1 and joinable:
        n.join = "joined" if (dj and rng.random() < 0.85) or (not dj and rng.random() < 0.25) else "split"
    r = rng.random
    single = len(toks) == 1
    if comm in ("north", "bihari", "rajasthani", "uttarakhand", "punjabi"):
        if g == "M":
            if comm == "uttarakhand" and not kid and single and r() < 0.55:
                n.mid = ["Singh"]
            elif single and not kid and r() < BOOST["mid"] + {"north": .3, "bihari": .45, "punjabi": .2,
                                                              "rajasthani": .1, "uttarakhand": .05}[comm]:
                n.mid = ["Kumar"]
            elif single and not kid and by < 1980 and comm in ("north", "rajasthani") and r() < 0.12:
                n.mid = [rng.choice(["Chand", "Prasad", "Lal"])]
            elif kid and single and r() < 0.1:
                n.mid = ["Kumar"]
            p = {"north": .5, "bihari": .45, "punjabi": .85, "rajasthani": .45, "uttarakhand": .7}[comm]
            if kid:
                p *= 0.7
            if fam_sur and fam_sur != "Singh" and r() < p:
                n.sur = fam_sur
            elif fam_sur == "Singh" and not n.mid and r() < p:
                n.sur = fam_sur
        else:
            plain_end = toks[-1] not in ("Wati", "Kali", "Rani")
            if married:
                pd = {"north": .45, "bihari": .75, "punjabi": .1, "rajasthani": .65, "uttarakhand": .55}[comm]
                if by < 1965:
                    pd = min(0.9, pd + 0.2)
                if plain_end and r() < pd:
                    n.marker = "Devi"
                elif plain_end and comm == "rajasthani" and r() < 0.2:
                    n.marker = "Bai"
                elif plain_end and comm == "punjabi" and r() < 0.2:
                    n.marker = "Rani"
                if fam_sur and ((n.marker is None and r() < 0.6) or r() < 0.04):
                    n.sur = fam_sur
            else:
                pk = {"north": .35, "bihari": .6, "punjabi": .05, "rajasthani": .45, "uttarakhand": .2}[comm]
                if plain_end and r() < pk:
                    n.marker = "Kumari"
                elif fam_sur and r() < 0.5:
                    n.sur = fam_sur
    elif comm == "sikh":
        if r() < 0.97:
            n.marker = "Singh" if g == "M" else "Kaur"
        if fam_sur and r() < (0.4 if g == "M" else 0.35):
            n.sur = fam_sur
    elif comm == "muslim":
        if g == "M":
            if single and r() < (0.2 if kid else 0.38):
                n.pre = "Mohammad"
                n.pre_form = rng.choices(["Mohd", "Mohd.", "Md", "Md.", "Mohammad", "Mohammed"],
                                         weights=[45, 15, 15, 5, 15, 5])[0]
            if fam_sur and r() < (0.3 if kid else 0.45):
                n.sur = fam_sur
            elif not kid and single and r() < 0.3:
                n.sur = rng.choice(MUSLIM_PERSONAL)
        else:
            if married and single and r() < 0.4:
                n.marker = rng.choices(["Begum", "Khatoon", "Bano"], weights=[4, 4, 2])[0]
            elif fam_sur and r() < 0.22:
                n.sur = fam_sur
    elif comm == "bengali":
        if g == "M" and single and not kid and r() < 0.2:
            n.mid = ["Kumar"]
        if g == "F" and married and r() < 0.05:
            n.marker = "Rani"
        if fam_sur and r() < (0.95 if g == "M" else 0.85):
            n.sur = fam_sur
    elif comm == "south":
        if fam_sur and r() < (0.3 if g == "M" else 0.15):
            n.sur = fam_sur
    return n


def elder_name(rng, comm, by, fam_sur, g="M"):
    n = compose(rng, comm, g, min(by, 1961), True, fam_sur, kid=False)
    return n


@dataclass(eq=False)
class Person:
    pid: int
    comm: str
    gender: str
    name: Name
    dob: dt.date
    dob_known: str          # exact | yob | told
    marital: str
    father: Name
    father_late: bool
    husband: object = None  # Person or Name
    husband_late: bool = False
    mobile: str = None
    aadhaar: str = None
    occupation: str = None
    cdays: int = None
    disability: int = None
    fam_sur: str = None

    def age(self, d=TODAY):
        return age_on(self.dob, d)

    def husband_name(self):
        if self.husband is None:
            return None
        return self.husband.name if isinstance(self.husband, Person) else self.husband


def pick_dob_known(rng, by):
    if by >= 2008:
        return rng.choices(["exact", "told"], weights=[85, 15])[0]
    if by >= 1985:
        return rng.choices(["exact", "yob", "told"], weights=[60, 10, 30])[0]
    if by >= 1962:
        return rng.choices(["exact", "yob", "told"], weights=[40, 20, 40])[0]
    return rng.choices(["exact", "yob", "told"], weights=[15, 30, 55])[0]


def occupation_for(rng, g, age):
    if age < 5:
        return None, None
    if age < 18:
        return "student", None
    if age < 23 and rng.random() < 0.4:
        return "student", None
    if age >= 65:
        return "none", None
    if g == "M":
        o = rng.choices(["construction_worker", "street_vendor", "other", "farmer", "govt_employee", "none"],
                        weights=[25, 15, 45, 2, 3, 5])[0]
    else:
        o = rng.choices(["domestic_worker", "none", "other", "street_vendor", "construction_worker"],
                        weights=[25, 45, 18, 6, 6])[0]
    cd = rng.randint(90, 260) if o == "construction_worker" and rng.random() < 0.6 else None
    return o, cd


class Ctx:
    def __init__(self, reg, rng):
        self.reg = reg
        self.rng = rng

    def person(self, comm, g, age=None, by=None, marital="never_married", fam_sur=None, given=None,
               father=None, father_late=None, dob=None, name=None, avoid=()):
        rng = self.rng
        if dob is None:
            dob = dob_for_age(rng, age) if by is None else rand_date(rng, by, hi=TODAY)
        by = dob.year
        if name is None:
            avoid = set(tuple(a) for a in avoid)
            if father is not None:
                avoid.add(tuple(father.given))
            for _ in range(12):
                name = compose(rng, comm, g, by, marital != "never_married", fam_sur, given=given)
                if tuple(name.given) not in avoid or given is not None:
                    break
        if father is None:
            for _ in range(8):
                father = elder_name(rng, comm, by - rng.randint(24, 36), fam_sur)
                if father.given != name.given:
                    break
        if father_late is None:
            a = age_on(dob, TODAY)
            father_late = rng.random() < (0.05 if a < 25 else 0.25 if a < 45 else 0.6 if a < 60 else 0.9)
        if comm == "south" and g and not name.init and rng.random() < 0.45:
            name.init = father.given[0][0]
        p = Person(pid=self.reg.new_pid(), comm=comm, gender=g, name=name, dob=dob,
                   dob_known=pick_dob_known(rng, by), marital=marital, father=father, father_late=father_late,
                   aadhaar=self.reg.new_aadhaar(rng), fam_sur=fam_sur)
        a = p.age()
        p.occupation, p.cdays = occupation_for(rng, g, a)
        if a >= 18 and rng.random() < (0.85 if g == "M" else 0.45):
            p.mobile = self.reg.new_mobile(rng)
        if rng.random() < 0.03 and a >= 5:
            p.disability = rng.choice([40, 45, 50, 60, 75, 80])
        return p


# ----------------------------------------------------------------------------- households
@dataclass(eq=False)
class House:
    comm: str
    loc: tuple
    h: int
    g: int
    blk: str
    bn: str
    gname: str
    floor: str
    members: list                  # [(Person, relation)]
    mobile: str = None
    income: int = None
    category: str = None
    minority: bool = None
    years: int = None
    ration: dict = None
    fam_sur: str = None
    roles: dict = field(default_factory=dict)

    def copy(self):
        return copy.copy(self)


def loc_weight(loc, comm):
    for part in loc[5].split():
        c, w = part.split(":")
        if c == comm:
            return int(w)
    return 0


def pick_locality(rng, comm, exclude=None):
    locs = [l for l in T.LOCALITIES if loc_weight(l, comm) > 0 and (exclude is None or l[0] != exclude)]
    if not locs:
        locs = [l for l in T.LOCALITIES if exclude is None or l[0] != exclude]
    return rng.choices(locs, weights=[max(1, loc_weight(l, comm)) for l in locs])[0]


def pick_comm(rng):
    cs = list(T.COMMUNITY_WEIGHT)
    return rng.choices(cs, weights=[T.COMMUNITY_WEIGHT[c] for c in cs])[0]


def category_for(rng, comm, sur):
    if sur in ("Jatav", "Valmiki", "Paswan", "Bairwa", "Regar", "Meghwal", "Sonkar", "Manjhi", "Rajak"):
        return "SC"
    if sur == "Meena":
        return "ST"
    if sur in ("Yadav", "Saini", "Prajapati", "Kushwaha", "Maurya", "Nishad", "Lodhi", "Kashyap", "Sahni",
               "Mahto", "Gurjar", "Kumawat", "Prajapat", "Mali", "Chaurasia", "Ansari", "Qureshi", "Saifi",
               "Mansuri", "Salmani", "Idrisi", "Jat"):
        return "OBC"
    if sur in ("Sharma", "Gupta", "Agarwal", "Jain", "Goel", "Mittal", "Bansal", "Tiwari", "Mishra", "Pandey",
               "Shukla", "Jha", "Joshi", "Pant", "Bhatt", "Arora", "Khanna", "Malhotra", "Kapoor", "Chawla", "Sethi",
               "Ahuja", "Narang", "Batra", "Gulati", "Taneja", "Kalra", "Bajaj", "Grover", "Banerjee", "Mukherjee",
               "Chatterjee", "Bhattacharya", "Bose", "Sen", "Dutta", "Iyer", "Menon", "Kohli", "Bedi", "Sodhi",
               "Bhatia", "Tomar", "Rajput", "Chauhan", "Rawat", "Negi", "Bisht", "Rana", "Bhandari", "Kathait",
               "Thakur", "Majumdar", "Ghosh", "Sarkar", "Roy", "Reddy", "Nair", "Pillai", "Rao", "Naidu"):
        return rng.choices(["GEN", "OBC"], weights=[9, 1])[0]
    return rng.choices(["GEN", "OBC", "SC"], weights=[3, 4, 3])[0]


def new_house(cx, comm, loc=None, fam_sur=None):
    rng = cx.rng
    loc = loc or pick_locality(rng, comm)
    fam_sur = fam_sur if fam_sur is not None else (fam_surname(rng, comm) if rng.random() < 0.97 else None)
    hs = House(comm=comm, loc=loc, h=rng.choice([rng.randint(1, 120), rng.randint(1, 999)]),
               g=rng.randint(1, 32), blk=rng.choice("ABCDEFGHJKLM"),
               bn=rng.choice([str(rng.randint(1, 40)), rng.choice("ABCDEFGHJKLMNPQ")]),
               gname=rng.choice(T.OLD_DELHI_GALIS), floor=rng.choice([None, None, None] + T.FLOORS),
               members=[], fam_sur=fam_sur)
    hs.income = rng.choice([36000, 48000, 60000, 72000, 84000, 96000, 100000, 120000, 150000, 180000])
    hs.category = category_for(rng, comm, fam_sur)
    hs.minority = comm in ("muslim", "sikh")
    hs.years = rng.randint(5, 45)
    if rng.random() < 0.12:
        hs.ration = {"number": "DL" + "".join(str(rng.randint(0, 9)) for _ in range(10)),
                     "category": rng.choices(["PHH", "AAY", "NONE"], weights=[7, 2, 1])[0]}
    return hs


def add(hs, p, rel, role=None):
    hs.members.append((p, rel))
    if role:
        hs.roles.setdefault(role, []).append(p)
    return p


def set_house_mobile(cx, hs):
    rng = cx.rng
    adults = [p for p, r in hs.members if p.mobile]
    if not adults:
        head = hs.members[0][0]
        head.mobile = cx.reg.new_mobile(rng)
        adults = [head]
    head = hs.members[0][0]
    hs.mobile = head.mobile if head.mobile and rng.random() < 0.75 else rng.choice(adults).mobile


def add_kids(cx, hs, father, mother, n, min_age=0, max_age=None, fam_sur=None, rel_of_head=("son", "daughter"),
             role="kid", avoid=()):
    rng = cx.rng
    mother_age = mother.age() if mother else father.age() - 4
    top = min(mother_age - 19, father.age() - 21 if father else 99)
    if max_age is not None:
        top = min(top, max_age)
    # a mother is rarely over 42, a father rarely over 55, at a birth
    lo = max(min_age, mother_age - 42, (father.age() - 55) if father else 0)
    if top < lo:
        return []
    ages = []
    a = max(lo, min(top, mother_age - rng.randint(19, 30)))
    n = min(n, 6 - len(hs.members))
    for _ in range(n):
        if a < lo:
            break
        ages.append(a)
        a -= rng.randint(2, 4)
    kids = []
    fname = father.name if father else (mother.husband_name() if mother else None)
    for a in ages:
        g = rng.choice("MF")
        k = cx.person(hs.comm, g, age=a, fam_sur=fam_sur if fam_sur is not None else hs.fam_sur,
                      father=fname.copy() if fname else None, father_late=False if father else True,
                      avoid=[m.name.given for m, _ in hs.members] + list(avoid))
        if hs.comm == "south" and fname and rng.random() < 0.45:
            k.name.init = fname.given[0][0]
        kids.append(add(hs, k, rel_of_head[0] if g == "M" else rel_of_head[1], role))
    return kids


def mk_couple(cx, comm, head_age, fam_sur, wife_age=None, head_g="M"):
    rng = cx.rng
    head = cx.person(comm, "M", age=head_age, marital="married", fam_sur=fam_sur)
    wa = wife_age if wife_age is not None else max(19, head_age - rng.choice([0, 1, 2, 3, 3, 4, 5, 6, 8]))
    wife = cx.person(comm, "F", age=wa, marital="married",
                     fam_sur=fam_sur if rng.random() < 0.9 else None,
                     father=None, avoid=[head.name.given, head.father.given])
    # the wife's father belongs to another family
    wife.father = elder_name(rng, comm, wife.dob.year - rng.randint(24, 34),
                             fam_surname(rng, comm) if rng.random() < 0.5 else None)
    wife.husband = head
    return head, wife


def shape_nuclear(cx, comm, head_age=None, n_kids=None, loc=None, fam_sur=None):
    rng = cx.rng
    hs = new_house(cx, comm, loc, fam_sur)
    head_age = head_age or rng.randint(24, 62)
    head, wife = mk_couple(cx, comm, head_age, hs.fam_sur)
    add(hs, head, "head", "head")
    add(hs, wife, "spouse", "wife")
    n = n_kids if n_kids is not None else rng.choices([0, 1, 2, 3, 4], weights=[1, 3, 4, 3, 1])[0]
    add_kids(cx, hs, head, wife, n)
    set_house_mobile(cx, hs)
    return hs


def shape_joint(cx, comm, head_age=None, loc=None, fam_sur=None, widow_head=False):
    rng = cx.rng
    hs = new_house(cx, comm, loc, fam_sur)
    head_age = head_age or rng.randint(56, 76)
    if widow_head:
        head = cx.person(comm, "F", age=head_age, marital="widowed", fam_sur=hs.fam_sur)
        head.husband = elder_name(rng, comm, head.dob.year - rng.randint(1, 6), hs.fam_sur)
        head.husband_late = True
        add(hs, head, "head", "head")
        father_name = head.husband
        sa = rng.randint(max(26, 20), min(48, head_age - 20))
        son = cx.person(comm, "M", age=sa, marital="married", fam_sur=hs.fam_sur, father=father_name.copy(),
                        father_late=True)
        wife_of_head = head
    else:
        head, wife_of_head = mk_couple(cx, comm, head_age, hs.fam_sur)
        add(hs, head, "head", "head")
        add(hs, wife_of_head, "spouse", "wife")
        sa = rng.randint(26, min(48, wife_of_head.age() - 19))
        son = cx.person(comm, "M", age=sa, marital="married", fam_sur=hs.fam_sur, father=head.name.copy(),
                        father_late=False, avoid=[head.father.given])
    add(hs, son, "son", "son")
    dil = cx.person(comm, "F", age=max(20, sa - rng.choice([0, 1, 2, 3, 4, 5])), marital="married",
                    fam_sur=hs.fam_sur if rng.random() < 0.9 else None, avoid=[m.name.given for m, _ in hs.members])
    dil.father = elder_name(rng, comm, dil.dob.year - rng.randint(24, 34),
                            fam_surname(rng, comm) if rng.random() < 0.5 else None)
    dil.husband = son
    add(hs, dil, "daughter_in_law", "dil")
    add_kids(cx, hs, son, dil, rng.choice([0, 1, 2, 2, 3]), rel_of_head=("grandchild", "grandchild"),
             role="grandkid")
    if rng.random() < 0.3 and not widow_head:
        add_kids(cx, hs, head, wife_of_head, 1, min_age=16, max_age=sa - 2, role="kid")
    set_house_mobile(cx, hs)
    return hs


def shape_with_parent(cx, comm, head_age=None, loc=None, fam_sur=None, parent_g="F", both=False, n_kids=None):
    rng = cx.rng
    hs = new_house(cx, comm, loc, fam_sur)
    head_age = head_age or rng.randint(28, 52)
    head, wife = mk_couple(cx, comm, head_age, hs.fam_sur)
    add(hs, head, "head", "head")
    add(hs, wife, "spouse", "wife")
    pa = head_age + rng.randint(21, 34)
    if parent_g == "F" or both:
        mom = cx.person(comm, "F", age=pa if parent_g == "F" else pa - rng.randint(2, 6),
                        marital="married" if both else "widowed", fam_sur=hs.fam_sur,
                        avoid=[head.name.given, wife.name.given])
        mom.father = elder_name(rng, comm, mom.dob.year - 28, None)
        mom.husband = head.father
        mom.husband_late = not both
        head.father_late = not both
        add(hs, mom, "mother", "parent")
    if parent_g == "M" or both:
        dad = cx.person(comm, "M", age=pa + (rng.randint(2, 6) if parent_g == "F" else 0),
                        marital="married" if both else "widowed", fam_sur=hs.fam_sur, name=head.father.copy())
        add(hs, dad, "father", "parent")
        head.father_late = False
        if both:
            mom.husband = dad
    n = n_kids if n_kids is not None else rng.choices([0, 1, 2, 3], weights=[1, 3, 4, 2])[0]
    add_kids(cx, hs, head, wife, n)
    set_house_mobile(cx, hs)
    return hs


def shape_widow(cx, comm, head_age=None, loc=None, fam_sur=None, n_kids=None):
    rng = cx.rng
    hs = new_house(cx, comm, loc, fam_sur)
    head_age = head_age or rng.randint(34, 75)
    head = cx.person(comm, "F", age=head_age, marital="widowed", fam_sur=hs.fam_sur)
    head.husband = elder_name(rng, comm, head.dob.year - rng.randint(1, 7), hs.fam_sur) \
        if head.dob.year < 1970 else compose(rng, comm, "M", head.dob.year - 3, True, hs.fam_sur)
    head.husband_late = True
    if not head.mobile:
        head.mobile = cx.reg.new_mobile(rng)
    add(hs, head, "head", "head")
    n = n_kids if n_kids is not None else rng.choice([1, 1, 2, 2, 3])
    add_kids(cx, hs, None, head, n, min_age=7)
    set_house_mobile(cx, hs)
    return hs


def shape_single(cx, comm, age=None, g=None, loc=None, fam_sur=None):
    rng = cx.rng
    hs = new_house(cx, comm, loc, fam_sur)
    g = g or rng.choice("MF")
    age = age or rng.randint(60, 85)
    if age >= 45:
        p = cx.person(comm, g, age=age, marital="widowed", fam_sur=hs.fam_sur)
        if g == "F":
            p.husband = elder_name(rng, comm, p.dob.year - 4, hs.fam_sur)
            p.husband_late = True
    else:
        p = cx.person(comm, g, age=age, marital="never_married", fam_sur=hs.fam_sur)
    if not p.mobile:
        p.mobile = cx.reg.new_mobile(rng)
    add(hs, p, "head", "head")
    set_house_mobile(cx, hs)
    return hs


# ----------------------------------------------------------------------------- records (what one operator typed)
@dataclass
class View:
    p: Person
    rel: str
    name: Name
    script: str = "lat"          # lat | lat_hi | dev
    devstyle: dict = field(default_factory=dict)
    hi_devstyle: dict = field(default_factory=dict)
    date_mode: str = "dob"       # dob | age | est
    dob: dt.date = None
    age: int = None
    fh_kind: str = "father"
    fh: Name = None
    fh_pre: str = None
    gender: str = None
    marital: str = None
    mobile: str = None
    aadhaar: str = None
    afmt: str = "space"
    occupation: str = None
    cdays: int = None
    school: str = None
    disability: int = None
    post: list = field(default_factory=list)      # [(op, seed)] applied to the Latin name
    fh_post: list = field(default_factory=list)


@dataclass
class Rec:
    house: House
    reg: dt.date
    views: list
    line1_fmt: str = None
    locality: str = None
    district: str = None
    pin: str = None
    mobile: str = None
    income: int = None
    category: str = None
    minority: bool = None
    years: int = None
    ration: dict = None
    floor: str = None
    with_state: bool = False
    opt_keys: tuple = ()

    def view_of(self, p):
        for v in self.views:
            if v.p is p:
                return v
        raise KeyError(p.pid)

    def index_of(self, p):
        for i, v in enumerate(self.views):
            if v.p is p:
                return i
        raise KeyError(p.pid)


def school_for(age):
    if age < 3 or age > 17:
        return None
    if age <= 4:
        return "nursery"
    if age == 5:
        return "kg"
    return str(age - 5)


def fh_habit(rng):
    return {"form": rng.choices(["full", "nosur", "given"], weights=[6, 3, 1])[0],
            "late": rng.random() < 0.5, "sh": rng.random() < 0.12}


def fh_name_for(v, habit):
    n = v.fh.copy() if v.fh else None
    if n is None:
        return None
    if habit["form"] in ("nosur", "given"):
        n.sur = None
    if habit["form"] == "given" and v.p.comm not in ("sikh",):
        n.mid = []
        n.marker = None
        n.init = None
    if not n.given:
        return None
    return n


def make_view(cx, p, rel, reg, style, hab):
    rng = cx.rng
    v = View(p=p, rel=rel, name=p.name.copy(), script=style["script"])
    v.devstyle = random_devstyle(rng, plain=style.get("plain_dev", False))
    v.hi_devstyle = {}
    a = age_on(p.dob, reg)
    if p.dob_known == "exact":
        v.date_mode, v.dob = "dob", p.dob
    elif p.dob_known == "yob":
        v.date_mode, v.dob = "dob", dt.date(p.dob.year, 1, 1)
        if v.dob > reg:
            v.dob = p.dob
    else:
        v.age = told_age(rng, a)
        if reg.year == TODAY.year:
            v.date_mode = "age"
            v.age = v.age + (age_on(p.dob, TODAY) - a)
        else:
            v.date_mode = "est"
            v.dob = dt.date(reg.year - v.age, 7, 1)
    # father's / husband's name
    hn = p.husband_name()
    if p.gender == "F" and hn is not None and p.marital in ("married", "widowed", "separated", "abandoned"):
        if rng.random() < 0.92:
            v.fh_kind, v.fh = "husband", hn.copy()
        else:
            v.fh_kind, v.fh = "father", p.father.copy()
    else:
        v.fh_kind, v.fh = "father", p.father.copy()
    late = (v.fh_kind == "husband" and p.husband_late) or (v.fh_kind == "father" and p.father_late)
    v.fh_pre = None
    if late and hab["late"]:
        v.fh_pre = "Late"
    elif hab["sh"]:
        v.fh_pre = "Sh."
    v.fh = fh_name_for(v, hab)
    v.gender = p.gender
    v.marital = p.marital
    if p.marital == "widowed" and p.husband_late is False and p.gender == "F":
        v.marital = "married"
    v.mobile = p.mobile if (p.mobile and rng.random() < 0.8) else None
    v.aadhaar = None
    v.afmt = rng.choice(["space", "space", "plain", "dash"])
    if rng.random() < 0.6:
        v.occupation, v.cdays = p.occupation, (p.cdays if rng.random() < 0.7 else None)
    if 3 <= a <= 17 and rel in ("son", "daughter", "grandchild", "brother", "sister", "other_relative") and \
            rng.random() < 0.4:
        v.school = school_for(a)
    v.disability = p.disability if p.disability and rng.random() < 0.8 else None
    return v


def make_rec(cx, hs, reg, style=None, members=None, omit=None, same_as=None):
    """One operator's typing of household hs at date reg.  same_as: an earlier Rec whose
    address typing habits are copied with some probability (same household, other laptop)."""
    rng = cx.rng
    style = dict(style or {})
    style.setdefault("script", rng.choices(["lat", "lat_hi", "dev"], weights=[85, 8, 7])[0])
    hab = fh_habit(rng)
    loc = hs.loc
    r = Rec(house=hs, reg=reg, views=[])
    fmts = T.LINE1_FORMATS[loc[4]]
    r.line1_fmt = rng.choice(fmts)
    r.locality = rng.choice(loc[1])
    r.floor = hs.floor if rng.random() < 0.6 else None
    if same_as is not None and same_as.house.loc == hs.loc:
        if rng.random() < 0.35:
            r.line1_fmt = same_as.line1_fmt
        if rng.random() < 0.5:
            r.locality = same_as.locality
    r.district, r.pin = loc[2], loc[3]
    r.with_state = rng.random() < 0.3
    r.mobile = hs.mobile
    r.income = hs.income if rng.random() < 0.7 else rng.choice([48000, 60000, 72000, 96000, 120000])
    r.category = hs.category
    r.minority = hs.minority
    r.years = hs.years - (TODAY.year - reg.year)
    r.ration = hs.ration
    r.opt_keys = tuple(k for k in ("income", "category", "minority", "years", "ration") if rng.random() < 0.6)
    mem = members if members is not None else [(p, rel) for p, rel in hs.members]
    for p, rel in mem:
        if p.dob > reg - dt.timedelta(days=20):
            continue            # not born yet when this record was typed
        if omit and p in omit:
            continue
        a_then = age_on(p.dob, reg)
        if rel in ("spouse", "daughter_in_law", "son_in_law", "other_relative") and p.marital != "never_married" \
                and a_then < 19:
            continue            # married into the family after this record was typed
        v = make_view(cx, p, rel, reg, style, hab)
        if p.marital == "married" and a_then < 19:
            v.marital = "never_married"
            if v.fh_kind == "husband":
                v.fh_kind, v.fh = "father", fh_name_for(View(p=p, rel=rel, name=p.name, fh=p.father.copy()), hab)
        r.views.append(v)
    for v in r.views:
        if v.p.aadhaar and rng.random() < 0.08:
            v.aadhaar = v.p.aadhaar
    return r


def line1_text(r):
    hs = r.house
    s = r.line1_fmt.format(h=hs.h, g=hs.g, blk=hs.blk, bn=hs.bn, gname=hs.gname)
    if r.floor:
        s += ", " + r.floor
    return s


def fmt_aadhaar(num, f):
    if f == "plain":
        return num
    sep = " " if f == "space" else "-"
    return sep.join([num[0:4], num[4:8], num[8:12]])


def apply_post(s, ops):
    for op, seed in ops:
        s = op(s, random.Random(seed))
    return s


def render_name(v):
    lat = apply_post(v.name.latin(), v.post)
    if v.script == "dev":
        return v.name.dev(v.devstyle), None
    if v.script == "lat_hi":
        return lat, v.name.dev(v.hi_devstyle)
    return lat, None


def render_fh(v):
    if v.fh is None:
        return None
    if v.script == "dev":
        s = v.fh.dev(v.devstyle)
        if v.fh_pre:
            s = {"Late": "स्व.", "Sh.": "श्री", "Late Sh.": "स्व. श्री", "Shri": "श्री"}[v.fh_pre] + " " + s
        return s
    s = apply_post(v.fh.latin(), v.fh_post)
    if v.fh_pre:
        s = v.fh_pre + " " + s
    return s


def render_member(v):
    m = {}
    name, name_hi = render_name(v)
    m["name"] = name
    if name_hi:
        m["name_hi"] = name_hi
    m["relation"] = v.rel
    m["gender"] = v.gender
    if v.date_mode == "age":
        m["age"] = v.age
    else:
        m["dob"] = v.dob.isoformat()
        if v.date_mode == "est":
            m["dob_estimated"] = True
    fh = render_fh(v)
    if fh:
        m["father_or_husband_name"] = fh
    if v.marital:
        m["marital_status"] = v.marital
    if v.mobile:
        m["mobile"] = v.mobile
    if v.aadhaar:
        m["aadhaar"] = fmt_aadhaar(v.aadhaar, v.afmt)
    if v.occupation:
        m["occupation"] = v.occupation
        if v.occupation == "construction_worker" and v.cdays:
            m["construction_days_last_year"] = v.cdays
    if v.school:
        m["school_class"] = v.school
    if v.disability:
        m["disability_percent"] = v.disability
    return m


def render(r):
    f = {}
    if r.mobile:
        f["mobile"] = r.mobile
    if "income" in r.opt_keys and r.income:
        f["annual_income"] = r.income
    if "category" in r.opt_keys and r.category:
        f["social_category"] = r.category
    if "minority" in r.opt_keys:
        f["minority"] = bool(r.minority)
    if "years" in r.opt_keys and r.years and r.years > 0:
        f["years_in_state"] = r.years
    if "ration" in r.opt_keys and r.ration:
        f["ration_card"] = dict(r.ration)
    addr = {"line1": line1_text(r), "locality": r.locality, "district": r.district}
    if r.with_state:
        addr["state"] = "DL"
    addr["pin"] = r.pin
    f["address"] = addr
    f["members"] = [render_member(v) for v in r.views]
    return f


# ----------------------------------------------------------------------------- validator (my own reading of docs/family-json.md)
HOUSE_KEYS = {"mobile", "annual_income", "social_category", "minority", "years_in_state", "ration_card",
              "address", "members", "extra"}
ADDR_KEYS = {"line1", "locality", "district", "state", "pin"}
MEMBER_KEYS = {"name", "name_hi", "relation", "gender", "dob", "age", "dob_estimated", "father_or_husband_name",
               "marital_status", "aadhaar", "mobile", "occupation", "construction_days_last_year",
               "disability_percent", "income_tax_payer", "pregnant", "lactating", "delivery_date", "school_class",
               "bank", "member_no", "extra"}
DEV_RE = re.compile(r"^[\u0900-\u097F .]+$")


def mobile_ok(s):
    s = s.replace(" ", "")
    if s.startswith("+91"):
        s = s[3:]
    elif len(s) == 12 and s.startswith("91"):
        s = s[2:]
    elif len(s) == 11 and s.startswith("0"):
        s = s[1:]
    return bool(re.fullmatch(r"[6-9]\d{9}", s))


def aadhaar_digits(s):
    return re.sub(r"[ -]", "", s)


def member_age(m):
    if "age" in m:
        return m["age"]
    d = dt.date.fromisoformat(m["dob"])
    return age_on(d, TODAY)


def _rough(m):
    """An age told at the desk, an estimate, or a 1 January date (year only): off by a few years."""
    return "age" in m or m.get("dob_estimated") or str(m.get("dob", "")).endswith("-01-01")


def validate_family(f):
    """Returns (errors, warnings)."""
    err, warn = [], []
    if not isinstance(f, dict):
        return ["family is not an object"], []
    for k in f:
        if k not in HOUSE_KEYS:
            err.append("unknown household key %s" % k)
    a = f.get("address")
    if not isinstance(a, dict):
        err.append("address missing")
    else:
        for k in a:
            if k not in ADDR_KEYS:
                err.append("unknown address key %s" % k)
        for k in ("line1", "locality", "district", "pin"):
            if not a.get(k):
                err.append("address.%s missing" % k)
        if a.get("district") not in DISTRICTS:
            err.append("district %r not one of the 13" % a.get("district"))
        if not re.fullmatch(r"[1-8]\d{5}", str(a.get("pin", ""))):
            err.append("bad pin")
        elif not str(a["pin"]).startswith("110"):
            warn.append("non-Delhi PIN")
        if "state" in a and a["state"] != "DL":
            err.append("state not DL")
    if "mobile" in f and not mobile_ok(f["mobile"]):
        err.append("bad household mobile")
    if "annual_income" in f and (not isinstance(f["annual_income"], int) or f["annual_income"] < 0):
        err.append("bad income")
    if "social_category" in f and f["social_category"] not in ("GEN", "OBC", "SC", "ST"):
        err.append("bad social_category")
    if "minority" in f and not isinstance(f["minority"], bool):
        err.append("bad minority")
    if "years_in_state" in f and (not isinstance(f["years_in_state"], int) or f["years_in_state"] < 0):
        err.append("bad years_in_state")
    if "ration_card" in f:
        rc = f["ration_card"]
        if set(rc) - {"number", "category"} or rc.get("category", "PHH") not in ("AAY", "PHH", "NONE"):
            err.append("bad ration_card")
    ms = f.get("members")
    if not isinstance(ms, list) or not ms:
        err.append("no members")
        return err, warn
    if len(ms) > 6:
        err.append("more than 6 members (my own limit for this set)")
    heads = [m for m in ms if m.get("relation") == "head"]
    if len(heads) != 1:
        err.append("%d heads" % len(heads))
    for i, m in enumerate(ms):
        w = "member %d: " % i
        for k in m:
            if k not in MEMBER_KEYS:
                err.append(w + "unknown key %s" % k)
        if not str(m.get("name", "")).strip():
            err.append(w + "no name")
        if "name_hi" in m and not DEV_RE.match(m["name_hi"]):
            err.append(w + "name_hi not Devanagari")
        if m.get("relation") not in RELATIONS:
            err.append(w + "bad relation %r" % m.get("relation"))
        if m.get("gender") not in ("F", "M", "T"):
            err.append(w + "bad gender")
        if ("dob" in m) == ("age" in m):
            err.append(w + "need exactly one of dob/age")
        if "dob" in m:
            try:
                d = dt.date.fromisoformat(m["dob"])
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["dob"]):
                    raise ValueError
                if d > TODAY:
                    err.append(w + "dob in future")
                if age_on(d, TODAY) > 120:
                    err.append(w + "older than 120")
            except ValueError:
                err.append(w + "bad dob %r" % m["dob"])
        if "dob_estimated" in m and ("dob" not in m or not isinstance(m["dob_estimated"], bool)):
            err.append(w + "dob_estimated without dob")
        if "age" in m and (not isinstance(m["age"], int) or not 0 <= m["age"] <= 120):
            err.append(w + "bad age")
        if "marital_status" in m and m["marital_status"] not in MARITAL:
            err.append(w + "bad marital_status")
        if "mobile" in m and not mobile_ok(m["mobile"]):
            err.append(w + "bad mobile")
        if "aadhaar" in m:
            d = aadhaar_digits(m["aadhaar"])
            if not re.fullmatch(r"[2-9]\d{11}", d) or not verhoeff_ok(d) or d.startswith("9999"):
                err.append(w + "bad aadhaar")
        if "occupation" in m and m["occupation"] not in OCCUPATIONS:
            err.append(w + "bad occupation")
        if "construction_days_last_year" in m and m.get("occupation") != "construction_worker":
            err.append(w + "construction days without construction_worker")
        if "school_class" in m and m["school_class"] not in SCHOOL:
            err.append(w + "bad school_class")
        if "disability_percent" in m and not 0 <= m["disability_percent"] <= 100:
            err.append(w + "bad disability")
    if len(heads) == 1 and not err:
        ha = member_age(heads[0])
        for i, m in enumerate(ms):
            a = member_age(m)
            r = m["relation"]
            if r == "spouse" and a < 18:
                warn.append("member %d: spouse under 18" % i)
            if r in ("son", "daughter") and a >= ha:
                warn.append("member %d: child older than head" % i)
            if r in ("father", "mother", "father_in_law", "mother_in_law") and a - ha < 12:
                warn.append("member %d: parent less than 12 years older than head" % i)
            if r in ("son", "daughter") and m.get("marital_status") == "married" and a < 16:
                warn.append("member %d: married child under 16" % i)
            # my own realism checks (stricter than the doc's warnings)
            if r in ("son", "daughter") and ha - a < 15:
                warn.append("member %d: child less than 15 years younger than head (realism)" % i)
            if r == "grandchild" and ha - a < 30:
                warn.append("member %d: grandchild less than 30 years younger (realism)" % i)
            if r in ("father", "mother", "father_in_law", "mother_in_law") and a - ha < 15:
                warn.append("member %d: parent less than 15 years older (realism)" % i)
            if r in ("spouse", "daughter_in_law", "son_in_law") and a < 18:
                warn.append("member %d: married member under 18 (realism)" % i)
            if a < 18 and m.get("marital_status") not in (None, "never_married"):
                warn.append("member %d: married under 18 (realism)" % i)
            rough = _rough(m) or _rough(heads[0])
            if r == "spouse" and abs(ha - a) > 14 + (8 if rough else 0):
                warn.append("member %d: spouses %d years apart (realism)" % (i, abs(ha - a)))
            if r in ("son", "daughter"):
                mothers = [heads[0]] if heads[0].get("gender") == "F" else \
                    [x for x in ms if x.get("relation") == "spouse" and x.get("gender") == "F"]
                for mo in mothers[:1]:
                    sl = 8 if (_rough(m) or _rough(mo)) else 0
                    gap = member_age(mo) - a
                    if gap < 16 - sl or gap > 45 + sl:
                        warn.append("member %d: mother %d years older (realism)" % (i, gap))
    return err, warn
