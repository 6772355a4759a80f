"""Finders for Arabic script: numbers, counts, statements and names read natively.

Each finder matches on a folded copy of the text (`folded.py`) and maps every hit back to the
stored text, so offsets and evidence stay in the article's own Arabic.
"""
