"""Place mentions in article text, resolved to gazetteer entries.

A mention is a run of name tokens (joined by a space, a hyphen or a dot as in "U.S.") whose
folded key is a name or alias in the gazetteer. It must open with a capital, or with a
lower-case Arabic article, hyphen and capital ("al-Qaim"); inner tokens are capitalised,
digits or articles, so English words never match. A possessive "'s" is left out of the
surface. Names in `places_stopnames.txt` match only with a feature word. A feature word right
after the name ("Anbar province", "Al-Qaim border crossing") joins the mention and selects an
entry of that feature type: one carrying the same name, or a facility named after the town.

Overlap policy, one ordering over all candidate (span, entry) pairs, each kept unless it
overlaps one kept before: longer span first; then an entry whose primary name (not an alias)
matches; then higher specificity; then the smaller location_id; then the earlier start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.gazetteer import Gazetteer, Place, load_gazetteer
from pipeline.extract.lexicon import alternation, rows, words
from pipeline.extract.text import fold

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’‘ʼ`][^\W_]+)*")
_GAP_RE = re.compile(r"(?: {1,2}|\u00a0|[-‐‑]|\.)")
_POSSESSIVE_RE = re.compile(r"['’]s$")
_ARTICLES = "places_name_articles.txt"


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    surface: str
    location_id: str


@dataclass(frozen=True)
class _Entry:
    place: Place
    primary: bool
    acronym: bool  # "US", "UK": must be written in capitals


@cache
def _index(gaz: Gazetteer) -> tuple[dict[str, tuple[_Entry, ...]], frozenset[str]]:
    """Folded key -> entries, and every token prefix of a key (to stop scanning early)."""
    index: dict[str, dict[str, _Entry]] = {}
    for p in gaz.places:
        for alias in (p.name, *p.aliases):
            key = fold(alias)
            letters = alias.replace(".", "")
            acronym = letters.isupper() and letters.isalpha() and len(letters) <= 4
            if len(key) >= 2 and p.location_id not in index.setdefault(key, {}):
                index[key][p.location_id] = _Entry(p, alias == p.name, acronym)
    prefixes = {" ".join(k.split()[:n]) for k in index for n in range(1, len(k.split()) + 1)}
    return {k: tuple(v.values()) for k, v in index.items()}, frozenset(prefixes)


@cache
def _descriptor_re() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    types = {r["phrase"]: frozenset(r["feature_types"].split("|"))
             for r in rows("places_feature_words.csv")}
    return re.compile(rf"[ \u00a0]+({alternation(list(types))})\b", re.I), types


def _rank(e: _Entry) -> tuple[bool, int, str]:
    return (not e.primary, -e.place.specificity, e.place.location_id)


def _with_descriptor(text: str, end: int, entries: tuple[_Entry, ...],
                     index: dict[str, tuple[_Entry, ...]]) -> tuple[int, list[_Entry]]:
    """(new end, entries of the feature type the trailing word names), or (end, [])."""
    pattern, types = _descriptor_re()
    m = pattern.match(text, end)
    if not m:
        return end, []
    wanted = types[m.group(1).lower()]
    hits = [e for e in entries if e.place.feature_type in wanted]
    # "Abu Kamal crossing": the crossing carries the town's primary name, not this alias.
    hits = hits or [f for e in entries for f in index.get(fold(e.place.name), ())
                    if f.place.feature_type in wanted]
    return m.end(), hits


@cache
def _stop() -> frozenset[str]:
    return frozenset(fold(w) for w in words("places_stopnames.txt"))


def _opens(tok: str, text: str, end: int) -> bool:
    if tok[0].isupper() or (tok[0].isalpha() and not tok[0].islower()):
        return True  # capitalised, or a script without case (Arabic)
    after = text[end : end + 2]
    return tok in words(_ARTICLES) and after[:1] in "-‐‑" and after[1:].isupper()


def match_places(text: str, gazetteer: Gazetteer | None = None) -> list[PlaceMatch]:
    """Non-overlapping place mentions, sorted by start; `text[start:end] == surface`."""
    index, prefixes = _index(gazetteer or load_gazetteer())
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    folded = [fold(_POSSESSIVE_RE.sub("", t)) for _, _, t in toks]
    cands: list[tuple[tuple, int, int, str]] = []
    for i, (start, first_end, first) in enumerate(toks):
        if not _opens(first, text, first_end):
            continue
        parts: list[str] = []
        for j in range(i, len(toks)):
            s, e, t = toks[j]
            if j > i and (not _GAP_RE.fullmatch(text[toks[j - 1][1] : s])
                          or (t[0].islower() and t not in words(_ARTICLES))):
                break
            parts += [folded[j]] if folded[j] else []
            key = " ".join(parts)
            if key and key not in prefixes:
                break
            end = e - 2 if _POSSESSIVE_RE.search(t) else e
            entries = tuple(x for x in index.get(key, ()) if not x.acronym or t.isupper())
            if not entries or t[0].islower():
                continue
            d_end, d_hits = _with_descriptor(text, end, entries, index)
            for span_end, pool in ((d_end, d_hits), (end, [] if key in _stop() else entries)):
                if pool:
                    best = min(pool, key=_rank)
                    cands.append(((start - span_end, *_rank(best), start), start, span_end,
                                  best.place.location_id))
    kept: list[PlaceMatch] = []
    for _, s, e, lid in sorted(cands):
        if all(e <= k.start or s >= k.end for k in kept):
            kept.append(PlaceMatch(s, e, text[s:e], lid))
    return sorted(kept, key=lambda m: m.start)


@cache
def _facility_re() -> tuple[re.Pattern[str], dict[str, str]]:
    lex = rows("places_facility_lexicon.csv")
    det, mod = ([r["phrase"] for r in lex if r["kind"] == k] for k in ("determiner", "modifier"))
    heads = {r["phrase"]: r["feature_type"] for r in lex if r["kind"] == "head"}
    return re.compile(rf"\b(?:{alternation(det)})(?:\s+(?:{alternation(mod)})){{0,3}}"
                      rf"\s+({alternation(list(heads))})\b", re.I), heads


def generic_facility_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, feature_type) of "an Iraqi army camp", "the base"; "the Camp Taji" is a name."""
    pattern, heads = _facility_re()
    return [(m.start(), m.end(), heads[m.group(1).lower()])
            for m in pattern.finditer(text) if m.group(1).islower()]
