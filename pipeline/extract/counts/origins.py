"""The country whose people an article counts, read from the nationality its figures name."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.names.nationalities import nationalities
from pipeline.text.rules import RuleSet, alternation

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


@cache
def nationality_re(rules: RuleSet) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(list(nationalities(rules)))})(?=\s)")


def origin_countries(doc: ArticleDoc) -> frozenset[str]:
    """The country whose people the article counts: the nationality its figures' noun phrases name most
    ("1,905 Syrian soldiers"), not every nationality it mentions ("guarded by Uzbek soldiers")."""
    table, nationality = nationalities(doc.rules), nationality_re(doc.rules)
    agent = doc.rules.pattern("agent_by_before")
    named: Counter[str] = Counter()
    for number in doc.numbers:
        if agent.search(doc.text, max(0, number.start - 40), number.start):
            continue  # "The camp, guarded by a company of some 120 Dutch soldiers": the host's guards
        phrase = noun_phrase(doc.text, number.end, doc.rules)
        if phrase is not None and (m := nationality.search(doc.text, number.end, phrase.end)):
            named[doc.gazetteer.country_code(table[m.group(0)])] += 1
    named.pop(None, None)
    return frozenset(code for code, _ in named.most_common(1))


def most_named_nationalities(doc: ArticleDoc) -> list[str]:
    """The countries of the nationalities the article names anywhere, the most named first ("the Syrian
    army", "Syrian officers"): who the people are when no figure says."""
    table, nationality = nationalities(doc.rules), nationality_re(doc.rules)
    named = Counter(doc.gazetteer.country_code(table[m.group(0)]) for m in nationality.finditer(doc.text))
    named.pop(None, None)
    return [code for code, _ in named.most_common()]


def home_countries(doc: ArticleDoc) -> frozenset[str]:
    """The country the people go home to: the one their figures name (`origin_countries`), else, when no figure
    names a nationality ("2,214 men had been received at Al-Bukamal" in a report on "the Syrian soldiers who
    crossed into Iraq"), the nationality the article names most that is not the host's."""
    if origins := doc.layer("origin_countries", origin_countries):
        return origins
    host = doc.mentions.host
    return frozenset([code for code in most_named_nationalities(doc) if host is None or code != host.country_code][:1])

