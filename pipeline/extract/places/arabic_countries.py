"""Arabic names of every country, from the Arabic translation of ISO 3166-1 that pycountry ships (Debian
iso-codes' `ar` catalogue).

A hand-written `arabic` column of `countries.csv` named only the countries of the first caseloads, so an Arabic
article about Sudanese soldiers in Chad ("تشاد") found no country, and with it none of Chad's towns, whose Arabic
GeoNames names the gazetteer holds ("أدري"، "أبشي"). The catalogue translates each country's ISO name; an inverted
one ("كوريا، جمهورية كوريا" for "Korea, Republic of") keeps the part before its comma. A name that two countries
would share is kept by neither: it cannot tell them apart. (The catalogue's translations of pycountry's short
`common_name`s are not used: one of them, Moldova's, is another country's name.)
"""

from __future__ import annotations

import gettext
from collections import Counter
from functools import cache

import pycountry

from pipeline.text.folding import fold

_COMMA = "،"  # the Arabic comma, as the catalogue inverts names


@cache
def arabic_country_names() -> dict[str, tuple[str, ...]]:
    """ISO alpha-2 code -> the country's Arabic names (none for a country the catalogue leaves untranslated)."""
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except FileNotFoundError:  # a pycountry built without its translations: the hand-written names remain
        return {}
    names: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        translated = catalogue.gettext(country.name)
        if translated == country.name:
            continue
        names[country.alpha_2] = (translated.split(_COMMA)[0].strip(),)
    shared = Counter(fold(name) for own in names.values() for name in set(own))
    return {code: kept for code, own in names.items() if (kept := tuple(n for n in own if shared[fold(n)] == 1))}
