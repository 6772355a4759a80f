"""The question a figure answers. An explainer's sections open on a question ("How many crossed?" over a list
of the figures each source gave) and an interview's answers follow one ("Q: How many have gone back? — A: Our
register says 1,656"): a figure whose own clause says nothing of what happened had done to it what the question
asks about. A heading question (a paragraph of one short question, not the title, or a numbered section's
heading that names one status: "1. How many crossed (7-8 December 2024)") holds for the paragraphs below it, up to
the next heading of any kind ("WHAT WE STILL DON'T KNOW"; a list's items are none); a reporter's question only for the
first sentence of the answer right after it: the answer's later figures tell their own story ("I did speak to
two men"). A question naming no status, or more than one, says nothing; nor does a question that closes a
paragraph of its own narrative ("What was I supposed to defend, a post with no ammunition?")."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import is_headline
from pipeline.extract.counts.status import cues_in

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.text.spans import Span

HEADING_WORDS = 12
# nothing after the figure's noun but, at most, its "of" phrase and a quoted description ("2,318 "members of the
# army", who ...")
_VERBLESS = re.compile(r"(?:\s+of\s[^,.;:\"”\n]{1,60})?\s*(?:[\"“][^\"”\n]{1,80}[\"”])?[\s\"”’']*(?:[,.;:)!?—–-]|$|(?<=\n))")
_LIST_ITEM = re.compile(r"[-–•*]\s")
_NUMBERED_HEADING = re.compile(r"\d{1,2}\.\s+(?=[A-Z])")
_LABELLED = re.compile(r"[^:?\n]{1,40}:\s")  # "Sophie, Lyon: Were they forced to go back?": a reader's question  # "Who is still in Iraq, and where?": a section's question, not a reporter's


def _questions(doc: ArticleDoc) -> list[tuple[int, bool, str | None]]:
    """(index, is_heading, status) of every paragraph that ends on a question mark, in reading order."""
    out = []
    for index, paragraph in enumerate(doc.paragraphs[1:], start=1):
        # "**How many came in the end?**": an interview's questions set in bold or italics
        words = doc.text[paragraph.start:paragraph.end].strip().strip("*_").strip()
        sentences = [s for s in doc.sentences if paragraph.start <= s.start < paragraph.end]
        if _LIST_ITEM.match(words):
            continue  # "- JOC, 8 December 2024: 2,150 soldiers": an item of the section's list, no heading of its own
        numbered = _NUMBERED_HEADING.match(words)
        if numbered and len(sentences) == 2 and "\n" not in words and is_headline(doc, sentences[1]):
            # "1. How many crossed (7-8 December 2024)", "3. Officers remaining in Baghdad": a numbered section's
            # heading that names one thing that befell people says it of the figures below it, as a question would
            out.append((index, True, _one_status(doc, paragraph)))
            continue
        if len(sentences) != 1 or "\n" in words:
            if is_headline(doc, sentences[0]) if sentences else False:
                out.append((index, True, None))  # a heading that asks nothing ends the section above it
            continue
        if not words.endswith("?"):
            if is_headline(doc, sentences[0]):
                out.append((index, True, None))
            continue
        heading = len(words.split()) <= HEADING_WORDS and not _LABELLED.match(words) and \
            not any(paragraph.start <= n.start < paragraph.end for n in doc.numbers)
        out.append((index, heading, _one_status(doc, paragraph)))
    return out


def _one_status(doc: ArticleDoc, paragraph: Span) -> str | None:
    said = {c.status for side in ("after", "before") for c in cues_in(doc.text, paragraph.start, paragraph.end, side,
                                                                          doc.rules)}
    return said.pop() if len(said) == 1 else None


def answered_status(doc: ArticleDoc, sent: Span, np_end: int) -> str | None:
    """The status the question over the figure's paragraph asks about, if any, for a figure with no verb of its
    own ("UNHCR, 16 December: around 2,000 former military personnel."; not "about 140 had been unaccounted
    for")."""
    questions = doc.layer("questions", _questions)
    if not questions or not _VERBLESS.match(doc.text, np_end):
        return None
    here = bisect_right([p.start for p in doc.paragraphs], sent.start) - 1
    asked = [q for q in questions if q[0] < here]
    if not asked:
        return None
    index, heading, status = asked[-1]
    if heading:
        return status
    first = next((s for s in doc.sentences if s.start >= doc.paragraphs[here].start), None)
    return status if index == here - 1 and first is not None and first.start == sent.start else None
