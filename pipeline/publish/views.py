"""Analyst views created in warehouse.duckdb and in every release's dataset.duckdb.

Plain SQL over the published tables only (no article text), so the same views
work in a release that leaves `text` out. Partial publication dates ('2025-03',
'2025') are read as their first day when a date is needed for ordering.
"""

from __future__ import annotations

import duckdb

ARTICLE_DAY = """
    CAST(CASE length(a.published_date)
              WHEN 4 THEN a.published_date || '-01-01'
              WHEN 7 THEN a.published_date || '-01'
              ELSE a.published_date END AS DATE)"""

VIEWS: dict[str, str] = {
    # One row per reported figure, with where it comes from and the sentence that supports it.
    "timeline": f"""
        SELECT coalesce(c.period_start, c.period_end, {ARTICLE_DAY}) AS sort_date,
               c.period_start, c.period_end, a.published_date, a.outlet, a.title, a.url,
               c.status, c.population, c.qualifier, c.count_text,
               c.value_best, c.value_low, c.value_high,
               l.name AS location_name, c.location_id, c.attributed_to, c.evidence,
               c.count_id, c.article_id
        FROM personnel_counts c
        JOIN articles a USING (article_id)
        LEFT JOIN locations l USING (location_id)
        ORDER BY sort_date NULLS LAST, c.count_id""",
    # Per place and status: the figures of the most recent period (then the most recent article).
    "latest_by_location": """
        SELECT * EXCLUDE (recency)
        FROM (
            SELECT coalesce(location_name, 'unknown place') AS place, location_id, status,
                   count_text, qualifier, value_best, value_low, value_high, population,
                   period_start, period_end, published_date, outlet, url, evidence, count_id,
                   rank() OVER (PARTITION BY location_id, status
                                ORDER BY coalesce(period_end, period_start) DESC NULLS LAST,
                                         published_date DESC NULLS LAST) AS recency
            FROM timeline)
        WHERE recency = 1
        ORDER BY place, status, count_id""",
    # Who speaks, how often, from when to when, with one example quote (the earliest).
    "statements_by_speaker": f"""
        SELECT coalesce(s.speaker_name, s.speaker_org, s.speaker_text) AS speaker,
               s.speaker_kind AS kind,
               min(s.speaker_role) AS role, min(s.speaker_org) AS org,
               count(*) AS statements,
               min(coalesce(s.statement_date, {ARTICLE_DAY})) AS first_date,
               max(coalesce(s.statement_date, {ARTICLE_DAY})) AS last_date,
               arg_min(s.quote, coalesce(s.statement_date, {ARTICLE_DAY})) AS example_quote
        FROM statements s
        JOIN articles a USING (article_id)
        GROUP BY ALL
        ORDER BY statements DESC, speaker""",
    # One row per estimate: the answer to one question, in date order per status.
    "estimates_timeline": """
        SELECT e.status, e.population, coalesce(l.name, 'unknown place') AS place, e.location_id,
               e.period_kind, e.period_start, e.period_end, e.value_best, e.value_low, e.value_high,
               e.agreement, e.n_sources, e.n_outlets, e.n_claims, e.first_reported, e.last_reported,
               e.method, e.stock_flow, e.stock_flow_note, e.estimate_id
        FROM estimates e
        LEFT JOIN locations l USING (location_id)
        ORDER BY e.status, e.period_end NULLS LAST, e.period_start NULLS LAST, place, e.estimate_id""",
    # Each disputed estimate with its claims side by side, lowest figure first.
    "disputes": """
        SELECT e.estimate_id, e.status, coalesce(le.name, 'unknown place') AS place,
               e.period_start AS estimate_start, e.period_end AS estimate_end,
               e.value_low AS estimate_low, e.value_best AS estimate_best, e.value_high AS estimate_high,
               e.n_sources, c.count_text, c.qualifier, c.value_best, c.value_low, c.value_high,
               a.outlet, c.origin_name AS origin, c.origin AS origin_id, a.published_date,
               c.period_start, c.period_end, coalesce(lc.name, c.location_text) AS claim_place,
               c.evidence, c.count_id
        FROM estimates e
        JOIN personnel_counts c ON c.estimate_id = e.estimate_id
        JOIN articles a ON a.article_id = c.article_id
        LEFT JOIN locations le ON le.location_id = e.location_id
        LEFT JOIN locations lc ON lc.location_id = c.location_id
        WHERE e.agreement = 'disputed'
        ORDER BY e.status, e.period_start NULLS LAST, e.estimate_id,
                 coalesce(c.value_best, c.value_low, c.value_high), c.count_id""",
}

# Where a view's columns take their descriptions from, first match wins (default: comments.SOURCE_ORDER).
VIEW_SOURCES: dict[str, tuple[str, ...]] = {"estimates_timeline": ("estimates", "locations")}


VIEW_DESCRIPTIONS: dict[str, str] = {
    "timeline": "Every reported personnel figure with its period, place, source article and supporting sentence, "
                "in date order.",
    "latest_by_location": "For each place and status, the figure(s) of the most recent period (then the most "
                          "recent article), with the source.",
    "statements_by_speaker": "Who is quoted, how often, in what role, first and last date, and one example quote.",
    "estimates_timeline": "Every estimate (the answer to one question several claims answer) with its place, "
                          "period, best/low/high figures, agreement and number of sources, in date order per status.",
    "disputes": "Each disputed estimate with its claims side by side: figure, qualifier, outlet, origin, date, "
                "place and sentence.",
}

# View columns that are computed rather than copied from a table (the others take the table's description).
VIEW_COLUMN_NOTES: dict[str, dict[str, str]] = {
    "timeline": {
        "sort_date": "Date used for ordering: period_start, else period_end, else the article's publication day.",
        "location_name": "Name of the place the figure refers to (locations.name).",
    },
    "latest_by_location": {
        "place": "Name of the place (locations.name), 'unknown place' when the figure names none.",
    },
    "statements_by_speaker": {
        "speaker": "Speaker's resolved name, else organisation, else the words that introduce the speaker.",
        "kind": "Kind of speaker (statements.speaker_kind).",
        "role": "Role given to the speaker (first in alphabetical order when several).",
        "org": "Organisation given for the speaker (first in alphabetical order when several).",
        "statements": "Number of statements by this speaker.",
        "first_date": "Date of the earliest statement (statement date, else the article's publication day).",
        "last_date": "Date of the latest statement (statement date, else the article's publication day).",
        "example_quote": "The earliest statement's quote.",
    },
    "estimates_timeline": {
        "place": "Name of the estimate's place (locations.name), 'unknown place' when no claim names one.",
    },
    "disputes": {
        "place": "Name of the estimate's place (locations.name), 'unknown place' when no claim names one.",
        "estimate_start": "First day of the estimate's period (estimates.period_start).",
        "estimate_end": "Last day of the estimate's period (estimates.period_end).",
        "estimate_low": "Lowest figure any source of the estimate commits to (estimates.value_low).",
        "estimate_best": "The estimate's best figure (estimates.value_best).",
        "estimate_high": "Highest figure any source of the estimate commits to (estimates.value_high).",
        "origin": "The claim's independent source as a reader names it (personnel_counts.origin_name).",
        "origin_id": "The claim's independent source (personnel_counts.origin).",
        "claim_place": "The claim's own place (locations.name, else as written).",
    },
}


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for name, sql in VIEWS.items():  # names and SQL are constants of this module, no user input
        con.execute(f'CREATE OR REPLACE VIEW "{name}" AS {sql}')
