"""Text primitives below every stage: spans and their one overlap policy, name folding, the one
rule-table loader, and garbled-text detection. Ingest and extract both build on this; it imports
neither."""
