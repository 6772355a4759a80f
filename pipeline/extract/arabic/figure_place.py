"""Where an Arabic figure's event happened: the most specific place its sentence names, not where its source
spoke from, or the host country its sentence names by reference ("الأراضي العراقية"، "المملكة"); else the site the
article's other figures of the same event name; else the host country.

"قدّر النائب عن محافظة الأنبار عددهم بـ3500"، "وفقاً لتقديرات دبلوماسية في أنقرة": the province and the capital
are the speaker's, not where the soldiers crossed (the language pack's `source_place_before`). A figure of people
entering or returning whose sentence names no place takes the crossing or town the article's other such figures
are placed at, as in English (`places/site.py`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import fold_text
from pipeline.extract.places.choice import IN_HOST
from pipeline.extract.places.site import SITE_STATUSES, event_sites

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.place_ref import PlaceRef
    from pipeline.text.spans import Span

SOURCE_REACH = 70  # folded characters before a place where the speaker it belongs to may be named
TALLY_REACH = 60  # folded characters before a figure where "the number of those who …" may stand


def named_place(doc: ArticleDoc, sent: Span, after: int, status: str) -> PlaceRef | None:
    """The most specific place named after the figure in its sentence (the first of equals), else before it (a
    dateline, "Iraq received ..."), not a place of the figure's source. A place people refuse or wish to return to
    ("يرفضون العودة إلى سوريا") is not where they remain."""
    f, rules = fold_text(doc.text), doc.rules
    back, origin, source = rules.pattern("return_to"), rules.pattern("origin_before"), rules.pattern("source_place_before")
    inside = [p for p in doc.mentions.count_places if sent.start <= p.start < sent.end
              and not (status == "remaining" and back.search(f.text, max(0, f.at(p.start) - 20), f.at(p.start)))
              and not source.search(f.text, max(f.at(sent.start), f.at(p.start) - SOURCE_REACH), f.at(p.start))]
    host = doc.mentions.host
    if status in IN_HOST and host is not None and (hosted := [
            p for p in inside if p.country_code == host.country_code or p.feature_type == "border_crossing"]):
        inside = hosted  # "دخلوا العراق قادمين من دير الزور": people in the host country, not where they came from
    if status in ("relocated", "remaining") and (ends := [p for p in inside if not origin.search(
            f.text, max(0, f.at(p.start) - 16), f.at(p.start))]):
        inside = ends  # "نقل 87 ضابطاً من المرسنة إلى التاجي": a move is placed where it ends, as in English
    later = [p for p in inside if p.start >= after]
    if later or inside:
        return max(later or inside, key=lambda p: (p.specificity, -p.start))
    # "دخلوا الأراضي العراقية"، "استقبلتهم المملكة": the writer named the host country, by reference
    return host if rules.pattern("host_anaphor").search(f.text, f.at(sent.start), f.at(sent.end)) else None


def at_event_sites(doc: ArticleDoc, drafts: list[CountDraft], unplaced: set[int]) -> list[CountDraft]:
    """Figures of people entering or returning whose sentence named no place, at the site the article's placed
    figures of that event name most often; the others keep the host country, and so does a tally of the whole
    event ("عدد الواصلين يتراوح بين 2500 و2700"، "إجمالي من عبروا الحدود": `tally_before`), which the country holds."""
    sites = event_sites([(d.status, d.place) for index, d in enumerate(drafts) if index not in unplaced],
                        doc.mentions.host)
    f, tally = fold_text(doc.text), doc.rules.pattern("tally_before")
    return [replace(d, place=sites[d.status]) if index in unplaced and d.status in SITE_STATUSES
            and d.status in sites and not tally.search(f.text, max(0, f.at(d.number.start) - TALLY_REACH),
                                                       f.at(d.number.start)) else d
            for index, d in enumerate(drafts)]
