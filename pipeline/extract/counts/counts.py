"""Personnel counts: a number, the people it counts, what happened to them, where and when.

A number is a personnel count when it heads a noun phrase of personnel nouns ("130 senior officers
and officials") or, elliptically, is the subject of a status verb ("Of these, over 2,000 returned"),
in which case it counts the people of the previous figure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.counts.asides import is_proportion
from pipeline.extract.counts.clause_scope import figure_scope, text_before
from pipeline.extract.counts.clauses import not_a_count
from pipeline.extract.counts.composed import parts_of_group
from pipeline.extract.counts.cue_text import cue_text, within_own_aside
from pipeline.extract.counts.draft import CountDraft
from pipeline.extract.counts.group_place import placed_with_group
from pipeline.extract.counts.held_at_home import held_at_home
from pipeline.extract.counts.home_place import home_for_return, home_if_unplaced
from pipeline.extract.counts.home_side import moved_home
from pipeline.extract.counts.mixed import mixed_population
from pipeline.extract.counts.narrated import narrated_sites
from pipeline.extract.counts.neighbours import carried_place, paragraph_site
from pipeline.extract.counts.not_people import only_people
from pipeline.extract.counts.part_status import status_of_part
from pipeline.extract.counts.parts import parts_of_named_whole, parts_of_previous, wholes_of_dated_lists
from pipeline.extract.counts.period import figure_period
from pipeline.extract.counts.reading import figure_reading
from pipeline.extract.counts.restated import parts_of_restated, restated_entries, restated_periods
from pipeline.extract.counts.retracted import retracted
from pipeline.extract.counts.scope import FigureScope
from pipeline.extract.counts.story_start import opened_at_story_start
from pipeline.extract.counts.summed import summed_parts, totals_of_earlier
from pipeline.extract.counts.table_cells import row_place
from pipeline.extract.counts.there import place_there
from pipeline.extract.figures.number_units import is_measure
from pipeline.extract.places.choice import choose_place
from pipeline.extract.places.host import crossed_at, held_at, host_place
from pipeline.extract.places.host_named import named_host
from pipeline.extract.places.setting import title_setting
from pipeline.extract.places.site import SITE_STATUSES, event_sites

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def find_counts(doc: ArticleDoc) -> list[CountDraft]:
    """Every personnel figure of the article, with who, what happened, where and when."""
    text, rules = doc.text, doc.rules
    speakers = doc.statements
    numbers = [n for n in doc.numbers if not any(s.speaker.start <= n.start < s.speaker.end and not s.speaker.counted
                                                  for s in speakers)]
    blanked = cue_text(text, doc.mentions.count_places, rules)
    asides = [(m.start(), m.end()) for m in rules.pattern("figure_asides").finditer(text)]
    out: list[CountDraft] = []
    ends: list[int] = []  # clause end of each figure in `out`
    scopes: list[FigureScope] = []
    unplaced: set[int] = set()  # figures whose sentence and neighbours name no place
    for n in numbers:
        sent = doc.sentence_at(n.start)
        if sent is None or is_measure(text, n, rules) or not_a_count(text, n, rules) or is_proportion(text, n, rules) \
                or retracted(text, sent.start, n.start, rules):
            continue
        own = within_own_aside(text, blanked, doc.mentions.count_places, n.start, asides) if asides else blanked
        reading = figure_reading(doc, own, n, sent, out)
        if reading is None:
            continue
        population, np_end, implied = reading
        population = mixed_population(doc, sent, n.start, np_end, population)
        scope = figure_scope(doc, own, n, sent, np_end, implied, numbers, out, ends)
        if rules.pattern("all_but_before").search(text_before(doc, n, 20)) and (
                scope.status in ("returned", "relocated") or rules.pattern("gone_after").match(text, scope.np_end)):
            # "all but about 300 had been sent back", "all but 64 have now left Iraq": 300 and 64 stayed
            scope = replace(scope, status="remaining")
        if held_at_home(doc, scope):  # "17 of the returnees were detained at Al-Bukamal": held at home
            scope = replace(scope, status="other")
        if (whole_status := status_of_part(doc, scope, out)) is not None:
            scope = replace(scope, status=whole_status)  # "300 are still in Iraq, dozens of them from …": still there
        if scope.status == "other" and only_people(text, n, rules):
            continue  # "the fighting killed about 3,000 people": people the dataset follows only as they move
        draft, placed = _drafted(doc, scope, population)
        if not placed:
            unplaced.add(len(out))
        out.append(draft)
        scopes.append(scope)
        ends.append(scope.hi)
    for index in restated_entries(doc, out, scopes):  # "the official tally was 2,612": how many crossed
        for part in [index, *parts_of_restated(doc, out, scopes, index)]:  # "Of those, about 380 were officers"
            out[part], placed = _drafted(doc, replace(scopes[part], status="entered"), out[part].population)
            unplaced.discard(part)
            if not placed:
                unplaced.add(part)
    for index, status in summed_parts(doc, out, scopes):  # "1,130 went across on Wednesday and 775 on Thursday"
        out[index], placed = _drafted(doc, replace(scopes[index], status=status), out[index].population)
        unplaced.discard(index)
        if not placed:
            unplaced.add(index)
    drafts = placed_with_group(doc, parts_of_previous(doc, home_if_unplaced(doc, _at_event_sites(doc, blanked, out, unplaced))))
    drafts = parts_of_group(doc, parts_of_named_whole(doc, drafts))
    return opened_at_story_start(restated_periods(totals_of_earlier(wholes_of_dated_lists(doc, drafts))))


def _drafted(doc: ArticleDoc, scope: FigureScope, population: str) -> tuple[CountDraft, bool]:
    """The figure's row as its scope reads it, and whether its sentence or neighbours named a place at all."""
    # a table row's cells are columns, not a clause: its most precise place, not the nearest column's
    place = row_place(doc, scope.number) or choose_place(doc, scope)
    if (country := named_host(doc, scope, place)) is not None:
        place = place_there(doc, scope) or country
    elif place is None or place.feature_type == "country":
        place = place_there(doc, scope) or \
            carried_place(doc, scope, sites_only=place is not None) or place
    if place is None:
        place = paragraph_site(doc, scope)
    placed = place is not None or doc.rules.pattern("host_anaphor").search(
        doc.text, scope.sentence.start, scope.sentence.end) is not None
    if place is None:
        place = (title_setting(doc, scope.status) if scope.status != "remaining" else None) or host_place(doc, scope)
    place = crossed_at(doc, scope.status, held_at(doc, scope, home_for_return(doc, scope.status, place)))
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
