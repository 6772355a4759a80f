"""A line set in capitals makes every word look like a name: "418 BATISTA MEN FIND HAVEN IN TRUJILLO'S REPUBLIC"
holds towns called Haven and Republic. A place named only inside such a line is kept when the article names the same
place elsewhere in ordinary case ("HAVANA DEMANDS RETURN" and "in Havana"), or when it is no minor place (a country,
a province, a capital: "TO: ARMY GENERAL STAFF, YAOUNDE")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.places.gazetteer import Gazetteer
    from pipeline.extract.places.matcher import PlaceMatch

CAPITALS_SHARE = 0.9  # of a line's letters, upper case
MIN_LETTERS = 12  # a line too short to tell ("UN", "AL-QAIM:") is left alone


def capital_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line whose letters are (nearly) all capitals."""
    out, start = [], 0
    for line in text.split("\n"):
        letters = sum(map(str.isalpha, line))  # map over a str method: no Python frame per character
        if letters >= MIN_LETTERS and sum(map(str.isupper, line)) >= CAPITALS_SHARE * letters:
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def outside_shouted_lines(text: str, matches: list[PlaceMatch], gazetteer: Gazetteer) -> list[PlaceMatch]:
    """The matches, less those inside a line in capitals that name a minor place the rest of the article does not."""
    lines = capital_lines(text)
    if not lines:
        return matches
    shouted = {id(m) for m in matches if any(start <= m.start < end for start, end in lines)}
    elsewhere = {m.location_id for m in matches if id(m) not in shouted}
    return [m for m in matches if id(m) not in shouted or m.location_id in elsewhere
            or not gazetteer.get(m.location_id).minor]
