"""The dates every table accepts, 1800-01-01 to 2100-12-31, for the schemas' date fields and ingest's publication
dates alike. Here rather than in `schemas/`, whose package loads pandera: the pools' server imports ingest, and
pandera (~0.4 s with the hypothesis strategies its check registry loads) is no work of a worker's.

Reports and archives look back at soldiers who fled across borders in earlier wars (Ugandan troops into Sudan in
1986, Polish soldiers interned in Romania in 1939, the French Army of the East interned in Switzerland in 1871),
so dates reach back to 1800; earlier ones are misread years.
"""

import datetime as dt

FIRST_DATE = dt.date(1800, 1, 1)
LAST_DATE = dt.date(2100, 12, 31)
