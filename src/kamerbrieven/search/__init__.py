"""Full-text search over letters: a query language, a tantivy index, snippets and facets.

>>> from kamerbrieven.search import parse_query
>>> parse_query("navo OR nato")
Or(children=(Word(text='navo'), Word(text='nato')))
"""

from kamerbrieven.search.index import SearchIndex
from kamerbrieven.search.query import FILTERS, parse_query
from kamerbrieven.search.result import Hit, SearchResult

__all__ = ["FILTERS", "Hit", "SearchIndex", "SearchResult", "parse_query"]
