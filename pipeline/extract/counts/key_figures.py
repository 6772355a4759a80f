"""Key-figures lines ("- Still in Iraqi custody: 196", "- Camp Taji: 146 officers"): what the label says of the figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.counts.draft import MILITARY, CountDraft
from pipeline.extract.counts.list_heading import list_heading_status, list_opening
from pipeline.extract.counts.people import elliptical_population, noun_before
from pipeline.extract.counts.questions import answered_status
from pipeline.extract.counts.status import cues_in
from pipeline.extract.figures.numbers import NumberMention
from pipeline.extract.places.host import HELD_AT
from pipeline.text.rules import RuleSet

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


LABEL_REACH = 200  # characters before a figure a key-figures label may start at (patterns.csv labelled_figure)


def label_status(blanked: str, head: str, m: re.Match[str], n: NumberMention, rules: RuleSet) -> str | None:
    lo = n.start - len(head) + m.start("label")
    found = cues_in(blanked, lo, m.end("label") + lo - m.start("label"), "after", rules) or \
        cues_in(blanked, lo, m.end("label") + lo - m.start("label"), "before", rules)
    return found[0].status if found else None


def site_label(doc: ArticleDoc, blanked: str, head: str, m: re.Match[str], n: NumberMention, np_end: int) -> str | None:
    """ "- Camp Taji: 146 officers": a key-figures line labelled by a place alone counts the people there; a
    country heading a story of a roundup ("IRAQ: 57 former officers handed back at Al-Qaim") does not, nor a
    line whose own verb says what happened."""
    lo = n.start - len(head) + m.start("label")
    hi = lo + len(m.group("label").rstrip())
    named = any(p.start <= lo + 4 and p.end >= hi and p.feature_type != "country" for p in doc.mentions.count_places)
    line_end = doc.text.find("\n", np_end)
    told = cues_in(blanked, np_end, len(doc.text) if line_end < 0 else line_end, "after", doc.rules)
    return "remaining" if named and not told else None


def key_figure_reading(doc: ArticleDoc, blanked: str, head: str, m: re.Match[str], n: NumberMention, prior: list[CountDraft]):
    """A key-figures line: the label's personnel noun or status words make the number a figure of people."""
    status = label_status(blanked, head, m, n, doc.rules)
    own = noun_before(m.group("label"), len(m.group("label")), doc.rules)
    if not (status or own) and prior and _held_site_opens(doc, head, m, n):
        status = "remaining"  # "CASELOAD BY SITE … - Al-Rutba camp, Anbar: 137": the people the article follows there
    if not (status or own) and prior and (sent := doc.sentence_at(n.start)) is not None:
        # "How many crossed? … - Syria's defence ministry, last month: "nearly 2,500"": a source's figure answers it
        status = answered_status(doc, sent, n.end)
    if not (status or own) and prior:
        # "The handovers … were as follows:" above "First batch (18-19 December 2024): 1,905"
        status = list_heading_status(doc, blanked, n.start - len(head) + m.start("label"))
    if not (status or own) and prior:
        status = site_label(doc, blanked, head, m, n, n.end)  # "- Peniche: 310" after "1,082 internees": held there
    if not (status or own) and prior:
        # "Former soldiers back from Iraq, in numbers:" above "- Vetting completed: 1,980": the heading's people
        own = list_heading_people(doc, n.start - len(head) + m.start("label"))
    population = own or elliptical_population(doc.text, n, prior, doc.rules)
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


def list_heading_people(doc: ArticleDoc, line_start: int) -> str | None:
    """Who the list's opening line says its figures count ("Former soldiers back from Iraq, in numbers:"): military
    people only; "The police gave the following breakdown:" names who gave it."""
    opening = list_opening(doc, line_start)
    if opening is None:
        return None
    line = doc.text[opening[0]:opening[1]]
    named = noun_before(line, len(line), doc.rules)
    return named if named in MILITARY else None
