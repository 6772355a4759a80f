"""Place mentions in article text, resolved to gazetteer entries.

A mention is a run of name tokens (joined by a space, a hyphen or a dot as in "U.S.") whose
folded key is a name or alias in the gazetteer. It must open with a capital, or with a
lower-case Arabic article, hyphen and capital ("al-Qaim"); inner tokens are capitalised,
digits, articles or connectors ("of the"), so English words never match. A possessive "'s" is left out of the
surface. Names in `places_stopnames.txt` match only with a feature word. A feature word right
after the name ("Anbar province", "Al-Qaim border crossing") joins the mention and selects an
entry of that feature type: one carrying the same name, or a facility named after the town.

Each candidate span takes its best entry by `_rank` (the article's countries first); overlaps
are settled by `filter_spans` with that rank: the longer span, then the better entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.places.gazetteer import Gazetteer
from pipeline.extract.places.index import Entry, NameIndex, lookup
from pipeline.extract.places.name_tokens import articles, has_possessive, name_tokens, token_keys
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import Span, filter_spans

_GAP_RE = re.compile(r"(?: {1,2}|\u00a0|[-‐‑]|\.)")


@dataclass(frozen=True)
class PlaceMatch(Span):
    surface: str
    location_id: str


@cache
def _descriptor_re(rules: RuleSet) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    types = {r["phrase"]: frozenset(r["feature_types"].split("|"))
             for r in rules.rows("places_feature_words.csv")}
    return re.compile(rf"[ \u00a0]+({alternation(list(types))})\b", re.I), types


def _rank(e: Entry, countries: frozenset[str]) -> tuple:
    """Disambiguation: a country by any of its names (news mean Colombia, not the town of Colombia; "تونس" is
    Tunisia before it is its capital), then a place in the article's countries, its own name (not an alias), the
    more specific kind, the more populous, and last the id (so the choice is stable)."""
    return (e.place.feature_type != "country", e.place.country_code not in countries, not e.primary, -e.place.specificity,
            -e.place.population, e.place.location_id)


def _with_descriptor(text: str, end: int, entries: tuple[Entry, ...], indexes: list[NameIndex],
                     rules: RuleSet) -> tuple[int, list[Entry]]:
    """(new end, entries of the feature type the trailing word names), or (end, [])."""
    pattern, types = _descriptor_re(rules)
    m = pattern.match(text, end)
    if not m:
        return end, []
    wanted = types[m.group(1).lower()]
    hits = [e for e in entries if e.place.feature_type in wanted]
    # "Abu Kamal crossing": the crossing carries the town's primary name, not this alias.
    hits = hits or [f for e in entries for f in lookup(indexes, fold(e.place.name)) if f.place.feature_type in wanted]
    return m.end(), hits


CROSSED_REACH = 12  # "across the " before a name


@cache
def _stop(rules: RuleSet) -> frozenset[str]:
    """Names that are also common words: month and day names ("May", a French village), nationality adjectives
    ("Thai", an alternate name of Alor Setar) and the stop list; they name a place only with a feature word
    ("May district")."""
    words = set(rules.words("places_stopnames.txt"))
    words |= {r["name"] for r in rules.rows("time_months.csv")} | {r["name"] for r in rules.rows("time_weekdays.csv")}
    if rules.has("nationalities.csv"):
        words |= {r["adjective"] for r in rules.rows("nationalities.csv") if r["adjective"] != r["country"]}
    return frozenset(fold(w) for w in words)


@cache
def _natural_feature_re(rules: RuleSet) -> re.Pattern[str] | None:
    """"the Panj River": a town's name before a natural feature's word names the feature."""
    words = rules.words("places_natural_features.txt") if rules.has("places_natural_features.txt") else ()
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(words)))})\b", re.I) if words else None


def _opens(tok: str, text: str, end: int) -> bool:
    if tok[0].isupper() or (tok[0].isalpha() and not tok[0].islower()):
        return True  # capitalised, or a script without case (Arabic)
    after = text[end : end + 2]
    return tok in articles() and after[:1] in "-‐‑" and after[1:].isupper()


def match_places(text: str, gazetteer: Gazetteer, rules: RuleSet,
                 countries: frozenset[str] = frozenset()) -> list[PlaceMatch]:
    """Non-overlapping place mentions, sorted by start; `text[start:end] == surface`.

    `countries` are the article's own (its country context): their towns and districts are searched.
    """
    indexes = gazetteer.indexes(countries)
    prefixes, names = [idx.prefixes for idx in indexes], [idx.entries for idx in indexes]
    context, natural, stop = countries | gazetteer.context_countries, _natural_feature_re(rules), _stop(rules)
    crossed = rules.pattern("crossed_feature_before") if rules.has_pattern("crossed_feature_before") else None
    # Only the tokens a name can hold: a lower-case word other than an article opens and continues none
    # (left out, it stands in the gap before the next token, which then ends the name as it would).
    toks = name_tokens(text)
    folded, bare = zip(*(token_keys(t) for _, _, t in toks)) if toks else ((), ())
    cands: list[tuple[PlaceMatch, tuple]] = []
    for i, (start, first_end, first) in enumerate(toks):
        if not _opens(first, text, first_end) or (i and natural and (
                feature := natural.match(text, toks[i - 1][1])) and feature.end() > start):
            continue  # "the Panj River": "River" opens no place either ("the mountains near Lang Son": "Lang" does)
        parts: list[str] = []
        for j in range(i, len(toks)):
            s, e, t = toks[j]
            if j > i and not _GAP_RE.fullmatch(text, toks[j - 1][1], s):
                break
            key = " ".join(parts + [bare[j]] if bare[j] else parts)
            parts += [folded[j]] if folded[j] else []
            joined = " ".join(parts)  # most often the key itself (no possessive): asked once
            if parts and not any(joined in known for known in prefixes) and not (
                    key and key != joined and any(key in known for known in prefixes)):
                break
            if t[0].islower():
                continue
            # "US" names a place only in capitals; "CIA", "the CIA" in capitals are acronyms, not the pueblo "Cia"
            # (a dateline's "DEIR EZ-ZOR" is a name written in capitals throughout)
            short_caps = t.isupper() and len(t) <= 3 and (j == i or not first.isupper())
            entries = tuple(x for index in names for x in index.get(key, ())
                            if (x.acronym if short_caps else not x.acronym or t.isupper()) and x.usable(context))
            end = e - 2 if has_possessive(t) else e
            if crossed is not None and crossed.search(text, max(0, start - CROSSED_REACH), start):
                # "back across the Araks to Soviet Armenia": a line crossed, a river's name, not a town of it
                entries = tuple(x for x in entries if x.place.feature_type != "populated_place")
            if not entries or (natural and natural.match(text, end)):
                continue
            d_end, d_hits = _with_descriptor(text, end, entries, indexes, rules)
            for span_end, pool in ((d_end, d_hits), (end, [] if key in stop else entries)):
                if pool:
                    best = min(pool, key=lambda x: _rank(x, context))
                    cands.append((PlaceMatch(start, span_end, text[start:span_end], best.place.location_id),
                                  _rank(best, context)))
    ranks = {id(m): r for m, r in cands}
    return filter_spans([m for m, _ in cands], rank=lambda m: ranks[id(m)])
