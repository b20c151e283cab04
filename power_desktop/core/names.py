"""Indian names as they are spelt differently: the keys that find them and the score that
compares them.

"Laxmi Bist" and "Lakshmi Bisht", "Mohd Salim" and "Muhammad Saleem", "कमला देवी" and
"Kamla Devi" must find each other. Each name word gets a *skeleton*: transliterated to Latin,
spelling variants folded (ksh/x, sh/s, w/v, b/v, ph/f, aspirates, long vowels), then the first
letter and the consonants that follow. Skeletons index the search (recall); a similarity score on
the folded spelling ranks what was found (precision).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s",
    "ह": "h", "ळ": "l", "क़": "k", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh",
    "फ़": "f", "य़": "y",
}
_VOWELS = {"अ": "a", "आ": "aa", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ऋ": "ri", "ए": "e",
           "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o"}
_MATRAS = {"ा": "aa", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "ृ": "ri", "े": "e", "ै": "ai",
           "ो": "o", "ौ": "au", "ॉ": "o"}
_NASAL = {"ं": "n", "ँ": "n", "ः": "h"}
VIRAMA, NUKTA = "्", "़"

# Words that mark gender or respect, present in one record and absent in another.
OPTIONAL_WORDS = {"kumar", "kumari", "devi", "debi", "bai", "ben", "bibi", "begum", "smt",
                  "shri", "sri", "mr", "mrs", "ms", "late", "km"}
# One spelling for names written many ways.
ALIASES = {"mohd": "mohammad", "md": "mohammad", "mohammed": "mohammad",
           "muhammad": "mohammad", "muhammed": "mohammad", "mohamad": "mohammad",
           "mohamed": "mohammad", "mohmmad": "mohammad", "mohd.": "mohammad"}
_FOLDS = [("ksh", "x"), ("ks", "x"), ("chh", "c"), ("ch", "c"), ("sh", "s"), ("kh", "k"),
          ("gh", "g"), ("jh", "j"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("bh", "b"),
          ("w", "v"), ("b", "v"), ("z", "j"), ("q", "k"), ("ck", "k"), ("ee", "i"), ("ii", "i"),
          ("oo", "u"), ("uu", "u"), ("aa", "a"), ("ou", "u"), ("au", "o"), ("ai", "e"),
          ("ei", "e"), ("y", "i")]


def transliterate(text: str) -> str:
    """Devanagari to plain Latin (Hindi habits: no final inherent a); other text unchanged."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    chars = list(text)
    i = 0
    while i < len(chars):
        ch = chars[i]
        if i + 1 < len(chars) and chars[i + 1] == NUKTA and ch + NUKTA in _CONSONANTS:
            ch = ch + NUKTA
            i += 1
        if ch in _CONSONANTS:
            out.append(_CONSONANTS[ch])
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if nxt == VIRAMA:
                i += 1
            elif nxt not in _MATRAS and nxt and ("\u0900" <= nxt <= "\u097f") and \
                    nxt not in _NASAL:
                out.append("a")  # the inherent vowel, except at a word's end
            elif nxt in _NASAL:
                out.append("a")
        elif ch in _MATRAS:
            out.append(_MATRAS[ch])
        elif ch in _VOWELS:
            out.append(_VOWELS[ch])
        elif ch in _NASAL:
            out.append(_NASAL[ch])
        elif ch == VIRAMA:
            pass
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def words(name: str) -> list[str]:
    """Lower-case Latin words of a name in any script, aliases applied."""
    return list(_words(name))


@lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    latin = transliterate(name).lower()
    latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    result = []
    for word in re.findall(r"[a-z]+\.?", latin):
        word = ALIASES.get(word, word).rstrip(".")
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
    key = folded[0] + rest
    return re.sub(r"(.)\1+", r"\1", key)


def is_optional(word: str) -> bool:
    return fold(word) in _OPTIONAL_FOLDED


def keys(name: str, optional: bool = False) -> list[str]:
    """Search keys of a name's words (optional words such as Kumar or Devi left out unless
    asked for)."""
    return list(_keys(name, optional))


@lru_cache(maxsize=65536)  # names repeat: a camp has many Sunita Devis
def _keys(name: str, optional: bool) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in words(name) if optional or not is_optional(w))


@lru_cache(maxsize=65536)
def folded_name(name: str) -> str:
    return " ".join(fold(w) for w in words(name) if not is_optional(w))


def similarity(a: str, b: str) -> float:
    """0-100: how alike two names are, whatever the script, spelling, word order or optional
    words; initials match a word they begin ("R K Sharma" ~ "Ram Kumar Sharma")."""
    fa, fb = folded_name(a), folded_name(b)
    if not fa or not fb:
        return 0.0
    wa, wb = fa.split(), fb.split()
    if any(len(w) == 1 for w in wa + wb):
        wa, wb = _expand_initials(wa, wb), _expand_initials(wb, wa)
        fa, fb = " ".join(wa), " ".join(wb)
    score = max(fuzz.token_sort_ratio(fa, fb), fuzz.token_set_ratio(fa, fb) - 5)
    return float(score)


def _expand_initials(these: list[str], others: list[str]) -> list[str]:
    out = []
    for w in these:
        if len(w) == 1:
            full = next((o for o in others if o.startswith(w) and len(o) > 1), w)
            out.append(full)
        else:
            out.append(w)
    return out


_OPTIONAL_FOLDED = {fold(w) for w in OPTIONAL_WORDS}
