"""The noun phrase a number counts: "[of those] [modifiers] HEAD [and HEAD]", its end and the classes of its heads
("2,493 Syrian military personnel who crossed …" -> "Syrian military personnel"); and nouns of things that make a
number count things, not people ("22 buses")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.extract.counts.military_members import military_members
from pipeline.extract.counts.personnel_lexicon import personnel_nouns
from pipeline.text.rules import RuleSet, alternation

_BRACKETED = re.compile(r"[ \t]*\([A-Z][A-Za-z]{1,7}\)")
# a name with digits after its capitals is one word ("1,500 M23 fighters", "F-16 pilots")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*(?:(?<=[A-Z-])\d+(?!\w))?")
# matched in place (from a position, not on a copy of the rest of the article per number)
_QUOTE_OPENS = re.compile(r"\s+[\"“‘]")
_OF_THOSE = re.compile(r"\s+of\s+(?:the|those|these|them|whom)?\s*")
_BLANKS = re.compile(r"[ \t]*")
# the next head of a list set off by a comma, itself followed by a comma or "and"/"or" ("300 soldiers, officials
# said" is no list)
_LISTED_HEAD = re.compile(r",[ \t]+(?P<head>[A-Za-z][A-Za-z’'-]*)(?=,|[ \t]+(?:and|or)\b)")
_DASH = re.compile(r"[ \t]+[—–][ \t]+")


_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class NounPhrase:
    end: int
    classes: frozenset[str]


def _compound_head(text: str, w: re.Match[str], word: str, rules: RuleSet) -> tuple[re.Match[str], str] | None:
    """The longest head of two or three words the lexicon knows that opens on `word`, with its last word's match."""
    words, last, found = [word], w, None
    for _ in range(2):
        if last.end() >= len(text) or text[last.end()] != " " or not (last := _WORD.match(text, last.end() + 1)):
            break
        words.append(last.group(0).lower())
        if " ".join(words) in personnel_nouns(rules):
            found = (last, " ".join(words))
    return found


@lru_cache(maxsize=4096)  # asked again of the same figure by several layers, and of the same words by `noun_before`
def noun_phrase(text: str, pos: int, rules: RuleSet) -> NounPhrase | None:
    """The counted noun phrase right after a number: "[of those] [modifiers] HEAD [and HEAD]"."""
    pos += 1 if text[pos:pos + 1] == ")" and text[max(0, pos - 12):pos].rfind("(") != -1 else 0
    pos += 1 if text[pos:pos + 1] in "\"”’" else 0  # 'were "several hundred" soldiers': the quote closes
    if quote := _QUOTE_OPENS.match(text, pos, pos + 3):
        pos = quote.end()  # '1,851 “soldiers and officers”': the phrase quoted as the source put it
    elif dash := _DASH.match(text, pos):
        pos = dash.end() - 1  # "587 — FACA soldiers and officers disarmed at …": a factbox line, figure first
    m = _OF_THOSE.match(text, pos)
    i = m.end() if m else pos
    classes: set[str] = set()
    end, determined = None, False
    for _ in range(9):
        if end is None and (acronym := _BRACKETED.match(text, i)):
            i = acronym.end()  # "Sudanese Armed Forces (SAF) soldiers": a bracketed acronym inside the phrase
        elif end is not None and (listed := _LISTED_HEAD.match(text, i)) and \
                listed.group("head").lower() in personnel_nouns(rules):
            i = listed.start("head")  # "soldiers, airmen and border guards": a list of heads, closed by "and"
        w = _WORD.match(text, i) if i < len(text) and not text[i].isspace() else _WORD.match(text, _BLANKS.match(text, i).end())
        if not w or text[i:w.start()].strip():
            break
        word = w.group(0).lower().removesuffix("’s").removesuffix("'s").removeprefix("ex-")  # "ex-soldiers"
        if (compound := _compound_head(text, w, word, rules)) is not None:
            w, word = compound  # "non-commissioned officers", "the rank and file": one head of its own class
        if word in personnel_nouns(rules) and end is None and personnel_nouns(rules)[word] == "nationals" and determined:
            break  # "About 40 reached the Beninese side": after an article, a nationality names the host's side
        if word in personnel_nouns(rules):
            classes.add(personnel_nouns(rules)[word])
            end = w.end()
        elif word in _DETERMINERS:
            determined = True
        elif word in ("and", "or"):
            pass
        elif end is None and word in rules.words("counted_things.txt"):
            return None  # "41 buses carried the men": the number counts the buses
        elif word in rules.words("noun_phrase_stops.txt"):
            break
        elif end is not None and word in rules.words("coordinated_modifiers.txt") and \
                re.search(r"\b(?:and|or)\s+(?:[\w-]+\s+)?$", text[end:w.start()]):
            pass  # "police officers and former soldiers": a modifier of the second head
        elif end is not None:
            if classes == {"nationals"} and word in rules.words("civilian_nouns.txt"):
                return None  # "500,000 Sudanese refugees": the nationality qualifies people outside the caseload
            if classes == {"nationals"} and word in rules.words("military_bodies.txt") and \
                    (rest := noun_phrase(text, w.start(), rules)) is not None:
                # "eight Turkish military officers": the nationality is an adjective of the heads that follow
                return NounPhrase(rest.end, frozenset(classes | rest.classes))
            break
        i = w.end()
    if "member" in classes:  # "members of the former Syrian army", "Republican Guard members"
        classes.discard("member")
        if military_members(text, pos, i, rules):
            classes.add("general")
        if not classes:
            return None
    # "61 people who identified themselves as members of the Zimbabwe National Army": what they said they are
    if end is not None and classes <= {"people", "men"} and (said := rules.pattern("self_described_after").match(
            text, end)) and (described := noun_phrase(text, said.end(), rules)) is not None:
        classes = set(described.classes)
    return NounPhrase(end, frozenset(classes)) if end is not None else None


@cache
def _things_re(rules: RuleSet) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(list(rules.words('counted_things.txt')))})\b",
                      re.IGNORECASE)


def thing_noun_after(text: str, pos: int, rules: RuleSet) -> bool:
    """ "22 buses", "40 armoured vehicles": within two words after a number, a noun of things (`counted_things.txt`).
    A number with no noun of people of its own and such a noun counts the things."""
    return _things_re(rules).match(text, pos) is not None


def predicate_phrase(text: str, pos: int, rules: RuleSet) -> NounPhrase | None:
    m = rules.pattern("predicate").match(text, pos)
    return noun_phrase(text, m.end() - 1, rules) if m else None
