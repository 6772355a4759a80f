"""The per-article extraction cache: findings keyed by the article's content and the code that read it."""
