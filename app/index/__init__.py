"""The full-text index: derived from the store, rebuildable, engine behind a small interface."""
