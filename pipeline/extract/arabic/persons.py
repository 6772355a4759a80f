"""People in Arabic: those of the bilingual tables (under their English name), names after a title
or rank (العميد مقداد ميري، رئيس الوزراء محمد شياع السوداني), names opening with a common given
name, names as the subject of a speech verb, and later uses of a full name's last word (ميري) as that person."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.arabic.folded import Folded, fold_text
from pipeline.extract.arabic.lexicon import key, word_re
from pipeline.extract.arabic.orgs import known_names, stops
from pipeline.extract.arabic.short_forms import short_forms
from pipeline.extract.names.org_mention import OrgMention
from pipeline.extract.names.persons import PersonMention
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span, filter_spans, overlaps_any

_COMPOUND = frozenset({"عبد", "ابو"})  # "عبد الأمير", "أبو محمد": the first word needs a second


@cache
def _titles(rules: RuleSet) -> re.Pattern[str]:
    return word_re([r["title"] for r in rules.rows("person_titles.csv")], proclitic=True)


@cache
def _given_names(rules: RuleSet) -> frozenset[str]:
    return frozenset(key(w) for w in rules.words("given_names.txt"))


def _name_words(f: Folded, pos: int, rules: RuleSet, skip_adjectives: bool) -> tuple[int, int] | None:
    """Folded span of the name starting after pos: a word without ال first, then up to two more. A third word
    is a family name (الكبيسي) or a given name (a grandfather's): "خالد العبيد بطانيته" is Khalid al-Obeid
    folding his blanket, not a three-word name."""
    token, words, start, end = rules.pattern("name_token"), [], None, pos
    while len(words) < (4 if words[:1] and words[0] in _COMPOUND else 3):
        t = token.match(f.text, end)
        if not t or t.group("tok") in stops(rules) or _titles(rules).fullmatch(t.group("tok")) or \
                t.group("tok").startswith("لل"):  # "بيان للحكومة": "of the", no name's word
            break
        if len(words) == 2 and words[0] not in _COMPOUND and not t.group("tok").startswith("ال") and \
                key(t.group("tok")) not in _given_names(rules):
            break
        if not words and t.group("tok").startswith("ال"):
            if not skip_adjectives:
                break
            end = t.end()  # "الرئيس السوري بشار الأسد": the nationality stands between
            continue
        start = t.start("tok") if start is None else start
        words.append(t.group("tok"))
        end = t.end()
    return (start, end) if len(words) >= 2 and words[-1] not in _COMPOUND else None


def _titled(text: str, f: Folded, orgs: list[OrgMention], rules: RuleSet) -> list[PersonMention]:
    out = []
    for m in _titles(rules).finditer(f.text):
        end = m.end("w")
        while True:  # a chain: title, the body it is of, further titles
            nxt = next((o for o in orgs if f.at(o.start) in (end, end + 1)), None)
            more = _titles(rules).match(f.text, end + 1) if f.text[end:end + 1].isspace() else None
            if nxt:
                end = f.at(nxt.end)
            elif more:
                end = more.end("w")
            else:
                break
        span = _name_words(f, end, rules, skip_adjectives=True)
        if span is None and (comma := rules.pattern("apposition").match(f.text, end)):
            span = _closed(f, _name_words(f, comma.end(), rules, skip_adjectives=False), rules)  # "مدير ناحية ربيعة، علي الشمري"
        if span:
            s, e = f.start(span[0]), f.end(span[1])
            role = text[f.start(m.start("w")):f.end(end)]
            out.append(PersonMention(s, e, text[s:e], text[s:e], role))
    return out


def _closed(f: Folded, span: tuple[int, int] | None, rules: RuleSet) -> tuple[int, int] | None:
    """A name set off by commas ends at the comma: "الناطق باسم الحكومة، عيسى ماحامات أبكر، إن" keeps its third
    word, which a name in running text may not take."""
    if span is None:
        return None
    if rules.pattern("subject_end").match(f.text, span[1]):
        return span
    third = rules.pattern("name_token").match(f.text, span[1])
    return (span[0], third.end()) if third and rules.pattern("subject_end").match(f.text, third.end()) else None


@cache
def _not_names(rules: RuleSet) -> frozenset[str]:
    """Words that make a subject a description, not a name: sources, personnel, bodies, titles."""
    words = [r["noun"] for r in rules.rows("speaker_nouns.csv")] + [r["term"] for r in rules.rows("personnel_nouns.csv")]
    words += [r["head"] for r in rules.rows("org_heads.csv")] + [r["title"].split()[0] for r in rules.rows("person_titles.csv")]
    return frozenset(key(w) for w in words)


@cache
def _speech_verbs(rules: RuleSet) -> re.Pattern[str]:
    return word_re([r["verb"] for r in rules.rows("speech_verbs.csv")])


def _subjects(text: str, f: Folded, rules: RuleSet) -> list[PersonMention]:
    """A name as the subject of a speech verb, closed by a comma or a complementiser ("وقال رعد
    الدهلكي إن", "وأكد ثامر الحمداني، أن"): two or three words, the first without ال."""
    out = []
    for m in _speech_verbs(rules).finditer(f.text):
        span = _name_words(f, m.end("w"), rules, skip_adjectives=False)
        if span and rules.pattern("subject_end").match(f.text, span[1]) and \
                not set(f.text[span[0]:span[1]].split()) & _not_names(rules):
            s, e = f.start(span[0]), f.end(span[1])
            out.append(PersonMention(s, e, text[s:e], text[s:e]))
    return out


def _given(text: str, f: Folded, rules: RuleSet) -> list[PersonMention]:
    # "المتحدث باسم القيادة": the given name Basim is "on behalf of" inside a title
    titles = [Span(m.start("w"), m.end("w")) for m in _titles(rules).finditer(f.text)]
    out = []
    for m in word_re(rules.words("given_names.txt"), proclitic=False).finditer(f.text):
        if overlaps_any(Span(m.start("w"), m.end("w")), titles) or \
                rules.pattern("not_a_name_before").search(f.text, max(0, m.start("w") - 30), m.start("w")):
            continue
        if span := _name_words(f, m.start("w") - 1, rules, skip_adjectives=False):
            s, e = f.start(span[0]), f.end(span[1])
            out.append(PersonMention(s, e, text[s:e], text[s:e]))
    return out


def find_arabic_persons(text: str, orgs: list[OrgMention], rules: RuleSet) -> list[PersonMention]:
    f, known = fold_text(text), known_names(rules, "person")
    listed = []
    for m in word_re(known).finditer(f.text):
        s, e = f.start(m.start("w")), f.end(m.end("w"))
        listed.append(PersonMention(s, e, text[s:e], known[key(m.group("w"))]))
    shapes = _titled(text, f, orgs, rules) + _given(text, f, rules) + _subjects(text, f, rules)
    found = [p for p in shapes if not overlaps_any(p, orgs)]
    # a listed name after a title keeps the title as its role ("رئيس الوزراء محمد شياع السوداني")
    listed = [next((PersonMention(p.start, p.end, p.surface, p.name, t.role) for t in found
                    if t.role and t.overlaps(p)), p) for p in listed]
    named = {key(p.surface): known.get(key(p.surface), p.name) for p in found}
    full = filter_spans(listed + [PersonMention(p.start, p.end, p.surface, named[key(p.surface)], p.role)
                                  for p in found], taken=orgs)
    return sorted(full + short_forms(text, f, full, orgs), key=lambda p: p.start)

