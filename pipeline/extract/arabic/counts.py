"""Personnel counts in Arabic: a number followed by personnel nouns (90 ضابطاً، ألفي ضابط وجندي،
لمئات الجنود، عناصر من ...), what happened to them from the nearest status cue in the sentence, the
most specific place named in it and the time it names (else the publication period).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.arabic.bare import bare_population
from pipeline.extract.arabic.figure_place import at_event_sites, named_place
from pipeline.extract.arabic.folded import Folded, fold_text
from pipeline.extract.arabic.lexicon import AFTER, BEFORE, ENCLITIC, alt, key, table
from pipeline.extract.arabic.periods import figure_period
from pipeline.extract.counts.draft import CountDraft, population_of
from pipeline.extract.counts.inherit import same_order_status
from pipeline.extract.counts.retracted import retracted
from pipeline.extract.counts.story_start import opened_at_story_start
from pipeline.extract.places.host import crossed_at, held_site
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


@cache
def _patterns(rules: RuleSet) -> dict[str, re.Pattern[str]]:
    noun = rf"(?:ال)?(?:{alt(table(rules, 'personnel_nouns.csv', 'term', 'class'))}){AFTER}"
    return {
        # after the number: a closing bracket or quotation mark, "من" (عناصر من; after a comma too: "مئات، من
        # العسكريين"), a rank's word ("العشرات" من صغار الضباط), then nouns joined by و
        "nouns": re.compile(rf"\s*[)»\"”]?\s*(?:,?\s*من\s+)?(?:{rules.pattern('rank_modifier').pattern})?"
                            rf"(?P<np>{noun}(?:\s+و{noun})*)"),
        "noun": re.compile(noun),
        "cues": re.compile(rf"{BEFORE}(?P<w>{alt(table(rules, 'status_cues.csv', 'pattern', 'status'))}){ENCLITIC}{AFTER}"),
    }


def _classes(phrase: str, rules: RuleSet) -> frozenset[str]:
    classes = table(rules, "personnel_nouns.csv", "term", "class")
    out = set()
    for word in key(phrase).split():
        word = word[1:] if word not in classes and word.startswith("و") else word
        word = word[2:] if word not in classes and word.startswith("ال") else word
        if word in classes:
            out.add(classes[word])
    return frozenset(out)


def _status(f: Folded, sent: tuple[int, int], num: tuple[int, int], rules: RuleSet) -> str | None:
    """The cue nearest the figure in its sentence, up to where another's words or clause begin after it; a longer
    cue wins over one it contains."""
    statuses = table(rules, "status_cues.csv", "pattern", "status")
    best = None
    stop = rules.pattern("cue_reach_end").search(f.text, num[1], sent[1])  # "وتابع: "لا يزال ..."": another's words
    for m in _patterns(rules)["cues"].finditer(f.text, sent[0], stop.start() if stop else sent[1]):
        if rules.pattern("status_partitive").search(f.text, max(0, m.start() - 12), m.start()) or \
                rules.pattern("reported_by_before").search(f.text, max(0, m.start() - 14), m.start()):
            continue
        if m.start() >= num[1] and rules.pattern("cue_of_next_figure").match(f.text[m.end("w"):m.end("w") + 30]):
            continue
        distance = max(m.start("w") - num[1], num[0] - m.end("w"), 0)
        rank = (distance, -len(m.group("w")))
        if best is None or rank < best[0]:
            best = (rank, statuses[key(m.group("w"))])
    return best[1] if best else None


def _batch_status(f: Folded, n, earlier: list[CountDraft], rules: RuleSet) -> str | None:
    """ "وتلت ذلك دفعة ثانية أصغر ... ضمّت 188 عسكرياً": a batch goes on with the series the figures before it told
    (the last that has a status), when no word of its own says what befell them; a figure of its size says first
    ("عن نحو ألفي عنصر" after 2,493 who entered: those people, `same_order_status`)."""
    if not rules.pattern("batch_before").search(f.text, max(0, f.at(n.start) - BATCH_REACH), f.at(n.start)):
        return None
    return next((d.status for d in reversed(earlier) if d.status != "other"), None)


BATCH_REACH = 60  # folded characters between "دفعة" and the figure it comprises


def _from_host(doc: ArticleDoc, f: Folded, sent: Span) -> bool:
    """Whether the sentence tells people came from a place in the host country ("قادمة من معسكر التاجي"): an arrival
    is then a return. Not any "من" (from): "81 موظفاً من منفذ البوكمال" are staff of the crossing."""
    host, origin = doc.mentions.host, doc.rules.pattern("coming_from_before")
    return host is not None and any(
        sent.start <= p.start < sent.end and p.country_code == host.country_code
        and origin.search(f.text, max(0, f.at(p.start) - 16), f.at(p.start)) for p in doc.mentions.count_places)


def find_arabic_counts(doc: ArticleDoc) -> list[CountDraft]:
    f, rules, out, unplaced = fold_text(doc.text), doc.rules, [], set()
    for n in doc.numbers:
        sent = doc.sentence_at(n.start) or Span(0, len(doc.text))
        if retracted(f.text, f.at(sent.start), f.at(n.start), rules):
            continue
        m = _patterns(rules)["nouns"].match(f.text, f.at(n.end))
        population = population_of(_classes(m.group("np"), rules), rules) if m else None
        if not population and out and rules.pattern("of_them").match(f.text, f.at(n.end)):
            population = out[-1].population  # "مئات منهم": of the people counted before
        if not population:
            population = bare_population(f, n, sent.start, out, rules,
                                         lambda phrase: population_of(_classes(phrase, rules), rules))
        if not population:
            continue
        span = (f.at(sent.start), f.at(sent.end))
        status = _status(f, span, (f.at(n.number_start), f.at(n.number_end)), rules) or \
            same_order_status(out, n) or _batch_status(f, n, out, rules) or "other"
        if rules.pattern("entered_before_number").search(f.text, max(0, f.at(n.start) - 12), f.at(n.start)):
            status = "entered"
        if status == "entered" and _from_host(doc, f, sent):
            status = "returned"  # "وصلوا على متن حافلات قادمة من معسكر التاجي": they arrived home from the host
        place = named_place(doc, sent, n.end, status)
        if place is None:
            unplaced.add(len(out))
        place = crossed_at(doc, status, held_site(doc, status, place or doc.mentions.host))  # "نُقلوا إلى التاجي"
        out.append(CountDraft(n, population, status, place, figure_period(doc, sent, status, n), sent))
    return opened_at_story_start(at_event_sites(doc, out, unplaced))
