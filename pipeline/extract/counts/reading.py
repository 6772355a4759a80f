"""Whether a number is a personnel figure, and how its construction reads: who it counts, where its phrase
ends, and what happened to them when the construction itself says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.bare.order import bare_reading
from pipeline.extract.counts.clauses import HEAD_REACH
from pipeline.extract.counts.draft import MILITARY, CountDraft, population_of
from pipeline.extract.counts.key_figures import LABEL_REACH, label_status, site_label
from pipeline.extract.counts.not_people import pronoun_one
from pipeline.extract.counts.noun_phrases import NounPhrase, noun_phrase, predicate_phrase, thing_noun_after
from pipeline.extract.counts.people import elliptical_population
from pipeline.extract.counts.status import cues_in
from pipeline.extract.counts.table_cells import row_status
from pipeline.extract.figures.numbers import NumberMention
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def figure_reading(doc: ArticleDoc, blanked: str, n: NumberMention, sent: Span, prior: list[CountDraft]) -> Reading | None:
    """(population, end of the counted phrase, status implied by the construction) or None."""
    text, rules = doc.text, doc.rules
    if pronoun_one(text, n) and rules.pattern("pronoun_one_before").search(text, max(0, n.start - 8), n.start):
        return None  # "I am the one who cannot go back": a person, no figure
    if (lead := rules.pattern("figure_then_label").match(text, n.end)) and \
            rules.pattern("line_opening").fullmatch(text, text.rfind("\n", 0, n.start) + 1, n.start):
        # "1,905: men handed to Syrian authorities at Al-Qaim", "440: the second batch, returned on 9 January":
        # a by-the-numbers line, its description after the colon
        described = noun_phrase(text, lead.end(), rules)
        if described is None and thing_noun_after(text, lead.end(), rules):
            return None  # "- 180: lorries through Al-Qaim on reopening day": the line counts the lorries
        pop = population_of(described.classes, rules) if described else elliptical_population(text, n, prior, rules)
        return (pop, described.end if described else lead.end(), None) if pop else None
    np = noun_phrase(text, n.end, rules)
    if np is None and (shared := rules.pattern("shared_noun_after").match(text, n.end)) and \
            (later := noun_phrase(text, shared.end(), rules)) is not None:
        np = NounPhrase(n.end, later.classes)  # "of 350 and 108 men": the noun after the second counts the first too
    if np is None and thing_noun_after(text, n.end, rules):
        return None  # "First convoy of 22 buses reaches Al-Qaim": the number counts the buses
    head = text[max(sent.start, n.start - HEAD_REACH):n.start]
    # a key-figures label may run longer than the words other rules read before a figure
    label_head = text[max(sent.start, n.start - LABEL_REACH):n.start]
    label = rules.pattern("labelled_figure").search(label_head)
    if label and rules.pattern("money_label").search(label.group("label")):
        return None  # "- Funding received: 513,000": a sum of money, whatever verb its label has
    if np is not None:
        pop = population_of(np.classes, rules)
        if np.classes == {"men"} and rules.pattern("civilians_described_after").match(text, np.end):
            pop = "other"
        elif prior and rules.pattern("part_of_people_after").match(text, n.end) and \
                (ranked := predicate_phrase(text, np.end, rules)) is not None and ranked.classes - {"men"} and \
                population_of(ranked.classes, rules):
            # "some 40 of the soldiers were officers": who that part is, and what befell the people named before,
            # unless the whole's own noun says ("at least 150 of the returnees were officers")
            own = cues_in(blanked, n.end, np.end, "modifier", rules)
            return population_of(ranked.classes, rules), ranked.end, own[0].status if own else prior[-1].status
        elif np.classes == {"men"} and rules.pattern("enlisted_men").search(text, n.end, np.end):
            pop = "soldiers"  # "437 enlisted men and 58 officers"
        elif np.classes == {"men"} and rules.pattern("comrades_described_after").match(text, np.end):
            pop = "soldiers"  # "11 men from his company": a man's comrades of the ranks, not the whole force
        elif pop == "military_personnel" and (every := rules.pattern("all_described_after").match(text, n.start)) \
                and (described := noun_phrase(" " + every.group("what"), 0, rules)) is not None and \
                population_of(described.classes, rules) in MILITARY:
            pop = population_of(described.classes, rules)  # "the remaining 141 personnel, all of them officers"
        if label and _own_verb(blanked, np.end, sent.end, rules):
            label = None  # "The officers remain: some 2,490 troops crossed at Al-Qaim": a sentence, no key figure
        # "- Entered Iraq, 7-8 December: 2,490 personnel": the label tells what happened
        return (pop, np.end, (label and (label_status(blanked, label_head, label, n, rules)
                                         or site_label(doc, blanked, label_head, label, n, np.end)))
                or row_status(doc, blanked, n)) if pop else None
    if (bare := bare_reading(BareFigure(doc, blanked, n, sent, prior, head, label_head, label))) is None and \
            (kind := rules.pattern("kind_apposed_after").match(text, n.end)) and \
            (described := noun_phrase(text, kind.end(), rules)) is not None and (pop := population_of(described.classes, rules)):
        # "Several thousand, mostly rank-and-file soldiers whose families …, went home": mostly soldiers are soldiers
        # and others, the force as a whole; "about 400, all officers" are officers
        mixed = pop in MILITARY and not kind.group("all")
        return ("military_personnel" if mixed else pop), described.end, None
    return bare


OWN_VERB_REACH = 2  # words between a figure's counted phrase and a verb that makes it the subject of a sentence


def _own_verb(blanked: str, np_end: int, end: int, rules) -> bool:
    """The counted phrase is the subject of its own verb ("some 2,490 Syrian troops crossed", "2,490 men have since
    returned"): what precedes the colon is a sentence's opening, not a label."""
    cues = cues_in(blanked, np_end, end, "after", rules)
    return bool(cues) and len(blanked[np_end:cues[0].start].split()) <= OWN_VERB_REACH
