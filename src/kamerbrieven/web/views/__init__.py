"""Pure functions from records to what a page shows: marked text, snippets, facets, links."""
