"""One entity per person or body across the corpus.

Names are grouped by their folded form ("Bashar al-Assad" = "Bashar Al-Assad" = "Bashar Assad"),
then groups whose names agree token by token within a spelling distance are merged
("Miqdad Miri" = "Muqdad Meri"), as are a name in Arabic script and its transliteration with the
same consonants word for word ("ياسر إسكندر" = "Yasser Askandar"; transliteration.py), and a full name and its shorter form with the same first and
last names ("Mohammed al-Sudani" = "Mohammed Shia al-Sudani"). The canonical name is the most frequent spelling, ties broken
alphabetically; the id derives from the group's alphabetically first folded key, so adding an
unrelated article never changes it.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from pipeline.extract.names.blocking import candidate_pairs
from pipeline.extract.names.transliteration import same_across_scripts
from pipeline.extract.rows.statements import NameMention
from pipeline.extract.rows.tables import EntityRow
from pipeline.text.folding import fold

_TOKEN_MIN = 74
_NAME_MIN = 80


def _same_person(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    if min(len(ta), len(tb)) < 2:
        return False
    short, long_ = sorted((ta, tb), key=len)
    if len(short) < len(long_):  # "Mohammed al-Sudani" is "Mohammed Shia al-Sudani"
        return short[0] == long_[0] and short[-1] == long_[-1] and set(short) <= set(long_)
    return fuzz.ratio(a, b) >= _NAME_MIN and all(fuzz.ratio(x, y) >= _TOKEN_MIN for x, y in zip(ta, tb))


def cluster_keys(etype: str, keys: list[str]) -> dict[str, str]:
    """Map each folded key to its cluster's representative key (alphabetically first)."""
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    if etype == "person":  # only pairs that can match (blocking.py), not all pairs
        for a, b in candidate_pairs(keys, _NAME_MIN):
            if _same_person(a, b) or same_across_scripts(a, b):  # "مقداد ميري" is "Miqdad Miri"
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    return {k: find(k) for k in keys}


def entity_id(etype: str, rep_key: str) -> str:
    prefix = "per" if etype == "person" else "org"
    return f"{prefix}:{hashlib.sha256(rep_key.encode()).hexdigest()[:12]}"


class EntityIndex:
    """(entity_type, name as found) -> entity id, and the entity rows: the result of resolution."""

    def __init__(self, ids: dict[tuple[str, str], str], rows: list[EntityRow]) -> None:
        self._ids = ids
        self.rows = rows
        self._names = {r.entity_id: r.name for r in rows}

    def entity_id(self, entity_type: str, name: str) -> str | None:
        return self._ids.get((entity_type, name))

    def canonical_name(self, entity_id: str) -> str:
        return self._names[entity_id]


def resolve(mentions: list[NameMention]) -> EntityIndex:
    """Group the corpus's name mentions into entities."""
    by_type: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_type[m.entity_type].add(fold(m.name))
    rep = {t: cluster_keys(t, sorted(keys)) for t, keys in by_type.items()}
    groups: dict[str, list[NameMention]] = defaultdict(list)
    ids: dict[tuple[str, str], str] = {}
    for m in mentions:
        eid = entity_id(m.entity_type, rep[m.entity_type][fold(m.name)])
        ids[(m.entity_type, m.name)] = eid
        groups[eid].append(m)
    rows = []
    for eid, ms in sorted(groups.items()):
        names = Counter(m.name for m in ms)
        name = min(names, key=lambda n: (-names[n], n))
        aliases = sorted(({m.name for m in ms} | {m.surface for m in ms}) - {name})
        roles = Counter(m.role for m in ms if m.role)
        affs = Counter(m.affiliation for m in ms if m.affiliation)
        rows.append(EntityRow(eid, ms[0].entity_type, name, aliases,
                              min(roles, key=lambda r: (-roles[r], r)) if roles else None,
                              min(affs, key=lambda a: (-affs[a], a)) if affs else None))
    return EntityIndex(ids, rows)
