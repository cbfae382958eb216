"""Threatlog: an encrypted log of threats and their evidence."""

__version__ = "0.1.0"
