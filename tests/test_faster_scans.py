"""Faster scans find what the plain regexes find: lower-cased copies of patterns, the word before a place."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.paths import DEFAULT_ARTICLES_DIR
from pipeline.text.caseless import CaselessScan, lowered_text
from pipeline.text.pattern_set import PatternSet
from pipeline.text.word_before import word_before

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DEFAULT_ARTICLES_DIR.glob("*.txt"))]
PIECES = [*"aAbBkKsSxXqQmMyY \n.,'’-059éÉßẞΣσς", "May ", "may ", "June 5", "Monday", "last week", "Al-Qaim", "MPs"]
_RANDOM = random.Random(15)
PROBES = ["".join(_RANDOM.choice(PIECES) for _ in range(_RANDOM.randint(1, 30))) for _ in range(1000)]

PATTERNS = [
    re.compile(r"\b(?:(?P<cue>last|next|this\s+past)\s+)?(?P<wd>monday|sunday)\b", re.I),
    re.compile(r"\b(?:MPs|MP|officials?)\b", re.I),
    re.compile(r"\b(?:in|from)\s+(?P<m>(?-i:May|June))(?:\s+(?P<d>\d+))?\b", re.I),  # a part minding case
    re.compile(r"(?i)\b[A-Z]+\b"),
    re.compile(r"(?<![A-Z])x[^a-z]", re.I),
    re.compile(r"(?i:may)|(?-i:June)\d"),
    re.compile(r"(?i)k\w+s\b(?!\s+(?:week|month))"),
    re.compile(r"\bthe\s+(?:[a-z]+\s+){0,2}(?:camp|base)\b", re.I),
    # copied up to the class that excludes small letters where case counts
    re.compile(r"\b(?i:crossed|fled)\b[^.]{0,20}?\b(?:at|to)\s+(?P<n>[A-Z][^\Wa-z]*[a-z]+)"),
    re.compile(r"(a)\1", re.I),  # copied up to the back reference
    re.compile(r"\bAb(?!c)"),  # up to a letter minding case inside a negative lookahead
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_the_same_matches_as_finditer(pattern):
    scan = CaselessScan(pattern)
    assert scan._copy is not None
    for text in [*TEXTS, *PROBES]:
        for pos, endpos in ((0, len(text)), (3, max(3, len(text) - 4))):
            assert [(m.span(), m.groups()) for m in scan.finditer(text, pos, endpos)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)], text


@pytest.mark.parametrize("source, flags", [
    (r"x*", re.I),  # may match nothing
    (r"[^a-z]+Q", 0),  # excludes lower-case letters where case counts
    (r"é", re.I),  # a letter outside ASCII whose case is ignored
])
def test_no_copy_where_it_would_not_be_exact(source, flags):
    assert CaselessScan(re.compile(source, flags))._copy is None


@pytest.mark.parametrize("text", ["\u0130stanbul", "Kelvin \u212a", "lon\u017f", "d\u0131\u015f", "\u24b6 circled"])
def test_texts_a_lowered_scan_would_misread_are_scanned_as_they_are(text):
    assert lowered_text(text) is None
    pattern = re.compile(r"\b(?:istanbul|k|s|i|ⓐ)", re.I)
    assert [m.span() for m in CaselessScan(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_lowered_text_keeps_offsets():
    assert lowered_text("Al-Qāʼim, CAMP Taji") == "al-qāʼim, camp taji"


@pytest.mark.parametrize("text", [*TEXTS[:2], *PROBES[:300], "\u0130raq SAID, Officials said-kf"])
def test_a_pattern_set_reading_lowered_text_finds_what_each_pattern_finds(text):
    patterns = [r"\bsaid\b", r"\bsai", r"d\b", r"\bofficials?(?=\s)", r"\b(?:may|june)\s+\d"]
    found = PatternSet(patterns, re.IGNORECASE)
    assert found._lowered is not None
    plain = [(index, m.start(), m.end()) for index, rx in enumerate(found.patterns)
             for m in rx.finditer(text, 1, len(text)) if m.start() <= len(text) - 3]
    assert found.matches(text, 1, len(text), len(text) - 3) == plain


@pytest.mark.parametrize("side", ["before", "after"])
def test_the_status_cue_table_tried_by_opening_character_finds_what_each_cue_finds(side):
    from pipeline.extract.counts.status import _cues
    from pipeline.extract.packs import rules_for

    cues, _ = _cues(rules_for("en"), side)
    assert len(cues._openers_of) > 5  # the table opens on many characters: each tries its own rows only
    for text in [*TEXTS, *PROBES[:200]]:
        plain = [(index, m.start(), m.end()) for index, rx in enumerate(cues.patterns)
                 for m in rx.finditer(text, 0, len(text)) if m.start() <= len(text) - 1]
        assert cues.matches(text, 0, len(text), len(text) - 1) == plain


def test_the_word_before_a_place_is_the_trailing_word_regex_s():
    trailing = re.compile(r"([\w’'-]+)\s+$")
    for text in [*TEXTS[:2], *PROBES, "x" * 45 + "  ", "  ", "a\n", "al-Qaim’s \t"]:
        for pos in range(0, len(text) + 1, 1 if len(text) < 100 else 5):
            m = trailing.search(text, max(0, pos - 40), pos)
            assert word_before(text, pos) == ((m.start(1), m.group(1)) if m else None)


def test_the_organisation_shape_tried_at_capitals_finds_what_the_look_back_first_one_finds():
    from pipeline.extract.names.nationalities import nationalities
    from pipeline.extract.names.organizations import _pattern_re
    from pipeline.extract.packs import rules_for
    from pipeline.text.rules import alternation

    en = rules_for("en")
    heads = alternation([r["head"] for r in en.rows("org_patterns.csv")])
    countries = alternation(sorted(set(nationalities(en).values())))
    word, sp = r"[A-Z][\w’']*(?:-(?!based\b)[\w’']+)*", r"[ \t]+"
    tail = rf"(?:{sp}(?:for|of|on){sp}(?:the{sp})?{word}(?:{sp}(?:and{sp})?{word}){{0,3}}|{sp}(?:{countries})\b)?"
    head_first = rf"(?<![\w-])(?:{heads}){sp}(?:of|for){sp}(?:the{sp})?{word}(?:{sp}(?:(?:and|of|the){sp}){{0,2}}{word}){{0,3}}"
    plain = re.compile(rf"(?<![\w-])(?:{word}{sp}(?:(?:and|of|for|the){sp})?){{1,5}}(?:{heads})(?![\w-]){tail}|{head_first}")
    pieces = ["Iraqi ", "Border ", "Guard ", "Army", "-", "x", "of ", "the ", "Syria", "\t", "Dhaka-based ", "Committee "]
    probes = ["".join(_RANDOM.choice(pieces) for _ in range(_RANDOM.randint(1, 12))) for _ in range(2000)]
    for text in [*TEXTS, *probes]:
        assert [m.span() for m in _pattern_re(en).finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_match_form_maps_each_character_as_the_translation_table_does():
    from pipeline.text.phrases import match_form

    table = str.maketrans({**dict.fromkeys("'’‘ʼ`", "'"), **dict.fromkeys("-‐‑\t\n\r\u00a0", " ")})
    for text in [*TEXTS, *PROBES, "’‘ʼ`-‐‑\t\n\r\u00a0x"]:
        assert match_form(text) == text.translate(table)


@pytest.mark.parametrize("pattern", PATTERNS[:3], ids=lambda p: p.pattern[:30])
def test_search_is_the_patterns_search(pattern):
    scan = CaselessScan(pattern)
    for text in [*TEXTS, *PROBES]:
        found, plain = scan.search(text, 2), pattern.search(text, 2)
        assert (found and (found.span(), found.groups())) == (plain and (plain.span(), plain.groups()))


def test_garbled_spans_of_texts_without_their_opening_characters_are_none():
    from pipeline.text.garbled import _patterns, garbled_spans

    pieces = ["Ã©", "â€™", "\ufffd", "Â", "Ã", " ", "x", "é", "’", "\u0093", "±×"]
    for text in [*TEXTS, *(("".join(_RANDOM.choice(pieces) for _ in range(12))) for _ in range(2000))]:
        spans = sorted((m.start(), m.end()) for rx in _patterns() for m in rx.finditer(text) if m.end() > m.start())
        assert bool(garbled_spans(text)) == bool(spans)


def test_the_lower_case_word_before_a_name_is_the_trailing_word_regex_s():
    from pipeline.extract.names.person_cues import _lower_word_before

    for text in [*TEXTS[:2], *PROBES, "said \n", "Xsaid ", "5said  ", "_said ", "said", " said\t"]:
        for pos in range(0, len(text) + 1, 1 if len(text) < 100 else 5):
            m = re.search(r"\b([a-z]+)\s+$", text[max(0, pos - 20):pos])
            assert _lower_word_before(text, pos) == (m.group(1) if m else None)


def test_the_described_site_name_tried_at_capitals_finds_what_the_look_back_first_one_finds():
    from pipeline.extract.packs import rules_for
    from pipeline.extract.places.described_forms import _NAME, form_patterns
    from pipeline.text.rules import alternation

    en = rules_for("en")
    after = alternation([r["kind"] for r in en.rows("places_described.csv") if r["form"] == "after"])
    plain = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})\s+(?P<kind>(?i:{after}))\b")
    pieces = ["Abu ", "Kamal ", "crossing", "Bridge ", "x", "-", "’s ", "Bir el Abd ", "border ", "airport ", "AB"]
    probes = ["".join(_RANDOM.choice(pieces) for _ in range(_RANDOM.randint(1, 9))) for _ in range(2000)]
    for text in [*TEXTS, *probes]:
        assert [(m.span(), m.groupdict()) for m in form_patterns(en)[0]["after"].finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_digits_tried_at_digits_find_what_the_look_back_first_pattern_finds():
    from pipeline.extract.figures.numbers import _patterns
    from pipeline.extract.packs import rules_for

    digits = _patterns(rules_for("en"))["digits"]
    plain = re.compile(r"(?<![\w.,:/])(?<![A-Za-z]-)(\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]\d)|\d{1,3}(?:,\d{3})+|\d+)"
                       + digits.pattern.split(r"|\d{0,2}(?:,\d{3})+|\d*))", 1)[1], re.I)
    pieces = [*"0123456789,.:/- aZ", " thousand", "x-1", "1,000", "22,33", "a-5", "3.5 million", "1,20,000", ",50"]
    probes = ["".join(_RANDOM.choice(pieces) for _ in range(_RANDOM.randint(1, 15))) for _ in range(3000)]
    for text in [*TEXTS, *probes]:
        assert [(m.span(), m.groups()) for m in digits.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_a_caseless_set_of_patterns_with_different_flags_runs_them_one_by_one():
    from pipeline.text.caseless_set import CaselessSet

    mixed = CaselessSet([re.compile(r"a.b", re.I | re.S), re.compile(r"a.b", re.I)])
    assert mixed._any is None
    assert [[m.span() for m in each] for each in mixed.finditer_each("A\nB a-b")] == [[(0, 3), (4, 7)], [(4, 7)]]


def test_a_caseless_set_finds_what_each_pattern_finds():
    from pipeline.text.caseless_set import CaselessSet

    found = CaselessSet(PATTERNS)
    assert found._any is not None
    for text in [*TEXTS, *PROBES, "\u0130stanbul may 5"]:
        assert [[(m.span(), m.groups()) for m in each] for each in found.finditer_each(text)] == \
            [[(m.span(), m.groups()) for m in p.finditer(text)] for p in PATTERNS], text


def test_name_tokens_tried_at_their_first_letters_find_what_the_look_back_first_ones_find():
    from pipeline.extract.names.name_pattern import FREE_TOKEN, NAME_RE, TOKEN

    plain_token = re.compile(rf"(?<![\w’'-]){TOKEN}")
    plain_name = re.compile(rf"(?<![\w’'-]){TOKEN}(?:[ \t]+(?:(?:bin|ibn|al|el|abu|de)[ \t]+)?{TOKEN})*")
    pieces = ["Al-", "al-", "abu-", "Abu-", "El-", "bin-", "Bin-", "A", "a", "B", "e", "E", "x", "Q", "’s", "'",
              "-", " ", "\t", "bin ", "de ", "Ali", "Zaid", "-x", "5", "_", "é"]
    probes = ["".join(_RANDOM.choice(pieces) for _ in range(_RANDOM.randint(1, 14))) for _ in range(5000)]
    for text in [*TEXTS, *probes]:
        assert [m.span() for m in re.finditer(FREE_TOKEN, text)] == [m.span() for m in plain_token.finditer(text)]
        assert [m.span() for m in NAME_RE.finditer(text)] == [m.span() for m in plain_name.finditer(text)], text


@pytest.mark.parametrize("source", [
    r"\b(?P<nation>A(?:fghan|lbanian)|Iraqi|Syrian)\s+(?i:army|soldiers)\b",
    r"(?<![\w-])(?:Afghan|Albanian|Iraqi)(?![\w-])",
    r"(?<![\w-])(?P<nat>Iraqi|Syrian)\s+(?P<noun>army)\b(?!\s+(?:officers)\b)",
    r"\b(?:-x|ab)",  # a word opening on no word character: compiled as it is
])
def test_word_lists_tried_at_their_first_letters_find_what_they_found(source):
    from pipeline.text.letter_first import letter_first

    plain, moved = re.compile(source), letter_first(source)
    pieces = ["Afghan", "Albanian", "Iraqi", "Syrian", "-", "x", "ab", " ", "soldiers", "army", "\n", "é", "_", "Army",
              " officers"]
    probes = ["".join(_RANDOM.choice(pieces) for _ in range(_RANDOM.randint(1, 8))) for _ in range(3000)]
    for text in [*TEXTS, *probes]:
        assert [(m.span(), m.groupdict()) for m in moved.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_phrases_are_found_on_word_boundaries_as_before():
    from pipeline.text.phrases import PhraseMatcher, match_form

    phrases = ["Iraq", "Iraqi Army", "al-Qaim", "US", "Reuters", "Camp Taji"]
    matcher = PhraseMatcher((p, p) for p in phrases)

    def boundary(text: str, pos: int) -> bool:
        return pos < 0 or pos >= len(text) or not (text[pos].isalnum() or text[pos] in "-_")

    pieces = [*phrases, "x", "-", "_", " ", "’", "Al Qaim", "Iraqis", "5", "é"]
    for text in [*TEXTS, *("".join(_RANDOM.choice(pieces) for _ in range(6)) for _ in range(3000))]:
        form = match_form(text)
        plain = [(s, s + len(p), p) for s in range(len(text)) for p in phrases
                 if form.startswith(match_form(p), s) and boundary(text, s - 1) and boundary(text, s + len(p))]
        assert sorted(matcher.find(text)) == sorted(plain), text


UNFOLDED = [  # heads Python's engine would enter at every position: optional words, look-behinds, classes, repeats
    r"\b(?:(?:over|in|during)\s+)?the\s+(?:following|next)\s+(?:\d{1,2}|two|three)\s+(?:days|weeks)\b",
    r"(?:(?<=\bthe\s)|(?<=^)|(?<=[.\n]\s))(?:may|june)\s+\d",
    r"\b(?:\d{1,2}|first|2nd)\s+of\b",
    r"(?<![\w-])(?:al-)?qaim\b",
    r"\b-(?:[a-z]+){1,3}\d",  # a boundary before a character that is no word's: a word character before it
    r"\b[a-c]x|\b\d+y",
]


def _starts(next_start, low: str) -> list[int | None]:
    return [next_start(low, pos, len(low)) for pos in range(len(low) + 1)]


@pytest.mark.parametrize("source", UNFOLDED)
def test_an_unfolded_head_finds_every_start_the_copy_finds(source):
    from re import _compiler, _parser

    from pipeline.text.start_finder import StartFinder

    finder = StartFinder(_parser.parse(source))
    assert finder.unfolded
    copy = _compiler.compile(_parser.parse(source), 0)
    for text in [*PROBES[:200], "over the next 12 days; the following two weeks", "may 5. June 6 the may 7",
                 "al-qaim, x-al-qaim qaim", "ab-cd1 -x9", "bx 12y ax a99y"]:
        low = text.lower()
        assert _starts(finder.next_start, low) == \
            _starts(lambda t, pos, end: (m.start() if (m := copy.search(t, pos, end)) else None), low), text


@pytest.mark.parametrize("source", [*UNFOLDED, r"\b[a-c]x|\bq+y|\d+z"])  # the last: a literal and a class finder
def test_a_scanner_asked_in_increasing_order_finds_the_starts_next_start_finds(source):
    """The scanner keeps each finder's last find between calls: asked at every position, or jumping ahead as
    a scan that moves past a match does, it answers as `next_start` does."""
    from re import _parser

    from pipeline.text.start_finder import StartFinder

    finder = StartFinder(_parser.parse(source))
    for text in [*PROBES[:200], "over the next 12 days; the following two weeks", "ab-cd1 -x9 bx 12y ax a99y qqy 7z"]:
        low = text.lower()
        scan = finder.scanner(low, len(low))
        assert [scan(pos) for pos in range(len(low) + 1)] == _starts(finder.next_start, low), text
        jumps, scan, pos = [], finder.scanner(low, len(low)), 0
        while (start := scan(pos)) is not None:
            jumps.append(start)
            pos = start + 3  # a match three characters long: the scan goes on after it
        expected, pos = [], 0
        while (start := finder.next_start(low, pos, len(low))) is not None:
            expected.append(start)
            pos = start + 3
        assert jumps == expected, text


@pytest.mark.parametrize("source", [r"(?=\d)\w+", r"^the\b", r"\bx*+y", r"\b(?:\s|a)b"])
def test_a_head_that_cannot_be_unfolded_is_searched_as_it_is(source):
    from re import _parser

    from pipeline.text.start_finder import StartFinder

    finder = StartFinder(_parser.parse(source))
    assert not finder.unfolded
    text = "the 12 a b xxy ab"
    assert finder.next_start(text, 0, len(text)) == re.search(source, text).start()
