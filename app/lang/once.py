"""``loaded_once``: ``functools.cache`` for the tables a search loads on first use (word
lists, the compound lexicon, the morphology dictionary, alias tables), with a lock.

Why: the GUI loads them on a warm-up thread while the window starts, and a search typed
meanwhile needs the same table. Without the lock both threads built it, each at half speed
under the GIL; with it the search waits for the warm-up's load and then finds it done.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def loaded_once(func: F) -> F:
    """Cache ``func``'s results per arguments; a call for a result another thread is
    computing waits for it. ``cache_clear`` and ``cache_info().currsize`` as functools'."""
    results: dict[tuple, Any] = {}
    lock = threading.Lock()

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        try:
            return results[key]  # the common case, no lock
        except KeyError:
            pass
        with lock:
            if key not in results:
                results[key] = func(*args, **kwargs)
            return results[key]

    def cache_info() -> functools._CacheInfo:
        return functools._CacheInfo(0, 0, None, len(results))

    wrapper.cache_clear = results.clear  # type: ignore[attr-defined]
    wrapper.cache_info = cache_info  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
