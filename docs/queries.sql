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

-- 5. How many crossed into Iraq in December 2024? One row per estimate (the best, lowest and highest
--    figure its independent sources commit to), the most-sourced first.
SELECT place, period_start, period_end, value_best, value_low, value_high, agreement, n_sources, n_outlets
FROM estimates_timeline
WHERE status = 'entered' AND period_start <= DATE '2024-12-31' AND period_end >= DATE '2024-12-01'
ORDER BY n_sources DESC, place;

-- 6. How many went back, and by when?
SELECT place, period_start, period_end, value_best, value_low, value_high, agreement, n_sources
FROM estimates_timeline
WHERE status = 'returned'
ORDER BY period_end DESC NULLS LAST, place;

-- 7. How many remain, where, as of when: the latest estimate for each place, and whether it can be true
--    given what entered and what returned by then.
SELECT place, population, period_end AS as_of, value_best, value_low, value_high, agreement, n_sources, stock_flow
FROM estimates_timeline
WHERE status = 'remaining'
QUALIFY rank() OVER (PARTITION BY location_id ORDER BY period_end DESC NULLS LAST) = 1
ORDER BY as_of DESC, place;

-- 8. Where do the sources disagree? Each disputed estimate with its claims side by side.
SELECT status, place, estimate_start, estimate_end, count_text, qualifier, outlet, origin, published_date,
       left(evidence, 80) AS sentence
FROM disputes
ORDER BY status, estimate_start, estimate_id, value_best;
