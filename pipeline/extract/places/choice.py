"""Which place a figure is about: one explicit, deterministic policy (codebook §6.3).

1. Places tied to the figure's clause: after a locative preposition ("remain in Rutba") or as the object of
   the status verb ("entered Iraq"); the most specific wins, then the first. A relocation's origin yields to its
   destination, a return's destination to where it happened; a place they refuse to go to is not theirs.
2. Else the nearest place before the figure in its sentence ("Iraq announced it had received ..."), not a place
   of saying ("told reporters in Baghdad").
3. A country from 1 or 2 yields to a more precise place the rest of the sentence gives as their route
   ("returned to Afghanistan, most of them flown from Kulob").
4. A country or nothing yields to the most precise place of the neighbouring sentence about the same event
   (`counts/neighbours.py`); nothing yet yields to the last site (camp, base, airfield, crossing) its
   paragraph named before it on the host's side, only a crossing for an entry or a return.
5. Else, for any figure but one of people who stay, the one crossing the title names (`places/setting.py`);
   else, for any figure but a return, the article's host country; this rule and the last live in
   `places/host.py`. Last, people moved to or held at a town known for its one camp or base are placed at it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.places.place_cues import (
    FROM_BEFORE,
    LOCATED_BY,
    described,
    group_place,
    origin,
    participle_goes_on,
    passage,
    tied_to_clause,
)
from pipeline.extract.places.said import said_in, speaker_abroad, speaker_based, speaker_in, speaker_region, spoken_from
from pipeline.extract.places.spread import beyond_host, spread_over
from pipeline.extract.speech.place_voices import seat_of_state

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.place_ref import PlaceRef
    from pipeline.text.rules import RuleSet


def choose_place(doc: ArticleDoc, scope: FigureScope) -> PlaceRef | None:
    """Rules 1-3: the place the figure's own sentence gives, or None."""
    text, places, rules, cue = doc.text, doc.mentions.count_places, doc.rules, scope.cue
    skip_until = cue.end + 40 if cue is not None and cue.place == "skip" else -1
    # not the figure's place: where its source was ("according to …"), or where some stay ("most of them at Adré")
    attributed, some_of_them = rules.pattern("attribution_before"), rules.pattern("part_aside_before")
    lo, hi = min(scope.lo, scope.sentence.start), max(scope.hi, scope.sentence.end)  # all the rules below read
    office_before, office_after = rules.pattern("office_place_before"), rules.pattern("office_place_after")
    seat_of, event_time = rules.pattern("authority_seat_before"), rules.pattern("event_time_place_before")
    state_modifier = rules.pattern("state_modifier_after")
    places = [p for p in places if lo <= p.start < hi
              and not (p.start > scope.number.end  # "… since the transfer to Taji": the time, not where they went
                       and event_time.search(text, max(scope.number.end, p.start - 50), p.start))
              and not attributed.search(text, max(scope.sentence.start, p.start - 90), p.start)
              and not (p.feature_type in ("admin1", "region")  # a governor's province; a district is where they are
                       and (office_before.search(text, max(scope.sentence.start, p.start - 30), p.start)
                            or office_after.match(text, p.end)))
              and not some_of_them.search(text, max(scope.number.end, p.start - 90), p.start)
              and not speaker_region(text, p, scope.sentence, scope.number.start, rules)
              and not (p.start > scope.number.end and speaker_based(text, p, rules))
              and not ((seat_of_state(p) or p.feature_type in ("admin1", "region"))
                       and seat_of.search(text, max(scope.sentence.start, p.start - 40), p.start))
              # "a U.S. Embassy spokesman", "the Damascus government": the state that speaks or acts
              and not ((seat_of_state(p) or p.feature_type == "country") and state_modifier.match(text, p.end))]
    wished = rules.pattern("wished_destination_before")
    tied = [p for p in places if scope.lo <= p.start < scope.hi and p.start > skip_until
            and tied_to_clause(text, p, scope.lo, cue, rules)
            and not wished.search(text, max(scope.lo, p.start - 60), p.start)]  # "asked to be flown on to X"
    tied += described(text, places, scope, rules)
    if scope.status == "returned":
        # "returned more than 1,800 soldiers who had fled into western Anbar, handing them over at the Al-Qaim
        # crossing": a participle right after the clause goes on with the same return, and where it happened
        tied += [p for p in places if scope.hi <= p.start and participle_goes_on(text, scope.hi, p.start, rules)
                 and passage(text, p, rules)]
    if scope.status in ("relocated", "remaining"):
        # "moved from Al-Qaim to Baghdad": a relocation is placed at its destination, never where it left
        # ("moved here from Al-Qaim": where "here" is); people who stay are not where they came from
        tied = [p for p in tied if not origin(text, p, rules)]
    if scope.status == "entered" and (ends := [p for p in tied if not origin(text, p, rules) or p.precision <= 2]):
        tied = ends  # "crossed into Chad from West Darfur": the country they entered, not the province they left;
        # a crossing or town they came through ("from the Al-Bukamal border area") pins the crossing itself
    host = doc.mentions.host
    # "sought refuge in Thailand since the fighting in Phnom Penh": where they are, not where the war was; an
    # entry keeps the crossing or town it came through ("from the Al-Bukamal border area")
    if scope.status in IN_HOST and host is not None and (inside := [
            p for p in tied if p.country_code == host.country_code or p.feature_type == "border_crossing"
            or (scope.status == "entered" and origin(text, p, rules))]):
        tied = inside
    if scope.status == "entered" and any(FROM_BEFORE.search(text, max(0, p.start - 10), p.start) for p in tied) and (
            into := [p for p in tied if not origin(text, p, rules) and p.precision <= 2]):
        tied = into  # ... unless the town or site they came into is named too ("from Poipet into Aranyaprathet")
    if scope.status == "returned" and (passed := [p for p in tied if passage(text, p, rules)
                                                  and p.feature_type != "country"] or [
            p for p in tied if passage(text, p, rules) and not any(c.feature_type == "border_crossing" for c in tied)]):
        # "handed back to Damascus at Al-Qaim": a return is placed where it happened; a country passed through
        # ("through Iranian territory to the Bilasuvar crossing") yields to the crossing
        tied = passed
    # a dateline ("AIZAWL:", "TASHKENT, Uzbekistan (AP) -") is where the report was filed, not where it happened
    dateline = rules.pattern("dateline").match(text, scope.sentence.start)
    after_dateline = dateline.end() if dateline else scope.sentence.start
    before = [p for p in places if after_dateline <= p.start and p.end <= scope.number.start
              and not said_in(text, p, scope.sentence.start, rules) and not speaker_in(text, p, rules)
              and not _home_abroad(text, p, scope.status, host, rules)
              and not (scope.status in IN_HOST and speaker_abroad(text, p, scope.number.start, host, rules))]
    while len(before) > 1 and before[-2].precision < before[-1].precision and \
            LOCATED_BY.fullmatch(text, before[-2].end, before[-1].start):
        # "Al-Rutba camp, Anbar: 137", "the Al-Marsana airfield near Al-Rutba", "the airfield in Al-Rutba district,
        # where …", "Al-Marsana airfield, Al-Rutba (Anbar) | 52": the site, not the town or province that locates it
        before = before[:-1]
    chosen = max(tied, key=lambda p: (p.specificity, -p.start)) if tied else (before[-1] if before else None)
    if scope.status in ("remaining", "other") and (own := group_place(text, places, scope)) is not None:
        chosen = own  # "Nearly 900 men at Ränneslätt refused food … spread to Rinkaby": where the people counted are
    if chosen in tied and (country := spread_over(text, chosen, places, host)) is not None:
        return country  # "to camps in Bern, Lucerne and Fribourg": the country holding them all
    if scope.status == "returned" and beyond_host(chosen, host) and (
            handed_at := [p for p in before if p.country_code == host.country_code and p.feature_type != "country"
                          and not spoken_from(text, p, rules)]):  # not "its representatives at Hendaye said"
        # "the handover took place at Al-Qaim, when 1,905 men were bussed back to Al-Bukamal": a return is
        # placed where it happened on the host's side, not at the town they went on to
        return handed_at[-1]
    if chosen is None or chosen.feature_type == "country":
        # "were returned to Afghanistan, most of them flown from Kulob": a country is the last resort when
        # the rest of the sentence ties a more precise place to the same people
        route = rules.pattern("route_before")
        later = [p for p in places if scope.hi <= p.start < scope.sentence.end and p.feature_type != "country"
                 and route.search(text[max(scope.hi, p.start - 40):p.start])
                 and not (scope.status in ("relocated", "remaining") and origin(text, p, rules))]
        if later:
            return max(later, key=lambda p: (p.specificity, -p.start))
    return chosen


def _home_abroad(text: str, p: PlaceRef, status: str, host: PlaceRef | None, rules: RuleSet) -> bool:
    """ "a sergeant from a village outside Homs crossed with about 300 men": where people come from, outside the
    country they are now in, is not where a figure of their entry, stay or move happened."""
    return status in IN_HOST and host is not None and p.country_code != host.country_code \
        and p.feature_type != "border_crossing" and origin(text, p, rules)


IN_HOST = ("entered", "remaining", "relocated")  # events that happen in the host country
