"""`python -m pipeline evaluate OUT GOLD_DIR`: how far to trust the extraction on your own articles.

Scores a release against hand annotations in the acceptance format (docs/evaluate.md),
with the same matching rules as the project's acceptance scorer.
"""
