"""The matching mechanics made faster find what the plain ones found, in the same places."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.names.nationalities import nationalities
from pipeline.extract.packs import rules_for
from pipeline.paths import DEFAULT_ARTICLES_DIR
from pipeline.text.rules import alternation

EN = rules_for("en")
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DEFAULT_ARTICLES_DIR.glob("*.txt"))]


def _flat(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))


PHRASE_LISTS = {
    "speech verbs": [r["verb"] for r in EN.rows("speech_verbs.csv")],
    "nationalities": list(nationalities(EN)),
    "speaker nouns": [r["noun"] for r in EN.rows("speaker_nouns.csv")],
    "relative times": [r["phrase"] for r in EN.rows("time_relative.csv")],
    "edge cases": ["a", "ab", "Al", "al", "al-", "according to", "accord", "", "1st", "1", "x  y", "Iraq's", "Iraq’s"],
}


@pytest.mark.parametrize("name", sorted(PHRASE_LISTS))
@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["cased", "ignorecase"])
def test_factored_alternation_matches_as_the_flat_one(name, flags):
    phrases = PHRASE_LISTS[name]
    probe = " ".join(f"{p} {p.upper()} {p.lower()}s," for p in phrases)
    for shape in (r"\b(?:{})\b", r"(?<![\w-])({})(?![\w-])", r"(?:{})\s*$"):
        flat, factored = (re.compile(shape.format(alt), flags) for alt in (_flat(phrases), alternation(phrases)))
        for text in [*TEXTS, probe]:
            assert [(m.span(), m.groups()) for m in factored.finditer(text)] == \
                [(m.span(), m.groups()) for m in flat.finditer(text)], (name, shape)


@pytest.mark.parametrize("side", ["after", "before"])
def test_status_cues_found_together_are_those_found_one_by_one(side):
    from pipeline.extract.counts.status import LOOKAHEAD, Cue, _cues, cues_in
    from pipeline.text.spans import filter_spans

    patterns, kinds = _cues(EN, side)
    for text in TEXTS:
        for lo in range(0, len(text), 37):
            hi = lo + 90
            plain = filter_spans(Cue(m.start(), m.end(), *kind) for rx, kind in zip(patterns.patterns, kinds)
                                 for m in rx.finditer(text, lo, hi + LOOKAHEAD) if m.end() <= hi)
            assert cues_in(text, lo, hi, side, EN) == plain


@pytest.mark.parametrize("patterns", [
    [r"\bsaid\b", r"\bsai", r"d\b", r"\w+", r"(?<=, )\w+", r"said(?= [a-z]+ home)"],
    [r"\bsaid\b", r"x*"],  # matches of nothing: one by one
    [r"(s)aid", r"\w+"],  # groups of their own: one by one
])
def test_a_pattern_set_finds_what_each_pattern_finds(patterns):
    from pipeline.text.pattern_set import PatternSet

    found = PatternSet(patterns, re.IGNORECASE)
    text = "He said, said Ali, that they said home. SAID sent them home, he said"
    for pos in range(0, len(text), 3):
        for endpos in (pos + 5, pos + 20, len(text)):
            for last in (pos, pos + 10, endpos):
                plain = [(i, m.start(), m.end()) for i, rx in enumerate(found.patterns)
                         for m in rx.finditer(text, pos, endpos) if m.start() <= last]
                assert found.matches(text, pos, endpos, last) == plain, (pos, endpos, last)


def test_taken_spans_answer_as_overlaps_any():
    import random

    from pipeline.text.spans import Span, Taken, overlaps_any

    rng = random.Random(15)
    for _ in range(300):
        spans = [Span(a, a + rng.randint(0, 9)) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        taken = Taken(spans)
        for start in range(70):
            for width in (0, 1, 3, 12):
                query = Span(start, start + width)
                assert taken.overlaps(query) == overlaps_any(query, spans), (spans, query)


def test_described_place_patterns_match_as_with_the_plain_word_shape():
    from pipeline.bench.corpus import article_text, seed_paragraphs
    from pipeline.extract.places.described_forms import _WORD, form_patterns

    plain_word = r"[A-Z][\w’'-]*[a-z][\w’'-]*"  # every split of a word tried: the same matches, slower
    paragraphs = seed_paragraphs()[0]
    texts = [*TEXTS, *(article_text(i, paragraphs) for i in range(40)), "the town of Ras al-Ain, Abu-Kamal Bridge"]
    for form, pattern in form_patterns(EN)[0].items():
        plain = re.compile(pattern.pattern.replace(_WORD, plain_word), pattern.flags)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in plain.finditer(text)], form


def test_first_chars_of_a_pattern_hold_every_match_start():
    from pipeline.text.first_chars import first_chars, opens_on_boundary

    assert first_chars(r"\b(?:(?:their )?(?:transfer|relocation) to|x[a-c])\b") == {"t", "r", "x"}
    assert first_chars("kin", re.IGNORECASE) == {"k", "K", "\u212a"}
    assert first_chars("sent|in", re.IGNORECASE) == {"s", "S", "ſ", "i", "I", "İ", "ı"}
    for unknown in (r"\w+", r"(?:the )?", r"x?", r"(?i:x)y", r"[^a]", r".a", "é", r"(a)?\1"):
        assert first_chars(unknown, re.IGNORECASE) is None, unknown
    assert opens_on_boundary(r"\bsaid") and not opens_on_boundary(r"said\b")
    patterns = [rf"\b(?:{r['pattern']})\b" for r in EN.rows("status_cues.csv")]
    probe = " ".join(TEXTS) + " SENT KEPT İN ıN ſENT \u212aept"
    for pattern in patterns:
        firsts = first_chars(pattern, re.IGNORECASE)
        assert firsts is not None, pattern
        for text in [*TEXTS, probe]:
            assert all(text[m.start()] in firsts for m in re.finditer(pattern, text, re.IGNORECASE)), pattern


def test_ignorecase_partners_of_ascii_letters_are_all_listed():
    from pipeline.text.first_chars import _with_cases

    every = "".join(map(chr, range(0x110000)))
    partners = re.findall("[a-z0-9]", every, re.IGNORECASE)  # what re.IGNORECASE matches with them, all of it
    for c in "abcdefghijklmnopqrstuvwxyz0123456789":
        assert {ch for ch in partners if re.fullmatch(c, ch, re.IGNORECASE)} == _with_cases({c}), c


def test_required_literals_stand_in_every_match():
    from pipeline.text.literals import may_match, required_literals

    assert required_literals(r"a(?:bc|de)f") == ("abcf", "adef")
    assert required_literals(r"(?i)\b(?P<m>(?-i:May|June))\s+\d") == ("May", "June")
    assert required_literals(r"(?:the )?told\b") == ("told",)
    for unknown in (r"x?", r"(?:news|)", r"(?i)abc", r"\w+", r"(?i:abc)"):
        assert required_literals(unknown) is None, unknown
    assert may_match(None, "") and not may_match(("daily",), "a newspaper")
    patterns = [r["pattern"] for r in EN.rows("outlet_cues.csv")]
    patterns += [r["pattern"] for r in EN.rows("patterns.csv") if "i" not in r["flags"]]
    probe = " ".join(TEXTS) + " told EastMojo, the Dhaka Tribune newspaper, bdnews24.com"
    for pattern in patterns:
        required = required_literals(pattern)
        for text in [*TEXTS, probe]:
            for m in re.finditer(pattern, text):
                assert required is None or any(word in m.group(0) for word in required), (pattern, m.group(0))
