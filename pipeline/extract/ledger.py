"""What an extract stage keeps for the next one besides its tables: which articles it read (a hash of what
extraction reads of each), each article's parts (`rows/parts.py`) and the entity ids its rows were given.
With it and the last tables, the next build extends the tables by the articles that changed (`extend.py`)
instead of loading every article's findings from the cache and building the six tables again.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.names.resolve import EntityIndex
from pipeline.extract.rows.parts import ArticleParts


@dataclass(frozen=True)
class Ledger:
    settings: tuple  # topic, engine and the fingerprint of the code that made the rows: another, no extending
    hashes: dict[str, bytes]  # article_id -> rows.article_hashes
    parts: dict[str, ArticleParts]  # article_id -> its parts
    ids: dict[tuple[str, str], str | None]  # (entity type, name) each article asks for -> the id it got

    def covers(self, article_ids) -> bool:
        return all(aid in self.parts for aid in article_ids)


def entity_ids(parts: dict[str, ArticleParts], index: EntityIndex) -> dict[tuple[str, str], str | None]:
    """The id the index gives every lookup of the articles' rows (None: no entity of that name)."""
    return {key: index.entity_id(*key) for part in parts.values() for key in part.lookups()}


def shared_places(parts: dict[str, ArticleParts]) -> dict[str, ArticleParts]:
    """The same parts with equal places as one object: every article's findings were unpickled on their own, so
    Al-Qaim is ten thousand equal objects; kept once, the ledger pickles and loads in a fraction of the time."""
    seen: dict = {}

    def one(place):
        return seen.setdefault(place, place)

    return {aid: ArticleParts(p.names, p.speakers, tuple(one(x) for x in p.described),
                              {lid: one(x) for lid, x in p.known.items()}) for aid, p in parts.items()}
