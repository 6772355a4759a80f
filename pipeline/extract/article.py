"""One article in, its rows out: the pure core of the extraction (no Dagster, no I/O).

Entity ids are not assigned here: the same person is resolved across articles in `corpus.py`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pipeline.extract.counts import find_counts
from pipeline.extract.dates import find_time_expressions, parse_published, publication_period
from pipeline.extract.mentions import find_mentions
from pipeline.extract.numbers import find_numbers
from pipeline.extract.roles import speaker_org
from pipeline.extract.statements import StatementDraft, find_statements
from pipeline.extract.text import sentences


@dataclass(frozen=True)
class ArticleInput:
    article_id: str
    text: str
    published_date: str | None = None
    outlet: str | None = None


@dataclass
class ArticleRows:
    counts: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    location_mentions: list[dict] = field(default_factory=list)
    entity_mentions: list[dict] = field(default_factory=list)


def row_id(*parts: object) -> str:
    """Stable id from what identifies a row: its article and its span."""
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def extract_article(article: ArticleInput) -> ArticleRows:
    text, aid = article.text, article.article_id
    published, precision = parse_published(article.published_date)
    present = publication_period(published, precision)
    sents = sentences(text)
    mentions = find_mentions(text)
    times = find_time_expressions(text, published, precision)
    rows = ArticleRows()
    statements = find_statements(text, mentions.people, mentions.orgs, mentions.extents)
    for s in statements:
        rows.statements.append(_statement_row(aid, text, s, mentions, times))
    speakers = [(s.speaker.start, s.speaker.end) for s in statements]
    numbers = [n for n in find_numbers(text) if not any(a <= n.start < b for a, b in speakers)]
    for c in find_counts(text, sents, numbers, mentions.count_places, times, present, mentions.host):
        rows.counts.append(_count_row(aid, text, c, rows.statements))
    for p in mentions.places:
        rows.location_mentions.append({"mention_id": row_id(aid, "loc", p.start, p.end), "article_id": aid,
                                       "location_id": p.location_id, "char_start": p.start,
                                       "char_end": p.end, "surface": p.surface})
    for p in mentions.people:
        rows.entity_mentions.append(_entity_mention(aid, p.start, p.end, p.surface, "person", p.name, p.role, None))
    for o in mentions.orgs:
        rows.entity_mentions.append(_entity_mention(aid, o.start, o.end, o.surface, "organization", o.name,
                                                    None, o.affiliation))
    return rows


def _entity_mention(aid, start, end, surface, etype, name, role, affiliation) -> dict:
    return {"mention_id": row_id(aid, "ent", start, end), "article_id": aid, "char_start": start, "char_end": end,
            "surface": surface, "entity_type": etype, "name": name, "role": role, "affiliation": affiliation}


def _statement_row(aid: str, text: str, s: StatementDraft, mentions, times) -> dict:
    sp = s.speaker
    day = next((t.period_start for t in times if s.evidence_start <= t.start < s.evidence_end
                and t.period_start and t.period_start == t.period_end), None)
    role = sp.role or next((p.role for p in mentions.people if p.name == sp.name and p.role), None)
    return {
        "statement_id": row_id(aid, "st", s.start, s.end), "article_id": aid,
        "char_start": s.start, "char_end": s.end, "quote": text[s.start:s.end],
        "evidence": text[s.evidence_start:s.evidence_end], "evidence_start": s.evidence_start,
        "evidence_end": s.evidence_end, "is_direct": s.is_direct, "verb": s.verb.lower(),
        "speaker_text": text[sp.start:sp.end], "speaker_name": sp.name if sp.kind == "named_person" else None,
        "speaker_kind": sp.kind, "speaker_entity_name": sp.name if sp.kind != "anonymous" else None,
        "speaker_role": role, "speaker_org": sp.org or (sp.name if sp.kind == "organization" else None)
        or speaker_org(role, mentions.orgs), "statement_date": day,
    }


def _count_row(aid: str, text: str, c, statements: list[dict]) -> dict:
    n, sent = c.number, c.sentence
    owner = min((s for s in statements if s["evidence_start"] <= n.start < s["evidence_end"]
                 and (not s["is_direct"] or s["char_start"] <= n.start < s["char_end"])),
                key=lambda s: s["evidence_end"] - s["evidence_start"], default=None)
    return {
        "count_id": row_id(aid, "count", n.start, n.end), "article_id": aid,
        "char_start": n.start, "char_end": n.end, "count_text": n.text,
        "evidence": text[sent.start:sent.end], "evidence_start": sent.start, "evidence_end": sent.end,
        "value_best": n.value_best, "value_low": n.value_low, "value_high": n.value_high,
        "qualifier": n.qualifier, "population": c.population, "status": c.status,
        "location_id": c.place.location_id if c.place else None,
        "location_text": c.place.surface if c.place else None,
        "period_start": c.period[0], "period_end": c.period[1], "period_text": c.period_text,
        "statement_id": owner["statement_id"] if owner else None,
        "attributed_to": _attribution(owner) if owner else None,
    }


def _attribution(statement: dict) -> str:
    """Who a figure is attributed to, as a reader would name them ("a security source", not "he")."""
    if statement["speaker_kind"] == "anonymous":
        return statement["speaker_role"] or statement["speaker_text"]
    return statement["speaker_name"] or statement["speaker_org"] or statement["speaker_text"]
