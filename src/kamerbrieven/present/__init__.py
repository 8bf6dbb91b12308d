"""Presenting records to people: readable text, tables, summaries."""
