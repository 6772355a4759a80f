"""Controlled vocabularies of the dataset (see the codebook and the acceptance FORMAT.md).

Kept in one place so the schemas, the extractors and the datapackage agree on them.
"""

QUALIFIERS: tuple[str, ...] = (
    "exact", "more_than", "at_least", "nearly", "approximate",
    "at_most", "fewer_than", "vague", "range",
)
POPULATIONS: tuple[str, ...] = (
    "military_personnel", "soldiers", "officers", "officers_and_officials",
    "civilian_staff", "other",
)
STATUSES: tuple[str, ...] = ("entered", "returned", "remaining", "relocated", "other")
SPEAKER_KINDS: tuple[str, ...] = ("named_person", "anonymous", "organization")
# Which rule dated a figure (codebook §6.4), in the order they are tried.
PERIOD_RULES: tuple[str, ...] = ("own", "described", "carried", "event", "wave", "stated", "present", "open")
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year", "unknown")
FEATURE_TYPES: tuple[str, ...] = (
    "country", "region", "admin1", "admin2", "populated_place", "border_crossing",
    "military_base", "airfield", "camp",
)
PRECISION_CODES: tuple[int, ...] = (1, 2, 3, 4, 6)
ENTITY_TYPES: tuple[str, ...] = ("person", "organization")
AGREEMENTS: tuple[str, ...] = ("single", "consistent", "disputed")
PERIOD_KINDS: tuple[str, ...] = ("wave", "as_of")
BEST_METHODS: tuple[str, ...] = ("median_attributed", "median_all", "no_number")
STOCK_FLOW: tuple[str, ...] = ("consistent", "impossible", "not_checked")
