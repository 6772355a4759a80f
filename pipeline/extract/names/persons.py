"""Person mentions: capitalised names with a cue (given name, title, role apposition, speech verb).

Short forms ("Miri", "Neema") are resolved to the full name introduced in the same article, so one
person is one entity however often and however spelt they are mentioned.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.extract.names.name_pattern import INITIAL, INITIALS_BEFORE, NAME_RE, without_possessive
from pipeline.extract.names.nationalities import nation_words
from pipeline.extract.names.person_cues import (
    AGE_RE,
    WHO_AFTER_RE,
    after_age,
    after_speech,
    apposition,
    followed_by_speech,
    role_before,
    speaks_from_place,
    surname_speaks,
)
from pipeline.extract.names.person_titles import after_office, given_names, preceding_title, split_title, title_tokens
from pipeline.extract.names.signatures import signs
from pipeline.extract.names.single_names import single
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span, Taken


@dataclass(frozen=True)
class PersonMention(Span):
    surface: str
    name: str
    role: str | None = None


BYLINE_REACH = 30  # "Compiled and annotated by ": the words of a credit before its name


def find_full_names(text: str, blocked: list[Span], rules: RuleSet) -> list[PersonMention]:
    """Capitalised runs of two or more tokens with a cue that they name a person."""
    out, taken = [], Taken(blocked)
    for m in NAME_RE.finditer(text):
        if INITIAL.match(text, m.start(), m.end() + 1):
            continue
        title, name = split_title(m.group(0), rules, after_office(text, m.start(), rules))
        start = m.start() + (len(m.group(0)) - len(name))
        name = without_possessive(name)
        end = start + len(name)
        tokens = name.split()
        if all(t.lower().rstrip(".") in title_tokens(rules) for t in tokens[tokens[0].lower() in ("a", "an", "the"):]):
            continue  # "The Minister briefed …", "Minister of Foreign Affairs": an office, no one's name
        initials = None if title else INITIALS_BEFORE.search(text, max(0, start - 12), start)
        if initials and len(tokens) < 2 and not preceding_title(text, initials.start(), rules):
            initials = None  # "U. S. Army": initials and one word are a name only after "Mr.", "Dr.", "Col."
        if not title and len(tokens) > 1 and tokens[0].lower() in _stop_openers(rules):
            # "In April, 23 of them left", "For Denis, the border was …": a sentence's opening word is no first
            # name; what follows is a name only as any other run would be, or as a known given name alone
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
            name = " ".join(tokens)
            if len(tokens) == 1 and fold(tokens[0]) not in given_names(rules) and not single(
                    text, title, tokens, start, end, rules):
                continue
        elif len(tokens) < 2 and not initials and not single(text, title, tokens, start, end, rules):
            continue
        if initials:
            start, name = initials.start(), initials.group(0) + name  # "Mr. A. Rahman", "K. P. Sen Gupta"
            tokens = name.split()
        if taken.overlaps_range(start, end):
            continue
        appos = apposition(text, after_age(text, end), rules)
        # A country adjective alone ("Syrian Military Commanders") is no cue; a real title is.
        real_title = any(w.lower() not in nation_words(rules) for w in title.split())
        before = role_before(text, start, rules)
        cued = (fold(tokens[0]).split() or [""])[0] in given_names(rules) or real_title or before is not None
        cued = cued or appos is not None or AGE_RE.match(text, end) or (
            followed_by_speech(text, end, rules) and not speaks_from_place(text, start))
        cued = cued or after_speech(text, start, rules) or WHO_AFTER_RE.match(text, end)
        cued = cued or rules.pattern("byline_before").search(text, max(0, start - BYLINE_REACH), start)
        cued = cued or rules.pattern("first_name_only_before").search(text, max(0, start - 60), start)
        preceding = None if title else preceding_title(text, start, rules)
        cued = cued or preceding is not None  # "given by government spokesman Boubacar Sidikou Garba at …"
        cued = cued or signs(text, start, end, rules)
        # "A French officer", "The Presidio": an article opens no name, and a nationality is no surname
        cued = cued or (len(tokens) > 1 and tokens[0].lower() not in ("a", "an", "the")
                        and tokens[-1].lower() not in nation_words(rules) and surname_speaks(text, tokens[-1], rules))
        if cued:
            lead = title or preceding or before
            role = ", ".join(filter(None, (lead, appos))) or None
            out.append(PersonMention(start, end, name, name, role))
    return out


@cache
def _stop_openers(rules: RuleSet) -> frozenset[str]:
    return frozenset(w.lower() for w in rules.words("name_stop_openers.txt")) if rules.has(
        "name_stop_openers.txt") else frozenset()
