"""What marks a capitalised name as a person's besides a title: a role apposition after it ("Sagvan
Sindi, the deputy head of X, told"), an age ("Nurul Amin, 52, a farmer"), a role before it ("a ministry
spokesman, Bakhodir Rakhimov,"), a following speech verb."""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.rules import RuleSet, alternation


@cache
def _role_nouns(rules: RuleSet) -> frozenset[str]:
    return rules.column("role_nouns.csv", "noun")


@cache
def _speech_verbs(rules: RuleSet) -> frozenset[str]:
    return rules.column("speech_verbs.csv", "verb")


def apposition_end(text: str, end: int, rules: RuleSet) -> int | None:
    """Where a role apposition after a name ends ("Sagvan Sindi, the deputy head of X, told")."""
    m = _APPOSITION_RE.match(text, end)
    return m.end(1) if m and _names_a_role(m.group(1), rules) else None


# matched from the name's end on (no copy of the rest of the article per name)
_APPOSITION_RE = re.compile(r",\s+((?:(?:a|an|the)\s+)?[^,.;“”\"]{2,140}?)(?=,|\.|;|$)")
# a delegate's country in parentheses may stand between ("U Tin Maung (Burma) said"); a body's acronym does not
# make it a person ("The Inter-Services Public Relations (ISPR) said")
_VERB_AFTER_RE = re.compile(r"\s+(?:\((?=[^()\n]*[a-z])[^()\n]{1,40}\)\s+)?(?:also\s+|further\s+|later\s+)?([a-z]+)")


def apposition(text: str, end: int, rules: RuleSet) -> str | None:
    m = _APPOSITION_RE.match(text, end)
    return m.group(1) if m and _names_a_role(m.group(1), rules) else None


def _names_a_role(words: str, rules: RuleSet) -> bool:
    """The role noun leads ("the mayor of X") or closes ("a ... Committee member")."""
    words = words.lower().replace("’s", "").split()
    return any(w in _role_nouns(rules) for w in words[:6] + words[-1:])


@cache
def _saying_verbs(rules: RuleSet) -> frozenset[str]:
    return frozenset(r["verb"].lower() for r in rules.rows("speech_verbs.csv") if r["kind"] == "say")


def after_speech(text: str, start: int, rules: RuleSet) -> bool:
    """'"…," said Lalrinmawia, the village council president': a name right after a verb of saying (not
    of telling: "told The Diplomat" names the listener)."""
    word = _lower_word_before(text, start)
    return word is not None and word in _saying_verbs(rules) and not text.startswith(("The ", "the "), start)


def _lower_word_before(text: str, start: int) -> str | None:
    """What `re.search(r"\\b([a-z]+)\\s+$", text[start - 20:start])` finds, read backwards from `start`."""
    lo = max(0, start - 20)
    end = start
    while end > lo and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > lo and "a" <= text[begin - 1] <= "z":
        begin -= 1
    if end == start or begin == end or (begin > lo and (text[begin - 1].isalnum() or text[begin - 1] == "_")):
        return None
    return text[begin:end]


def followed_by_speech(text: str, end: int, rules: RuleSet) -> bool:
    m = _VERB_AFTER_RE.match(text, end)
    return bool(m and m.group(1) in _speech_verbs(rules))


_AT_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|near)\s+$", re.IGNORECASE)


def speaks_from_place(text: str, start: int) -> bool:
    """ "most of those at Nong Khai say": a run after "at", "in", "from" or "near" is where the speakers are,
    not who speaks."""
    return _AT_PLACE_BEFORE.search(text, max(0, start - 6), start) is not None



_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|to|of|near|the)\s+$", re.IGNORECASE)
# the capitalised words a last word closes ("those at Nong Khai say"): the place test reads before them
_RUN_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}$")


def surname_speaks(text: str, surname: str, rules: RuleSet) -> bool:
    """'Abdiqadir Hersi Jama still keeps the list … "We were three thousand," Jama says': a run whose last word
    speaks alone elsewhere in the article, as a surname does after the full name's first mention."""
    if len(surname) < 3 or not surname[:1].isupper() or surname.isupper():  # "Remaining PAX" is a label
        return False
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        run = _RUN_BEFORE.search(text, max(0, at - 60), at) if whole else None
        opens = run.start() if run else at
        # "an officer at Presidio wrote home", "most of those at Nong Khai say": a place before a verb of saying
        # is where the speaker was
        if whole and not _PLACE_BEFORE.search(text, max(0, opens - 6), opens) and (
                followed_by_speech(text, end, rules) or after_speech(text, at, rules)):
            return True
        at = text.find(surname, end)
    return False


AGE_RE = re.compile(r",\s+(?:aged\s+)?\d{1,3},")  # "Nurul Amin, 52, a farmer": an age marks a person
# "Sahar al-Mufti, who teaches law at …": a relative "who" after a name of two words or more marks a person
WHO_AFTER_RE = re.compile(r",\s+who\s+")


def after_age(text: str, end: int) -> int:
    m = AGE_RE.match(text, end)
    return m.end() - 1 if m else end


@cache
def _role_before_re(rules: RuleSet) -> re.Pattern[str]:
    nouns = alternation(sorted(_role_nouns(rules)))
    # "its ambassador to the United Nations in Geneva, Haris Mujagic, told": the role may take a complement
    return re.compile(rf"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w’'-]+\s+){{0,4}}(?:{nouns})"
                      rf"(?:\s+(?:to|for|of|in|at|with)\s+[^,.;]{{1,60}}?)?,\s*$", re.IGNORECASE)


def role_before(text: str, start: int, rules: RuleSet) -> str | None:
    """"a ministry spokesman, Bakhodir Rakhimov, said": the role stands before the name."""
    lo = max(0, start - 120)
    if not text[lo:start].rstrip().endswith(","):  # the pattern ends ",\s*$": no comma, no role
        return None
    m = _role_before_re(rules).search(text, lo, start)
    return m.group(0).rstrip(" ,") if m else None
