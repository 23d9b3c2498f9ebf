"""Co-publications: OpenAlex works read as records, their topics mapped to our domains."""
