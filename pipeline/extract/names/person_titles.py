"""The titles that stand before a person's name ("Iraqi Defence Minister", "Gen.", "Assistant Secretary-General
for"): which words are title words, and where in a capitalised run the title ends and the name begins. A title
is the strongest cue that a run names a person, and it is the person's role, never part of their name."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.extract.names.nationalities import nation_words
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet


@cache
def title_words(rules: RuleSet) -> frozenset[str]:
    words = set()
    for t in rules.column("person_titles.csv", "title"):
        words.update(t.split())
    words.update(nation_words(rules))
    words.update(rules.column("ministry_topics.csv", "word"))
    words.update(rules.words("title_modifiers.txt"))
    return frozenset(words)


@cache
def title_tokens(rules: RuleSet) -> frozenset[str]:
    """Each word of a title or an office's topic ("foreign affairs" gives "foreign" and "affairs")."""
    return frozenset(word for title in title_words(rules) for word in title.split())


@cache
def given_names(rules: RuleSet) -> frozenset[str]:
    return frozenset(fold(n) for n in rules.words("given_names.txt"))


def preceding_title(text: str, start: int, rules: RuleSet) -> str | None:
    head = text[max(0, start - 60):start]
    head = head[max(head.rfind(":"), head.rfind("\n")) + 1:]  # "Speaker: Hélène Marchetti": a label is no title
    words = re.findall(r"[\w’'-]+", head)[-4:]
    keep: list[str] = []
    for w in reversed(words):
        if w.lower() in title_words(rules):
            keep.insert(0, w)
        else:
            break
    return " ".join(keep) if keep and keep[-1].lower() in title_words(rules) - nation_words(rules) else None


@lru_cache(maxsize=1 << 12)  # the same capitalised runs ("The Iraqi", "Baghdad") recur in every article
def split_title(surface: str, rules: RuleSet, after_office: bool = False) -> tuple[str, str]:
    """('Iraqi Defence Minister', 'Thabet al-Abbasi') from the whole capitalised run: the name starts
    after the last title word ("Champhai Deputy Commissioner Lalthanpuia Ralte"); `after_office`: the run
    goes on an office's name ("Assistant Secretary-General for ⟨Political Affairs Mariam Touré⟩")."""
    tokens = surface.split()
    titles = title_words(rules)
    last = max((i for i, t in enumerate(tokens[:-1]) if t.lower().rstrip(".") in titles), default=-1)
    rest = tokens[last + 1:]
    # "… for Political Affairs Mariam Touré-Lindqvist": the rest of an office's name before a known given name
    # is no part of the person's
    if after_office and len(rest) > 2 and fold(rest[0]) not in given_names(rules):
        first = next((i for i in range(1, len(rest) - 1) if fold(rest[i]) in given_names(rules)), None)
        if first is not None:
            return " ".join(tokens[:last + 1]), " ".join(rest[first:])
    return " ".join(tokens[:last + 1]), " ".join(rest)


_OFFICE_BEFORE = re.compile(r"([\w’'-]+)\s+(?:for|of)\s+$")


def after_office(text: str, start: int, rules: RuleSet) -> bool:
    """The capitalised run at `start` follows "<title word> for" or "<title word> of"."""
    head = text[max(0, start - 40):start]
    # asked of every capitalised run: most end no "for" or "of", which a suffix test tells without the regex
    if not head.rstrip().endswith(("for", "of")):
        return False
    before = _OFFICE_BEFORE.search(head)
    return before is not None and before.group(1).lower().split("-")[-1] in strong_titles(rules)


@cache
def strong_titles(rules: RuleSet) -> frozenset[str]:
    """Title words that name a person's office ("minister", "general"), not a country or topic."""
    return frozenset(t for title in rules.column("person_titles.csv", "title") for t in title.split())


def abbreviated_title(text: str, start: int, rules: RuleSet) -> str:
    """An abbreviated title ends the capitalised run at its full stop ("Gen. al-Tamimi", "Col. Dufour"): the
    title is then the word before the name, a title that the sentence splitter also knows as an abbreviation."""
    found = re.search(r"\b([A-Z][a-z]{1,4})\. $", text[max(0, start - 8):start])
    return found.group(1) if found and found.group(1).lower() in rules.words("sentence_abbreviations.txt") else ""
