"""One article in, its findings out: the pure core of the extraction (no Dagster, no I/O).

Counts and place mentions are complete rows here. Statements and name mentions wait for the
corpus-wide entity index (`corpus.py`), which turns each into its row in one step.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pipeline.extract.counts.draft import CountDraft
from pipeline.extract.doc import ArticleDoc
from pipeline.extract.names.roles import speaker_org
from pipeline.extract.places.place import Place
from pipeline.extract.rows.statements import NameMention, StatementFinding
from pipeline.extract.rows.tables import CountRow, LocationMentionRow
from pipeline.extract.speech.context import StatementDraft
from pipeline.extract.speech.partial_quotes import is_quotation


def row_id(*parts: object) -> str:
    """Stable id from what identifies a row: its article and its span."""
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


@dataclass
class ArticleFindings:
    counts: list[CountRow] = field(default_factory=list)
    statements: list[StatementFinding] = field(default_factory=list)
    location_mentions: list[LocationMentionRow] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    places: tuple[Place, ...] = ()  # places the gazetteer lacks, described by the text (`places/described.py`)


def extract_article(doc: ArticleDoc) -> ArticleFindings:
    aid, mentions = doc.article_id, doc.mentions
    found = ArticleFindings()
    found.location_mentions = [LocationMentionRow(row_id(aid, "loc", p.start, p.end), aid, p.location_id,
                                                  p.start, p.end, p.surface) for p in mentions.places]
    found.places = mentions.described
    if not doc.readable:
        return found
    found.statements = [_statement(doc, s) for s in doc.statements]
    found.counts = [_count_row(doc, c, found.statements) for c in doc.counts]
    found.names = [NameMention(row_id(aid, "ent", p.start, p.end), aid, p.start, p.end, p.surface, "person",
                               p.name, p.role, None) for p in mentions.people]
    found.names += [NameMention(row_id(aid, "ent", o.start, o.end), aid, o.start, o.end, o.surface, "organization",
                                o.name, None, o.affiliation) for o in mentions.orgs]
    return found


def _statement(doc: ArticleDoc, s: StatementDraft) -> StatementFinding:
    text, sp = doc.text, s.speaker
    day = next((t.period_start for t in doc.times if s.evidence_start <= t.start < s.evidence_end
                and t.period_start and t.period_start == t.period_end), None)
    role = sp.role or next((p.role for p in doc.mentions.people if p.name == sp.name and p.role), None)
    org = sp.org or (sp.name if sp.kind == "organization" else None) or _role_org(doc, role)
    return StatementFinding(
        row_id(doc.article_id, "st", s.start, s.end), doc.article_id, s.start, s.end, text[s.start:s.end],
        text[s.evidence_start:s.evidence_end], s.evidence_start, s.evidence_end, is_quotation(doc, s), s.verb.lower(),
        text[sp.start:sp.end], sp.kind, sp.name if sp.kind != "anonymous" else None, role, org, day)


def _role_org(doc: ArticleDoc, role: str | None) -> str | None:
    """The body a speaker's role names, read once per role of the article (one speaker, many statements)."""
    read = doc.layer("role_orgs", lambda _: {})
    if role not in read:
        org_of = doc.reader.speaker_org if doc.reader else speaker_org
        read[role] = org_of(role, doc.mentions.orgs, doc.rules)
    return read[role]


def _count_row(doc: ArticleDoc, c: CountDraft, statements: list[StatementFinding]) -> CountRow:
    n, sent, aid = c.number, c.sentence, doc.article_id
    owner = min((s for s in statements if s.evidence_start <= n.start < s.evidence_end
                 and (not s.is_direct or s.char_start <= n.start < s.char_end)),
                key=lambda s: s.evidence_end - s.evidence_start, default=None)
    return CountRow(
        row_id(aid, "count", n.start, n.end), aid, n.start, n.end, n.text, doc.text[sent.start:sent.end],
        sent.start, sent.end, n.value_best, n.value_low, n.value_high, n.qualifier, c.population, c.status,
        c.place.location_id if c.place else None, c.place.surface if c.place else None,
        c.place.precision if c.place else None,
        c.period.start, c.period.end, c.period.text, c.period.rule,
        owner.statement_id if owner else None, owner.attribution() if owner else None)
