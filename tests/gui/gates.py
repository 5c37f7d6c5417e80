"""Hold a worker at a known point until the test lets it go.

A test that looks at a task still running (its progress, a busy pane, a refusal), or
cancels it half-way, used to make the work slow with a sleep and hope the GUI got there
first; on a loaded machine the work sometimes finished before the test looked. Held at a
gate, the work is certainly still under way whatever the machine's load, and the test
opens the gate once it has looked. A gate opens by itself after ``timeout`` seconds, so a
failing test never leaves the writer stuck for the shell's shutdown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

#: long enough for any loaded machine, short enough that a failed test still ends
TIMEOUT_S = 60.0


class Gate:
    """``wrap(fn)`` holds the calls of ``fn`` (from the ``first``-th on) until ``open()``;
    ``reached`` is set once a worker is held (or went through an open gate)."""

    def __init__(self, timeout: float = TIMEOUT_S) -> None:
        self.timeout = timeout
        self.reached = threading.Event()
        self._open = threading.Event()
        self._lock = threading.Lock()

    def open(self) -> None:
        self._open.set()

    def close(self) -> None:
        """Hold the next calls again (an undo after the first write)."""
        self.reached.clear()
        self._open.clear()

    @property
    def is_open(self) -> bool:
        return self._open.is_set()

    def hold(self) -> None:
        """On the worker: wait here until the test opens the gate."""
        self.reached.set()
        self._open.wait(self.timeout)

    def wrap(
        self,
        fn: Callable[..., Any],
        first: int = 1,
        when: Callable[..., bool] | None = None,
        after: bool = False,
    ) -> Callable[..., Any]:
        """``fn`` held from its ``first``-th call on (counting the calls ``when`` accepts),
        before it runs, or ``after`` it ran (its effects, such as progress, are seen)."""
        calls = 0

        def held(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            counted = when is None or when(*args, **kwargs)
            if counted:
                with self._lock:
                    calls += 1
                    due = calls >= first
            if counted and due and not after:
                self.hold()
            result = fn(*args, **kwargs)
            if counted and due and after:
                self.hold()
            return result

        return held
