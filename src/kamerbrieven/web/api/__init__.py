"""The JSON API under /api/: one module per group of endpoints."""
