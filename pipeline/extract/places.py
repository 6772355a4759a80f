"""Find place mentions in article text and resolve them to gazetteer entries.

A candidate is a run of word tokens whose folded form (`text.fold`: case, diacritics,
apostrophes, hyphens, leading al-/el- dropped) is a gazetteer key. It must open with a
capital letter, or with a lower-case Arabic article joined by a hyphen to a capital
("al-Qaim"). Possessive 's stays outside the surface ("Iraq's" -> "Iraq"). A stoplisted name
matches only when a feature descriptor follows it. A descriptor right after the name
("province", "border crossing") joins the mention when an entry of the type it names carries
that name, and then selects that entry ("Al-Qaim border crossing" -> the crossing).

Overlap policy, one total order, applied greedily: longer span first, then an entry whose
primary name (not an alias) matches, then higher specificity, then location_id, then the
earlier start. Output is sorted by (start, end).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.gazetteer import Gazetteer, Place, data_lines, load_gazetteer, name_articles
from pipeline.extract.text import fold

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’‘ʼ][^\W_]+)*")
_POSSESSIVE_RE = re.compile(r"['’‘ʼ]s$")
_GAP_RE = re.compile(r"[ \t]{0,2}[-‐‑–—.]?[ \t]{0,2}")  # what may separate words of one name


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    surface: str
    location_id: str


@cache
def _stoplist() -> frozenset[str]:
    return frozenset(fold(w) for w in data_lines("places_stoplist.txt"))


@cache
def _descriptors() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    rows = list(csv.DictReader(data_lines("places_descriptors.csv")))
    types = {" ".join(r["phrase"].lower().split()): frozenset(r["feature_types"].split("|"))
             for r in rows}
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(types, key=len, reverse=True))
    return re.compile(rf"[ \t]+({alts})\b", re.IGNORECASE), types


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        if _POSSESSIVE_RE.search(m.group()) and end - start > 3:
            end -= 2
        out.append((start, end, fold(text[start:end])))
    return out


def _can_open(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    first = text[toks[i][0]]
    if first.isupper() or (first.isalpha() and not first.islower()):  # caseless scripts too
        word = text[toks[i][0]:toks[i][1]].lower()
        return bool(toks[i][2]) or (word in name_articles() and i + 1 < len(toks))  # not "The"
    if text[toks[i][0]:toks[i][1]] in name_articles() and i + 1 < len(toks):
        return text[toks[i][1]] == "-" and text[toks[i + 1][0]].isupper()
    return False


def _choose(places: tuple[Place, ...], text: str, end: int) -> tuple[Place, int, bool]:
    """The entry for a name ending at `end`, the mention's end, and whether a descriptor joined."""
    pattern, types = _descriptors()
    m = pattern.match(text, end)
    if m:
        wanted = types[" ".join(m.group(1).lower().split())]
        typed = [p for p in places if p.feature_type in wanted]
        if typed:
            return typed[0], m.end(), True
    return places[0], end, False


def _candidates(text: str, gaz: Gazetteer) -> list[tuple[tuple, PlaceMatch]]:
    toks, stop, out = _tokens(text), _stoplist(), []
    for i in range(len(toks)):
        if not _can_open(text, toks, i):
            continue
        last = i
        while last + 1 < len(toks) and last - i < gaz.max_tokens + 2 and \
                _GAP_RE.fullmatch(text, toks[last][1], toks[last + 1][0]):
            last += 1
        for j in range(last, i - 1, -1):  # longest first from this start
            key = " ".join(t[2] for t in toks[i:j + 1] if t[2])
            if not toks[j][2] or key not in gaz.index:
                continue
            start, end = toks[i][0], toks[j][1]
            if key in gaz.exact_case and re.sub(r"\W", "", text[start:end]) not in gaz.exact_case[key]:
                continue
            if key in gaz.exact_case and text[end - 2:end - 1] == "." and text[end:end + 1] == ".":
                end += 1  # the closing stop belongs to "U.S."
            place, end, described = _choose(gaz.index[key], text, end)
            if key in stop and not described:
                continue
            rank = (-(end - start), fold(place.name) != key, -place.specificity, place.location_id, start)
            out.append((rank, PlaceMatch(start, end, text[start:end], place.location_id)))
            break
    return out


def match_places(text: str, gazetteer: Gazetteer | None = None) -> list[PlaceMatch]:
    """Non-overlapping place mentions in `text`, sorted by offset; see the module docstring."""
    gaz = gazetteer or load_gazetteer()
    taken: list[PlaceMatch] = []
    for _, m in sorted(_candidates(text, gaz), key=lambda c: c[0]):
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: (m.start, m.end))


@cache
def _generic_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = list(csv.DictReader(data_lines("places_generic_facilities.csv")))
    def alt(kind: str) -> str:
        words = sorted((r["phrase"] for r in rows if r["kind"] == kind), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    heads = {" ".join(r["phrase"].split()): r["feature_type"] for r in rows if r["kind"] == "head"}
    return re.compile(rf"\b(?:{alt('determiner')})\s+(?:(?:{alt('modifier')})[\s-]+){{0,3}}"
                      rf"({alt('head')})\b", re.IGNORECASE), heads


def generic_facility_mentions(text: str) -> list[tuple[int, int, str]]:
    """Unnamed facility phrases ("the camp", "an Iraqi army base") as (start, end, feature_type).

    A head written with a capital ("the Camp Taji") is part of a name, not a description.
    """
    pattern, heads = _generic_pattern()
    out = []
    for m in pattern.finditer(text):
        if m.group(1)[0].isupper():
            continue
        out.append((m.start(), m.end(), heads[" ".join(m.group(1).lower().split())]))
    return out
