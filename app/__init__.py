"""Clippings: a desktop press-clipping archive."""

__version__ = "0.1.0"
