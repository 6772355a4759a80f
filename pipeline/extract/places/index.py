"""Folded name -> gazetteer entries, with every token prefix of a name to stop scanning early."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.places.place import Place
from pipeline.text.folding import fold, plain


@dataclass(frozen=True)
class Entry:
    place: Place
    primary: bool  # the place's own name, not an alias
    acronym: bool  # "US", "UK": must be written in capitals
    own_name: bool  # the place's name in any spelling ("Al Qaim" for "Al-Qā’im"), not another name

    def usable(self, countries: frozenset[str]) -> bool:
        """A town outside the article's countries is known by its own name only: "Ahmad" is one of
        Al Ahmadi's alternate names, but in an article about Iraq it is a person's."""
        return self.own_name or self.place.feature_type != "populated_place" or self.place.country_code in countries


class NameIndex:
    def __init__(self, places: list[Place]) -> None:
        index: dict[str, dict[str, Entry]] = {}
        for p in places:
            own = {fold(p.name), fold(plain(p.name))}
            for alias in (p.name, *p.aliases):
                key = fold(alias)
                letters = alias.replace(".", "")
                acronym = letters.isupper() and letters.isalpha() and len(letters) <= 4
                # two letters name a place only as an acronym ("US", "UK"), never "An" or "Al"
                if (len(key) >= 3 or acronym) and p.location_id not in index.setdefault(key, {}):
                    index[key][p.location_id] = Entry(p, alias == p.name, acronym, key in own)
        self.entries = {k: tuple(v.values()) for k, v in index.items()}
        self.prefixes = frozenset(" ".join(k.split()[:n]) for k in self.entries for n in range(1, len(k.split()) + 1))

    def get(self, key: str) -> tuple[Entry, ...]:
        return self.entries.get(key, ())

    def places(self) -> dict[str, Place]:
        """Every place of the index by id."""
        return {e.place.location_id: e.place for entries in self.entries.values() for e in entries}


def lookup(indexes: list[NameIndex], key: str) -> tuple[Entry, ...]:
    return tuple(e for idx in indexes for e in idx.get(key))

