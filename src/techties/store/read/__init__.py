"""The store's read API: one module per resource, shared by the CLI, the REST API, the
dashboard, the briefs and analysis.

Each function takes a `Store` and returns plain dataclasses or dicts, the same on SQLite and
PostgreSQL; none hands out a connection, a model class or a SQL expression, so nothing above
the store needs SQLAlchemy. The SQL lives beside them (`event_filter`, the one filter of
the events; `event_record`, the one record of an event; `queries`, `web_queries`,
`analysis_queries`, `science`, `source_state`, `review`, `changes`, `export_queries`); a
module here only opens the connection and calls it.

- `events`: the filtered event table, one event with its provenance and review history,
  counts, the export's extras
- `series`: counts over time and by value, the overview's figures
- `network`: the actor network
- `actors`: the actors table, an actor's profile, the pickers' choices
- `domains`: a domain's profile
- `projects`: the curated projects and what happened in each
- `documents`: the documents table, one document with what it yielded, ingest failures
- `science`: co-publications and their signers
- `sources`: the watched sources' polling state
- `alerts`: stored alerts, their deliveries, the watchlists
- `reports`: the event reports analysis merges into happenings

Writes other than ingest's (`Store.save_documents`) are in `store.write`.
"""
