"""The domain model as data: vocabularies and the actor knowledge base."""
