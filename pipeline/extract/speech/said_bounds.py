"""Where the words said by a reported speaker begin and end: a trailing attribution (", the source added.")
closes them, a role set before the speaker's name is no part of them, the listener after "told" is not said,
and the punctuation around the clause is trimmed. These bounds decide which words a statement carries."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.speech.context import Context
from pipeline.extract.speech.verbs import verb_re, verbs
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import Span


def inside_trailing_attribution(ctx: Context, sent: Span, v: re.Match[str]) -> bool:
    """A verb before ", <speaker> said on Tuesday." that closes the sentence is inside what that speaker said."""
    for later in verb_re(ctx.rules).finditer(ctx.text, v.end(), sent.end):
        comma = ctx.text.rfind(",", v.end(), later.start())
        if comma != -1 and later.start() - comma <= ROLE_REACH and "\n" not in ctx.text[comma:later.start()] \
                and trailing_tail(ctx.rules).match(ctx.text, later.end(), sent.end):
            return True
    return False


def before_role(text: str, start: int, comma: int, role: str | None) -> int:
    """The comma before the speaker's role set before the name ("…, the deputy spokesperson, Marta Lindqvist, told
    reporters"), else `comma`: the role is the speaker's, not part of what was said."""
    before = text.rfind(",", start, comma)
    if role and before != -1 and text[before + 1:comma].strip().lower().endswith(role.lower()) and \
            comma - before <= ROLE_REACH:
        return before
    return comma


ROLE_REACH = 80  # characters of a role set before a speaker's name ("the Secretary-General's deputy spokesperson")


@cache
def trailing_tail(rules: RuleSet) -> re.Pattern[str]:
    """What may follow a trailing "said": a day, an audience, "in a statement", where it was said ("at the noon
    briefing") — then the sentence ends."""
    days = [r["name"].capitalize() for r in rules.rows("time_weekdays.csv")]
    tails = [r["phrase"] for r in rules.rows("speech_tails.csv")]
    name = r"(?:(?:to|in) )?(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*"
    setting = rules.pattern("speech_setting_tail").pattern
    return re.compile(rf"(?:\s+(?:on\s+)?(?:{alternation(days + tails)}|{name}|{setting}))*\s*[.!?]?[”\"]?\s*$")


def after_object(text: str, v: re.Match[str], rules: RuleSet) -> int:
    if verbs(rules).get(v.group(0).lower(), {}).get("kind") == "tell":
        m = rules.pattern("told_object").match(text, v.end())
        if m:
            return m.end()
    return v.end()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:":
        start += 1
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end
