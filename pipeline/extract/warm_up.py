"""Extraction's first-use work done once in the pools' server (`pipeline/pool_server.py` preloads this module).

The first article a process extracts loads the gazetteer's indexes and compiles the rule tables' patterns
(~0.45 s and ~20 MB here); every worker used to do it for itself. Done here, before the workers fork, each
inherits it. Importing this module extracts one short article of the default topic: nothing is stored, and
what it leaves behind is what any article leaves (the same per-process caches every worker fills anyway).
"""

from pipeline.extract.rows.job import ArticleJob, run_job
from pipeline.text.pattern_set import prepare_all
from pipeline.topics import DEFAULT_TOPIC

# Names the countries, a crossing, a figure, a date and a speaker, so that their layers are all set up.
SAMPLE = ("Some 2,000 Syrian soldiers crossed into Iraq at Al-Qaim in December 2024, an Iraqi security "
          "official said on Monday. \"They are held at a camp near Al-Rutba,\" the official told Reuters.")

run_job(ArticleJob("warm-up", SAMPLE, "en", "2025-01-06", "day", None, DEFAULT_TOPIC))
# The sample opens few of the status cue tables' per-character probes; an added article's worker compiled the
# rest (~0.45 s of its ~0.5 s) while the build waited for it. All of them now, on the server's core.
prepare_all()
