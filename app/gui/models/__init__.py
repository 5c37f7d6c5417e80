"""Item models over archive data (ids, tags, facets); rows are fetched in the background."""
