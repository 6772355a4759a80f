"""Places the gazetteer does not know, named by what they are: "the border town of Tine", "the
Friendship Bridge", "Lengpui airport" (`places_described.csv`).

Small border towns, crossings and airstrips are where soldiers cross, and most are too small for the
GeoNames extract. Such a place is kept without coordinates (source `article`) in the country its own
words give ("the Afghan town of Hairatan"), else that of the nearest known place in its sentence, else
the article's host country; with no country it is left out. Its id is built from the country, kind and
folded name, so every article that names it points at one row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline.extract.names.nationalities import nationalities
from pipeline.extract.places.place import Place
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.caseless_set import CaselessSet
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import Span

# A capital, then word characters with a small letter among them. The run up to the first small letter
# holds none ([^\Wa-z]: a word character but a-z), so the engine never retries a word split by split.
_WORD = r"[A-Z](?:[^\Wa-z]|[’'-])*[a-z][\w’'-]*"
# name particles of many languages ("Villa del Rosario", "Ras al-Ain", "Bir el Abd")
_MORE = rf"(?:[ -](?:(?:de|del|la|le|el|al|ad|as|ash|bin|ibn|du|des|da|do|dos)[ -])?{_WORD}){{0,2}}"
_NAME = rf"{_WORD}{_MORE}"
# A name that no word character comes before: its capital first, then that look back (read one character
# late), so the engine tries the pattern only at capitals.
_FREE_NAME = rf"[A-Z](?<![\w’'-].){_WORD.removeprefix('[A-Z]')}{_MORE}"


# a quoted title of a work: "The" and capitalised words only, inside quote marks ('The Cold Crossing')
_QUOTED_TITLE = re.compile(r"(?<![\w’'])['‘\"“](?P<title>The(?:\s+[A-Z][\w’'-]*){1,5})['’\"”](?![\w])")


@dataclass(frozen=True)
class DescribedPlace:
    ref: PlaceRef
    place: Place


FORMS = ("of", "after", "crossed", "at", "apposed")  # see places_described.csv; `after` names a site with its kind word
# what may follow an apposed kind word ("Kupljensko, a deserted village about 10 kilometres inside Croatia"): not
# a noun it qualifies ("Salem, a village elder")
_APPOSED_END = r"(?=[\s]*(?:[,.;:)]|$)|\s+(?:about|some|near|in|on|of|outside|inside|north|south|east|west|just|where|which|that|across|along|at|by|close|with|\d))"


@cache
def _patterns(rules: RuleSet) -> tuple[dict[str, re.Pattern[str]], dict[tuple[str, str], str]]:
    rows = rules.rows("places_described.csv")
    kinds = {(r["form"], r["kind"]): r["feature_type"] for r in rows}
    of, after, crossed, at, apposed = (alternation([r["kind"] for r in rows if r["form"] == form]) for form in FORMS)
    nation = alternation(list(nationalities(rules)))
    prepositions = alternation([r["preposition"] for r in rules.rows("locative_prepositions.csv")])
    # "the village of St. Armand": a name may open on an abbreviated word and its stop
    abbreviated = rules.pattern("place_name_abbreviation").pattern if rules.has_pattern("place_name_abbreviation") else ""
    name = rf"(?:{abbreviated})?{_NAME}" if abbreviated else _NAME
    return {
        "of": re.compile(rf"\b(?:the|a)\s+(?:(?P<nation>{nation})\s+)?(?P<kind>{of})\s+of\s+(?P<name>{name})"),
        "after": re.compile(rf"(?P<name>{_FREE_NAME})[ \t]+(?P<kind>(?i:{after}))\b"),
        "crossed": re.compile(rf"\b(?P<kind>(?i:{crossed}))\b[^.;,\n]{{0,50}}?\b(?:at|near|via|through)\s+"
                              rf"(?P<name>{name})(?!\s+(?i:{after})\b)"),
        "at": re.compile(rf"\b(?P<kind>(?i:{at}))\s+(?:at|in|near)\s+(?P<name>{name})(?!\s+(?i:{after})\b)"),
        "apposed": re.compile(rf"\b(?i:{prepositions})\s+(?P<name>{name}),\s+an?\s+(?:[a-z][\w’'-]*\s+){{0,2}}?"
                              rf"(?:(?P<nation>{nation})\s+)?(?P<kind>{apposed})\b{_APPOSED_END}"),
    }, kinds


@cache
def _scans(rules: RuleSet) -> CaselessSet:
    """The forms that open on their own words, found in one scan of the lower-cased text (`caseless_set.py`)."""
    patterns = _patterns(rules)[0]
    return CaselessSet([patterns[form] for form in FORMS if form != "after"])


def _matches(text: str, rules: RuleSet) -> dict[str, list[re.Match[str]]]:
    """Each form's matches, forms in the order of `FORMS`."""
    scanned = iter(_scans(rules).finditer_each(text))
    after = _patterns(rules)[0]["after"]
    return {form: list(after.finditer(text)) if form == "after" else next(scanned) for form in FORMS}


@cache
def _stop_words(rules: RuleSet) -> frozenset[str]:
    """Capitalised words that open sentences or name no place ("The", "Border", month names)."""
    words = {w.lower() for w in rules.words("noun_phrase_stops.txt")}
    words |= {r["name"].lower() for r in rules.rows("time_months.csv")}
    words |= {r["name"].lower() for r in rules.rows("time_weekdays.csv")}
    words |= {w.lower() for w in rules.words("places_described_stops.txt")}
    return frozenset(words | {kind.split()[0] for form, kind in _patterns(rules)[1] if form != "crossed"}
                     | {"the", "a", "an"})


def described_places(text: str, rules: RuleSet, known: list[PlaceRef], host: PlaceRef | None,
                     sentence_of: Callable[[int], Span | None],
                     country_code: Callable[[str], str | None]) -> list[DescribedPlace]:
    """Described places, each one `PlaceRef` (surface: the name, with the kind word for a site)."""
    if not rules.has("places_described.csv"):
        return []
    kinds, adjectives, stops = _patterns(rules)[1], nationalities(rules), _stop_words(rules)
    titles = [m.group("title") for m in _QUOTED_TITLE.finditer(text)]
    found: list[DescribedPlace] = []
    for form, matches in _matches(text, rules).items():
        for m in matches:
            name, kind = _after_possessive(m.group("name")), m.group("kind").lower()
            if name.split()[0].lower() in stops or name.lower() in adjectives or name in adjectives:
                continue
            if any(m.group(0) in title for title in titles):
                continue  # "Review: 'The Cold Crossing' counts the Estonians who ran": a book's title, not a place
            feature, site = kinds[(form, kind)], form == "after"
            span = Span(m.end("name") - len(name), m.end("kind") if site else m.end("name"))
            surface = text[span.start:span.end]
            nation = m.groupdict().get("nation")
            country = (country_code(adjectives[nation]) if nation else None) or _nearest_country(
                span, known, host, sentence_of(span.start))
            if country is None:
                continue
            place = Place(f"article:{country.lower()}:{feature}:{fold(surface).replace(' ', '-')}",
                          surface, (name,) if site else (), feature, None, country, None, None, "article")
            found.append(DescribedPlace(PlaceRef(span.start, span.end, surface, place.location_id,
                                                 place.specificity, feature, country), place))
    return found + _repeats(text, [d for d in found if not d.place.aliases])


def _after_possessive(name: str) -> str:
    """ "Senegal's Casamance" names Casamance; the possessor is a known place of its own."""
    return re.split(r"[’']s\s+", name)[-1]


def _repeats(text: str, towns: list[DescribedPlace]) -> list[DescribedPlace]:
    """Once "the town of Fassala" is read, every other "Fassala" of the article is that town."""
    out: list[DescribedPlace] = []
    taken = [d.ref for d in towns]
    for town in {d.place.location_id: d for d in towns}.values():
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(town.ref.surface)}(?![\w’'-])", text):
            if not any(m.start() < ref.end and ref.start < m.end() for ref in taken):
                ref = PlaceRef(m.start(), m.end(), m.group(0), town.place.location_id, town.ref.specificity,
                               town.ref.feature_type, town.ref.country_code)
                taken.append(ref)
                out.append(DescribedPlace(ref, town.place))
    return out


def _nearest_country(span: Span, known: list[PlaceRef], host: PlaceRef | None, sentence: Span | None) -> str | None:
    near = [p for p in known if sentence and sentence.start <= p.start < sentence.end]
    if near:
        return min(near, key=lambda p: abs(p.start - span.start)).country_code
    return host.country_code if host else None
