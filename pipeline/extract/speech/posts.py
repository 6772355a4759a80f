"""Posts and documents quoted under a label line: a compilation of channel posts ("[Fri 6 Nov, 09:15] Hagerie
Updates (Telegram, Amharic):" then the post in quote marks) gives each post's sentences to the channel or person
the label names. A piece needs two or more such labels, so one line ending in a colon before a quote is no
compilation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.speech.speakers import Speaker

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.text.spans import Span

_QUOTE_OPENERS = "\"“‘«"


def posted_speakers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """Paragraph start of each quoted post -> (the label's speaker, where the words begin)."""
    label = doc.rules.pattern("post_label")
    paragraphs = doc.paragraphs
    found: dict[int, tuple[Speaker, int]] = {}
    for para, post in zip(paragraphs, paragraphs[1:]):
        m = label.fullmatch(doc.text, para.start, _trimmed_end(doc.text, para))
        if m is None or doc.text[post.start:post.start + 1] not in _QUOTE_OPENERS:
            continue
        name = m.group("name")
        person = next((p for p in doc.mentions.people if p.start == m.start("name")), None)
        speaker = Speaker(m.start("name"), m.end("name"), name, "named_person", person.name, person.role) if person \
            else Speaker(m.start("name"), m.end("name"), name, "organization", name)
        found[post.start] = (speaker, post.start)
    return found if len(found) >= 2 else {}


def _trimmed_end(text: str, para: Span) -> int:
    end = para.end
    while end > para.start and text[end - 1] in " \t\n":
        end -= 1
    return end
