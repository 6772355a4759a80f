"""How places the gazetteer lacks, read from how the text describes them ("the Friendship Bridge", "the town
of Tine"), are settled against the known places they overlap: the longer described name wins over a known
place inside it, a known place wins over a described one that only overlaps it, and a described name the
gazetteer knows whole is that known site."""

from __future__ import annotations

from pipeline.extract.places.described import DescribedPlace
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.folding import fold


def with_described(places: list[PlaceRef], described: list[DescribedPlace], gaz) -> tuple[list[PlaceRef], list]:
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
