"""omnibus: the UNTOC self-assessment checklist, answered offline and handed in as a signed package."""

__version__ = "0.1.0"
