"""What happened to people a figure counts when its own clause has no verb that says.

A reader takes it from what came before: a restated total ("put the total at 2,150", "settled on 2,466")
re-counts the people of the earlier figure of its size, not the last sub-group named; a sentence opening
on a partitive ("Among them, ... are at least 20 generals", "Of the military personnel, 212 held officer
rank") counts a part of the previous sentence's people; and a paragraph's opening question or statement
with no figure of its own ("How many crossed has never been settled.") says what the figures right after
it count.
"""

from __future__ import annotations

from math import log
from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import is_headline, neighbours
from pipeline.extract.counts.previous_item import previous_item
from pipeline.extract.counts.status import cues_in

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.number_mention import NumberMention
    from pipeline.text.spans import Span


def _size(number: NumberMention) -> float | None:
    value = number.value_best or number.value_high or number.value_low
    return float(value) if value else None


def restated_status(prior: list[CountDraft], number: NumberMention) -> str | None:
    """The status of the last figure when it is of the same order ("fewer than 120 remain ... the figure was
    about 140"), else of the earlier figure closest in size (the latest of equals)."""
    # a figure no status was read for tells nothing of what befell the people it restates
    prior = [d for d in prior if d.status != "other"]
    size = _size(number)
    sized = [(d, abs(log(s / size))) for d in prior if size and (s := _size(d.number))]
    if not sized or sized[-1][0] is not prior[-1] or sized[-1][1] <= SAME_ORDER:
        return prior[-1].status if prior else None
    return min(reversed(sized), key=lambda pair: pair[1])[0].status


SAME_ORDER = log(3)  # a restated figure within a factor of three of the last one re-counts its people


def same_order_status(prior: list[CountDraft], number: NumberMention) -> str | None:
    """The status of the earlier figure closest in size to `number` (the latest of equals), when it is within a
    factor of three: an estimate given with no verb ("تحدثت مصادر محلية عن نحو ألفي عنصر" after "2,493 entered")
    re-counts those people; a much smaller or larger one counts others."""
    size = _size(number)
    sized = [(d, abs(log(s / size))) for d in prior if d.status != "other" and size and (s := _size(d.number))]
    near = [(d, gap) for d, gap in sized if gap <= SAME_ORDER]
    return min(reversed(near), key=lambda pair: pair[1])[0].status if near else None
RESTATED_MIN = 10  # small numbers ("two", "five") recur without naming the same people


def restated_population(prior: list[CountDraft], number: NumberMention) -> str | None:
    """A figure given with no noun of the very value of an earlier one ("86 officers remain at the camp … If the
    ministry says 86 and the JOC says 120") re-counts that figure's people, the latest of equals."""
    same = same_value(prior, number)
    return same.population if same else None


def same_value(prior: list[CountDraft], number: NumberMention) -> CountDraft | None:
    """The latest earlier figure of the very value of `number`, when that value is too large to recur by chance."""
    value = number.value_best
    if value is None or value < RESTATED_MIN:
        return None
    return next((d for d in reversed(prior) if d.number.value_best == value), None)


def opens_on_partitive(doc: ArticleDoc, sent: Span, prior: list[CountDraft]) -> bool:
    """The sentence opens on "Among them," / "Of these," / "Among them were" and the last figure before it
    is in its paragraph or one of the two before: sentences and a paragraph without figures in between ("The men
    had crossed in boats … They were disarmed on arrival") still speak of that figure's people."""
    if not prior or not doc.rules.pattern("partitive_opening").match(doc.text, sent.start):
        return False
    paragraphs = [index for index, para in enumerate(doc.paragraphs)
                  if para.start <= prior[-1].sentence.start < para.end or para.start <= sent.start < para.end]
    return len(paragraphs) >= 1 and paragraphs[-1] - paragraphs[0] <= 2


def topic_status(doc: ArticleDoc, blanked: str, sent: Span, number: NumberMention, prior: list[CountDraft]) -> str | None:
    """The one status the paragraph's previous sentence (or a list's previous item) speaks of, when it holds no
    number and no quote and the figure's own clause has no status word at all (not even one of what may happen:
    "might also try to cross")."""
    # up to a semicolon: "put their number at 2,150; the figure was revised … once units held at …" says nothing
    # of what befell them in the next clause (a comma's clause may still be theirs: ", and 41 of them did not wish to
    # go back")
    end = semicolon if (semicolon := blanked.find(";", number.end, sent.end)) >= 0 else sent.end
    if is_headline(doc, sent) or cues_in(blanked, number.end, end, "after", doc.rules) or \
            doc.rules.pattern("unrealised_in_clause").search(doc.text, number.end, sent.end):
        return None
    for other in neighbours(doc, sent) or previous_item(doc, sent):
        if any(other.start <= n.start < other.end for n in doc.numbers) or \
                any(q.start < other.end and other.start < q.end for q in doc.quotes):
            return None
        said = {c.status for side in ("after", "before") for c in cues_in(blanked, other.start, other.end, side, doc.rules)}
        return said.pop() if len(said) == 1 else None
    return None


def pro_verb_status(doc: ArticleDoc, blanked: str, sent: Span, number: NumberMention,
                    prior: list[CountDraft]) -> str | None:
    """ "… promised an amnesty to any who came home. Fewer than 300 did": a figure whose verb only stands for
    one said before ("did", "did so") had done to them what the last status word before it says, in its own
    sentence or the one before; else what the previous figure's people had."""
    if not doc.rules.pattern("pro_verb_after").match(doc.text, number.end):
        return None
    earlier = [other for other in doc.sentences if other.end <= sent.start]
    start = earlier[-1].start if earlier else sent.start
    said = [cue for side in ("after", "before") for cue in cues_in(blanked, start, number.start, side, doc.rules)]
    if said:
        return max(said, key=lambda cue: cue.start).status
    return prior[-1].status if prior else None


DENIED = {"returned": "remaining"}  # who did not go home is still there; other denials tell nothing sure


def denied_status(doc: ArticleDoc, blanked: str, sent: Span, np_end: int) -> str | None:
    """ "The soldiers have almost all gone home. Ninety-four officers have not.": a figure whose verb only denies
    one said before had the opposite done to them, if there is one: the last status word of its sentence or the one
    before."""
    if not doc.rules.pattern("denied_after").match(blanked, np_end):
        return None
    earlier = [other for other in doc.sentences if other.end <= sent.start]
    start = earlier[-1].start if earlier else sent.start
    said = [cue for side in ("after", "before") for cue in cues_in(blanked, start, np_end, side, doc.rules)]
    return DENIED.get(max(said, key=lambda cue: cue.start).status) if said else None


DESCRIBED_REACH = 120  # characters before a figure that the words describing its number may span


def described_status(doc: ArticleDoc, blanked: str, sent: Span, number: NumberMention) -> str | None:
    """ "the number of those still present at the airfield has decreased to (312) officers": words before the figure
    that say who its number counts say what happened to them, when its own clause has no verb that does."""
    head_start = max(sent.start, number.start - DESCRIBED_REACH)
    head = doc.text[head_start:number.start]
    described = doc.rules.pattern("put_what_at").search(head) or doc.rules.pattern("number_described").search(head)
    if described is None:
        return None
    lo, hi = head_start + described.start("what"), head_start + described.end("what")
    found = cues_in(blanked, lo, hi, "after", doc.rules)
    return found[0].status if found else None
