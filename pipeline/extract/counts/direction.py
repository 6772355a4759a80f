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
from pipeline.extract.counts.origins import origin_countries
from pipeline.extract.counts.status import Cue, cues_in

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.choice import PlaceRef
    from pipeline.text.spans import Span


def crossing_direction(doc: ArticleDoc, blanked: str, sent: Span, cue: Cue | None, status: str) -> str:
    """`status`, or `returned` for an undirected crossing in a narrative of returns."""
    rules = doc.rules
    if status != "entered" or cue is None or not rules.pattern("undirected_crossing").match(
            " ".join(doc.text[cue.start:cue.end].split())):
        return status
    if rules.pattern("destination_after").match(doc.text, cue.end, sent.end):
        return status
    around = [s for s in doc.sentences if s.end <= sent.start][-2:]
    around += [s for s in doc.sentences if is_headline(doc, s) and s.end <= sent.start][:1]
    said = {c.status for s in around for side in ("after", "before") for c in cues_in(blanked, s.start, s.end, side, rules)}
    return "returned" if "returned" in said and "entered" not in said else status


def moved_home(doc: ArticleDoc, status: str, place: PlaceRef | None) -> str:
    """A move out of the host country to the people's own country ("412 were flown from Abéché to Port
    Sudan", in a report on Sudanese soldiers in Chad) is a return, not a relocation."""
    host = doc.mentions.host
    if status != "relocated" or place is None or host is None or place.country_code == host.country_code:
        return status
    return "returned" if place.country_code in doc.layer("origin_countries", origin_countries) else status
