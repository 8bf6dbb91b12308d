"""The HTML pages, rendered on the server: one module per page."""
