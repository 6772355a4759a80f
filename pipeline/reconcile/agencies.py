"""News agencies and outlets credited in an article's text: the origin of a figure no one is quoted for.

Known names come from the rule tables that already list media: `organizations.csv` rows of kind
`media` in every language pack and the topic pack, the Arabic forms of those bodies in the topic pack's
`bilingual_names.csv`, and ingest's outlet spellings and domains. A figure's sentence that names one
("according to Shafaq News", "INA reported") credits it; else the article's dateline ("BAGHDAD (Reuters)
–"). Only the text decides, never `articles.outlet`: a copy republished under another outlet's name
credits what the original credits.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from pipeline.ingest.metadata import canonical_outlet, outlet_from_dateline
from pipeline.ingest.rules import outlet_aliases, outlet_domains
from pipeline.paths import LANGUAGE_PACKS_DIR
from pipeline.text.phrases import PhraseMatcher
from pipeline.text.rules import RuleSet
from pipeline.topics import topic_folder

ORGANIZATIONS = "organizations.csv"
BILINGUAL = "bilingual_names.csv"


@cache
def media_names(topic: str) -> PhraseMatcher:
    """Every spelling of a known outlet or agency -> its canonical name."""
    folders = [p for p in sorted(LANGUAGE_PACKS_DIR.iterdir()) if (p / ORGANIZATIONS).is_file()]
    rules = RuleSet(*folders, topic_folder(topic))
    media = [r for r in rules.rows(ORGANIZATIONS) if r["kind"] == "media"]
    spellings = {alias: row["name"] for row in media for alias in [row["name"], *filter(None, row["aliases"].split("|"))]}
    spellings |= {alias: outlet for alias, outlet in _ingest_spellings().items() if len(alias) > 2}
    known = {canonical_outlet(name) for name in spellings.values()}
    if rules.has(BILINGUAL):
        spellings |= {form: row["name"] for row in rules.rows(BILINGUAL)
                      if canonical_outlet(row["name"]) in known for form in row["arabic"].split("|") if form}
    return PhraseMatcher((alias, canonical_outlet(name)) for alias, name in sorted(spellings.items()))


def _ingest_spellings() -> dict[str, str]:
    """Outlet names and their spellings as ingest knows them (aliases are case-folded there)."""
    names = set(outlet_aliases().values()) | set(outlet_domains().values())
    return {name: name for name in names}


def slug(name: str) -> str:
    """'Kurdistan 24' -> 'kurdistan-24'; a name with no Latin letters or digits -> a hash of it (ids are ASCII)."""
    ascii_slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:100]
    return ascii_slug or hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def credited_in(sentence: str | None, topic: str) -> str | None:
    """The first known outlet or agency named in the sentence, by its canonical name."""
    if not sentence:
        return None
    hits = sorted(media_names(topic).find(sentence), key=lambda hit: (hit[0], -hit[1]))
    return str(hits[0][2]) if hits else None


def dateline_credit(text: str | None) -> str | None:
    return outlet_from_dateline(text) if text else None
