"""From a clean document to China–Russia technology-cooperation events (see pipeline.py)."""
