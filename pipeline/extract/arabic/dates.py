"""Time expressions in Arabic, resolved against the publication day: "7 كانون الأول 2024" and
"9 ديسمبر" (both month-name systems), weekdays (السبت، الأحد الماضي، الخميس المقبل), relative
days (اليوم، أمس), days of an unnamed month ("في السابع من الشهر الجاري") and ordinal days of a named one
("في الحادي عشر من شباط")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import fold_text
from pipeline.extract.arabic.lexicon import AFTER, BEFORE, alt, key, table
from pipeline.extract.figures.dates import TimeMention
from pipeline.text.rules import RuleSet
from pipeline.text.spans import filter_spans

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


@cache
def _patterns(rules: RuleSet) -> dict[str, re.Pattern[str]]:
    months = alt(table(rules, "time_months.csv", "name", "month"))
    days = alt(table(rules, "time_weekdays.csv", "name", "weekday"))
    cues = alt(table(rules, "time_weekday_cues.csv", "cue", "rule"))
    ordinals = alt(table(rules, "time_ordinals.csv", "word", "value"))
    relative_months = alt(table(rules, "time_months_relative.csv", "phrase", "offset"))
    return {
        # "7 كانون الأول 2024", "في الحادي عشر من شباط": the day in digits or as an ordinal word
        "date": re.compile(rf"(?:(?<!\d)(?P<d>\d{{1,2}})|{BEFORE}(?P<o>{ordinals}))\s+(?:من\s+)?(?P<m>{months}){AFTER}"
                           rf"(?:\s+(?:عام\s+)?(?P<y>\d{{4}}))?"),
        "weekday": re.compile(rf"{BEFORE}(?P<w>{days}){AFTER}(?:\s+(?P<c>{cues}){AFTER})?"),
        "relative": re.compile(rf"{BEFORE}(?P<w>{alt(table(rules, 'time_relative.csv', 'phrase', 'offset'))}){AFTER}"),
        "of_month": re.compile(rf"{BEFORE}(?P<d>{ordinals}|\d{{1,2}})\s+من\s+(?P<m>{relative_months}){AFTER}"),
    }


def _month_shift(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _resolve(kind: str, m: re.Match[str], today: date, rules: RuleSet) -> date | None:
    if kind == "date":
        month = int(table(rules, "time_months.csv", "name", "month")[key(m.group("m"))])
        year = int(m.group("y")) if m.group("y") else today.year - (month > today.month)
        day = int(m.group("d")) if m.group("d") else int(table(rules, "time_ordinals.csv", "word", "value")[key(m.group("o"))])
        return date(year, month, day)
    if kind == "weekday":
        target = int(table(rules, "time_weekdays.csv", "name", "weekday")[key(m.group("w"))])
        rule = table(rules, "time_weekday_cues.csv", "cue", "rule").get(key(m.group("c") or ""), "on_or_before")
        back = (today.weekday() - target) % 7 or (7 if rule == "before" else 0)
        if rule == "after":
            return today + timedelta(days=(target - today.weekday()) % 7 or 7)
        return today - timedelta(days=back)
    if kind == "relative":
        return today + timedelta(days=int(table(rules, "time_relative.csv", "phrase", "offset")[key(m.group("w"))]))
    word = key(m.group("d"))
    day = int(word) if word.isdigit() else int(table(rules, "time_ordinals.csv", "word", "value")[word])
    year, month = _month_shift(today, int(table(rules, "time_months_relative.csv", "phrase", "offset")[key(m.group("m"))]))
    return date(year, month, day)


def find_arabic_times(doc: ArticleDoc) -> list[TimeMention]:
    today, rules = doc.published, doc.rules
    if today is None or doc.precision != "day":
        return []
    f, out = fold_text(doc.text), []
    for kind, pattern in _patterns(rules).items():
        for m in pattern.finditer(f.text):
            group = "w" if kind in ("weekday", "relative") else 0
            try:
                day = _resolve(kind, m, today, rules)
            except ValueError:  # "31 شباط"
                continue
            s, e = f.start(m.start(group)), f.end(m.end(group) if kind != "weekday" else m.end())
            out.append(TimeMention(s, e, doc.text[s:e], day, day, kind))
    return filter_spans(out)
