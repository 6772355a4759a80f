"""A place mention as the place policy weighs it: where it stands in the text and what the choice needs of its entry.

Every way a place is found (a gazetteer name, a capital, a country, a facility, a site the text describes) yields
one of these, so the policy of `choice.py` and the rules around it compare them alike: by how specific and how
precise the entry is, its feature type and its country.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.places.place import PRECISION
from pipeline.text.spans import Span


@dataclass(frozen=True)
class PlaceRef(Span):
    """A place mention (or a description of a named site) with what the choice needs of its entry."""

    surface: str
    location_id: str
    specificity: int
    feature_type: str
    country_code: str

    @property
    def precision(self) -> int:
        """How precisely the place pins the figure's event (codebook §3.4 `precision`)."""
        return PRECISION[self.feature_type]
