"""Organisation mentions: known bodies from a lexicon, ministries by shape, named committees etc.

Ministries are canonicalised ("the Iraqi defence ministry" -> "Iraqi Ministry of Defence") so that
one body is one entity however an outlet words it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract import lexicon

_APOS = "['’‘ʼ]"


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    surface: str
    name: str
    kind: str
    affiliation: str | None = None


def _alias_regex(alias: str) -> str:
    parts = [re.escape(p) for p in re.split(r"['’‘ʼ]", alias)]
    body = _APOS.join(parts).replace(r"\-", r"[-\s]").replace(r"\ ", r"\s+")
    return rf"(?<![\w-]){body}(?![\w-])"


@cache
def _known() -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    out = []
    for row in lexicon.rows("organizations.csv"):
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            out.append((re.compile(_alias_regex(alias)), row))
    return tuple(out)


@cache
def _nationalities() -> dict[str, str]:
    return {r["adjective"].lower(): r["country"] for r in lexicon.rows("nationalities.csv")}


@cache
def _topics() -> dict[str, str]:
    return {r["word"]: r["canonical"] for r in lexicon.rows("ministry_topics.csv")}


def country_adjective(country: str) -> str:
    adjectives = [r["adjective"] for r in lexicon.rows("nationalities.csv") if r["country"] == country]
    plain = [a for a in adjectives if not re.search(_APOS, a)]
    return plain[0] if plain else country


@cache
def _ministry_res() -> tuple[re.Pattern[str], ...]:
    nat = lexicon.alternation([r["adjective"] for r in lexicon.rows("nationalities.csv")])
    topic = lexicon.alternation(list(_topics()))
    return (
        re.compile(rf"(?:(?P<nat>{nat})\s+)?(?:Federal\s+)?Ministry\s+of\s+(?:the\s+)?"
                   rf"(?P<topic>[A-Z][a-z]+(?:\s+(?:and|of)\s+[A-Z][a-z]+)*)"),
        re.compile(rf"(?:(?P<nat>{nat})\s+)?(?:Federal\s+)?(?P<topic>{topic})\s+[Mm]inistry\b(?!\s+of)",
                   re.IGNORECASE),
    )


def ministry_name(nat: str | None, topic: str) -> str:
    canon = _topics().get(topic.lower(), topic.title().replace(" And ", " and ").replace(" Of ", " of "))
    country = _nationalities().get(nat.lower()) if nat else None
    return f"{country_adjective(country)} Ministry of {canon}" if country else f"Ministry of {canon}"


@cache
def _pattern_re() -> re.Pattern[str]:
    heads = lexicon.alternation(lexicon.column("org_patterns.csv", "head") and
                                [r["head"] for r in lexicon.rows("org_patterns.csv")])
    word = r"[A-Z][\w’'-]*"
    # "... Organization for Migration", "... Observatory for Human Rights": a body's name may run on past its head
    sp = r"[ \t]+"  # a name never runs across a line break
    tail = rf"(?:{sp}(?:for|of|on){sp}(?:the{sp})?{word}(?:{sp}(?:and{sp})?{word}){{0,3}})?"
    return re.compile(rf"(?<![\w-])(?:{word}{sp}(?:(?:and|of|for|the){sp})?){{1,5}}(?:{heads})(?![\w-]){tail}")


def find_organizations(text: str) -> list[OrgMention]:
    """Organisation mentions, non-overlapping: lexicon first, then ministries, then name shapes."""
    found: list[OrgMention] = []
    for rx, row in _known():
        for m in rx.finditer(text):
            found.append(OrgMention(m.start(), m.end(), m.group(0), row["name"], row["kind"],
                                    row["affiliation"] or None))
    for rx in _ministry_res():
        for m in rx.finditer(text):
            nat = m.group("nat")
            found.append(OrgMention(m.start(), m.end(), m.group(0), ministry_name(nat, m.group("topic")),
                                    "government", _nationalities().get(nat.lower()) if nat else None))
    stop = lexicon.words("org_stoplist.txt")
    for m in _pattern_re().finditer(text):
        surface = re.sub(r"^(?:The|the)\s+", "", m.group(0))
        # "Iraq's Joint Operations Command" is the Joint Operations Command (the mention keeps the prefix)
        name = re.sub(rf"^(?:{'|'.join(map(re.escape, _nationalities()))})\s+(?=\S+\s+\S)", "", surface,
                      flags=re.IGNORECASE)
        if name in stop:
            continue
        start = m.end() - len(surface)
        found.append(OrgMention(start, m.end(), surface, name, "other"))
    return select_longest(found)


def select_longest(items: list) -> list:
    """The overlap policy for mentions: longer span wins, then the earlier one, then discovery order."""
    chosen: list = []
    taken: list[tuple[int, int]] = []
    for i, it in sorted(enumerate(items), key=lambda p: (-(p[1].end - p[1].start), p[1].start, p[0])):
        if all(it.end <= s or it.start >= e for s, e in taken):
            chosen.append(it)
            taken.append((it.start, it.end))
    return sorted(chosen, key=lambda m: m.start)
