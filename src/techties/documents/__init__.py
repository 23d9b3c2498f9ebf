"""Documents: a RawDocument cleaned into a Document (text, title, language, date, hashes)."""
