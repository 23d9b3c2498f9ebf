"""Canonical actors: the knowledge base compiled for lookup, and names found outside it."""
