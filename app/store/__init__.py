"""The SQLite store of record."""

from app.store.db import Store, StoreVersionError

__all__ = ["Store", "StoreVersionError"]
