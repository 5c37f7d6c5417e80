"""Dialogs: tag popup, metadata editor, tag manager, import progress, settings, shortcuts."""
