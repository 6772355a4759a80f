"""Reported speech that runs on into the next sentence without a verb of its own.

News writing keeps reporting after one "said": "Hassan said 1,200 soldiers had crossed on Saturday. They
had been disarmed at the border and would be moved to a camp." The second sentence is still Hassan's: it is
the next sentence of the same paragraph, it has no quote and no speech verb of its own, no other person
opens it, and its tense is that of reported speech (`reported_speech_shift` in the language pack: past
perfect, "would", "a day earlier"). Each such sentence is its own statement, pointing to the same speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.layout.quotes import Quote
from pipeline.extract.speech.context import StatementDraft
from pipeline.extract.speech.speakers import candidates
from pipeline.extract.speech.verbs import verb_re
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def continued(doc: ArticleDoc, sent: Span, previous: StatementDraft | None, quotes: list[Quote]) -> StatementDraft | None:
    """The sentence as the continuation of `previous` (reported, ending right before it), or None."""
    text = doc.text
    if previous is None or previous.is_direct or text[previous.evidence_end:sent.start].strip():
        return None
    if "\n\n" in text[previous.evidence_end:sent.start] or any(sent.start <= q.open < sent.end for q in quotes):
        return None
    if verb_re(doc.rules).search(text, sent.start, sent.end):
        return None  # a speech verb of its own: its own statement, or (with no speaker) none
    opener = next((p for p in doc.mentions.people if sent.start <= p.start < sent.start + 40), None)
    if opener is not None and opener.name != previous.speaker.name:
        return None  # another person opens the sentence: the narrative has moved on
    if _other_role_opens(doc, sent, previous):
        return None  # "The Representative welcomed …": another office or body is the subject now
    if not doc.rules.pattern("reported_speech_shift").search(text, sent.start, sent.end):
        return None
    end = sent.end
    while end > sent.start and text[end - 1] in " .;:\n":
        end -= 1
    return StatementDraft(sent.start, end, sent.start, sent.end, False, previous.verb, previous.speaker)


def _other_role_opens(doc: ArticleDoc, sent: Span, previous: StatementDraft) -> bool:
    """The sentence opens on "The <office or body>" that is not the previous speaker."""
    if not doc.text.startswith(("The ", "the "), sent.start):
        return False
    first = next(iter(candidates(doc, sent.start, min(sent.end, sent.start + 40))), None)
    return first is not None and first.start == sent.start and first.kind != "pronoun" and (
        first.name is None or first.name != previous.speaker.name)
