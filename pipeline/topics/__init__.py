"""Topic packs: everything specific to one caseload, in one folder (`topics/<name>/`).

A pack may hold `places_curated_sites.csv` and `places_governorates.csv` (places GeoNames lacks or
names differently), `organizations.csv` (the caseload's bodies and outlets), `known_persons.csv`
(people named by surname alone) and `README.md`. Each table extends the generic one of the same name.
See the codebook, "Writing a topic pack".
"""

from __future__ import annotations

from pathlib import Path

from pipeline.paths import TOPIC_PACKS_DIR

DEFAULT_TOPIC = "syria_iraq_2024"


def topic_folder(name: str) -> Path:
    folder = TOPIC_PACKS_DIR / name
    if not name or not folder.is_dir():
        known = ", ".join(sorted(p.name for p in TOPIC_PACKS_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")))
        raise ValueError(f"no topic pack {name!r} (known: {known})")
    return folder
