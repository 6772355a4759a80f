"""`python -m pipeline bench`: how fast a build is, measured against one regex pass over the same text."""
