"""The forms in which a text describes a place by what it is, as patterns: "the border town of Tine" (`of`),
"Lengpui airport" (`after`), "crossed the river at Hairatan" (`crossed`), "the camp at Adré" (`at`), "in Kupljensko,
a deserted village" (`apposed`); each form's kind words in `places_described.csv`.

A name is capitalised words with small letters among them, name particles of many languages allowed between
them; the patterns are built so the engine tries them only where a match can start. `stop_words` holds the
capitalised words that open a sentence or name no place, which `described.py` rejects as names.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.names.nationalities import nationalities
from pipeline.text.caseless_set import CaselessSet
from pipeline.text.rules import RuleSet, alternation

# A capital, then word characters with a small letter among them. The run up to the first small letter
# holds none ([^\Wa-z]: a word character but a-z), so the engine never retries a word split by split.
_WORD = r"[A-Z](?:[^\Wa-z]|[’'-])*[a-z][\w’'-]*"
# name particles of many languages ("Villa del Rosario", "Ras al-Ain", "Bir el Abd")
_MORE = rf"(?:[ -](?:(?:de|del|la|le|el|al|ad|as|ash|bin|ibn|du|des|da|do|dos)[ -])?{_WORD}){{0,2}}"
_NAME = rf"{_WORD}{_MORE}"
# A name that no word character comes before: its capital first, then that look back (read one character
# late), so the engine tries the pattern only at capitals.
_FREE_NAME = rf"[A-Z](?<![\w’'-].){_WORD.removeprefix('[A-Z]')}{_MORE}"


FORMS = ("of", "after", "crossed", "at", "apposed")  # see places_described.csv; `after` names a site with its kind word
# what may follow an apposed kind word ("Kupljensko, a deserted village about 10 kilometres inside Croatia"): not
# a noun it qualifies ("Salem, a village elder")
_APPOSED_END = r"(?=[\s]*(?:[,.;:)]|$)|\s+(?:about|some|near|in|on|of|outside|inside|north|south|east|west|just|where|which|that|across|along|at|by|close|with|\d))"


@cache
def form_patterns(rules: RuleSet) -> tuple[dict[str, re.Pattern[str]], dict[tuple[str, str], str]]:
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
    patterns = form_patterns(rules)[0]
    return CaselessSet([patterns[form] for form in FORMS if form != "after"])


def form_matches(text: str, rules: RuleSet) -> dict[str, list[re.Match[str]]]:
    """Each form's matches, forms in the order of `FORMS`."""
    scanned = iter(_scans(rules).finditer_each(text))
    after = form_patterns(rules)[0]["after"]
    return {form: list(after.finditer(text)) if form == "after" else next(scanned) for form in FORMS}


@cache
def stop_words(rules: RuleSet) -> frozenset[str]:
    """Capitalised words that open sentences or name no place ("The", "Border", month names)."""
    words = {w.lower() for w in rules.words("noun_phrase_stops.txt")}
    words |= {r["name"].lower() for r in rules.rows("time_months.csv")}
    words |= {r["name"].lower() for r in rules.rows("time_weekdays.csv")}
    words |= {w.lower() for w in rules.words("places_described_stops.txt")}
    return frozenset(words | {kind.split()[0] for form, kind in form_patterns(rules)[1] if form != "crossed"}
                     | {"the", "a", "an"})
