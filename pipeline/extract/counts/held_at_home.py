"""People held by their own country after going home are no longer the host's caseload: "at least 17 returnees
who were detained after reaching their home towns", "17 of the returnees were detained at Al-Bukamal", "four of whom
remain in custody" (of men "detained after returning from Iraq"). Their detention is what befell them at home,
`other`, not people who remain in the host country. Only a cue of detention counts ("detained", "arrested", "held",
"in custody"); returnees said to be "still in Iraq" are another group."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc

REACH = 160  # characters before the figure where the returnees it counts may be named ("… returnees, four of whom")
AFTER = 40  # characters after the cue where their return may be told ("had been detained after crossing back");
# further on, a return is another clause's ("… held at Camp Taji, are at risk … the dangers they could face on return")


def held_at_home(doc: ArticleDoc, scope: FigureScope) -> bool:
    """True for a figure read as `remaining` by a cue of detention when its sentence tells of people who went
    home: returnees, men detained after their return."""
    cue = scope.cue
    if scope.status != "remaining" or cue is None or not doc.rules.has_pattern("returnee_marker"):
        return False
    if not doc.rules.pattern("detention_cue").search(doc.text, cue.start, cue.end):
        return False
    start, end = max(scope.sentence.start, scope.number.start - REACH), min(scope.sentence.end, cue.end + AFTER)
    return doc.rules.pattern("returnee_marker").search(doc.text, start, end) is not None
