"""The REST API under /api/v1: the JSON (and CSV) twin of every dashboard page, and the
review actions. Its OpenAPI schema is served at /openapi.json."""
