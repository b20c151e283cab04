"""Search by name: the index query made from what was typed, and the order of what it finds.

Typed words are looked for by the same keys the duplicate check uses (core.linkage.names), in
the person's own name, the father's or husband's name, or the locality; two neighbouring typed
words may also be one written word ("om prakash" finds Omprakash, "omprakash" finds Om
Prakash), an initial stands for any word it begins, and marker words (Devi, Kumar, Begum) are
never required. The person meant comes first: names spelt as typed before variants, then by
how much of what was typed their own name holds, then father's name and locality, then age.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from power_desktop.core.linkage.compare import word_level
from power_desktop.core.linkage.names import fold, is_optional, parts, skeleton, words


def _word_clause(word: str, typing: bool) -> str | None:
    """Index terms one typed word may match (None: the word is a title or marker)."""
    spelt = words(word)
    if not spelt or (all(is_optional(w) for w in spelt) and not typing):
        return None
    options: list[str] = []
    for w in spelt:
        f = fold(w)
        key = skeleton(w)
        if not key:
            continue
        if len(f) == 1 or typing:
            options += [f"{{name father}} : {key}*", f"{{name father}} : {w}*",
                        f"place : {f}*"]
        else:  # a locality word may be half of one written joined (trilok / trilokpuri)
            options += [f"{{name father}} : {key}", f"place : {f}*"]
    if len(spelt) == 1 and len(spelt[0]) == 2 and spelt[0].isalpha():  # "rk": R. K.?
        a, b = spelt[0][0], spelt[0][1]
        options.append(f"({{name father}} : {a}* AND {{name father}} : {b}*)")
    if not options:
        return None
    return "(" + " OR ".join(dict.fromkeys(options)) + ")"


def name_query(name_words: list[str], typing: bool) -> str:
    """The FTS query for typed name words ('' when nothing can be asked)."""
    clauses = [_word_clause(w, typing and i == len(name_words) - 1)
               for i, w in enumerate(name_words)]
    main = [c for c in clauses if c]
    if not main:
        return ""
    variants = [" AND ".join(main)]
    for i in range(len(name_words) - 1):  # two typed words written as one
        a, b = (fold("".join(words(w))) for w in name_words[i:i + 2])
        if len(a) < 2 or len(b) < 2:
            continue
        joined = skeleton(a + b)
        last = typing and i + 1 == len(name_words) - 1
        rest = [c for j, c in enumerate(clauses) if c and j not in (i, i + 1)]
        star = "*" if last else ""
        term = f"(name : {joined}{star} OR place : {a + b}*)"
        variants.append(" AND ".join([term, *rest]))
    return " OR ".join(f"({v})" for v in variants) if len(variants) > 1 else variants[0]


def by_age_tokens(name_words: list[str], years: range) -> list[str]:
    """Blocking tokens of a typed given name born in these years ("sunita 45")."""
    given = next((p.core[0] for p in (parts(w) for w in name_words) if p.core), "")
    key = skeleton(given) if len(given) > 1 else ""
    return [f"{key}{y}" for y in years] if key else []


@dataclass(frozen=True)
class Fit:
    score: float  # 0-100: how alike the typed words and the person's name are
    rank: float   # the order of hits: higher first
    why: str


def _covered(typed: tuple[str, ...], have: tuple[str, ...], last_prefix: bool) -> tuple[
        int, int]:
    """How many typed words agree with one of `have`, and how many are spelt the same."""
    agree = exact = 0
    pool = list(have)
    for n, t in enumerate(typed):
        is_last = last_prefix and n == len(typed) - 1
        hit = None
        for h in pool:
            if t == h:
                exact += 1
                hit = h
                break
        if hit is None:
            hit = next((h for h in pool if word_level(t, h) in ("alike", "initial")
                        or (is_last and h.startswith(t))
                        or (len(t) == 1 and h.startswith(t))), None)
        if hit is not None:
            agree += 1
            pool.remove(hit)
    return agree, exact


@lru_cache(maxsize=65536)  # names repeat: many Sunita Devis of Sangam Vihar
def rank_name(name_words: tuple[str, ...], name: str, name_hi: str, father: str,
              locality: str, typing: bool = False) -> Fit:
    typed = parts(" ".join(name_words)).every
    if not typed:
        return Fit(0.0, 0.0, "name")
    own_options = [parts(name).every] + ([parts(name_hi).every] if name_hi else [])
    own, exact = max((_covered(typed, o, typing) for o in own_options), default=(0, 0))
    joined_typed = "".join(typed)
    joined_own = max(("".join(o) for o in own_options),
                     key=lambda j: JaroWinkler.similarity(joined_typed, j))
    sim = JaroWinkler.similarity(joined_typed, joined_own)
    # "omprakash" for Om Prakash (and, half-typed, "omprak"): the same letters, spaced
    # otherwise. Not a typed word more or less: "sunita devi sa" is alike Sunita Devi by
    # Jaro-Winkler (its first letters), but "sa" is the father's or the locality's.
    same_letters = abs(len(joined_typed) - len(joined_own)) <= 1 or (
        typing and joined_own.startswith(joined_typed))
    if own < len(typed) and sim >= 0.93 and same_letters:
        own = len(typed)
    if own < len(typed):  # initials written together ("rk sharma")
        split = tuple(c for w in typed for c in (w if len(w) == 2 else [w]))
        own = max(own, min(len(typed), _covered(split, own_options[0], typing)[0]
                                       - (len(split) - len(typed))))
    fathers, _ = _covered(typed, parts(father).every, typing)
    place_words = parts(locality).every
    place, _ = _covered(typed, (*place_words, "".join(place_words)), typing)
    spare = max(0, len(typed) - own)
    # The person's own name first; a father's or husband's name typed whole counts nearly
    # as much (the operator asked for his daughter or wife); then locality and spelling.
    rank = max(own * 100.0 + exact * 15.0, fathers * 95.0 if fathers == len(typed) else 0.0) \
        + sim * 20.0 + min(fathers, spare) * 40.0 + min(place, spare) * 40.0 \
        - len(parts(name).every) * 2.0
    why = "name" if own == len(typed) else \
        "father's/husband's name" if fathers == len(typed) else \
        "name and locality" if own + place >= len(typed) else \
        "name and father's/husband's name" if fathers else "part of the name"
    return Fit(round(sim * 100.0, 1), rank, why)
