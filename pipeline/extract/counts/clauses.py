"""The clause a figure belongs to, and the noun phrase it counts.

"2,493 Syrian military personnel who crossed into Iraq through Al-Qaim on 7-8 December, surrendering
their weapons" -> noun phrase "Syrian military personnel", clause up to the participle. Asides
(", including members of the Republican Guard,", dash pairs, brackets) are blanked, not removed, so
offsets stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.names.nationalities import nationalities
from pipeline.extract.speech.verbs import verbs
from pipeline.text.rules import RuleSet, alternation

if TYPE_CHECKING:
    from pipeline.extract.figures.number_mention import NumberMention

HEAD_REACH = 120  # characters before a figure that its introducing words ("numbering", "put their number at") may span

_BRACKETED = re.compile(r"[ \t]*\([A-Z][A-Za-z]{1,7}\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# matched in place (from a position, not on a copy of the rest of the article per number)
_QUOTE_OPENS = re.compile(r"\s+[\"“‘]")
_OF_THOSE = re.compile(r"\s+of\s+(?:the|those|these|them|whom)?\s*")
_BLANKS = re.compile(r"[ \t]*")
# the next head of a list set off by a comma, itself followed by a comma or "and"/"or" ("300 soldiers, officials
# said" is no list)
_LISTED_HEAD = re.compile(r",[ \t]+(?P<head>[A-Za-z][A-Za-z’'-]*)(?=,|[ \t]+(?:and|or)\b)")
_DASH = re.compile(r"[ \t]+[—–][ \t]+")


def blank_asides(text: str, rules: RuleSet) -> str:
    return rules.pattern("figure_asides").sub(lambda m: " " * len(m.group(0)), text)


@cache
def _personnel(rules: RuleSet) -> dict[str, str]:
    """Head nouns and their class; a nationality used as a plural noun ("200 Syrians still at the airfield",
    "460 of the Afghans held in Termez") counts the people the article follows, like "men"."""
    nations = {_plural(adjective.lower()): "nationals" for adjective in nationalities(rules) if "'" not in adjective
               and "’" not in adjective and " " not in adjective}
    return nations | {r["term"]: r["class"] for r in rules.rows("personnel_nouns.csv")}


def _plural(adjective: str) -> str:
    return adjective if adjective.endswith(("ese", "ss", "sh", "ch")) else f"{adjective}s"


@cache
def _breaks(rules: RuleSet) -> re.Pattern[str]:
    # ", the Joint Operations Command (JOC) announced yesterday": a trailing speech verb of the lexicon
    # closes the figure's clause, so its time is the day of saying, not the figure's
    speech = rf",\s+(?:[\w()’'.-]+\s+){{0,6}}(?:{alternation(list(verbs(rules)))}|according to)\b"
    return re.compile("|".join([f"(?:{r['pattern']})" for r in rules.rows("clause_breaks.csv")] + [speech]),
                      re.IGNORECASE)


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
        if " ".join(words) in _personnel(rules):
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
                listed.group("head").lower() in _personnel(rules):
            i = listed.start("head")  # "soldiers, airmen and border guards": a list of heads, closed by "and"
        w = _WORD.match(text, i) if i < len(text) and not text[i].isspace() else _WORD.match(text, _BLANKS.match(text, i).end())
        if not w or text[i:w.start()].strip():
            break
        word = w.group(0).lower().removesuffix("’s").removesuffix("'s").removeprefix("ex-")  # "ex-soldiers"
        if (compound := _compound_head(text, w, word, rules)) is not None:
            w, word = compound  # "non-commissioned officers", "the rank and file": one head of its own class
        if word in _personnel(rules) and end is None and _personnel(rules)[word] == "nationals" and determined:
            break  # "About 40 reached the Beninese side": after an article, a nationality names the host's side
        if word in _personnel(rules):
            classes.add(_personnel(rules)[word])
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
        if _military_members(text, pos, i, rules):
            classes.add("general")
        if not classes:
            return None
    # "61 people who identified themselves as members of the Zimbabwe National Army": what they said they are
    if end is not None and classes <= {"people", "men"} and (said := rules.pattern("self_described_after").match(
            text, end)) and (described := noun_phrase(text, said.end(), rules)) is not None:
        classes = set(described.classes)
    return NounPhrase(end, frozenset(classes)) if end is not None else None


def _military_members(text: str, start: int, i: int, rules: RuleSet) -> bool:
    """Members of a military body, by the words of the phrase or the few after it; or bare "members" in a text that
    has already called members of a military body so ("a new group of (212) members of the former Syrian army" …
    "has thus reached (2,351) members")."""
    if _names_military_body(text, start, i, rules):
        return True
    return any(_names_military_body(text, m.start(), m.end(), rules) for m in _members_re(rules).finditer(text, 0, start))


def _names_military_body(text: str, start: int, i: int, rules: RuleSet) -> bool:
    words = re.findall(r"[a-z]+", text[start:i].lower()) + re.findall(r"[a-z]+", text[i:i + 60].lower())[:6]
    return any(w in rules.words("military_bodies.txt") for w in words)


@cache
def _members_re(rules: RuleSet) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation([w for w, c in _personnel(rules).items() if c == 'member'])})\b")


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


HOURS = 12  # "at two in the morning": the hours of a clock


def not_a_count(text: str, number: NumberMention, rules: RuleSet) -> bool:
    """ "every one of these men", "no one", "not a single one of them"; "he was one of the thousands", "One of them,
    a brigadier general, died": one person, not a count; "4.1 Arrivals
    by air" (a section number), "2.5 per cent": a number that is not whole counts no people; nor does "below zero",
    a temperature."""
    if any(isinstance(value, float) for value in (number.value_best, number.value_low, number.value_high)):
        return True
    if number.value_high is not None and number.value_high < 0:
        return True
    before = text[max(0, number.start - 20):number.start]
    if (number.value_best or 0) <= HOURS and before.endswith("at ") and rules.pattern("clock_time_after").match(
            text, number.end):
        return True  # "We left at two in the morning"
    return bool(rules.pattern("not_a_count_before").search(before)) or (
        number.value_best == 1 and number.qualifier == "exact"
        and bool(rules.pattern("not_a_count_one_of").match(text, number.end)
                 or rules.pattern("negated_one_before").search(before)
                 or (rules.pattern("one_person_of_before").search(text[max(0, number.start - 12):number.start])
                     and rules.pattern("one_of_group_after").match(text, number.end))))


def elliptical_gap(text: str, pos: int, rules: RuleSet) -> int | None:
    """Where a verb would start in "Of these, over 2,000 [voluntarily] returned": a figure with no noun."""
    m = rules.pattern("ellipsis_filler").match(text, pos)
    return m.end() if m else None


def clause_end(blanked: str, start: int, limit: int, rules: RuleSet) -> int:
    m = _breaks(rules).search(blanked, start, limit)
    return m.start() if m else limit


def before_apposition(blanked: str, np_end: int, end: int, next_figure: int | None, rules: RuleSet) -> int:
    """ "handed back 86 soldiers at the post, the first of nearly 400 troops the country has sheltered": a
    figure in apposition opens its own clause, whose verbs are not this figure's; a coordinated one ("300
    soldiers and 40 officers were handed over") shares the verb after it."""
    if next_figure is None or not np_end <= next_figure < end:
        return end
    comma = blanked.rfind(",", np_end, next_figure)
    if comma < 0 or next_figure - comma > 30 or rules.pattern("coordinated_previous").match(blanked[comma:next_figure]):
        return end
    return comma


def clause_start(blanked: str, lo: int, pos: int, rules: RuleSet) -> int:
    last = lo
    for m in _breaks(rules).finditer(blanked, lo, pos):
        last = m.end()
    return last
