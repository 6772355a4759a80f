"""Organisation mentions: known bodies from the packs' lists, ministries by shape, and any body
named like one ("Border Guard Bangladesh", "Security and Defence Committee", "Assam Rifles").

Ministries are canonicalised (`ministries.py`) so that one body is one entity however an outlet
words it.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.names.acronyms import acronyms_of
from pipeline.extract.names.ministries import ministries_in
from pipeline.extract.names.nationalities import nationalities
from pipeline.extract.names.org_mention import OrgMention
from pipeline.text.letter_first import letter_first
from pipeline.text.phrases import PhraseMatcher
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import filter_spans

_APOS = "['’‘ʼ]"


@cache
def _known(rules: RuleSet) -> PhraseMatcher:
    """Every name and alias of every known body, matched in one pass."""
    return PhraseMatcher((alias, row) for row in rules.rows("organizations.csv")
                         for alias in [row["name"], *filter(None, row["aliases"].split("|"))])


@cache
def _pattern_re(rules: RuleSet) -> re.Pattern[str]:
    heads = alternation([r["head"] for r in rules.rows("org_patterns.csv")])
    countries = alternation(sorted(set(nationalities(rules).values())))
    word = r"[A-Z][\w’']*(?:-(?!based\b)[\w’']+)*"  # "Dhaka-based" describes the body, it is not its name
    sp = r"[ \t]+"  # a name never runs across a line break
    # "... Organization for Migration", "... Observatory for Human Rights": a body's name may run on past its head
    # but "the Nigerian Army on Monday": a day or month after "on" dates the news, it names no body
    calendar = alternation([r["name"].capitalize() for r in (*rules.rows("time_weekdays.csv"), *rules.rows("time_months.csv"))
                            if r["name"].isalpha()])
    tail = rf"(?:{sp}(?:for|of|on){sp}(?!(?:{calendar})\b)(?:the{sp})?{word}(?:{sp}(?:and{sp})?{word}){{0,3}}|{sp}(?:{countries})\b)?"
    # The first word's capital, then the look back before it ("(?<![\w-])" read one character late): the
    # engine then tries the pattern only at capitals, not at every character.
    first = f"[A-Z](?<![\\w-].){word.removeprefix('[A-Z]')}"
    words = rf"{first}{sp}(?:(?:and|of|for|the){sp})?(?:{word}{sp}(?:(?:and|of|for|the){sp})?){{0,4}}"
    # "Border Guard Bangladesh": a head may be followed by its country's name; "Directorate of Military
    # Intelligence": a head may open the name when what it is of follows
    head_first = rf"(?<![\w-])(?:{heads}){sp}(?:of|for){sp}(?:the{sp})?{word}(?:{sp}(?:(?:and|of|the){sp}){{0,2}}{word}){{0,3}}"
    return re.compile(rf"{words}(?:{heads})(?![\w-]){tail}|{head_first}")


@cache
def _national_force_re(rules: RuleSet) -> re.Pattern[str]:
    nats = alternation([a for a in nationalities(rules) if not re.search(_APOS, a)])
    nouns = alternation([r["noun"] for r in rules.rows("national_forces.csv")])
    personnel = alternation([r["term"] for r in rules.rows("personnel_nouns.csv")])
    # "Syrian army officers" names the army; "Syrian army personnel" too, but "army" may be an adjective
    # there, so a force noun directly before a personnel noun is left to the count's reading.
    # tried only at the letters a nationality opens with (`letter_first.py`)
    return letter_first(rf"(?<![\w-])(?P<nat>{nats})\s+(?P<noun>{nouns})\b(?!\s+(?:{personnel})\b)")


def organizations_in(text: str, rules: RuleSet) -> list[OrgMention]:
    """Organisation mentions, non-overlapping (`filter_spans`): known bodies, ministries, name shapes."""
    found = [OrgMention(start, end, text[start:end], row["name"], row["kind"], row["affiliation"] or None)
             for start, end, row in _known(rules).find(text)]
    found += [OrgMention(m.start, m.end, text[m.start:m.end], m.name, "government", m.country)
              for m in ministries_in(text, rules)]
    found += _shaped(text, rules)
    found += [OrgMention(m.start(), m.end(), m.group(0), f"{m.group('nat')} {m.group('noun').capitalize()}",
                         "military", nationalities(rules)[m.group("nat")])
              for m in _national_force_re(rules).finditer(text)]
    kept = filter_spans(found)
    return filter_spans(kept + acronyms_of(text, kept))


@cache
def _nation_prefix(rules: RuleSet) -> re.Pattern[str]:
    """A country's possessive before a body ("Iraq's Joint Operations Command") is not part of its name."""
    possessives = [a for a in nationalities(rules) if re.search(_APOS, a)]
    return re.compile(rf"^(?:{alternation(possessives)})\s+(?=\S+\s+\S)", re.IGNORECASE)


@cache
def _leading_words(rules: RuleSet) -> frozenset[str]:
    """Words that open a sentence, not a name ("For the Arakan Army", "Forty-five Myanmar Army")."""
    return rules.words("noun_phrase_stops.txt") | rules.column("number_words.csv", "word") | {"the", "a", "an", "of", "for"}


def _trim_leading(surface: str, rules: RuleSet) -> str:
    tokens = surface.split(" ")
    while len(tokens) > 2 and all(part.lower() in _leading_words(rules) for part in tokens[0].split("-")):
        tokens = tokens[1:]
    return " ".join(tokens)


def _shaped(text: str, rules: RuleSet) -> list[OrgMention]:
    stop, prefix = rules.words("org_stoplist.txt"), _nation_prefix(rules)
    out = []
    for m in _pattern_re(rules).finditer(text):
        surface = _trim_leading(re.sub(r"^(?:The|the)\s+", "", m.group(0)), rules)
        name = prefix.sub("", surface)
        if name in stop:  # "Sudanese Armed Forces" is a body; "Armed Forces" alone names none
            name = surface if surface not in stop and not surface.startswith(("the ", "The ")) else None
        if name is None:
            continue
        out.append(OrgMention(m.end() - len(surface), m.end(), surface, name, "other"))
    return out
