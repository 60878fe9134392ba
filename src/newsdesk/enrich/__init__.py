"""Enrichment of stored article text: time expressions, quotes and other annotations."""
