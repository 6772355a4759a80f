"""Who speaks in an Arabic sentence: the words between the speech verb and what was said.

An unnamed source (مصدر أمني، مسؤولون عراقيون) is anonymous, whoever else is named with it; else a
named person; else a body (خلية الإعلام الأمني في بيان); else a definite body noun (البيان، الخلية)
stands for the body that spoke last; a subject not recognised, or none at all (وأوضحوا أن), continues
the last speaker.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import Folded
from pipeline.extract.arabic.lexicon import key, table, word_re
from pipeline.extract.speech.speakers import Speaker

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


@cache
def _nouns(rules) -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = table(rules, "speaker_nouns.csv", "noun", "kind")
    return word_re(kinds), kinds


def speaker_in(doc: ArticleDoc, f: Folded, span: tuple[int, int], last: Speaker | None,
               before: tuple[int, int] | None = None) -> Speaker | None:
    """The speaker named in the folded span (verb end .. what was said), else in `before` (the
    subject may open the sentence: وكانت الخلية قد أعلنت ...), else the one it refers to."""
    found = _named_in(doc, f, span, last)
    if found is None and before and before[1] > before[0]:
        found = _named_in(doc, f, before, None)
    if found is None:  # "وأوضحوا أن", "وأضاف الشمري لكوردستان24 أن": the last speaker goes on
        return last
    return found


def _named_in(doc: ArticleDoc, f: Folded, span: tuple[int, int], last: Speaker | None) -> Speaker | None:
    start, end = f.start(span[0]), f.start(span[1])
    pattern, kinds = _nouns(doc.rules)
    nouns = [(m, kinds[key(m.group("w"))]) for m in pattern.finditer(f.text, span[0], span[1])]
    # "لوكالة شفق نيوز", "لكوردستان24": the body told is not the speaker
    orgs = [o for o in doc.mentions.orgs if start <= o.start < end and not _told(doc.text, o.start)]
    people = [p for p in doc.mentions.people if start <= p.start < end]
    if anonymous := next((m for m, kind in nouns if kind == "anonymous"), None):
        s, e = f.start(anonymous.start("w")), f.end(anonymous.end("w"))
        after = next((o.name for o in orgs if o.start > e), None)  # مصدر في وزارة الداخلية
        return Speaker(s, e, doc.text[s:e], "anonymous", None, doc.text[s:e], after)
    if people:
        p = people[0]
        return Speaker(p.start, p.end, p.surface, "named_person", p.name, p.role, orgs[0].name if orgs else None)
    if orgs:
        o = orgs[0]
        return Speaker(o.start, o.end, o.surface, "organization", o.name, None, o.name)
    if body := next((m for m, kind in nouns if kind == "definite_body"), None):
        s, e = f.start(body.start("w")), f.end(body.end("w"))
        word = key(body.group("w")).removeprefix("ال")
        named = [o for o in doc.mentions.orgs if o.end <= s and word in key(o.surface)]  # الخلية: خلية الإعلام
        known = last if last and last.kind == "organization" else None
        name = named[-1].name if named else (known.name if known else None)
        return Speaker(s, e, doc.text[s:e], "organization" if name else "anonymous", name, None, name)
    return None


def arabic_speaker_org(role: str | None, orgs: list, rules) -> str | None:
    """The body a role names ("المتحدث باسم وزارة الداخلية": the ministry), from the article's bodies."""
    if not role:
        return None
    inside = [o for o in orgs if key(o.surface) in key(role)]
    return max(inside, key=lambda o: len(o.surface)).name if inside else None


def _told(text: str, start: int) -> bool:
    """True when the name carries the preposition ل (to) glued before it."""
    return start > 0 and text[start - 1] == "ل" and (start == 1 or not text[start - 2].isalpha() or
                                                     text[start - 2] in "وف")
