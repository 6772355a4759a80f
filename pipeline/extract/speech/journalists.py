"""Who in a transcript is a journalist: a person the text names right after a journalist's role ("our
correspondent Rana Obeidi", "ANCHOR (SAMIR HADDAWI)", "Steve Landry, host,") or who names themselves as the show
opens ("I'm Dana Whitfield"). Their labelled turns ask the questions or tell the story, so they are no one's
statements, and a later "he said" is not theirs. The roles are the language pack's `transcript_journalist_roles.txt`."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.speech.label_names import title_words
from pipeline.text.caseless import CaselessScan
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

ROLES_FILE = "transcript_journalist_roles.txt"


def introduced_as_journalist(doc: ArticleDoc, name: str) -> bool:
    """The text names the person right after a journalist's role ("our correspondent Rana Obeidi", "ANCHOR (SAMIR
    HADDAWI)"): their labelled turns ("RANA OBEIDI: Samir, it was cold") tell the story and are no one's
    statements, and a later "he said" is not theirs."""
    if not doc.rules.has(ROLES_FILE):
        return False
    if _role_after(name, doc.rules).search(doc.text) is not None:
        return True
    # "correspondent Rana Obeidi", "ANCHOR (SAMIR HADDAWI)", and the surname alone after either
    if ends := _role_ends(doc.text, doc.rules):
        named = re.compile(rf"\s*\(?\s*(?-i:[A-Z][\w’'-]+\s+){{0,2}}{re.escape(name)}\b", re.IGNORECASE)
        if any(named.match(doc.text, end) for end in ends):
            return True
        # "On the podium: … Moderating: Brigadier Tahsin al-Khafaji": a role and a colon inside a line introduce the
        # person; one that opens a line ("HOST: Karim Bazzi, Selin Aydemir, thank you.") is a turn's label
        introduced = re.compile(rf":\s*(?P<title>(?:[\w’'.-]+\s+){{0,2}}){re.escape(name)}\b", re.IGNORECASE)
        for end in ends:
            found = introduced.match(doc.text, end)
            if found and not _opens_turn(doc, end) and all(
                    fold(word) in title_words(doc.rules) for word in found.group("title").split()):
                return True
    # "DANA WHITFIELD: Hi, welcome to Between Two Flags. I'm Dana Whitfield.": a show's hosts name themselves as it
    # opens; a guest is introduced by them
    if ends := _host_ends(doc.text, doc.rules):
        itself = re.compile(rf"\s*{re.escape(name)}\b", re.IGNORECASE)
        return any(itself.match(doc.text[end:end + len(name) + 2]) for end in ends)
    return False


def _opens_turn(doc: ArticleDoc, role_end: int) -> bool:
    """The role word ending at `role_end` opens its line, after a time code if any: a turn's label."""
    line_start = doc.text.rfind("\n", 0, role_end) + 1
    code = doc.rules.pattern("turn_time_code").match(doc.text, line_start, role_end)
    word = re.search(r"[\w-]+$", doc.text[:role_end])
    return word is not None and not doc.text[code.end() if code else line_start:word.start()].strip()


@lru_cache(maxsize=4)  # asked for each name an article's speakers bear: the roles are found once per text
def _role_ends(text: str, rules: RuleSet) -> tuple[int, ...]:
    return tuple(found.end() for found in _roles_re(rules).finditer(text))


@lru_cache(maxsize=4)
def _host_ends(text: str, rules: RuleSet) -> tuple[int, ...]:
    return tuple(found.end() for found in rules.pattern("host_self_introduction").finditer(text, 0, SHOW_OPENING))


@cache
def _roles(rules: RuleSet) -> str:
    """The journalists' roles as one alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(rules.words(ROLES_FILE), key=len, reverse=True))


@lru_cache(maxsize=256)
def _role_after(name: str, rules: RuleSet) -> re.Pattern[str]:
    """ "NADIA KHOURY, BYLINE:", "Steve Landry, host,", "LINA HADDAD (presenter):": the role right after the name."""
    return re.compile(rf"\b{re.escape(name)}(?:,\s*|\s*\(\s*)(?:(?:the|a|an|our)\s+)?(?:{_roles(rules)})\b",
                      re.IGNORECASE)


@cache
def _roles_re(rules: RuleSet) -> CaselessScan:
    return CaselessScan(re.compile(rf"\b(?:{_roles(rules)})", re.IGNORECASE))


SHOW_OPENING = 600  # characters from the top of a transcript in which its hosts introduce themselves
