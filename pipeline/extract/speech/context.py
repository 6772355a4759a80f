"""Reading context for statements: the speech-verb lexicon and who spoke last.

Pronouns resolve to the most recent named speaker or sentence-opening person; failing that, to the
last single unnamed source ("a security source said … he said"); "it" only to the last body that spoke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline.extract.speech.issuing_body import issuing_body
from pipeline.extract.speech.journalists import introduced_as_journalist
from pipeline.extract.speech.speakers import Speaker, candidates, subject_before
from pipeline.extract.speech.verbs import verbs
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


@dataclass(frozen=True)
class StatementDraft(Span):
    """What was said (start, end), the sentences that carry it, and who said it."""

    evidence_start: int
    evidence_end: int
    is_direct: bool
    verb: str
    speaker: Speaker





# "BAGHDAD (Reuters) - " or "ERBIL, Kurdistan Region – " opening a quoted span is the outlet's, not the speaker's.
DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,40})?\s*(?:\([^)]{1,40}\))?\s*[-–—]\s+")


class Context:
    """What is known while reading an article front to back: who spoke last."""

    def __init__(self, doc: ArticleDoc) -> None:
        self.doc, self.text, self.rules = doc, doc.text, doc.rules
        self.last_named: Speaker | None = None
        self.last_single: Speaker | None = None
        self.last_body: Speaker | None = None  # "It said …" after a ministry's statement is the ministry's
        has = self.rules.has("body_pronouns.txt")
        self._body_pronouns = self.rules.words("body_pronouns.txt") if has else frozenset()
        self.subjects = [s for s in _sentence_subjects(doc.text, doc.sentences, doc.mentions.people)
                         if not introduced_as_journalist(doc, s.text)]  # a correspondent's turn: not a "he"

    def in_a_name(self, position: int) -> bool:
        """Whether a place or a body's name covers `position`: "States" in "Mr. Whitcombe (United States) said"
        is no verb of saying."""
        mentions = self.doc.mentions
        return any(m.start <= position < m.end for m in (*mentions.places, *mentions.orgs))

    def resolve(self, sp: Speaker | None) -> Speaker | None:
        if sp is None:
            return None
        if sp.kind == "pronoun" and sp.text.lower() in self._body_pronouns:
            issuer = issuing_body(self.doc, sp.start)
            body = issuer if issuer is not None and (self.last_body is None or self.last_body.start < issuer.start) \
                else self.last_body
            return replace(body, start=sp.start, end=sp.end, text=sp.text) if body else None
        if sp.kind == "pronoun":
            named = [s for s in self.subjects if s.start < sp.start]
            if self.last_named:
                named.append(self.last_named)
            ref = max(named, key=lambda s: s.start) if named else self.last_single
            return replace(ref, start=sp.start, end=sp.end, text=sp.text) if ref else None
        if sp.kind == "named_person":
            self.last_named = sp
        elif sp.kind == "anonymous" and not sp.text.lower().endswith("s"):
            self.last_single = sp
        elif sp.kind == "organization":
            self.last_body = sp
        return sp

    def subject(self, lo: int, verb_start: int) -> Speaker | None:
        return subject_before(self.doc, lo, verb_start)

    def subject_first(self, lo: int, verb_start: int) -> Speaker | None:
        """The first speaker candidate of the clause: the subject of a participle after a comma."""
        found = candidates(self.doc, lo, verb_start)
        return found[0] if found else None

    def after(self, lo: int, hi: int) -> Speaker | None:
        found = candidates(self.doc, lo, hi, objects_ok=True)
        return found[0] if found else None

    def acceptable(self, sp: Speaker | None, verb: str) -> bool:
        """A weak verb ("noted", "estimate") needs a named or institutional speaker, or an unnamed one said to
        be of a country or body ("Afghan officials estimate that"), not a bare one ("sources indicate")."""
        if sp is None:
            return False
        weak = verbs(self.rules).get(verb.lower(), {}).get("weak") == "weak"
        # "Fewer than 40 of them have asked to stay", "Dozens of officers have asked": the people counted, no source
        return not (weak and sp.kind == "anonymous" and (not _qualified(sp.text) or _COUNTED.match(sp.text)))


_BARE = frozenset({"the", "a", "an", "some", "one", "two", "three", "several", "many", "other", "few", "most"})


_COUNTED = re.compile(r"(?:of\s|\d|(?:fewer|more|less)\s+than\b)", re.IGNORECASE)


def _qualified(speaker: str) -> bool:
    """ "Afghan officials", "refugee officials in Krasnodar": a word saying whose, beside the noun."""
    return len([w for w in speaker.lower().split() if w not in _BARE]) >= 2


# "The commander of the Anbar Operations Command, Staff Major General Raad al-Karbouli, spoke to us": a subject
# named in apposition, after a comma and the titles before the name
_APPOSED = re.compile(r"^(?:The|A|An|Its|Their|His|Her)\s[^.;:\n]{3,80},\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")


def _sentence_subjects(text: str, sents, people) -> list[Speaker]:
    """People who open a sentence ("Nasser al-Obeidi, the minister, visited …"), or name its subject in apposition:
    a later "he" may be them."""
    out = []
    for sent in sents:
        first = next((p for p in people if sent.start <= p.start < sent.end), None)
        # "Deputy Defence Minister Lieutenant General Salah al-Obaidi opened …": a long title before the name
        titled = first is not None and first.role is not None and text[sent.start:first.start].strip() == first.role
        if first and (first.start - sent.start <= 40 or titled or _APPOSED.match(text[sent.start:first.start])) \
                and first.name == first.surface:
            out.append(Speaker(first.start, first.end, first.surface, "named_person", first.name, first.role))
    return out


def speaker_after(ctx: Context, lo: int, hi: int) -> Speaker | None:
    """The speaker named after "according to" or an inverted "said": "a statement from X" is X's."""
    m = ctx.rules.pattern("statement_from").match(ctx.text, lo)
    return ctx.after(m.end() if m else lo, hi)
