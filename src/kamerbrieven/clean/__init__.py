"""Text cleaning: line-end hyphens, page breaks, running headers, footnotes, paragraphs."""
