"""Which way a crossing went when its words do not say.

"The remaining 400 crossed on Thursday morning" in a report on a handover is 400 going back, not 400
coming in: a crossing cue that names no direction (`undirected_crossing`) and no destination after it
(`destination_after`) takes the direction of the narrative around it. The narrative is the headline and
the two sentences before the figure's; when they speak of returns and not of entries, the crossing is a
return.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import is_headline
from pipeline.extract.counts.previous_item import bulleted
from pipeline.extract.counts.status import Cue, conditional, cues_in

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.text.spans import Span



def crossing_direction(doc: ArticleDoc, blanked: str, sent: Span, cue: Cue | None, status: str,
                       people: tuple[int, int] | None = None) -> str:
    """`status`, or `returned` for an undirected crossing of people named as returning ("3,418 returnees crossing the
    border at Rajajoki", `people` the span of their noun phrase) or in a narrative of returns."""
    rules = doc.rules
    if status != "entered" or cue is None or not rules.pattern("undirected_crossing").match(
            " ".join(doc.text[cue.start:cue.end].split())):
        return status
    if people and any(c.status == "returned" for c in cues_in(blanked, people[0], people[1], "modifier", rules)):
        return "returned"
    if rules.pattern("destination_after").match(doc.text, cue.end, sent.end):
        return status
    said = narrated_statuses(doc, blanked, sent)
    return "returned" if "returned" in said and "entered" not in said else status


def narrated_statuses(doc: ArticleDoc, blanked: str, sent: Span) -> set[str]:
    """What the narrative around `sent` says happened: the two sentences before it and the headline."""
    # a bulleted item opens a new point ("• Not only soldiers: … police officers also crossed" after "• … have been
    # brought back"): the narrative is its own
    para = next((p for p in doc.paragraphs if p.start <= sent.start < p.end), None)
    own_point = para is not None and bulleted(doc, para.start)
    around = [s for s in doc.sentences if s.end <= sent.start and not (own_point and s.start < para.start)][-2:]
    around += [s for s in doc.sentences if is_headline(doc, s) and s.end <= sent.start][:1]
    # a return only wished for still says what the story is about; one that hangs on a condition ("Every one of
    # them can return to Syria tomorrow if he chooses") is said of people who have not gone
    return {c.status for s in around for side in ("after", "before")
            for c in cues_in(blanked, s.start, s.end, side, doc.rules) if not conditional(blanked, c, doc.rules)}


def arriving_there(doc: ArticleDoc, blanked: str, sent: Span, cue: Cue | None, status: str) -> str:
    """`entered` for a past "there were" in a paragraph that tells of arrivals: "The first vehicles came at about
    ten at night. Within an hour there were perhaps three hundred men at the gate" counts the people arriving,
    not people held. The sentence before in its paragraph, or its own, must tell of an entry and of nothing
    else."""
    rules = doc.rules
    if status != "remaining" or cue is None or not rules.pattern("arrival_there").match(
            " ".join(doc.text[cue.start:cue.end].split())):
        return status
    if rules.pattern("travelling_party_after").search(doc.text, cue.end, min(sent.end, cue.end + PARTY_REACH)):
        return "entered"  # "There were maybe 300 of us in the first convoy": a party on the move
    para = next((p for p in doc.paragraphs if p.start <= sent.start < p.end), None)
    around = [s for s in doc.sentences if s.end <= sent.start and (para is None or s.start >= para.start)][-1:]
    around.append(sent)
    said = {c.status for s in around for side in ("after", "before") for c in cues_in(blanked, s.start, s.end, side, rules)
            if c.start != cue.start}
    return "entered" if said == {"entered"} else status


PARTY_REACH = 80  # characters from "there were" to the end of "N of us in the first convoy"
