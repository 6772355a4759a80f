-- Example queries for analysts. Run against outputs/warehouse.duckdb or a release's dataset.duckdb:
--   duckdb outputs/releases/<version>/dataset.duckdb < docs/queries.sql
-- Every query ends with a semicolon, and tests/test_queries.py runs each one on a fresh build.

-- 1. How many personnel entered Iraq, by period, and who says so?
SELECT period_start, period_end, count_text, value_low, value_best, value_high,
       location_name, outlet, published_date
FROM timeline
WHERE status = 'entered'
ORDER BY sort_date NULLS LAST, count_text;

-- 2. The most recent figure for each place and status, with its source.
SELECT place, status, count_text, value_best, period_start, period_end, outlet, url
FROM latest_by_location
ORDER BY place, status;

-- 3. Who is quoted most, in what role, and since when.
SELECT speaker, kind, role, org, statements, first_date, last_date, left(example_quote, 60) AS example
FROM statements_by_speaker
ORDER BY statements DESC, speaker
LIMIT 10;

-- 4. Every reported figure of people still in Iraq, newest report first, with who said it and the sentence.
SELECT a.outlet, a.published_date, c.count_text, c.value_low, c.value_best, c.value_high,
       l.name AS place, c.attributed_to, c.evidence
FROM personnel_counts c
JOIN articles a USING (article_id)
LEFT JOIN locations l USING (location_id)
WHERE c.status = 'remaining'
ORDER BY a.published_date DESC;
