"""Derived results kept on disk between builds, keyed by their inputs and a fingerprint of the code and
rule tables that made them: ingest keeps each cleaned article, extraction each article's findings."""
