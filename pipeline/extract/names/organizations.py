"""Organisation mentions: known bodies from the packs' lists, ministries by shape, and any body
named like one ("Border Guard Bangladesh", "Security and Defence Committee", "Assam Rifles").

Ministries are canonicalised (`ministries.py`) so that one body is one entity however an outlet
words it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.names.ministries import ministries_in
from pipeline.extract.names.nationalities import nationalities
from pipeline.text.phrases import PhraseMatcher
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import Span, filter_spans

_APOS = "['’‘ʼ]"


@dataclass(frozen=True)
class OrgMention(Span):
    surface: str
    name: str
    kind: str
    affiliation: str | None = None


@cache
def _known(rules: RuleSet) -> PhraseMatcher:
    """Every name and alias of every known body, matched in one pass."""
    return PhraseMatcher((alias, row) for row in rules.rows("organizations.csv")
                         for alias in [row["name"], *filter(None, row["aliases"].split("|"))])


@cache
def _pattern_re(rules: RuleSet) -> re.Pattern[str]:
    heads = alternation([r["head"] for r in rules.rows("org_patterns.csv")])
    word = r"[A-Z][\w’'-]*"
    # "... Organization for Migration", "... Observatory for Human Rights": a body's name may run on past its head
    sp = r"[ \t]+"  # a name never runs across a line break
    tail = rf"(?:{sp}(?:for|of|on){sp}(?:the{sp})?{word}(?:{sp}(?:and{sp})?{word}){{0,3}})?"
    # "Border Guard Bangladesh", "Assam Rifles": a head may also be followed by one capitalised word
    return re.compile(rf"(?<![\w-])(?:{word}{sp}(?:(?:and|of|for|the){sp})?){{1,5}}(?:{heads})(?![\w-]){tail}")


def organizations_in(text: str, rules: RuleSet) -> list[OrgMention]:
    """Organisation mentions, non-overlapping (`filter_spans`): known bodies, ministries, name shapes."""
    found = [OrgMention(start, end, text[start:end], row["name"], row["kind"], row["affiliation"] or None)
             for start, end, row in _known(rules).find(text)]
    found += [OrgMention(m.start, m.end, text[m.start:m.end], m.name, "government", m.country)
              for m in ministries_in(text, rules)]
    found += _shaped(text, rules)
    return filter_spans(found)


@cache
def _nation_prefix(rules: RuleSet) -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(list(nationalities(rules)))})\s+(?=\S+\s+\S)", re.IGNORECASE)


def _shaped(text: str, rules: RuleSet) -> list[OrgMention]:
    stop, prefix = rules.words("org_stoplist.txt"), _nation_prefix(rules)
    out = []
    for m in _pattern_re(rules).finditer(text):
        surface = re.sub(r"^(?:The|the)\s+", "", m.group(0))
        # "Iraq's Joint Operations Command" is the Joint Operations Command (the mention keeps the prefix)
        name = prefix.sub("", surface)
        if name in stop:
            continue
        out.append(OrgMention(m.end() - len(surface), m.end(), surface, name, "other"))
    return out
