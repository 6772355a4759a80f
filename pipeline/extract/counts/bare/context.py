"""A figure without its own noun, as its readers see it: the words before it, its label, the figures before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from pipeline.extract.counts.draft import CountDraft
from pipeline.extract.counts.people import elliptical_population
from pipeline.extract.counts.status import Cue, cues_in
from pipeline.extract.figures.numbers import NumberMention
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

# (population, end of the counted phrase, status implied by the construction)
Reading = tuple[str | None, int, str | None]


@dataclass
class BareFigure:
    doc: ArticleDoc
    blanked: str  # the text with place names blanked, as the status cues read it (`status.cue_text`)
    n: NumberMention
    sent: Span
    prior: list[CountDraft]  # the article's figures before this one
    head: str  # the words of the sentence just before the figure
    label_head: str  # the longer stretch a key-figures label may start in
    label: re.Match[str] | None  # a key-figures label before the figure ("- Still in Iraqi custody: 196")

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def rules(self) -> RuleSet:
        return self.doc.rules

    @cached_property
    def cue_before(self) -> list[Cue]:
        """Status words just before the figure ("That leaves 115", "repatriated 180 of them")."""
        return cues_in(self.blanked, max(self.sent.start, self.n.start - 25), self.n.start, "before", self.rules)

    @cached_property
    def numbers_before(self) -> list[NumberMention]:
        """The amounts of the figure's sentence before it, measures among them."""
        return [m for m in self.doc.numbers if self.sent.start <= m.start and m.end <= self.n.start]

    def elliptical(self) -> str | None:
        """The people the figure counts when nothing but the figures before it says (`people.py`)."""
        return elliptical_population(self.text, self.n, self.prior, self.rules)

    def head_offset(self, match: re.Match[str], group: str) -> int:
        """Where `group` of a match in `head` starts in the text."""
        return self.n.start - len(self.head) + match.start(group)
