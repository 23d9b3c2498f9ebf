"""techties: China–Russia technology cooperation, from news to evidence-backed events."""

__version__ = "0.1.0"
