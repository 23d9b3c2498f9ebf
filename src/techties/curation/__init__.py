"""The curated knowledge base in the store: seeding it, linking extracted events to it,
and measuring its coverage."""
