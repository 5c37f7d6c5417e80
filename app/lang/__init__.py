"""Language helpers without any search engine: folding, German compounds, name keys, spelling.

Everything here is a pure function over strings (plus wordfreq's word lists), so the index,
the query compiler and the GUI can share it and tests need neither Whoosh nor Qt.
"""
