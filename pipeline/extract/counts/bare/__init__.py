"""Readings of a figure without its own noun ("Of these, over 2,000 returned", "put the number at 2,400"), one
small reader per construction, tried in the order `order.py` lists them."""
