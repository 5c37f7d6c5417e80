"""Clippings' own query language: parsed to an engine-neutral tree, compiled per engine."""

from app.query.parser import FIELDS, parse

__all__ = ["FIELDS", "parse"]
