"""The techties command line."""
