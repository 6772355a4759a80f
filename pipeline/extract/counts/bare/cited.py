"""A figure someone gave: a key-figures line ("- Still in Iraqi custody: 196"), "put their number at 2,400",
"opposition channels claimed 5,000", "We were 167", "2,493 by the army's count", "showed "more than 400""."""

from __future__ import annotations

import re

from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.inherit import restated_status, topic_status
from pipeline.extract.counts.key_figures import key_figure_reading
from pipeline.extract.counts.questions import answered_status
from pipeline.extract.counts.status import cues_in
from pipeline.extract.figures.number_units import is_measure

HEDGE_REACH = 30  # characters before a quoted figure a hedge inside the quotation may take ("somewhere between")
_COUNTED_NOUN = re.compile(r"\s+(?:[A-Z][\w-]+\s+)?[a-z]+s\b")  # "1,146 Syrian refugees": a number of something


def key_figure(fig: BareFigure) -> Reading | None:
    """ "- Still in Iraqi custody: 196": the label says what the figure is (`key_figures.py`)."""
    if fig.label:
        return key_figure_reading(fig.doc, fig.blanked, fig.label_head, fig.label, fig.n, fig.prior)
    return None


def counted_by(fig: BareFigure) -> Reading | None:
    """ "2,493 by the army's count", "fewer than 1,000 by her reckoning, were still there": a source's count of the
    people named before; the verb after it, if any, says what befell them."""
    if fig.prior and (by := fig.rules.pattern("counted_by_after").match(fig.text, fig.n.end)) and \
            (population := fig.elliptical()):
        return population, by.end(), None
    return None


def put_at(fig: BareFigure) -> Reading | None:
    """ "put their number at 2,400", "opposition channels claimed 5,000": the people of the previous figure, if
    any; what befell them as the words before or after say, or the article's topic."""
    text, rules, n, sent, blanked = fig.text, fig.rules, fig.n, fig.sent, fig.blanked
    if not (rules.pattern("put_at").search(fig.head) or _cited(fig)) or _total_of_others(fig):
        return None
    if rules.pattern("group_present_before").search(fig.head):  # "We are more than six thousand here": still there
        return fig.elliptical() or "other", n.end, "remaining"
    # "A fourth handover on 12 February added 49": the words before say what happened to them
    said = cues_in(blanked, sent.start, n.start, "before", rules)
    # "brought to 2,361 the total returned since …": the words after it say whom the total counts
    if named := rules.pattern("put_at_what_after").match(text, n.end):
        said = cues_in(blanked, named.start("what"), named.end("what"), "after", rules) or said
    return (fig.elliptical() or "other", n.end,
            said[-1].status if said else topic_status(fig.doc, blanked, sent, n, fig.prior)
            or answered_status(fig.doc, sent, n.end) or restated_status(fig.prior, n))


def _cited(fig: BareFigure) -> bool:
    """A bare figure someone claimed, reported or used ("channels claimed 5,000"), a speaker's own group ("We were
    167"), what a count stood at ("the number had fallen to 205"), a range or a hedged figure given as an estimate
    ("estimates ranged from 2,000 to 3,000", "figures of up to 4,000"), or a figure named as cited ("the "at least
    600" cited in January", "the 2,493 given by the Ministry of Defence")."""
    text, rules, n = fig.text, fig.rules, fig.n
    if (rules.pattern("claimed_figure_before").search(fig.head) or rules.pattern("group_size_before").search(fig.head)) \
            and rules.pattern("claimed_figure_after").match(text, n.end):
        return True
    # "the number at Al-Marsana had fallen to 205", "When we checked names, it was 2,493": what a count stood at,
    # read only after a figure of people has said what is being counted
    if fig.prior and rules.pattern("figure_stood_before").search(fig.head) \
            and rules.pattern("figure_stood_after").match(text, n.end) \
            and not rules.pattern("figure_stood_year").fullmatch(text, n.start, n.end):
        return True
    # "estimates ranged from 2,000 to 3,000", "figures of between 2,400 and 2,700", "somewhere between 500 and 600":
    # a range with no noun of its own, given as an estimate, is one of the people named before
    if fig.prior and n.qualifier == "range" and rules.pattern("range_given_before").search(fig.head) \
            and rules.pattern("claimed_figure_after").match(text, n.end):
        return True
    # "figures of up to 4,000 were circulated", "estimates ran as high as 4,000": a hedged figure so given, too
    if fig.prior and n.qualifier not in ("exact", "range") and rules.pattern("hedged_given_before").search(fig.head) \
            and rules.pattern("hedged_given_after").match(text, n.end):
        return True
    quoted = rules.pattern("cited_figure").search(text, max(0, n.start - 12), min(len(text), n.end + 60))
    figure = quoted and ("figure" if quoted.group("figure") is not None else "bare")
    return bool(figure) and quoted.start(figure) <= n.start and n.end <= quoted.end(figure)


def _total_of_others(fig: BareFigure) -> bool:
    """ "1,146 Syrian refugees returned, bringing the total since 8 December to more than 3,900": a total after
    a number of people the dataset does not count, in its own sentence, is theirs."""
    doc = fig.doc
    # a measure ("Two days later, the ministry put the total at 2,470") counts nothing
    earlier = [m for m in fig.numbers_before if not is_measure(doc.text, m, doc.rules)]
    return bool(earlier) and _COUNTED_NOUN.match(doc.text, earlier[-1].end) is not None and \
        not any(d.number == earlier[-1] for d in fig.prior)


def quoted_alone(fig: BareFigure) -> Reading | None:
    """ '"dozens" more had crossed', 'his tally sheet showed "more than 400"', 'The rest, "a few hundred" in his
    words, are still in Iraqi custody': a figure quoted on its own is one someone gave of the people named before;
    the words after the quotation say what befell them."""
    rules, n = fig.rules, fig.n
    if not fig.prior or not rules.pattern("quoted_figure_open").search(fig.text, max(0, n.start - HEDGE_REACH), n.start):
        return None
    closed = rules.pattern("quoted_figure_close").match(fig.text, n.end)
    if closed is None or not rules.pattern("quoted_figure_after").match(fig.text, closed.end()):
        return None
    population = fig.elliptical()
    return (population, closed.end(), None) if population else None
