"""Personnel counts: a number, the people it counts, what happened to them, where and when.

A number is a personnel count when it heads a noun phrase of personnel nouns ("130 senior officers
and officials") or, elliptically, is the subject of a status verb ("Of these, over 2,000 returned"),
in which case it counts the people of the previous figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.counts.apposed import apposed_cue
from pipeline.extract.counts.asides import (
    before_breakdown,
    before_coordinated_figure,
    is_proportion,
    past_aside,
    subject_aside,
    without_aside,
)
from pipeline.extract.counts.carried import carried_status
from pipeline.extract.counts.clauses import (
    HEAD_REACH,
    NounPhrase,
    before_apposition,
    clause_end,
    clause_start,
    elliptical_gap,
    not_a_count,
    noun_phrase,
    predicate_phrase,
    thing_noun_after,
)
from pipeline.extract.counts.companions import companion_cue
from pipeline.extract.counts.direction import (
    arriving_there,
    crossing_direction,
    home_for_return,
    home_if_unplaced,
    left_for_home,
    moved_home,
    received_home,
)
from pipeline.extract.counts.excepted import excepted
from pipeline.extract.counts.group_place import placed_with_group
from pipeline.extract.counts.inherit import (
    denied_status,
    described_status,
    opens_on_partitive,
    pro_verb_status,
    restated_population,
    restated_status,
    topic_status,
)
from pipeline.extract.counts.list_heading import list_heading_status
from pipeline.extract.counts.narrated import narrated_sites
from pipeline.extract.counts.neighbours import carried_place, paragraph_site
from pipeline.extract.counts.parts import named_whole, parts_of_named_whole, parts_of_previous, wholes_of_dated_lists
from pipeline.extract.counts.period import FigurePeriod, figure_period
from pipeline.extract.counts.questions import answered_status
from pipeline.extract.counts.restated import as_large_as_the_crossing, restated_entries
from pipeline.extract.counts.scope import FigureScope
from pipeline.extract.counts.status import (
    among_cue,
    cue_text,
    cues_in,
    governing_cue,
    onward_return,
    realised,
    scope_start,
    within_own_aside,
)
from pipeline.extract.counts.summed import summed_parts, totals_of_earlier
from pipeline.extract.counts.table_cells import row_status
from pipeline.extract.counts.there import place_there
from pipeline.extract.counts.where_clause import where_status
from pipeline.extract.figures.numbers import NumberMention, is_measure
from pipeline.extract.places.choice import PlaceRef, choose_place
from pipeline.extract.places.host import HELD_AT, held_at, host_place
from pipeline.extract.places.setting import title_setting
from pipeline.extract.places.site import SITE_STATUSES, event_sites
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


@dataclass(frozen=True)
class CountDraft:
    number: NumberMention
    population: str
    status: str
    place: PlaceRef | None
    period: FigurePeriod
    sentence: Span


@cache
def _population_rules(rules: RuleSet) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    return tuple((frozenset(filter(None, r["all_of"].split("|"))), frozenset(filter(None, r["any_of"].split("|"))),
                  r["population"]) for r in rules.rows("population_rules.csv"))


def population_of(classes: frozenset[str], rules: RuleSet) -> str | None:
    for all_of, any_of, population in _population_rules(rules):
        if all_of <= classes and (not any_of or any_of & classes):
            return population
    return None


def _reading(doc: ArticleDoc, blanked: str, n: NumberMention, sent: Span, prior: list[CountDraft]):
    """(population, end of the counted phrase, status implied by the construction) or None."""
    text, rules = doc.text, doc.rules
    if _pronoun_one(text, n) and rules.pattern("pronoun_one_before").search(text, max(0, n.start - 8), n.start):
        return None  # "I am the one who cannot go back": a person, no figure
    if (lead := rules.pattern("figure_then_label").match(text, n.end)) and \
            rules.pattern("line_opening").fullmatch(text, text.rfind("\n", 0, n.start) + 1, n.start):
        # "1,905: men handed to Syrian authorities at Al-Qaim", "440: the second batch, returned on 9 January":
        # a by-the-numbers line, its description after the colon
        described = noun_phrase(text, lead.end(), rules)
        pop = population_of(described.classes, rules) if described else _elliptical(text, n, prior, rules)
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
            # "some 40 of the soldiers were officers": who that part is, and what befell the people named before
            return population_of(ranked.classes, rules), ranked.end, prior[-1].status
        elif np.classes == {"men"} and rules.pattern("enlisted_men").search(text, n.end, np.end):
            pop = "soldiers"  # "437 enlisted men and 58 officers"
        elif np.classes == {"men"} and rules.pattern("comrades_described_after").match(text, np.end):
            pop = "soldiers"  # "11 men from his company": a man's comrades of the ranks, not the whole force
        elif pop == "military_personnel" and (every := rules.pattern("all_described_after").match(text, n.start)) \
                and (described := noun_phrase(" " + every.group("what"), 0, rules)) is not None and \
                population_of(described.classes, rules) in MILITARY:
            pop = population_of(described.classes, rules)  # "the remaining 141 personnel, all of them officers"
        # "- Entered Iraq, 7-8 December: 2,490 personnel": the label tells what happened
        return (pop, np.end, (label and (_label_status(blanked, label_head, label, n, rules)
                                         or _site_label(doc, blanked, label_head, label, n, np.end)))
                or row_status(doc, blanked, n)) if pop else None
    if prior and (rank := rules.pattern("rank_after").match(text, n.end)) and \
            (ranked := noun_phrase(text, rank.end() - 1, rules)) is not None and population_of(ranked.classes, rules):
        # "164 officers, among them at least nine with the rank of brigadier general": who they are by rank
        return population_of(ranked.classes, rules), ranked.end, prior[-1].status
    pred = predicate_phrase(text, n.end, rules)
    if pred is not None and population_of(pred.classes, rules) and prior:
        # "Fewer than 100 are officers" tells of the previous figure's people; "The remaining 153 are all
        # officers" of those still there
        remainder = rules.pattern("remainder_before").search(head)
        whole = named_whole(doc, sent, n, prior) or prior[-1]  # "Of the 712 at Ziah …, 84 are officers": the 712's
        return population_of(pred.classes, rules), pred.end, "remaining" if remainder else whole.status
    if prior and (them := rules.pattern("partitive_them").match(text, n.end)) and \
            (pred := predicate_phrase(text, them.end(), rules)) is not None and pred.classes - {"men"} \
            and population_of(pred.classes, rules):  # "11 of them were wounded" says how they are, not who
        # "296 men crossed back. Fewer than 20 of them are officers": who some of that group are; what happened to
        # them is what happened to the group, unless a participle says ("fewer than 60 of those remaining")
        described = cues_in(blanked, them.start(), them.end(), "modifier", rules) or \
            cues_in(blanked, them.start(), them.end(), "after", rules)
        return population_of(pred.classes, rules), pred.end, described[0].status if described else prior[-1].status
    gap = elliptical_gap(text, n.end, rules)
    # the cue may take in the auxiliaries the gap passed over ("450 of them have been sent back")
    cue = cues_in(blanked, n.end, gap + 40, "after", rules) if gap is not None else []
    if cue and n.end <= cue[0].start <= gap and (
            population := _of_them(text, n, prior, rules) or _elliptical(text, n, prior, rules)):
        # "Of these, over 2,000 returned", "the 2,493 who crossed"; "512 of those remaining had been moved": the
        # participle describes them, the verb after it governs
        described = rules.pattern("partitive_them").match(text, n.end)
        return population, described.end() if described else n.end, None
    part = rules.pattern("partitive_them").match(text, n.end) or rules.pattern("others_after").match(text, n.end)
    cue_before = cues_in(blanked, max(sent.start, n.start - 25), n.start, "before", rules)
    verb_from = past_aside(blanked, n.end, part.end(), sent.end, rules) if part else 0
    if part and (cue_before or cues_in(blanked, verb_from, min(sent.end, verb_from + 40), "after", rules)
                 or ((n.value_best or 2) > 1 and rules.pattern("people_partitive").match(text, n.end)
                     and not _things_before(text, sent, n, rules))
                 or _whole_of_people(text, n, rules)) and (
            population := _of_them(text, n, prior, rules) or _elliptical(text, n, prior, rules)):
        # "repatriated 180 of them", "120 others remain": the verbs govern; "34 of them had lodged asylum
        # claims", "for the 250 others": a part of the people named before, whatever their verb says ("one of
        # them, a pilot," is a person)
        return population, part.end(), None
    if cue_before and rules.pattern("bare_after_cue").match(text, n.end) and (
            population := _elliptical(text, n, prior, rules)):
        return population, n.end, cue_before[-1].status  # "That leaves 115 in Iraqi hands"
    if (m := rules.pattern("number_of").search(head)) and (prior or noun_phrase(m.group("what"), 0, rules)):
        what = noun_phrase(" " + m.group("what"), 0, rules)
        pop = population_of(what.classes, rules) if what else _elliptical(text, n, prior, rules)
        lo = n.start - len(head) + m.start("what")
        found = [cue for side in ("before", "after", "modifier") for cue in
                 cues_in(blanked, lo, lo + len(m.group("what")), side, rules)]  # "the number of returnees" too
        return pop, n.end, found[0].status if found else (prior[-1].status if prior else None)
    described = rules.pattern("put_what_at").search(head) or rules.pattern("number_described").search(head)
    if (m := described) and (pop := _elliptical(text, n, prior, rules)):
        lo = n.start - len(head) + m.start("what")
        found = cues_in(blanked, lo, lo + len(m.group("what")), "after", rules)
        return pop, n.end, found[0].status if found else restated_status(prior, n)
    if (m := rules.pattern("figure_of").search(head)) and (pop := _elliptical(text, n, prior, rules)):
        # the words after it, up to a clause of its own ("…, but two men were moved" is another group's; "down from
        # 174 when the group was moved there" the figure's)
        other = rules.pattern("coordinate_clause").search(blanked, n.end, sent.end)
        found = cues_in(blanked, n.end, min(other.start() if other else sent.end, n.end + 60), "after", rules)
        return pop, n.end, found[0].status if found else restated_status(prior, n)
    if prior and rules.pattern("more_before").search(head) and (
            rules.pattern("followed_after").match(text, n.end) or rules.pattern("list_item_after").match(text, n.end)):
        # "another 377 followed", "a second group of 672 followed", "…, and a further 371 on Jan. 14"
        return _elliptical(text, n, prior, rules), n.end, prior[-1].status
    if prior and rules.pattern("more_before").search(head) and rules.pattern("bare_subject").match(text, n.end) \
            and _just_before(doc, prior[-1].sentence, sent):
        # "A further 200 are to go by road": more of the people counted in this sentence or the one before, with a
        # verb of their own; not of a figure paragraphs back ("18,000 refugees have gone home and another 2,000")
        return _elliptical(text, n, prior, rules), n.end, None
    if (apposed := rules.pattern("apposed_figure_before").search(head)) and \
            rules.pattern("apposed_figure_after").match(text, n.end) and \
            (pop := _noun_before(apposed.group("noun"), len(apposed.group("noun")), rules)):
        return pop, n.end, None  # "a small number of senior officers, fewer than twenty, are in Baghdad"
    if rules.pattern("numbering_before").search(head) and (
            pop := _noun_before(text, n.start, rules) or _elliptical(text, n, prior, rules)):
        return pop, n.end, None  # "the soldiers, numbering more than 2,400, fled": the clause's verb governs
    if prior and (listed := rules.pattern("list_item_before").search(text, sent.start, n.start)) and \
            rules.pattern("list_item_after").match(text, n.end):  # "in three batches: 1,905 on 19 December, 437 ..."
        # the list's head says what happened to its items ("Iraq has returned the men in three batches:"), else
        # the items are more of the previous figure's people
        head_cues = cues_in(blanked, sent.start, listed.end(), "before", rules) or \
            cues_in(blanked, sent.start, listed.start(), "after", rules)
        # "officers who refused to go back were moved in two groups: 97 …": the people the head names, if it does
        named = _noun_before(text[sent.start:listed.start()], listed.start() - sent.start, rules)
        return named or _elliptical(text, n, prior, rules), n.end, \
            head_cues[-1].status if head_cues else prior[-1].status
    if prior and prior[-1].sentence == sent and rules.pattern("gapped_item_before").search(
            text, prior[-1].number.end, n.start) and rules.pattern("gapped_item_after").match(text, n.end):
        # "1,210 soldiers were handed back on 19 December, 694 on 22 December": the same verb and the same
        # people, gapped, for the next group
        return prior[-1].population, n.end, prior[-1].status
    if prior and rules.pattern("remainder_before").search(head):  # "The remaining 92 are at Camp Taji"
        # the rest of the people are still there, unless their own verb says what befell them ("The rest, more than
        # 2,280, have gone home to their families")
        moved = [c for c in realised(blanked, cues_in(blanked, n.end, sent.end, "after", rules), rules)
                 if c.status in ("returned", "relocated")]
        return _elliptical(text, n, prior, rules), n.end, None if moved else "remaining"
    if label and (labelled := _labelled(doc, blanked, label_head, label, n, prior)):
        return labelled  # "- Still in Iraqi custody: 196"
    if prior and rules.pattern("of_whom_before").search(head):  # "1,240 soldiers, of whom 37 were wounded"
        return _elliptical(text, n, prior, rules), n.end, None
    if prior and rules.pattern("total_in_number").match(text, n.start, n.end):
        # "1,905 … and a further 371 on Jan. 14, a total of 2,276": the sum of the figures before
        return _elliptical(text, n, prior, rules), n.end, restated_status(prior, n)
    if prior and ((rules.pattern("bare_subject").match(text, n.end) and (
            rules.pattern("clause_opening").fullmatch(text, sent.start, n.start)
            or rules.pattern("subject_clause_before").search(text, sent.start, n.start)))
            or (rules.pattern("bare_relative").match(text, n.end) and not _age_of_people(text, n, rules))):
        # "More than 2,500 had been through the centre", "At least nine need treatment": a figure with no noun
        # that opens its clause as the subject of the verb after it, or that "who" describes ("I know of six who
        # were resettled"), counts the people named before; "Of the officers at Taji, 23 are over 60": those named
        partitive = rules.pattern("partitive_of_opening").match(text, sent.start, n.start)
        own = _noun_before(text[:n.start], n.start, rules) if partitive else None
        return own or _elliptical(text, n, prior, rules), n.end, pro_verb_status(doc, blanked, sent, n, prior)
    if rules.pattern("put_at").search(head) or _cited(text, head, n, rules):
        # "put their number at 2,400", "opposition channels claimed 5,000": the people of the previous figure, if any
        if _total_of_others(doc, sent, n, prior):
            return None
        if rules.pattern("group_present_before").search(head):  # "We are more than six thousand here": still there
            return _elliptical(text, n, prior, rules) or "other", n.end, "remaining"
        # "A fourth handover on 12 February added 49": the words before say what happened to them
        said = cues_in(blanked, sent.start, n.start, "before", rules)
        # "brought to 2,361 the total returned since …": the words after it say whom the total counts
        if named := rules.pattern("put_at_what_after").match(text, n.end):
            said = cues_in(blanked, named.start("what"), named.end("what"), "after", rules) or said
        return (_elliptical(text, n, prior, rules) or "other", n.end,
                said[-1].status if said else topic_status(doc, blanked, sent, n, prior)
                or answered_status(doc, sent, n.end) or restated_status(prior, n))
    return None


def _cited(text: str, head: str, n: NumberMention, rules: RuleSet) -> bool:
    """A bare figure someone claimed, reported or used ("channels claimed 5,000"), a speaker's own group ("We were
    167"), or a quoted figure named as cited ("the "at least 600" cited in January")."""
    if (rules.pattern("claimed_figure_before").search(head) or rules.pattern("group_size_before").search(head)) and \
            rules.pattern("claimed_figure_after").match(text, n.end):
        return True
    quoted = rules.pattern("cited_figure").search(text, max(0, n.start - 12), min(len(text), n.end + 60))
    return quoted is not None and quoted.start("figure") <= n.start and n.end <= quoted.end("figure")


def _just_before(doc: ArticleDoc, earlier: Span, sent: Span) -> bool:
    """Whether `earlier` is `sent` or the sentence right before it in the same paragraph."""
    if earlier == sent:
        return True
    before = [s for s in doc.sentences if s.end <= sent.start]
    return bool(before) and before[-1] == earlier and "\n" not in doc.text[earlier.end:sent.start]


def _whole_of_people(text: str, n: NumberMention, rules: RuleSet) -> str | None:
    """The people of the whole a part is taken from, when the whole is named by its number and its own noun:
    "41 of the 58 men interviewed said …" counts 41 men, whatever its verb."""
    whole = rules.pattern("whole_by_number").match(text, n.end)
    named = noun_phrase(text, whole.end(), rules) if whole else None
    return population_of(named.classes, rules) if named else None


def _of_them(text: str, n: NumberMention, prior: list[CountDraft], rules: RuleSet) -> str | None:
    """ "About 160 officers are at Taji. Some 40 of them are over 55": a part of "them" counts the people of the
    figure just before, not the people followed as a whole; "41 of the 58 men interviewed" the whole's own people."""
    if not (part := rules.pattern("partitive_them").match(text, n.end)):
        return None
    if (alike := rules.pattern("all_apposed_after").match(text, part.end())) and (
            kind := noun_phrase(" " + alike.group("noun"), 0, rules)) is not None:
        return population_of(kind.classes, rules)  # "130 of them, all officers"
    lo = max(0, n.start - HEAD_REACH)
    if (apposed := rules.pattern("apposed_figure_before").search(text, lo, n.start)) and \
            noun_phrase(" " + apposed.group("noun"), 0, rules) is not None and \
            (named := _noun_before(text, apposed.end("noun"), rules)):
        return named  # "the officers, some 400 of them, lodged in town": them are the people just named
    prior = _followed(text, n.start, prior, rules)
    return _whole_of_people(text, n, rules) or (prior[-1].population if prior else None)


def _things_before(text: str, sent: Span, n: NumberMention, rules: RuleSet) -> bool:
    """ "We saw the helicopters landing, maybe twenty of them": the plural noun the sentence names last before
    "N of them" is what they are, and it is not people."""
    named = list(rules.pattern("plural_named_before").finditer(text, sent.start, n.start))
    return bool(named) and noun_phrase(" " + named[-1].group("noun"), 0, rules) is None


def _total_of_others(doc: ArticleDoc, sent: Span, n: NumberMention, prior: list[CountDraft]) -> bool:
    """ "1,146 Syrian refugees returned, bringing the total since 8 December to more than 3,900": a total after
    a number of people the dataset does not count, in its own sentence, is theirs."""
    # a measure ("Two days later, the ministry put the total at 2,470") counts nothing
    earlier = [m for m in doc.numbers if sent.start <= m.start and m.end <= n.start
               and not is_measure(doc.text, m, doc.rules)]
    return bool(earlier) and _COUNTED_NOUN.match(doc.text, earlier[-1].end) is not None and \
        not any(d.number == earlier[-1] for d in prior)


_COUNTED_NOUN = re.compile(r"\s+(?:[A-Z][\w-]+\s+)?[a-z]+s\b")  # "1,146 Syrian refugees": a number of something


def _label_status(blanked: str, head: str, m: re.Match[str], n: NumberMention, rules: RuleSet) -> str | None:
    lo = n.start - len(head) + m.start("label")
    found = cues_in(blanked, lo, m.end("label") + lo - m.start("label"), "after", rules) or \
        cues_in(blanked, lo, m.end("label") + lo - m.start("label"), "before", rules)
    return found[0].status if found else None


def _site_label(doc: ArticleDoc, blanked: str, head: str, m: re.Match[str], n: NumberMention, np_end: int) -> str | None:
    """ "- Camp Taji: 146 officers": a key-figures line labelled by a place alone counts the people there; a
    country heading a story of a roundup ("IRAQ: 57 former officers handed back at Al-Qaim") does not, nor a
    line whose own verb says what happened."""
    lo = n.start - len(head) + m.start("label")
    hi = lo + len(m.group("label").rstrip())
    named = any(p.start <= lo + 4 and p.end >= hi and p.feature_type != "country" for p in doc.mentions.count_places)
    line_end = doc.text.find("\n", np_end)
    told = cues_in(blanked, np_end, len(doc.text) if line_end < 0 else line_end, "after", doc.rules)
    return "remaining" if named and not told else None


def _labelled(doc: ArticleDoc, blanked: str, head: str, m: re.Match[str], n: NumberMention, prior: list[CountDraft]):
    """A key-figures line: the label's personnel noun or status words make the number a figure of people."""
    status = _label_status(blanked, head, m, n, doc.rules)
    own = _noun_before(m.group("label"), len(m.group("label")), doc.rules)
    if not (status or own) and prior and _held_site_opens(doc, head, m, n):
        status = "remaining"  # "CASELOAD BY SITE … - Al-Rutba camp, Anbar: 137": the people the article follows there
    if not (status or own) and prior and (sent := doc.sentence_at(n.start)) is not None:
        # "How many crossed? … - Syria's defence ministry, last month: "nearly 2,500"": a source's figure answers it
        status = answered_status(doc, sent, n.end)
    if not (status or own) and prior:
        # "The handovers … were as follows:" above "First batch (18-19 December 2024): 1,905"
        status = list_heading_status(doc, blanked, n.start - len(head) + m.start("label"))
    if not (status or own) and prior:
        status = _site_label(doc, blanked, head, m, n, n.end)  # "- Peniche: 310" after "1,082 internees": held there
    population = own or _elliptical(doc.text, n, prior, doc.rules)
    if not (status or own) or population is None:
        return None
    return population, n.end, status


def _held_site_opens(doc: ArticleDoc, head: str, m: re.Match[str], n: NumberMention) -> bool:
    """The label opens on a camp, base or airfield and says nothing else but where it is ("Al-Rutba camp, Anbar")."""
    lo = n.start - len(head) + m.start("label")
    hi = lo + len(m.group("label").rstrip())
    site = next((p for p in doc.mentions.count_places if lo <= p.start <= lo + 4), None)
    return site is not None and site.feature_type in HELD_AT and \
        re.fullmatch(r"(?:[\s,]+[A-Z][\w’'-]*(?:\s+[a-z]+)?)*\s*", doc.text[site.end:hi]) is not None


LABEL_REACH = 200  # characters before a figure a key-figures label may start at (patterns.csv labelled_figure)
MILITARY = frozenset({"soldiers", "officers", "officers_and_officials", "military_personnel"})


def _elliptical(text: str, number: NumberMention, prior: list[CountDraft], rules: RuleSet) -> str | None:
    """Who a figure without its own noun counts ("Of these, over 2,000 returned", "put the total at 2,530"):
    the people the article follows as a whole, not the last sub-group named before it. When its figures so
    far count one kind of military people, that kind; when several ("soldiers", "officers"), or people counted
    beside them ("714, including 48 police officers"), all of them."""
    start = number.start
    if (whole := _whole_by_value(text, start, prior, rules)) is not None:
        return whole.population  # "… 437 enlisted men and 58 officers … Of the 58, 41 …": officers
    prior = _followed(text, start, prior, rules)
    if (same := restated_population(prior, number)) is not None:
        return same  # "Handed back, 19 December 2024: 1,905" after "1,905 soldiers were driven back": soldiers
    if (every := rules.pattern("all_described_after").match(text, start)) and (
            (described := noun_phrase(" " + every.group("what"), 0, rules)) is not None):
        return population_of(described.classes, rules)  # "That leaves 176, all of them officers": officers
    if (aside := rules.pattern("mostly_described_after").match(text, start)) and (
            (described := noun_phrase(" " + aside.group("what"), 0, rules)) is not None) and \
            population_of(described.classes, rules) in MILITARY:
        return "military_personnel"  # "a further 412, most of them conscripts": military, of more than one kind
    population = _population_in_context(text, start, prior, rules)
    kinds = {d.population for d in prior if d.population in MILITARY}
    if population not in MILITARY or not kinds:
        return population
    mixed = len(kinds) > 1 or any(d.population == "other" for d in prior)
    return "military_personnel" if mixed else kinds.pop()


def _age_of_people(text: str, n: NumberMention, rules: RuleSet) -> bool:
    """ "conscripts of nineteen or twenty who had never fired a shot": a number right after people and "of" is
    how old they are."""
    of = rules.pattern("people_of_before").search(text, max(0, n.start - 40), n.start)
    return of is not None and noun_phrase(" " + of.group("noun"), 0, rules) is not None




def _followed(text: str, start: int, prior: list[CountDraft], rules: RuleSet) -> list[CountDraft]:
    """The earlier figures of the people followed: civilians counted beside them in another sentence ("More than
    60,000 civilians have fled. … handed 23 of them back") are not who a figure without a noun counts, nor a
    second kind of them; in its own sentence they are ("1,146 refugees returned, bringing the total to 3,900").
    Staff who came with soldiers ("With them came 38 civilian employees of the customs. … 1,791 were handed
    over") are a side group too, unless the article counts no soldiers at all."""
    kept = [d for d in prior if d.sentence.start <= start < d.sentence.end
            or (np := noun_phrase(text, d.number.end, rules)) is None or np.classes != {"people"}]
    if not any(d.population in MILITARY for d in kept):
        return kept
    return [d for d in kept if d.sentence.start <= start < d.sentence.end or d.population != "civilian_staff"]


def _whole_by_value(text: str, start: int, prior: list[CountDraft], rules: RuleSet) -> CountDraft | None:
    """The earlier figure a partitive names by its number ("Of the 58, he said, 41 …"), the latest of that value."""
    named = rules.pattern("whole_by_value_before").search(text, max(0, start - 80), start)
    if named is None:
        return None
    value = int(named.group("whole").replace(",", ""))
    return next((d for d in reversed(prior) if d.number.value_best == value), None)


def _population_in_context(text: str, start: int, prior: list[CountDraft], rules: RuleSet) -> str | None:
    """The people of the context: the previous figure's, else the last personnel noun's."""
    return prior[-1].population if prior else _noun_before(text, start, rules)


def _pronoun_one(text: str, number: NumberMention) -> bool:
    """ "the easy one", "no one": the word one standing for a thing or person, not a figure."""
    return text[number.start:number.end].lower() == "one"


def _only_people(text: str, n: NumberMention, rules: RuleSet) -> bool:
    """People the dataset does not follow ("killed about 3,000 people"); a nationality standing alone as the
    noun ("puts the total at 146 Latvians, nine Lithuanians") counts the people followed, but one qualifying a
    noun after it ("74 Vietnamese Air Force aircraft") or far from the number counts something else."""
    np = noun_phrase(text, n.end, rules)
    if np is None or np.classes not in ({"people"}, {"nationals"}):
        return False
    return np.classes == {"people"} or not _BARE_NATIONALITY.fullmatch(text, n.end, np.end) or \
        _NOUN_FOLLOWS.match(text, np.end) is not None


_BARE_NATIONALITY = re.compile(r"\s+[A-Z][\w'’-]+")
_NOUN_FOLLOWS = re.compile(r"\s+[A-Z\d]")  # "Vietnamese Air Force", "Poles 3 to 1"


def _noun_before(text: str, start: int, rules: RuleSet) -> str | None:
    """The population of the last personnel noun before `start`, with a noun coordinated before it ("Syrian
    soldiers and officers": both, not the officers alone)."""
    for m in reversed(list(re.finditer(r"[A-Za-z]+", text[:start]))):
        np = noun_phrase(" " + m.group(0), 0, rules)
        if np and (population := population_of(np.classes, rules)):
            pair = _COORDINATED_BEFORE.search(text, max(0, m.start() - 30), m.start())
            both = noun_phrase(f" {pair.group(1)} and {m.group(0)}", 0, rules) if pair else None
            return population_of(both.classes, rules) or population if both else population
    return None


_COORDINATED_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:and|or|&)\s+$")


def _same_or_next(doc: ArticleDoc, earlier: Span, sent: Span) -> bool:
    """The sentence itself, or the one right after ("… the handover of 212. The group included 171 soldiers")."""
    return earlier == sent or not doc.text[earlier.end:sent.start].strip()


def text_before(doc: ArticleDoc, n: NumberMention, width: int) -> str:
    return doc.text[max(0, n.start - width):n.start]


def find_counts(doc: ArticleDoc) -> list[CountDraft]:
    """Every personnel figure of the article, with who, what happened, where and when."""
    text, rules = doc.text, doc.rules
    speakers = doc.statements
    numbers = [n for n in doc.numbers if not any(s.speaker.start <= n.start < s.speaker.end for s in speakers)]
    blanked = cue_text(text, doc.mentions.count_places, rules)
    asides = [(m.start(), m.end()) for m in rules.pattern("figure_asides").finditer(text)]
    out: list[CountDraft] = []
    ends: list[int] = []  # clause end of each figure in `out`
    scopes: list[FigureScope] = []
    unplaced: set[int] = set()  # figures whose sentence and neighbours name no place
    for n in numbers:
        sent = doc.sentence_at(n.start)
        if sent is None or is_measure(text, n, rules) or not_a_count(text, n, rules) or is_proportion(text, n, rules):
            continue
        own = within_own_aside(text, blanked, doc.mentions.count_places, n.start, asides) if asides else blanked
        reading = _reading(doc, own, n, sent, out)
        if reading is None:
            continue
        population, np_end, implied = reading
        scope = _scope(doc, own, n, sent, np_end, implied, numbers, out, ends)
        if scope.status in ("returned", "relocated") and rules.pattern("all_but_before").search(text_before(doc, n, 20)):
            scope = replace(scope, status="remaining")  # "all but about 300 had been sent back": 300 stayed
        if scope.status == "other" and _only_people(text, n, rules):
            continue  # "the fighting killed about 3,000 people": people the dataset follows only as they move
        draft, placed = _drafted(doc, scope, population)
        if not placed:
            unplaced.add(len(out))
        out.append(draft)
        scopes.append(scope)
        ends.append(scope.hi)
    for index in restated_entries(doc, out, scopes):  # "the official tally was 2,612": how many crossed
        out[index], placed = _drafted(doc, replace(scopes[index], status="entered"), out[index].population)
        unplaced.discard(index)
        if not placed:
            unplaced.add(index)
    for index, status in summed_parts(doc, out, scopes):  # "1,130 went across on Wednesday and 775 on Thursday"
        out[index], placed = _drafted(doc, replace(scopes[index], status=status), out[index].population)
        unplaced.discard(index)
        if not placed:
            unplaced.add(index)
    drafts = placed_with_group(doc, parts_of_previous(doc, home_if_unplaced(doc, _at_event_sites(doc, blanked, out, unplaced))))
    return totals_of_earlier(wholes_of_dated_lists(doc, parts_of_named_whole(doc, drafts)))


def _drafted(doc: ArticleDoc, scope: FigureScope, population: str) -> tuple[CountDraft, bool]:
    """The figure's row as its scope reads it, and whether its sentence or neighbours named a place at all."""
    place = choose_place(doc, scope)
    if place is None or place.feature_type == "country":
        place = place_there(doc, scope) or carried_place(doc, scope, sites_only=place is not None) or place
    if place is None:
        place = paragraph_site(doc, scope)
    placed = place is not None or doc.rules.pattern("host_anaphor").search(
        doc.text, scope.sentence.start, scope.sentence.end) is not None
    if place is None:
        place = (title_setting(doc, scope.status) if scope.status != "remaining" else None) or host_place(doc, scope)
    place = held_at(doc, scope, home_for_return(doc, scope.status, place))
    return CountDraft(scope.number, population, moved_home(doc, scope.status, place), place,
                      figure_period(doc, scope), scope.sentence), placed


def _at_event_sites(doc: ArticleDoc, blanked: str, drafts: list[CountDraft], unplaced: set[int]) -> list[CountDraft]:
    """A figure of people entering or returning that names no place is placed where the article's other such
    figures, or its sentences without figures, say that event happened (`places/site.py`)."""
    if not any(drafts[index].status in SITE_STATUSES for index in unplaced):
        return drafts
    placed = [(d.status, d.place) for index, d in enumerate(drafts) if index not in unplaced]
    placed += narrated_sites(doc, blanked)
    sites = event_sites(placed, doc.mentions.host)
    return [replace(d, place=sites[d.status]) if index in unplaced and d.status in SITE_STATUSES
            and d.status in sites else d for index, d in enumerate(drafts)]


def _scope(doc: ArticleDoc, blanked: str, n: NumberMention, sent: Span, np_end: int, implied: str | None,
           numbers: list[NumberMention], out: list[CountDraft], ends: list[int]) -> FigureScope:
    rules = doc.rules
    aside = subject_aside(blanked, np_end, sent.end, rules)
    blanked = without_aside(blanked, aside)  # the aside's figure and verbs are its own
    following = next((m.start for m in numbers if m.start >= (aside[1] if aside else np_end)
                      and noun_phrase(doc.text, m.end, rules)), None)
    # the clause goes on past an aside's closing comma: ", of whom 250 are officers, have said" is no trailing
    # attribution
    end = before_apposition(blanked, np_end, clause_end(blanked, aside[1] + 1 if aside else np_end, sent.end, rules),
                            following, rules)
    end = before_breakdown(blanked, np_end, before_coordinated_figure(blanked, np_end, end, numbers, rules), numbers)
    limit = sent.end
    if rules.pattern("partitive_head").match(doc.text, sent.start, n.start) and (comma := blanked.find(",", np_end, end + 1)) > 0:
        end = limit = comma  # "Of the roughly 2,500 who crossed, all but ...": only its own relative clause tells of it
    begin = clause_start(blanked, sent.start, n.start, rules)
    cue = governing_cue(blanked, np_end, end, begin, n, numbers, rules, limit)
    if (left_out := excepted(doc.text, blanked, n, np_end, begin, end, rules)) is not None:
        cue, implied = left_out[0], left_out[1] or implied  # "…, with the exception of 17 who remain at …"
    if cue is not None and cue.start >= end:  # a main verb past a cut relative clause opens the figure's clause
        end = clause_end(blanked, cue.end, sent.end, rules)
    elif cue is None and (joined := rules.pattern("joined_predicate").match(blanked, end, limit)):
        # "The remaining 153 are all officers, he said, and are now held at Camp Taji": a clause that tells
        # nothing of what happened goes on into the predicate joined to it
        end = clause_end(blanked, joined.end(), limit, rules)
        cue = governing_cue(blanked, np_end, end, begin, n, numbers, rules, limit)
    said = onward_return(blanked, cue, end, rules) or cue  # the clause's places stay the first verb's
    status = received_home(doc, sent, crossing_direction(doc, blanked, sent, said,
                                                         implied or (said.status if said else "other")))
    status = left_for_home(doc, np_end, end, arriving_there(doc, blanked, sent, said, status))
    # "registered 1,870 returning ex-soldiers": a verb that only counts them leaves the telling to their own words
    counting = cue is not None and rules.pattern("counting_cue").fullmatch(blanked, cue.start, cue.end) is not None
    modifier = cues_in(blanked, n.end, np_end, "modifier", rules) if (cue is None or counting) and implied is None else []
    # "hundreds of soldiers crossing on the Saturday", "about 20 men in uniform crossing in a canoe"
    modifier = modifier or ([c for c in cues_in(blanked, np_end, min(end, np_end + 60), "participle", rules)
                             if rules.pattern("participle_gap").fullmatch(blanked, np_end, c.start)][:1]
                            if cue is None and implied is None else [])
    if cue is None and implied is None and (among := among_cue(blanked, sent.start, n.start, rules)
                                            or companion_cue(blanked, sent.start, n.start, rules)):
        status = among.status
    elif modifier:
        status = modifier[0].status  # "interviewed dozens of the remaining officers": the people's own words
    elif cue is None and implied is None and (whole := named_whole(doc, sent, n, out)) is not None:
        status = whole.status  # "Of the 2,358 we recorded 431 officers": what befell the whole it names
    elif cue is None and implied is None and out and (
            rules.pattern("among_previous").match(blanked, np_end)
            or rules.pattern("joined_previous").search(blanked, np_end, end)
            or (_same_or_next(doc, out[-1].sentence, sent)
                and rules.pattern("part_of_previous").search(text_before(doc, n, 50)))
            or (out[-1].sentence == sent and rules.pattern("beside_previous").search(text_before(doc, n, 30)))
            or (out[-1].sentence == sent
                and rules.pattern("coordinated_previous").match(doc.text[out[-1].number.end:n.start]))
            or opens_on_partitive(doc, sent, out)):
        status = out[-1].status  # "12 officers were among the soldiers", "2,150, including three generals"
    elif cue is None and implied is None and (apposed := apposed_cue(doc.text, blanked, sent, n, numbers, rules)):
        status = received_home(doc, sent, crossing_direction(doc, blanked, sent, apposed, apposed.status))
    elif cue is None and implied is None:
        # "How many crossed has never been settled.", "How many crossed? … - UNHCR, 16 December: around 2,000"
        status = denied_status(doc, blanked, sent, np_end) or described_status(doc, blanked, sent, n) or \
            where_status(doc, blanked, sent, n) or carried_status(doc, blanked, sent, n) or topic_status(doc, blanked, sent, n, out) or \
            answered_status(doc, sent, np_end) or status
        if status == "other" and rules.pattern("present_state_after").match(doc.text, np_end):
            status = "remaining"  # "Some 40 of them are over 55": people in a state now are still there
        elif status == "other" and as_large_as_the_crossing(n, out) and \
                rules.pattern("estimate_words").search(doc.text, sent.start, sent.end):
            status = "entered"  # "officials have given figures of between 2,400 and 2,700": how many crossed
    lo = scope_start(blanked, np_end, cue, rules) if implied is None else np_end
    # a date in the previous figure's clause is that figure's, not this one's
    prev_end = max([sent.start] + [e for c, e in zip(out, ends) if c.sentence == sent and e <= n.start]
                   + [m.end for m in numbers if sent.start <= m.end <= n.start and m is not n
                      and not _pronoun_one(doc.text, m)
                      and not any(t.start <= m.start < t.end for t in doc.times)])  # "Two days later, 40 were moved"
    return FigureScope(n, sent, np_end, lo, end, cue, status, prev_end)

