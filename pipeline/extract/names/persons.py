"""Person mentions: capitalised names with a cue (given name, title, role apposition, speech verb).

Short forms ("Miri", "Neema") are resolved to the full name introduced in the same article, so one
person is one entity however often and however spelt they are mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

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
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span, Taken

# Latin letters with diacritics too: "Léon Pignon", "Józef Beck", "Śniatyn" are written so in English news
_LETTER = "a-zA-Zà-öø-ÿĀ-ž"
_UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŠŽČŘĐŐŰ"
_REST = rf"[{_LETTER}]*(?:['’][{_LETTER}]+)?(?:-[{_LETTER}][{_LETTER}'’]*)*"
NAME_PREFIX = r"(?:[Aa]l|[Ee]l|[Aa]bu|[Bb]in)-"  # "al-Fahdawi", "Abu-Bakr": a lower-case article joined to a name
TOKEN = rf"(?:{NAME_PREFIX})?[{_UPPER}]{_REST}"
# `(?<![\w’'-]){TOKEN}` with its first letter first: the look back, then which prefix (if any) that letter
# opens, read after it, so the engine tries the pattern only at those letters, not at every character.
FREE_TOKEN = rf"[{_UPPER}abe](?<![\w’'-].)(?:(?<=[Aa])(?:l|bu)-[A-Z]|(?<=[Ee])l-[A-Z]|(?<=[Bb])in-[A-Z]|(?<=[{_UPPER}])){_REST}"
# Names never run across a line break: a headline followed by a paragraph is not one name. A middle initial
# stays inside the name ("Mr. Henry L. Whitcombe").
_NAME_RE = re.compile(rf"{FREE_TOKEN}(?:[ \t]+(?:(?:bin|ibn|al|el|abu|de)[ \t]+|[A-Z]\.[ \t]+)?{TOKEN})*")
# Initials open a name ("Mr. K. P. Sen Gupta", "J. R. Okello said"); a lone initial is no name of its own
_INITIALS_BEFORE = re.compile(r"(?<![\w.’'-])(?:[A-Z]\.[ \t]+)+$")
_INITIAL = re.compile(r"[A-Z]\.")
POSSESSIVE_RE = re.compile(r"['’‘]s?$")


@lru_cache(maxsize=1 << 14)  # the same capitalised words recur in every article
def without_possessive(token: str) -> str:
    return POSSESSIVE_RE.sub("", token)


@dataclass(frozen=True)
class PersonMention(Span):
    surface: str
    name: str
    role: str | None = None


@cache
def _title_words(rules: RuleSet) -> frozenset[str]:
    words = set()
    for t in rules.column("person_titles.csv", "title"):
        words.update(t.split())
    words.update(nation_words(rules))
    words.update(rules.column("ministry_topics.csv", "word"))
    words.update(rules.words("title_modifiers.txt"))
    return frozenset(words)


@cache
def _title_tokens(rules: RuleSet) -> frozenset[str]:
    """Each word of a title or an office's topic ("foreign affairs" gives "foreign" and "affairs")."""
    return frozenset(word for title in _title_words(rules) for word in title.split())


@cache
def _given(rules: RuleSet) -> frozenset[str]:
    return frozenset(fold(n) for n in rules.words("given_names.txt"))


def _preceding_title(text: str, start: int, rules: RuleSet) -> str | None:
    head = text[max(0, start - 60):start]
    head = head[max(head.rfind(":"), head.rfind("\n")) + 1:]  # "Speaker: Hélène Marchetti": a label is no title
    words = re.findall(r"[\w’'-]+", head)[-4:]
    keep: list[str] = []
    for w in reversed(words):
        if w.lower() in _title_words(rules):
            keep.insert(0, w)
        else:
            break
    return " ".join(keep) if keep and keep[-1].lower() in _title_words(rules) - nation_words(rules) else None


@lru_cache(maxsize=1 << 12)  # the same capitalised runs ("The Iraqi", "Baghdad") recur in every article
def _split_title(surface: str, rules: RuleSet, after_office: bool = False) -> tuple[str, str]:
    """('Iraqi Defence Minister', 'Thabet al-Abbasi') from the whole capitalised run: the name starts
    after the last title word ("Champhai Deputy Commissioner Lalthanpuia Ralte"); `after_office`: the run
    goes on an office's name ("Assistant Secretary-General for ⟨Political Affairs Mariam Touré⟩")."""
    tokens = surface.split()
    titles = _title_words(rules)
    last = max((i for i, t in enumerate(tokens[:-1]) if t.lower().rstrip(".") in titles), default=-1)
    rest = tokens[last + 1:]
    # "… for Political Affairs Mariam Touré-Lindqvist": the rest of an office's name before a known given name
    # is no part of the person's
    if after_office and len(rest) > 2 and fold(rest[0]) not in _given(rules):
        first = next((i for i in range(1, len(rest) - 1) if fold(rest[i]) in _given(rules)), None)
        if first is not None:
            return " ".join(tokens[:last + 1]), " ".join(rest[first:])
    return " ".join(tokens[:last + 1]), " ".join(rest)


_OFFICE_BEFORE = re.compile(r"([\w’'-]+)\s+(?:for|of)\s+$")


def _after_office(text: str, start: int, rules: RuleSet) -> bool:
    """The capitalised run at `start` follows "<title word> for" or "<title word> of"."""
    head = text[max(0, start - 40):start]
    # asked of every capitalised run: most end no "for" or "of", which a suffix test tells without the regex
    if not head.rstrip().endswith(("for", "of")):
        return False
    before = _OFFICE_BEFORE.search(head)
    return before is not None and before.group(1).lower().split("-")[-1] in _strong_titles(rules)


@cache
def _strong_titles(rules: RuleSet) -> frozenset[str]:
    """Title words that name a person's office ("minister", "general"), not a country or topic."""
    return frozenset(t for title in rules.column("person_titles.csv", "title") for t in title.split())


BYLINE_REACH = 30  # "Compiled and annotated by ": the words of a credit before its name


def find_full_names(text: str, blocked: list[Span], rules: RuleSet) -> list[PersonMention]:
    """Capitalised runs of two or more tokens with a cue that they name a person."""
    out, taken = [], Taken(blocked)
    for m in _NAME_RE.finditer(text):
        if _INITIAL.match(text, m.start(), m.end() + 1):
            continue
        title, name = _split_title(m.group(0), rules, _after_office(text, m.start(), rules))
        start = m.start() + (len(m.group(0)) - len(name))
        name = without_possessive(name)
        end = start + len(name)
        tokens = name.split()
        if all(t.lower().rstrip(".") in _title_tokens(rules) for t in tokens[tokens[0].lower() in ("a", "an", "the"):]):
            continue  # "The Minister briefed …", "Minister of Foreign Affairs": an office, no one's name
        initials = None if title else _INITIALS_BEFORE.search(text, max(0, start - 12), start)
        if initials and len(tokens) < 2 and not _preceding_title(text, initials.start(), rules):
            initials = None  # "U. S. Army": initials and one word are a name only after "Mr.", "Dr.", "Col."
        if not title and len(tokens) > 1 and tokens[0].lower() in _stop_openers(rules):
            # "In April, 23 of them left", "For Denis, the border was …": a sentence's opening word is no first
            # name; what follows is a name only as any other run would be, or as a known given name alone
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
            name = " ".join(tokens)
            if len(tokens) == 1 and fold(tokens[0]) not in _given(rules) and not _single(
                    text, title, tokens, start, end, rules):
                continue
        elif len(tokens) < 2 and not initials and not _single(text, title, tokens, start, end, rules):
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
        cued = (fold(tokens[0]).split() or [""])[0] in _given(rules) or real_title or before is not None
        cued = cued or appos is not None or AGE_RE.match(text, end) or (
            followed_by_speech(text, end, rules) and not speaks_from_place(text, start))
        cued = cued or after_speech(text, start, rules) or WHO_AFTER_RE.match(text, end)
        cued = cued or rules.pattern("byline_before").search(text, max(0, start - BYLINE_REACH), start)
        cued = cued or rules.pattern("first_name_only_before").search(text, max(0, start - 60), start)
        preceding = None if title else _preceding_title(text, start, rules)
        cued = cued or preceding is not None  # "given by government spokesman Boubacar Sidikou Garba at …"
        cued = cued or _signs(text, start, end, rules)
        # "A French officer", "The Presidio": an article opens no name, and a nationality is no surname
        cued = cued or (len(tokens) > 1 and tokens[0].lower() not in ("a", "an", "the")
                        and tokens[-1].lower() not in nation_words(rules) and surname_speaks(text, tokens[-1], rules))
        if cued:
            lead = title or preceding or before
            role = ", ".join(filter(None, (lead, appos))) or None
            out.append(PersonMention(start, end, name, name, role))
    return out


def _signs(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """The name signs what comes before it (`signature_line`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    signed = signature_line(text, line_start, len(text) if line_end < 0 else line_end, rules)
    return signed is not None and signed.start("name") <= start and end <= signed.end("name")


def signature_line(text: str, line_start: int, line_end: int, rules: RuleSet) -> re.Match[str] | None:
    """A line of its own that is a name and where or what the writer is ("Col. (ret.) Henri Mbala, Lubumbashi"),
    right after a paragraph that ends a sentence: it signs a reader's letter, as short and unpunctuated as a
    headline but naming a person."""
    if line_start < 2 or not _ends_sentence_before(text, line_start - 1):
        return None  # asked first: the pattern's nested name parts cost ~150 µs on a headline that fails it
    return rules.pattern("letter_signature").fullmatch(text, line_start, line_end)


def _ends_sentence_before(text: str, end: int) -> bool:
    """The last character before `end` that is not white space closes a sentence."""
    last = end
    while last and text[last - 1].isspace():
        last -= 1
    return last > 0 and text[last - 1] in ".!?\"”"


def _single(text: str, title: str, tokens: list[str], start: int, end: int, rules: RuleSet) -> bool:
    """One name alone is a person's after an office ("Chief Minister Lalduhoma"), never a body's head
    ("General Assembly"); or, untitled, after a verb of saying with a role after it ("…," said Lalrinmawia,
    the village council president', '," says Bounthavy, now 84'). Most single capitalised words fail the cheap
    tests first."""
    if len(tokens) != 1 or tokens[0].lower() in _title_words(rules):
        return False  # "Deputy Chief (of Staff)", "Major General": an office, not a name
    strong = any(w.lower().rstrip(".") in _strong_titles(rules) for w in (title or _abbreviated_title(text, start,
                                                                                                     rules)).split())
    if strong and tokens[0].lower() not in _org_heads(rules):
        return True
    if not title and rules.pattern("first_name_only_before").search(text, max(0, start - 60), start):
        return True  # "only his first name, Denis, be published", "who gave his name only as Abdulhafiz"
    return not title and after_speech(text, start, rules) and (
        apposition(text, after_age(text, end), rules) is not None or _AGE_AFTER.match(text, end) is not None)


_AGE_AFTER = re.compile(r",\s+(?:now\s+|aged\s+)?\d{1,3}(?:,|\s+and\b|\.)")  # '," says Bounthavy, now 84 and living …'


def _abbreviated_title(text: str, start: int, rules: RuleSet) -> str:
    """An abbreviated title ends the capitalised run at its full stop ("Gen. al-Tamimi", "Col. Dufour"): the
    title is then the word before the name, a title that the sentence splitter also knows as an abbreviation."""
    found = re.search(r"\b([A-Z][a-z]{1,4})\. $", text[max(0, start - 8):start])
    return found.group(1) if found and found.group(1).lower() in rules.words("sentence_abbreviations.txt") else ""


@cache
def _stop_openers(rules: RuleSet) -> frozenset[str]:
    return frozenset(w.lower() for w in rules.words("name_stop_openers.txt")) if rules.has(
        "name_stop_openers.txt") else frozenset()


@cache
def _org_heads(rules: RuleSet) -> frozenset[str]:
    return frozenset(r["head"].lower() for r in rules.rows("org_patterns.csv"))
