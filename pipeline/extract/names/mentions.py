"""All named things in one article, with overlaps settled by one policy.

Organisations are found first and win over places inside them ("France 24", "Baghdad Today");
people win over places inside their names; garbled spans (unrepairable mojibake) yield nothing.
Places are looked up in the gazetteer with the article's country context: the countries it names
by name or adjective ("Afghan soldiers", "Uzbekistan"), so their towns and districts are known.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.counts.origins import origin_countries
from pipeline.extract.names.nationalities import nationalities
from pipeline.extract.names.org_mention import OrgMention
from pipeline.extract.names.organizations import organizations_in
from pipeline.extract.names.outlets import outlets_in, own_outlet
from pipeline.extract.names.person_cues import apposition_end
from pipeline.extract.names.persons import PersonMention, find_full_names
from pipeline.extract.names.short_forms import find_short_forms
from pipeline.extract.names.signatures import signature_line
from pipeline.extract.places.capital_refs import capital_refs
from pipeline.extract.places.choice import PlaceRef
from pipeline.extract.places.country_refs import country_refs
from pipeline.extract.places.described import DescribedPlace, described_places
from pipeline.extract.places.facility_refs import facility_refs
from pipeline.extract.places.matcher import match_places
from pipeline.extract.places.place import Place
from pipeline.extract.places.shouted import outside_shouted_lines
from pipeline.text.folding import fold
from pipeline.text.letter_first import letter_first
from pipeline.text.rules import alternation
from pipeline.text.spans import overlaps_any

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.gazetteer import Gazetteer


CONTEXT_MENTIONS = 2
@dataclass(frozen=True)
class ArticleMentions:
    people: list[PersonMention]
    orgs: list[OrgMention]
    places: list[PlaceRef]
    count_places: list[PlaceRef]  # places plus "the camp"-style references to a named facility
    extents: dict[int, int]  # person start -> end of their role apposition
    host: PlaceRef | None
    described: tuple[Place, ...] = ()  # places the gazetteer lacks, read from how the text describes them


def find_mentions(doc: ArticleDoc) -> ArticleMentions:
    text, rules, gaz = doc.text, doc.rules, doc.gazetteer
    if rules is None:  # no language pack reads it: kept and flagged at ingest, no rows
        return ArticleMentions([], [], [], [], {}, None)
    orgs = _qualify_bare(o for o in organizations_in(text, rules) if not overlaps_any(o, doc.garbled))
    countries = _countries(doc)
    raw_places = outside_shouted_lines(text, [m for m in match_places(text, gaz, rules, countries)
                                              if not overlaps_any(m, doc.garbled) and not overlaps_any(m, orgs)], gaz)
    # A village's name inside a capitalised run is more likely part of a person's name ("Thabet
    # al-Abbasi"); countries, provinces, sites and well-known cities are not.
    known = [m for m in raw_places if not gaz.get(m.location_id).minor]
    # a credit line ("By Rami Toma", "(Reporting by …)") is as short and unpunctuated as a headline, but names people
    credit = rules.pattern("credit_line")
    headlines = [h for h in doc.headlines if not credit.match(text, h.start)
                 and signature_line(text, h.start, h.end, rules) is None]  # nor does a letter's signature
    full = find_full_names(text, [*doc.garbled, *headlines, *orgs, *known], rules)
    short = find_short_forms(text, full, [*doc.garbled, *orgs, *known, *full], rules)
    people = sorted(full + short, key=lambda p: p.start)
    # "Gai's 3rd Cavalry Corps", "Budyonny's 1st Cavalry Army": a town's name owning a numbered unit is its
    # commander's; a country or province owns its units ("Syria's 17th Division")
    commander = rules.pattern("commander_possessive_after")
    places = [_ref(m, gaz) for m in raw_places if not overlaps_any(m, people) and not (
        gaz.get(m.location_id).feature_type == "populated_place" and commander.match(text, m.end))]
    origins = doc.layer("origin_countries", origin_countries)  # also read by the counts layer
    described = [d for d in described_places(text, rules, places, _host(places, gaz, origins), doc.sentence_at,
                                             gaz.country_code)
                 if not overlaps_any(d.ref, [*orgs, *people, *doc.garbled])]
    places, described = _with_described(places, described, gaz)
    orgs += outlets_in(text, rules, [*orgs, *people, *places, *doc.garbled])
    orgs = sorted(orgs + own_outlet(text, doc.outlet, [*orgs, *people, *places, *doc.garbled]), key=lambda o: o.start)
    extents = {p.start: e for p in full if (e := apposition_end(text, p.end, rules))}
    # "the Damascus-based Syrian Centre": where a body is based, never where a figure's people are
    # a press, radio or television of a place ("quoted in the Bangkok press") is where news came from
    # "as Damascus fell": the fall of a place is an event of the story, not where a figure's people were
    media_after, fell = rules.pattern("outlet_of_place_after"), rules.pattern("fell_after")
    count_places = sorted((p for p in places + facility_refs(doc, places) + country_refs(doc) + capital_refs(doc)
                           if not doc.text.startswith("-based", p.end) and not media_after.match(doc.text, p.end)
                           and not fell.match(doc.text, p.end) and not _seat_in_parenthesis(doc, p, places)),
                          key=lambda p: p.start)
    return ArticleMentions(people, orgs, places, count_places, extents, _host(places, gaz, origins),
                           tuple(d.place for d in described))


def _seat_in_parenthesis(doc: ArticleDoc, place: PlaceRef, places: list[PlaceRef]) -> bool:
    """"Al-Rafidain (Baghdad, state-owned daily)": a place opening a parenthesis after a name that is no place."""
    if "(" not in doc.text[max(0, place.start - 3):place.start]:
        return False  # most places open no parenthesis: asked before the pattern is
    before = doc.rules.pattern("seat_parenthesis_before").search(doc.text, max(0, place.start - 40), place.start)
    return before is not None and not any(p.end == before.end("name") for p in places)


def _with_described(places: list[PlaceRef], described: list[DescribedPlace], gaz) -> tuple[list[PlaceRef], list]:
    """A described place replaces known places inside it ("Friendship Bridge" over a town "Friendship");
    one that only overlaps a known place ("the town of Tine" where Tine is known) yields to it; one whose whole
    words the gazetteer knows as a site's name ("the Al-Qaim-Al-Bukamal crossing") is that site."""
    kept, known = [], []
    for d in described:
        inside = [p for p in places if p.start < d.ref.end and d.ref.start < p.end]
        if all(d.ref.start <= p.start and p.end <= d.ref.end and (p.end - p.start) < (d.ref.end - d.ref.start)
               for p in inside) and not any(d.ref.start < k.end and k.start < d.ref.end
                                            for k in [*(x.ref for x in kept), *known]):
            places = [p for p in places if p not in inside]
            if (site := _site_named(gaz, d.ref)) is not None:
                known.append(site)
            else:
                kept.append(d)
    return sorted(places + known + [d.ref for d in kept], key=lambda p: p.start), kept


def _site_named(gaz, ref: PlaceRef) -> PlaceRef | None:
    """The one gazetteer site of the described place's kind that bears its whole name, if any."""
    sites = {e.place.location_id: e.place for e in gaz.global_index.get(fold(ref.surface))
             if e.place.feature_type == ref.feature_type}
    if len(sites) != 1:
        return None
    site = next(iter(sites.values()))
    return PlaceRef(ref.start, ref.end, ref.surface, site.location_id, site.specificity, site.feature_type,
                    site.country_code)


def _countries(doc: ArticleDoc) -> frozenset[str]:
    """The article's country context: countries it names more than in passing, by name, by the
    well-known places in them, or by adjective ("Afghan pilots"), or once as where something happens
    ("fled into Bangladesh", "Termez, Uzbekistan"). A country named once in passing ("US troops")
    does not bring in its thousands of villages ("Friendship", a town in the US)."""
    gaz = doc.gazetteer
    named: Counter[str] = Counter()
    locative = _locative_re(doc.rules)
    for start, _, code in gaz.country_mentions(doc.text):
        named[code] += CONTEXT_MENTIONS if locative.search(doc.text, max(0, start - 30), start) else 1
    adjectives = nationalities(doc.rules)
    for m in _adjective_re(doc.rules).finditer(doc.text):
        if code := gaz.country_code(adjectives[m.group(0)]):
            named[code] += 1
    return frozenset(code for code, times in named.items() if times >= CONTEXT_MENTIONS)


@cache
def _locative_re(rules) -> re.Pattern[str]:
    preps = alternation([r["preposition"] for r in rules.rows("locative_prepositions.csv")])
    return re.compile(rf"(?:\b(?:{preps})\s+(?:the\s+)?|[A-Z][\w’'-]*,\s*)$", re.IGNORECASE)


@cache
def _adjective_re(rules) -> re.Pattern[str]:
    # tried only at the letters a nationality opens with (`letter_first.py`)
    return letter_first(rf"(?<![\w-])(?:{alternation(list(nationalities(rules)))})(?![\w-])")


def _ref(m, gaz) -> PlaceRef:
    p = gaz.get(m.location_id)
    return PlaceRef(m.start, m.end, m.surface, p.location_id, p.specificity, p.feature_type, p.country_code)


def _qualify_bare(orgs) -> list[OrgMention]:
    """"the Interior Ministry" after "Iraq's Ministry of Interior" is that ministry, not a second body."""
    orgs = list(orgs)
    qualified = {o.name.split(" ", 1)[1]: o.name for o in orgs if " Ministry of " in f" {o.name}"
                 and not o.name.startswith("Ministry of ")}
    return [replace(o, name=qualified.get(o.name, o.name)) for o in orgs]


def _host(places: list[PlaceRef], gaz: Gazetteer, origins: frozenset[str] = frozenset()) -> PlaceRef | None:
    """The article's host country: the country of the sites it names (crossings, camps, bases, airfields:
    where the people are taken), else its most named country other than the one whose people are counted.
    A report on soldiers of one country in another often names their own country most ("Syria", "Myanmar",
    "Costa Rica shelters 173 members of Panama's Defense Forces"), and may never name the host at all
    ("the Iraqi Border Guard's Al-Qaim sector"): the sites' country is then the host, by the first site."""
    countries = [p for p in places if p.feature_type == "country"]
    sites = Counter(p.country_code for p in places if p.precision == 1)
    # ... but where the article names a country other than theirs, a site in the country they left ("commanded a
    # company at the Vientiane airport", of Lao soldiers in Thailand) does not outvote it
    site_country = sites.most_common(1)[0][0] if sites else None
    left_from = site_country in origins and any(p.country_code not in origins for p in countries)
    if sites and not left_from and not any(p.country_code == site_country for p in countries) and \
            (country := gaz.find(f"iso3166:{site_country}")) is not None:
        site = next(p for p in places if p.precision == 1 and p.country_code == country.country_code)
        return PlaceRef(site.start, site.end, country.name, country.location_id, country.specificity,
                        country.feature_type, country.country_code)
    if not countries:
        return None
    if sites and (hosting := [p for p in countries if p.country_code == sites.most_common(1)[0][0]]):
        countries = hosting
    elif abroad := [p for p in countries if p.country_code not in origins]:
        countries = abroad
    counts = Counter(p.location_id for p in countries)
    best = max(counts.values())
    tied = [p for p in countries if counts[p.location_id] == best]
    # named as often as another ("refused passage by Romania", "in Poland"): the country whose towns and
    # camps the article names more is where the people are
    towns = Counter(p.country_code for p in places if p.feature_type != "country")
    return max(tied, key=lambda p: towns[p.country_code])
