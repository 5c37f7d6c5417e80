"""Handing on what was found: data exports, press reviews, backups."""

from app.export.data import FORMATS, export_articles
from app.export.review import press_review_html

__all__ = ["FORMATS", "export_articles", "press_review_html"]
