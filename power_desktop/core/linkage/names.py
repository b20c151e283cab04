"""Indian names as they are spelt differently: words, folded spellings and keys.

"Laxmi Bist" and "Lakshmi Bisht", "Mohd Salim" and "Muhammad Saleem", "कमला देवी" and
"Kamla Devi", "Om Prakash" and "Omprakash" must find each other. A name is read in three steps:

1. Devanagari is transliterated the way Hindi is spoken (`transliterate`): no final inherent
   vowel, the inherent vowel dropped inside a word where Hindi drops it (कमला -> kamla), the
   anusvara read by the consonant after it (शंभू -> shambhu, सिंह -> singh), ज्ञ as gy.
2. Its words are split into honorifics (Smt, Shri, Km, Mst: dropped), marker words (Devi,
   Kumari, Begum, Bano, Kumar: they come and go between records) and core words.
3. Each word is *folded* to one spelling of the ways it is written (ksh/x, sh/s, w/v, b/v,
   aspirates, long vowels, au/ou/ow, doubled letters) and reduced to a *skeleton*: its first
   letter and the consonants after it (kamla, kamala, कमला -> kml).

Skeletons are the keys the index is searched by (recall); the folded words are what the
matcher compares (precision).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s",
    "ह": "h", "ळ": "l", "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh",
    "फ़": "f", "य़": "y",
}
_VOWELS = {"अ": "a", "आ": "aa", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ऋ": "ri", "ए": "e",
           "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o"}
_MATRAS = {"ा": "aa", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "ृ": "ri", "े": "e", "ै": "ai",
           "ो": "o", "ौ": "au", "ॉ": "o"}
_ANUSVARA, _CHANDRABINDU, _VISARGA = "ं", "ँ", "ः"
VIRAMA, NUKTA = "्", "़"
_LABIALS = {"प", "फ", "ब", "भ", "म"}
_ZW = {"\u200c", "\u200d"}  # joiners: they change a glyph's shape, never its sound

# Titles: never part of who someone is.
HONORIFICS = {"smt", "shrimati", "srimati", "shrimti", "sushri", "shri", "shree", "sri", "sh",
              "km", "kum", "mst", "musammat", "mr", "mrs", "ms", "miss", "dr", "late", "sardar",
              "sardarni", "sardarji", "janab", "so", "wo", "do", "co"}
# Words that mark gender, marriage or respect: present on one record, absent on another.
MARKERS = {"kumar", "kumari", "devi", "debi", "bai", "ben", "bibi", "begum", "begam",
           "khatun", "khatoon", "bano", "banu",
           # "Mohd" before a Muslim given name comes and goes between records
           "mohammad"}
# One spelling for names written many ways.
ALIASES = {"mohd": "mohammad", "md": "mohammad", "mohammed": "mohammad",
           "muhammad": "mohammad", "muhammed": "mohammad", "mohamad": "mohammad",
           "mohamed": "mohammad", "mohmmad": "mohammad", "mohmad": "mohammad",
           "mohammd": "mohammad", "mahmad": "mohammad", "mo": "mohammad",  # मो. = Mohd
           "gurjar": "gujjar", "gujar": "gujjar"}
_FOLDS = [("ksh", "x"), ("ks", "x"), ("chh", "c"), ("ch", "c"), ("sh", "s"), ("kh", "k"),
          ("gh", "g"), ("jh", "j"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("bh", "b"),
          ("ow", "o"), ("w", "v"), ("b", "v"), ("z", "j"), ("q", "k"), ("ck", "k"),
          ("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"), ("aa", "a"), ("ou", "o"),
          ("au", "o"), ("ai", "e"), ("ei", "e"), ("y", "i")]


def _units(word: str) -> list[list[str]]:
    """A Devanagari word as [kind, sound] units: C consonant, V vowel, A inherent vowel."""
    out: list[list[str]] = []
    chars = [c for c in word if c not in _ZW]
    i = 0
    while i < len(chars):
        ch = chars[i]
        if i + 1 < len(chars) and chars[i + 1] == NUKTA and ch + NUKTA in _CONSONANTS:
            ch += NUKTA
            i += 1
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch == "ज" and nxt == VIRAMA and chars[i + 2:i + 3] == ["ञ"]:
            out += [["C", "g"], ["C", "y"]]  # ज्ञ is said gy in Hindi
            i += 3
            if not (i < len(chars) and (chars[i] in _MATRAS or chars[i] == VIRAMA)):
                out.append(["A", "a"])
            continue
        if ch in _CONSONANTS:
            out.append(["C", _CONSONANTS[ch]])
            if nxt == VIRAMA:
                i += 1
            elif nxt not in _MATRAS:
                out.append(["A", "a"])
        elif ch in _MATRAS or ch in _VOWELS:
            out.append(["V", _MATRAS.get(ch) or _VOWELS[ch]])
        elif ch in (_ANUSVARA, _CHANDRABINDU):
            following = chars[i + 1] if i + 1 < len(chars) else ""
            sound = "m" if following in _LABIALS else "ng" if following == "ह" else "n"
            out.append(["N", sound])
        elif ch == _VISARGA:
            out.append(["N", "h"])
        elif ch != VIRAMA:
            out.append(["X", ch])
        i += 1
    return out


def _drop_schwas(units: list[list[str]]) -> None:
    """Hindi drops the inherent vowel at a word's end and between a vowel-consonant and a
    consonant-vowel (kamala -> kamla, rajakumar -> rajkumar), reading from the right."""
    if len(units) > 2 and units[-1][0] == "A":
        units.pop()
    for i in range(len(units) - 2, 1, -1):
        if units[i][0] != "A":
            continue
        before_ok = units[i - 1][0] == "C" and units[i - 2][0] in "VA"
        after_ok = (i + 2 < len(units) and units[i + 1][0] == "C"
                    and units[i + 2][0] in "VA")
        if before_ok and after_ok:
            del units[i]


def transliterate(text: str) -> str:
    """Devanagari to plain Latin (Hindi habits); other text unchanged."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for piece in re.split(r"(\s+)", text):
        if any("\u0900" <= c <= "\u097f" for c in piece):
            units = _units(piece)
            _drop_schwas(units)
            out.append("".join(u[1] for u in units))
        else:
            out.append(piece)
    return "".join(out)


def words(name: str) -> list[str]:
    """Lower-case Latin words of a name in any script, aliases applied, titles kept."""
    return list(_words(name))


@lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    latin = transliterate(name).lower()
    latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    latin = re.sub(r"\b([swdc])\s*/\s*o\b", " ", latin)  # S/O, W/O: the relation, not a name
    result = []
    for word in re.findall(r"[a-z]+", latin):
        word = ALIASES.get(word, word)
        if word:
            result.append(word)
    return tuple(result)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """One spelling for the ways a word is written: Lakshmi/Laxmi, Bisht/Bist, Devi/Debi."""
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)  # doubled letters
    if len(word) > 2 and word.endswith("h"):
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """First letter and the consonants after it, of the folded word: kamla, kamala -> kml."""
    folded = fold(word)
    if not folded:
        return ""
    rest = re.sub(r"[aeiou]", "", folded[1:])
    return re.sub(r"(.)\1+", r"\1", folded[0] + rest)


_HONORIFICS_FOLDED = {fold(w) for w in HONORIFICS}
_MARKERS_FOLDED = {fold(w) for w in MARKERS}


def _is_title(word: str, folded: str) -> bool:
    """Smt, Shri, Sh. as written; longer spellings also folded (श्रीमती, Shreemati). A short
    word is a title only as written: "S." is an initial, though "Sh." folds to s."""
    return word in HONORIFICS or (len(word) > 3 and folded in _HONORIFICS_FOLDED)


def is_marker(folded: str) -> bool:
    """A folded marker word (devi, kumar, begum...)."""
    return folded in _MARKERS_FOLDED


def is_optional(word: str) -> bool:
    """A title or marker word (Smt, Devi, Kumar, Begum): absent as often as present."""
    f = fold(word)
    return f in _MARKERS_FOLDED or _is_title(word.lower(), f)


@dataclass(frozen=True)
class NameParts:
    """A name as the matcher sees it: folded words in the order written."""
    core: tuple[str, ...]      # folded words that say who it is (no titles, no markers)
    markers: tuple[str, ...]   # folded marker words (devi, kumar, begum...)
    every: tuple[str, ...]     # folded core and marker words, in order (for joined forms)

    @property
    def joined(self) -> str:
        return "".join(self.core)

    @property
    def given(self) -> str:
        return self.core[0] if self.core else ""


@lru_cache(maxsize=65536)
def parts(name: str) -> NameParts:
    core: list[str] = []
    markers: list[str] = []
    every: list[str] = []
    for w in words(name):
        f = fold(w)
        if not f or _is_title(w, f):
            continue
        every.append(f)
        (markers if f in _MARKERS_FOLDED else core).append(f)
    if not core and markers:  # "Kumari" alone is still a name
        core = markers[:1]
    return NameParts(tuple(core), tuple(markers), tuple(every))


def keys(name: str, optional: bool = False) -> list[str]:
    """Search keys of a name's words (titles and marker words such as Kumar or Devi left out
    unless asked for)."""
    return list(_keys(name, optional))


@lru_cache(maxsize=65536)  # names repeat: a camp has many Sunita Devis
def _keys(name: str, optional: bool) -> tuple[str, ...]:
    p = parts(name)
    chosen = p.every if optional else p.core
    return tuple(dict.fromkeys(skeleton(w) for w in chosen if skeleton(w)))


@lru_cache(maxsize=65536)
def block_keys(name: str) -> tuple[str, ...]:
    """The keys a person is found by: each core word of two letters or more, and each pair of
    neighbouring words joined (so "Om Prakash" and "Omprakash", "Ram Kumar" and "Ramkumar"
    share a key)."""
    p = parts(name)
    found = [skeleton(w) for w in p.core if len(w) > 1]
    found += [skeleton(a + b) for a, b in zip(p.every, p.every[1:], strict=False)
              if len(a) > 1 and len(b) > 1]
    return tuple(dict.fromkeys(k for k in found if len(k) > 1))


@lru_cache(maxsize=65536)
def folded_name(name: str) -> str:
    return " ".join(parts(name).core)


def given_key(person: object) -> str:
    """The skeleton of a person's given name (the first core word), for name counts."""
    given = parts(str(getattr(person, "name", ""))).given
    return skeleton(given) if given else ""
