"""A share of a group speaking: "Most said they wished to go home", "At least 40 said they would not return",
"Some of the men told UNHCR staff they fear arrest", "Several detainees told monitors ...".

Reports of interviews and visits give what part of the people met said, naming none of them: the speaker is
anonymous. The group opens its clause with a number (any the number finder reads) or a quantifier
(`group_quantifier`), then at most a partitive or a plural noun (`group_speaker_tail`), then a lower-case
speech verb. Where a speaker noun already covers the words ("Some officials said"), that candidate stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.speech.place_voices import AUXILIARY, opens_clause
from pipeline.extract.speech.verbs import verb_re

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.speech.speakers import Speaker


def group_voices(doc: ArticleDoc, taken: list[Speaker], make) -> list[Speaker]:
    """Speakers made by `make(start, end, surface)` for each quantified group that is the subject of a speech
    verb, where no other candidate overlaps it."""
    text, rules, verb = doc.text, doc.rules, verb_re(doc.rules)
    tail = rules.pattern("group_speaker_tail")
    heads = [(n.start, n.end) for n in doc.numbers]
    heads += [(m.start(), m.end()) for m in rules.pattern("group_quantifier").finditer(text)]
    found = []
    for start, end in sorted(heads):
        group_end = tail.match(text, end).end()
        gap = AUXILIARY.match(text, group_end)
        said = verb.pattern.match(text, gap.end()) if gap else None
        if said is None or not said.group(0).islower() or said.group(0) == "according to" or \
                not opens_clause(text, start) or any(t.start < group_end and start < t.end for t in taken):
            continue
        if found and found[-1].end > start:
            continue  # "some of the 40": the quantifier's phrase already holds the number
        found.append(make(start, group_end, text[start:group_end]))
    return found
