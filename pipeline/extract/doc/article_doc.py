"""`ArticleDoc`: one article, its language and publication date, and its annotation layers.

Each layer is computed once, on first use, and every finder reads layers from the doc instead of
working the article's structure out again: paragraphs -> sentences, headlines and table rows -> quotes; numbers
and times; mentions (organisations, people, places); statements; counts. An article in a language
with no rule pack (`rules is None`) yields no rows: ingest keeps it and flags `language_without_rules`.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property

from pipeline.extract.counts.counts import find_counts
from pipeline.extract.counts.draft import CountDraft
from pipeline.extract.figures.dateline_dates import from_datelines
from pipeline.extract.figures.dates import TimeMention, find_time_expressions
from pipeline.extract.figures.document_dates import from_documents
from pipeline.extract.figures.numbers import NumberMention, find_numbers
from pipeline.extract.figures.pubdates import publication, publication_period
from pipeline.extract.layout.quotes import Quote, find_quotes
from pipeline.extract.layout.sentences import headline_spans, paragraphs, split_sentences
from pipeline.extract.layout.tables import TableRow, table_rows
from pipeline.extract.names.mentions import ArticleMentions, find_mentions
from pipeline.extract.packs import rules_for, topic_rules
from pipeline.extract.places.gazetteer import Gazetteer, load_gazetteer
from pipeline.extract.readers import Reader, pack_setting, reader_for
from pipeline.extract.speech.statements import StatementDraft, find_statements
from pipeline.lang import DEFAULT_LANGUAGE
from pipeline.text.garbled import garbled_spans
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span, span_at
from pipeline.topics import DEFAULT_TOPIC


class ArticleDoc:
    def __init__(self, article_id: str, text: str, language: str | None = None, published_date: str | None = None,
                 precision: str | None = None, outlet: str | None = None, topic: str = DEFAULT_TOPIC) -> None:
        self.article_id, self.text, self.outlet, self.topic = article_id, text or "", outlet, topic
        self.language = language or DEFAULT_LANGUAGE
        self.rules: RuleSet | None = rules_for(self.language, topic)
        # A pack may name its own finders (Arabic script); None reads with the default ones.
        self.reader: Reader | None = reader_for(self.rules)
        # Places need only the gazetteer; their feature words come from the default pack when the
        # article's language has none, or from the pack its `places_with` setting names.
        self.place_rules: RuleSet = rules_for(_places_with(self.rules), topic) or rules_for(DEFAULT_LANGUAGE, topic)
        self.gazetteer: Gazetteer = load_gazetteer(topic_rules(topic))
        self.published, self.precision = publication(published_date, precision)
        self._layers: dict[str, object] = {}

    def layer(self, name: str, compute):
        """A finder's own layer, computed once per article (like spaCy's `Doc.user_data`)."""
        if name not in self._layers:
            self._layers[name] = compute(self)
        return self._layers[name]

    @property
    def readable(self) -> bool:
        """True when a language pack reads this article (else it yields places only)."""
        return self.rules is not None

    @cached_property
    def present(self) -> tuple[date | None, date | None]:
        """The publication date as a period at its precision ("2025-03" -> all of March)."""
        return publication_period(self.published, self.precision)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraphs(self.text)

    @cached_property
    def sentences(self) -> list[Span]:
        if self.reader:
            return self.reader.sentences(self)
        return split_sentences(self.text, self.paragraphs, self.place_rules)

    def sentence_at(self, pos: int) -> Span | None:
        return span_at(self.sentences, pos)

    @cached_property
    def headlines(self) -> list[Span]:
        return headline_spans(self.text, self.paragraphs)

    @cached_property
    def table_rows(self) -> list[TableRow]:
        return table_rows(self.text, self.paragraphs)

    @cached_property
    def quotes(self) -> list[Quote]:
        return find_quotes(self.text, self.paragraphs)

    @cached_property
    def garbled(self) -> list[Span]:
        return garbled_spans(self.text)

    @cached_property
    def numbers(self) -> list[NumberMention]:
        if self.reader:
            return self.reader.numbers(self)
        return find_numbers(self.text, self.rules) if self.rules else []

    @cached_property
    def times(self) -> list[TimeMention]:
        if self.reader:
            return self.reader.times(self)
        if not self.rules:
            return []
        found = find_time_expressions(self.text, self.published, self.precision, self.rules)
        found = from_datelines(self.text, self.paragraphs, found, self.rules, self.published)
        return from_documents(self.text, found, self.quotes, self.rules, self.published)

    @cached_property
    def mentions(self) -> ArticleMentions:
        return self.reader.mentions(self) if self.reader else find_mentions(self)

    @cached_property
    def statements(self) -> list[StatementDraft]:
        if self.reader:
            return self.reader.statements(self)
        return find_statements(self) if self.rules else []

    @cached_property
    def counts(self) -> list[CountDraft]:
        if self.reader:
            return self.reader.counts(self)
        return find_counts(self) if self.rules else []


def _places_with(rules: RuleSet | None) -> str | None:
    """The language whose place words read this pack's articles: its `places_with` setting, else its own."""
    if rules is None:
        return None
    return pack_setting(rules, "places_with") or rules.folders[0].name
