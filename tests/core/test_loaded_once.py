"""A table two threads ask for at once loads once: the search typed during the GUI's
warm-up waits for the warm-up's load instead of loading the table a second time."""

from __future__ import annotations

import threading
import time

from app.lang.once import loaded_once


def test_two_threads_asking_at_once_load_it_once():
    loads: list[str] = []

    @loaded_once
    def table(lang: str) -> dict[str, int]:
        loads.append(lang)
        time.sleep(0.3)
        return {lang: len(loads)}

    got: list[dict] = []
    threads = [threading.Thread(target=lambda: got.append(table("de"))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loads == ["de"]
    assert got == [{"de": 1}] * 3 and got[0] is got[1]
    assert table("en") == {"en": 2} and table.cache_info().currsize == 2
    table.cache_clear()
    assert table("de") == {"de": 3}
