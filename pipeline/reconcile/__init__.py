"""The reconcile stage: from claims to answers (codebook §7).

Extraction reads each figure as its article states it (the internal `claims` table). This stage takes
all of them at once, because an estimate needs every claim that answers its question, and publishes

* `personnel_counts`: each claim with the independent source behind it (`origin`, origins.py) and the
  estimate it answers (`estimate_id`), one claim per row, derived from `claims` by a join, never patched;
* `estimates`: one row per question (questions.py: same status and population family, a period that
  belongs together by periods.py, places on one path by places.py), with the best, lowest and highest
  figure its sources commit to and whether they agree (estimates.py), and whether entries, returns and
  what remains can all be true (stockflow.py).

`articles.story_id` (near-duplicate articles, `pipeline/ingest/stories.py`) is computed where the articles
table is built, since it needs nothing but the texts. The pure functions here import no Dagster; `assets.py`
and `checks.py` wrap them.
"""
