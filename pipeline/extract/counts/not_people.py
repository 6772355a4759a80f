"""Numbers next to people that count none of those the dataset follows: an age ("conscripts of nineteen or
twenty"), people outside the caseload ("killed about 3,000 people"), the word one standing for a person ("the easy
one")."""

from __future__ import annotations

import re

from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.figures.numbers import NumberMention
from pipeline.text.rules import RuleSet

AGE_LIMIT = 100  # "Khaled al-Issa, 29,": an age has at most two digits


def age_of_people(text: str, n: NumberMention, rules: RuleSet) -> bool:
    """ "conscripts of nineteen or twenty who had never fired a shot": a number right after people and "of" is
    how old they are; so is one of two digits set off by commas after a word ("Khaled al-Issa, 29, a conscript", "A
    young conscript, 19, who gave only his first name")."""
    if n.qualifier == "exact" and (n.value_best or AGE_LIMIT) < AGE_LIMIT and text.startswith(",", n.end) and \
            rules.pattern("word_before_age").search(text, max(0, n.start - 40), n.start):
        return True
    of = rules.pattern("people_of_before").search(text, max(0, n.start - 40), n.start)
    return of is not None and noun_phrase(" " + of.group("noun"), 0, rules) is not None


def only_people(text: str, n: NumberMention, rules: RuleSet) -> bool:
    """People the dataset does not follow ("killed about 3,000 people"); a nationality standing alone as the
    noun ("puts the total at 146 Latvians, nine Lithuanians") counts the people followed, but one qualifying a
    noun after it ("74 Vietnamese Air Force aircraft") or far from the number counts something else."""
    np = noun_phrase(text, n.end, rules)
    if np is None or np.classes not in ({"people"}, {"nationals"}):
        return False
    return np.classes == {"people"} or not _BARE_NATIONALITY.fullmatch(text, n.end, np.end) or \
        _NOUN_FOLLOWS.match(text, np.end) is not None


_BARE_NATIONALITY = re.compile(r"\s+[A-Z][\w'’-]+")


_NOUN_FOLLOWS = re.compile(r"\s+[A-Z\d]")  # "Vietnamese Air Force", "Poles 3 to 1"


def pronoun_one(text: str, number: NumberMention) -> bool:
    """ "the easy one", "no one": the word one standing for a thing or person, not a figure."""
    return text[number.start:number.end].lower() == "one"
