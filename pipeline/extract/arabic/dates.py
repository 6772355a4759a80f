"""Time expressions in Arabic, resolved against the publication day: "7 كانون الأول 2024" and
"9 ديسمبر" (both month-name systems), weekdays (السبت، الأحد الماضي، الخميس المقبل), relative
days (اليوم، أمس), days of an unnamed month ("في السابع من الشهر الجاري") and ordinal days of a named one
("في الحادي عشر من شباط"); two days of one month ("يومي 7 و8 كانون الأول", "السابع والثامن من كانون الأول") as the
period they span, a month alone ("في كانون الأول الماضي") as the whole month, and a day "of the same month"
("في الثامن عشر من الشهر ذاته") in the month the text named last."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import fold_text
from pipeline.extract.arabic.lexicon import AFTER, BEFORE, alt, key, table
from pipeline.extract.arabic.story_years import in_story_years
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
    # "السابع والعشرين" is one day (27th), not the 7th and the 20th
    tens = alt(w for w, v in table(rules, "time_ordinals.csv", "word", "value").items() if " " not in w and int(v) >= 20)
    first_day = rf"(?:(?<!\d)(?P<d0>\d{{1,2}})\s*و\s*(?=\d)|{BEFORE}(?P<o0>{ordinals})\s+(?=و(?!(?:{tens}){AFTER})))"
    also_named = rf"(?:\s*/\s*(?:{months}){AFTER})?"  # "أيار/مايو": one month in both systems
    return {
        # "7 كانون الأول 2024", "في الحادي عشر من شباط": the day in digits or as an ordinal word
        "date": re.compile(rf"{first_day}?(?:(?<!\d)(?P<d>\d{{1,2}})|{BEFORE}(?P<o>{ordinals}))\s+(?:من\s+)?"
                           rf"(?:شهر\s+)?(?P<m>{months}){AFTER}{also_named}(?:\s+(?:عام\s+)?(?P<y>\d{{4}}))?"),
        "month": re.compile(rf"{BEFORE}(?:شهر\s+)?(?P<m>{months}){AFTER}{also_named}"
                            rf"(?:\s+(?P<past>الماضي|المنصرم){AFTER})?(?:\s+(?:عام\s+)?(?P<y>\d{{4}}))?"),
        "same_month": re.compile(rf"{BEFORE}(?P<d>{ordinals}|\d{{1,2}})\s+من\s+(?:الشهر\s+(?:ذاته|نفسه)|(?:نفس|ذات)\s+الشهر)"
                                 rf"{AFTER}"),
        "weekday": re.compile(rf"{BEFORE}(?P<w>{days}){AFTER}(?:\s+(?P<c>{cues}){AFTER})?"),
        "relative": re.compile(rf"{BEFORE}(?P<w>{alt(table(rules, 'time_relative.csv', 'phrase', 'offset'))}){AFTER}"),
        "of_month": re.compile(rf"{BEFORE}(?P<d>{ordinals}|\d{{1,2}})\s+من\s+(?P<m>{relative_months}){AFTER}"),
    }


def _month_shift(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _day(word: str, rules: RuleSet) -> int:
    word = key(word)
    return int(word) if word.isdigit() else int(table(rules, "time_ordinals.csv", "word", "value")[word])


def _span(kind: str, m: re.Match[str], today: date, rules: RuleSet) -> tuple[date, date] | None:
    """The period a two-day date or a month alone spans; None for the kinds that name one day."""
    if kind not in ("date", "month") or (kind == "date" and not (m.group("d0") or m.group("o0"))):
        return None
    month = int(table(rules, "time_months.csv", "name", "month")[key(m.group("m"))])
    past = kind == "month" and m.group("past")
    year = int(m.group("y")) if m.group("y") else today.year - (month > today.month or bool(past and month == today.month))
    if kind == "month":
        following = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), following - timedelta(days=1)
    return date(year, month, _day(m.group("d0") or m.group("o0"), rules)), _resolve(kind, m, today, rules)


def _resolve(kind: str, m: re.Match[str], today: date, rules: RuleSet) -> date | None:
    if kind == "date":
        month = int(table(rules, "time_months.csv", "name", "month")[key(m.group("m"))])
        year = int(m.group("y")) if m.group("y") else today.year - (month > today.month)
        return date(year, month, _day(m.group("d") or m.group("o"), rules))
    if kind == "weekday":
        target = int(table(rules, "time_weekdays.csv", "name", "weekday")[key(m.group("w"))])
        rule = table(rules, "time_weekday_cues.csv", "cue", "rule").get(key(m.group("c") or ""), "on_or_before")
        back = (today.weekday() - target) % 7 or (7 if rule == "before" else 0)
        if rule == "after":
            return today + timedelta(days=(target - today.weekday()) % 7 or 7)
        return today - timedelta(days=back)
    if kind == "relative":
        return today + timedelta(days=int(table(rules, "time_relative.csv", "phrase", "offset")[key(m.group("w"))]))
    year, month = _month_shift(today, int(table(rules, "time_months_relative.csv", "phrase", "offset")[key(m.group("m"))]))
    return date(year, month, _day(m.group("d"), rules))


def find_arabic_times(doc: ArticleDoc) -> list[TimeMention]:
    today, rules = doc.published, doc.rules
    if today is None or doc.precision != "day":
        return []
    f, out, same_month, yearless = fold_text(doc.text), [], [], set()
    for kind, pattern in _patterns(rules).items():
        for m in pattern.finditer(f.text):
            group = "w" if kind in ("weekday", "relative") else 0
            s, e = f.start(m.start(group)), f.end(m.end(group) if kind != "weekday" else m.end())
            if kind == "same_month":
                same_month.append((s, e, m))
                continue
            if kind == "relative" and rules.pattern("figurative_time_before").search(doc.text, max(0, s - 30), s):
                continue  # "كأنها حدثت أمس": as if it were yesterday
            try:
                first, last = _span(kind, m, today, rules) or (_resolve(kind, m, today, rules),) * 2
            except ValueError:  # "31 شباط"
                continue
            out.append(TimeMention(s, e, doc.text[s:e], first, last, kind))
            if kind in ("date", "month") and not m.group("y"):
                yearless.add(s)
    out = in_story_years(filter_spans(out), yearless, today)
    return filter_spans(out + [t for s, e, m in same_month if (t := _of_named_month(doc.text, s, e, m, out, rules))])


def _of_named_month(text: str, start: int, end: int, m: re.Match[str], named: list[TimeMention],
                    rules: RuleSet) -> TimeMention | None:
    """ "أعادت ١٦٥٠ منهم في الثامن عشر من الشهر ذاته": the day in the month of the last date before it."""
    before = [t for t in named if t.end <= start and t.period_end is not None]
    if not before:
        return None
    month_of = before[-1].period_end
    try:
        day = date(month_of.year, month_of.month, _day(m.group("d"), rules))
    except ValueError:
        return None
    return TimeMention(start, end, text[start:end], day, day, "same_month")
