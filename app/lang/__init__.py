"""Language helpers without any search engine: folding, German compounds, name keys, spelling.

Everything here is a pure function over strings (plus wordfreq's word lists), so the index,
the query compiler and the GUI can share it and tests need neither Whoosh nor Qt.
"""

from pathlib import Path

#: word lists that ship with the app (see each file's header for how it was made)
DATA_DIR = Path(__file__).with_name("data")

#: entries of each per-word memo (``lru_cache``) here and in the analyzers: the index's
#: caching analyzer already runs each word through them once, so a small memo serves
#: queries; memos of 200,000 words made every full garbage collection of the app
#: process (an event-loop stall) twice as long after a rebuild
WORD_CACHE = 4096
