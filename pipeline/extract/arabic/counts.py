"""Personnel counts in Arabic: a number followed by personnel nouns (90 ضابطاً، ألفي ضابط وجندي،
لمئات الجنود، عناصر من ...), what happened to them from the nearest status cue in the sentence, the
most specific place named in it and the time it names (else the publication period).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.arabic.bare import bare_population
from pipeline.extract.arabic.folded import Folded, fold_text
from pipeline.extract.arabic.lexicon import AFTER, BEFORE, ENCLITIC, alt, key, table
from pipeline.extract.arabic.periods import figure_period
from pipeline.extract.counts.draft import CountDraft, population_of
from pipeline.extract.counts.retracted import retracted
from pipeline.extract.counts.story_start import opened_at_story_start
from pipeline.extract.places.choice import IN_HOST
from pipeline.extract.places.host import crossed_at, held_site
from pipeline.extract.places.place_ref import PlaceRef
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


def _status(f: Folded, sent: tuple[int, int], num: tuple[int, int], rules: RuleSet) -> str:
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
    return best[1] if best else "other"


def _from_host(doc: ArticleDoc, f: Folded, sent: Span) -> bool:
    """Whether the sentence tells people came from a place in the host country ("قادمة من معسكر التاجي"): an arrival
    is then a return. Not any "من" (from): "81 موظفاً من منفذ البوكمال" are staff of the crossing."""
    host, origin = doc.mentions.host, doc.rules.pattern("coming_from_before")
    return host is not None and any(
        sent.start <= p.start < sent.end and p.country_code == host.country_code
        and origin.search(f.text, max(0, f.at(p.start) - 16), f.at(p.start)) for p in doc.mentions.count_places)


def _place(doc: ArticleDoc, sent: Span, after: int, status: str) -> PlaceRef | None:
    """The most specific place named after the figure in its sentence (the first of equals), else
    before it (a dateline, "Iraq received ..."), else the host country. A place people refuse or
    wish to return to ("يرفضون العودة إلى سوريا") is not where they remain."""
    f, back, origin = fold_text(doc.text), doc.rules.pattern("return_to"), doc.rules.pattern("origin_before")
    inside = [p for p in doc.mentions.count_places if sent.start <= p.start < sent.end and not
              (status == "remaining" and back.search(f.text, max(0, f.at(p.start) - 20), f.at(p.start)))]
    host = doc.mentions.host
    if status in IN_HOST and host is not None and (hosted := [
            p for p in inside if p.country_code == host.country_code or p.feature_type == "border_crossing"]):
        inside = hosted  # "دخلوا العراق قادمين من دير الزور": people in the host country, not where they came from
    if status in ("relocated", "remaining") and (ends := [p for p in inside if not origin.search(
            f.text, max(0, f.at(p.start) - 16), f.at(p.start))]):
        inside = ends  # "نقل 87 ضابطاً من المرسنة إلى التاجي": a move is placed where it ends, as in English
    later = [p for p in inside if p.start >= after]
    if later or inside:
        return max(later or inside, key=lambda p: (p.specificity, -p.start))
    return host


def find_arabic_counts(doc: ArticleDoc) -> list[CountDraft]:
    f, rules, out = fold_text(doc.text), doc.rules, []
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
        status = _status(f, span, (f.at(n.number_start), f.at(n.number_end)), rules)
        if rules.pattern("entered_before_number").search(f.text, max(0, f.at(n.start) - 12), f.at(n.start)):
            status = "entered"
        if status == "entered" and _from_host(doc, f, sent):
            status = "returned"  # "وصلوا على متن حافلات قادمة من معسكر التاجي": they arrived home from the host
        place = crossed_at(doc, status, held_site(doc, status, _place(doc, sent, n.end, status)))  # "نُقلوا إلى التاجي"
        out.append(CountDraft(n, population, status, place, figure_period(doc, sent, status, n), sent))
    return opened_at_story_start(out)
