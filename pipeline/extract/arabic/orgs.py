"""Organisations in Arabic: bodies of the bilingual tables (under their English name), names opened
by a head noun (وزارة، قيادة، خلية، ...) and running on over words with ال, outlets named "X نيوز",
and acronyms in brackets after a name (قسد، واع), anywhere in the article."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.arabic.folded import Folded, fold_text
from pipeline.extract.arabic.lexicon import AFTER, BEFORE, alt, key, word_re
from pipeline.extract.names.org_mention import OrgMention
from pipeline.text.rules import RuleSet
from pipeline.text.spans import filter_spans


@cache
def known_names(rules: RuleSet, entity_type: str) -> dict[str, str]:
    """Folded Arabic form -> English name, for one entity type of the bilingual tables."""
    out: dict[str, str] = {}
    for row in rules.rows("bilingual_names.csv"):
        if row["type"] == entity_type:
            for form in row["arabic"].split("|"):
                out.setdefault(key(form), row["name"])
    return out


@cache
def _heads(rules: RuleSet) -> re.Pattern[str]:
    rows = rules.rows("org_heads.csv")
    bare = alt(r["head"] for r in rows)
    definite = alt(r["head"] for r in rows if r["definite"] == "yes")
    return re.compile(rf"{BEFORE}(?P<w>{bare}|ال(?:{definite})){AFTER}")


@cache
def stops(rules: RuleSet) -> frozenset[str]:
    """Words that end a name: the stop list, and one-word titles (وزارة الداخلية العميد ...)."""
    titles = {key(r["title"]) for r in rules.rows("person_titles.csv")}
    return frozenset(key(w) for w in rules.words("name_stops.txt")) | {t for t in titles if " " not in t}


def _generic(f: Folded, rules: RuleSet) -> list[tuple[int, int]]:
    """Folded spans of head-noun names: the head, at most one plain word, then words with ال."""
    token, out = rules.pattern("name_token"), []
    for m in _heads(rules).finditer(f.text):
        end, taken = m.end("w"), 0
        while taken < 3 and (t := token.match(f.text, end)) and t.group("tok") not in stops(rules):
            word = t.group("tok")
            plain = not word.startswith(("ال", "وال"))
            if plain and (taken or not (nxt := token.match(f.text, t.end())) or not nxt.group("tok").startswith("ال")):
                break
            end, taken = t.end(), taken + 1
        if taken:
            out.append((m.start("w"), end))
    return out


def find_arabic_orgs(text: str, rules: RuleSet) -> list[OrgMention]:
    f, known = fold_text(text), known_names(rules, "organization")
    cands: list[tuple[OrgMention, int]] = []

    def add(span: tuple[int, int], name: str | None, rank: int) -> None:
        s, e = f.start(span[0]), f.end(span[1])
        cands.append((OrgMention(s, e, text[s:e], name or text[s:e], "body"), rank))

    for m in word_re(known).finditer(f.text):
        add((m.start("w"), m.end("w")), known[key(m.group("w"))], 0)
    for span in _generic(f, rules):
        add(span, known.get(key(f.text[span[0]:span[1]])), 1)
    for m in rules.pattern("outlet").finditer(f.text):
        add((m.start("name"), m.end("name")), known.get(key(m.group("name"))), 2)
    kept = _settle(cands)
    return kept + _acronyms(text, f, kept, rules)


def _settle(cands: list[tuple[OrgMention, int]]) -> list[OrgMention]:
    """Longest first; of equal spans the better-ranked source (known names, then shapes)."""
    ranked = {id(o): r for o, r in cands}
    return filter_spans([o for o, _ in cands], rank=lambda o: ranked[id(o)])


def _acronyms(text: str, f: Folded, orgs: list[OrgMention], rules: RuleSet) -> list[OrgMention]:
    """"قوات سوريا الديمقراطية (قسد)": the bracketed acronym, and its later uses, name the same body."""
    out = []
    for o in orgs:
        m = rules.pattern("acronym").match(f.text, f.at(o.end))
        if not m:
            continue
        for use in re.finditer(rf"{BEFORE}(?P<w>{re.escape(m.group('name'))}){AFTER}", f.text):
            s, e = f.start(use.start("w")), f.end(use.end("w"))
            out.append(OrgMention(s, e, text[s:e], o.name, o.kind))
    return filter_spans(out, taken=orgs)
