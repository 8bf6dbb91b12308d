"""kamerbrieven: Dutch parliamentary letters as a clean, structured, searchable knowledge base."""

__version__ = "0.1.0"
