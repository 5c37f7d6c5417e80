"""Controllers: wire views to the archive through the task manager; no widgets built here."""
