"""All named things in one article, with overlaps settled by one policy.

Organisations are found first and win over places inside them ("France 24", "Baghdad Today");
people win over places inside their names; garbled spans (unrepairable mojibake) yield nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from pipeline.extract.gazetteer import load_gazetteer
from pipeline.extract.organizations import OrgMention, find_organizations
from pipeline.extract.persons import PersonMention, apposition_end, find_full_names
from pipeline.extract.place_choice import PlaceRef
from pipeline.extract.places import generic_facility_mentions, match_places
from pipeline.extract.short_forms import find_short_forms
from pipeline.extract.text import headline_spans
from pipeline.ingest.mojibake import garbled_spans


@dataclass(frozen=True)
class ArticleMentions:
    people: list[PersonMention]
    orgs: list[OrgMention]
    places: list[PlaceRef]
    count_places: list[PlaceRef]  # places plus "the camp"-style references to a named facility
    extents: dict[int, int]  # person start -> end of their role apposition
    host: PlaceRef | None


def _overlaps(a, spans) -> bool:
    return any(a.start < e and s < a.end for s, e in spans)


def _ref(m, gaz) -> PlaceRef:
    p = gaz.get(m.location_id)
    return PlaceRef(m.start, m.end, m.surface, p.location_id, p.specificity, p.feature_type, p.country_code)


def find_mentions(text: str) -> ArticleMentions:
    gaz = load_gazetteer()
    garbled = garbled_spans(text)
    headlines = [(h.start, h.end) for h in headline_spans(text)]
    orgs = _qualify_bare(org for org in find_organizations(text) if not _overlaps(org, garbled))
    org_spans = [(o.start, o.end) for o in orgs]
    raw_places = [m for m in match_places(text, gaz) if not _overlaps(m, garbled + org_spans)]
    place_spans = [(p.start, p.end) for p in raw_places]
    full = find_full_names(text, garbled + headlines + org_spans + place_spans)
    short = find_short_forms(text, full, garbled + org_spans + place_spans + [(p.start, p.end) for p in full])
    people = sorted(full + short, key=lambda p: p.start)
    places = [_ref(m, gaz) for m in raw_places if not _overlaps(m, [(p.start, p.end) for p in people])]
    extents = {p.start: e for p in full if (e := apposition_end(text, p.end))}
    return ArticleMentions(people, orgs, places, places + _facility_refs(text, places), extents, _host(places))


# News call the same site a camp, a base or an airfield: "the base" may be the named camp.
_SAME_SITE = {"camp": {"camp", "military_base"}, "military_base": {"military_base", "camp", "airfield"},
              "airfield": {"airfield", "military_base"}}


def _qualify_bare(orgs) -> list[OrgMention]:
    """"the Interior Ministry" after "Iraq's Ministry of Interior" is that ministry, not a second body."""
    orgs = list(orgs)
    qualified = {o.name.split(" ", 1)[1]: o.name for o in orgs if " Ministry of " in f" {o.name}"
                 and not o.name.startswith("Ministry of ")}
    return [replace(o, name=qualified.get(o.name, o.name)) for o in orgs]


def _facility_refs(text: str, places: list[PlaceRef]) -> list[PlaceRef]:
    """"A military camp north of Baghdad" is the article's one named camp, when it names exactly one."""
    out = []
    for start, end, ftype in generic_facility_mentions(text):
        named = {p.location_id: p for p in places if p.feature_type in _SAME_SITE.get(ftype, {ftype})}
        if len(named) == 1:
            p = next(iter(named.values()))
            out.append(PlaceRef(start, end, text[start:end], p.location_id, p.specificity, ftype, p.country_code))
    return out


def _host(places: list[PlaceRef]) -> PlaceRef | None:
    countries = [p for p in places if p.feature_type == "country"]
    if not countries:
        return None
    counts = Counter(p.location_id for p in countries)
    best = max(counts.values())
    return next(p for p in countries if counts[p.location_id] == best)
