"""A name in Latin letters written in Devanagari, as a suggestion for the operator to confirm.

The Aadhaar QR carries the name in English only. Romanised Indian names lose what Devanagari
keeps (long and short vowels, dental and retroflex consonants), so no rule set gets every name
right; this one gets common names close enough that the operator corrects a letter rather
than types the name. Common name words come from a small table; the rest go by sound: clusters
take a virama, a word-final consonant keeps none (Hindi drops the last inherent vowel), a final
a, i or u is long, and n or m before a consonant is an anusvara. The reverse direction
(Devanagari to Latin, for search) is core/linkage/names.py's.
"""

from __future__ import annotations

import re
from typing import TypeVar

T = TypeVar("T")

VIRAMA = "्"
ANUSVARA = "ं"

WORDS = {
    "kumar": "कुमार", "kumari": "कुमारी", "devi": "देवी", "singh": "सिंह", "ram": "राम",
    "lal": "लाल", "prasad": "प्रसाद", "sharma": "शर्मा", "gupta": "गुप्ता", "yadav": "यादव",
    "khan": "ख़ान", "mohammad": "मोहम्मद", "mohammed": "मोहम्मद", "mohd": "मोहम्मद",
    "md": "मोहम्मद", "muhammad": "मुहम्मद", "ali": "अली", "shri": "श्री", "sri": "श्री",
    "chand": "चंद", "chandra": "चंद्र", "verma": "वर्मा", "mishra": "मिश्रा",
    "pandey": "पांडे", "jha": "झा", "rao": "राव", "reddy": "रेड्डी", "das": "दास",
    "begum": "बेगम", "bano": "बानो", "khatoon": "ख़ातून", "babu": "बाबू", "nath": "नाथ",
    "kaur": "कौर", "rani": "रानी", "bai": "बाई", "ben": "बेन", "ahmad": "अहमद",
    "ahmed": "अहमद", "rahman": "रहमान", "pal": "पाल", "chaudhary": "चौधरी",
    "choudhary": "चौधरी", "kashyap": "कश्यप", "thakur": "ठाकुर", "tiwari": "तिवारी",
    "tripathi": "त्रिपाठी", "dubey": "दुबे", "shukla": "शुक्ला", "saini": "सैनी",
    "rawat": "रावत", "bisht": "बिष्ट", "negi": "नेगी", "meena": "मीना", "jain": "जैन",
    "agarwal": "अग्रवाल", "bansal": "बंसल", "garg": "गर्ग", "goyal": "गोयल", "sahu": "साहू",
    "mahto": "महतो", "paswan": "पासवान", "rajput": "राजपूत", "patel": "पटेल",
    "laxmi": "लक्ष्मी", "lakshmi": "लक्ष्मी", "krishna": "कृष्ण", "rama": "रामा",
    "venkat": "वेंकट", "rao.": "राव",
}

# Longest spellings first.
_CONSONANTS: list[tuple[str, str]] = [
    ("ksh", "क्ष"), ("chh", "छ"), ("gy", "ज्ञ"), ("kh", "ख"), ("gh", "घ"), ("ch", "च"),
    ("jh", "झ"), ("th", "थ"), ("dh", "ध"), ("ph", "फ"), ("bh", "भ"), ("sh", "श"),
    ("k", "क"), ("g", "ग"), ("c", "क"), ("j", "ज"), ("t", "त"), ("d", "द"), ("n", "न"),
    ("p", "प"), ("f", "फ़"), ("b", "ब"), ("m", "म"), ("y", "य"), ("r", "र"), ("l", "ल"),
    ("v", "व"), ("w", "व"), ("s", "स"), ("h", "ह"), ("z", "ज़"), ("q", "क़"), ("x", "क्स"),
]
# spelling -> (letter at the start of a syllable, sign after a consonant)
_VOWELS: list[tuple[str, tuple[str, str]]] = [
    ("aa", ("आ", "ा")), ("ai", ("ऐ", "ै")), ("au", ("औ", "ौ")), ("ee", ("ई", "ी")),
    ("ii", ("ई", "ी")), ("oo", ("ऊ", "ू")), ("ou", ("औ", "ौ")), ("a", ("अ", "")),
    ("i", ("इ", "ि")), ("u", ("उ", "ु")), ("e", ("ए", "े")), ("o", ("ओ", "ो")),
]
_LONG_AT_END = {"": "ा", "ि": "ी", "ु": "ू"}


def to_devanagari(name: str) -> str:
    """'Sumit Kumar' -> 'सुमित कुमार'. Words with other letters than a-z are left as they are."""
    return " ".join(_word(w) for w in name.split())


def _word(word: str) -> str:
    low = word.lower().strip(".")
    if low in WORDS:
        return WORDS[low]
    if not re.fullmatch(r"[a-z]+", low):
        return word
    out: list[str] = []
    i, after_consonant = 0, False
    while i < len(low):
        consonant = _match(low, i, _CONSONANTS)
        if consonant is not None:
            spelling, letter = consonant
            following = _match(low, i + len(spelling), _CONSONANTS)
            # n or m closing a syllable before another consonant is a nasal sign
            if spelling in ("n", "m") and following is not None and out and not after_consonant:
                out.append(ANUSVARA)
            else:
                if after_consonant:
                    out.append(VIRAMA)
                out.append(letter)
                after_consonant = True
            i += len(spelling)
            continue
        vowel = _match(low, i, _VOWELS)
        if vowel is None:  # y as a vowel after a consonant, or any other letter: as "i"
            i += 1
            if after_consonant:
                out.append("ी" if i == len(low) else "ि")
                after_consonant = False
            continue
        spelling, (letter, sign) = vowel
        i += len(spelling)
        at_end = i == len(low)
        if after_consonant:
            out.append(_LONG_AT_END.get(sign, sign) if at_end and len(out) > 1 else sign)
        else:
            out.append(letter)
        after_consonant = False
    return "".join(out)


def _match(text: str, at: int, table: list[tuple[str, T]]) -> tuple[str, T] | None:
    for spelling, value in table:
        if text.startswith(spelling, at):
            return spelling, value
    return None
