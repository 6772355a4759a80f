"""Short forms of people already named: "Miri", "Abbasi", "Neema" for "Ali Ne’ma".

A surname alone means the first person of that surname introduced in the article; failing that, a
person so often named by surname alone that the lexicon knows them ("Assad"). A close misspelling
is accepted only where the token speaks ("Neema stressed"): elsewhere it is too risky. So is a given name
alone, where names are used that way ("Gebremedhin said" after "Gebremedhin Hailu"), when only one person of
the article bears it, and the one name of a person introduced by title and that name only ("Samer said" after
"Colonel Samer").
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz

from pipeline.extract.names.name_pattern import FREE_TOKEN, without_possessive
from pipeline.extract.names.person_cues import followed_by_speech
from pipeline.extract.names.persons import PersonMention
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span, Taken

_FUZZY_MIN = 85
_TOKEN_RE = re.compile(FREE_TOKEN)


def _short_keys(name: str) -> list[str]:
    # the last word as written, folded: "Orit Ben-Haim" is "Ben-Haim" (folded "ben haim"), not "Haim"
    words = name.split()
    return [fold(words[-1])] if len(words) >= 2 and fold(words[-1]) else []


@cache
def _known_surnames(rules: RuleSet) -> dict[str, str]:
    """Folded surname -> the lexicon's person ("Assad"), the first listed of a surname winning."""
    known: dict[str, str] = {}
    for row in rules.rows("known_persons.csv") if rules.has("known_persons.csv") else ():
        for surname in row["surnames"].split("|"):
            known.setdefault(fold(surname), row["name"])
    return known


def find_short_forms(text: str, people: list[PersonMention], blocked: list[Span],
                     rules: RuleSet) -> list[PersonMention]:
    """Single-token references to people already named in the article, first-introduced wins."""
    keys: dict[str, str] = {}
    for p in sorted(people, key=lambda p: p.start):
        for k in _short_keys(p.name):
            keys.setdefault(k, p.name)
    for key, name in _known_surnames(rules).items():  # after the article's own people: they take precedence
        keys.setdefault(key, name)
    given = _given_names(people)
    # "Colonel Samer" … "Samer said": a person the article names by one name only speaks by it again
    mononyms = {fold(p.name): p.name for p in people if len(p.name.split()) == 1 and fold(p.name)}
    out, taken = [], Taken(blocked)
    for m in _TOKEN_RE.finditer(text):
        start, surface = m.start(), without_possessive(m.group(0))
        end = start + len(surface)
        if taken.overlaps_range(start, end):
            continue
        key = fold(surface)
        name = keys.get(key)
        speaks = name is None and len(key) >= 4 and followed_by_speech(text, end, rules)
        if speaks:
            name = given.get(key) or mononyms.get(key)
        if speaks and name is None:
            scored = [(fuzz.ratio(key, k), k) for k in keys]
            best = max(scored, default=(0, ""))
            name = keys[best[1]] if best[0] >= _FUZZY_MIN else None
        if name:
            out.append(PersonMention(start, end, surface, name))
    return out


def _given_names(people: list[PersonMention]) -> dict[str, str]:
    """Folded first word -> the one person of the article whose name opens with it."""
    bearers: dict[str, set[str]] = {}
    for person in people:
        words = person.name.split()
        if len(words) >= 2:
            bearers.setdefault(fold(words[0]), set()).add(person.name)
    return {key: names.pop() for key, names in bearers.items() if len(names) == 1}
