"""GUI benchmark: keystroke-to-results latency and event-loop stalls during an import.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_bench.py [-n 100000]

1. On an archive of N synthetic articles (built once, cached under /tmp), type each
   query into the real search bar and time from the last keystroke until the results
   are in the table (debounce + background search + model swap). Prints p50/p95.
2. Import 1,000 files through the GUI's import controller while a QTimer ticks every
   10 ms; the longest lateness of a tick is the longest event-loop stall.

The synthetic text draws words with Zipf frequencies from wordfreq's lists (en, de, ru),
so query terms match realistic fractions of the archive.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.archive import Archive
from app.config import Config
from app.model import Article
from app.store import articles, tags

PLACES = [
    "Astana",
    "Almaty",
    "Bishkek",
    "Tashkent",
    "Dushanbe",
    "Baku",
    "Tbilisi",
    "Yerevan",
    "Minsk",
    "Kyiv",
    "Berlin",
    "Moscow",
    "Ankara",
    "Beijing",
]
SOURCES = [
    "Reuters",
    "AFP",
    "dpa",
    "TASS",
    "Interfax",
    "Kazinform",
    "AP",
    "Xinhua",
    "Bloomberg",
    "APA",
    "BelTA",
    "Ukrinform",
    "RIA Novosti",
    "KNA",
]
TAGS = [
    "Region/Kazakhstan",
    "Region/Uzbekistan",
    "Region/Kyrgyzstan",
    "Region/Caucasus",
    "Topic/Energy",
    "Topic/Agriculture",
    "Topic/Politics",
    "Topic/Security",
    "Briefing",
]
QUERIES = [
    "wheat",
    "pipeline",
    "election",
    "parliament minister",
    '"gas pipeline"',
    "sanctions",
    "tag:Region/Kazakhstan",
    "source:Reuters",
    "date:2019",
    "regierung",
    "выборы",
    "harvest -tag:Topic/Politics",
    "title:astana",
    "railway OR port",
    "inflat*",
    "lang:de energie",
    "border security",
    "nuclear",
    "drought",
    "ceasefire talks",
]
#: topic words mixed into the Zipf draw so that queries have a realistic share of hits
TOPIC = {
    "en": [
        "wheat",
        "pipeline",
        "election",
        "parliament",
        "minister",
        "gas",
        "sanctions",
        "harvest",
        "railway",
        "port",
        "inflation",
        "border",
        "security",
        "nuclear",
        "drought",
        "ceasefire",
        "talks",
        "astana",
    ],
    "de": ["regierung", "energie", "weizen", "wahl", "grenze", "sanktionen", "hafen", "gespräche"],
    "ru": ["выборы", "правительство", "нефть", "газ", "пшеница", "граница", "санкции"],
}


class Vocabulary:
    """Words with Zipf weights per language (top 8,000 of wordfreq), drawn quickly."""

    def __init__(self, rng: random.Random) -> None:
        from wordfreq import top_n_list

        self.rng = rng
        self.words = {lang: top_n_list(lang, 8000) for lang in ("en", "de", "ru")}
        self.weights = [1 / (rank + 10) for rank in range(8000)]
        self.cumulative = list(_accumulate(self.weights))

    def sentence(self, lang: str, length: int) -> str:
        words = self.rng.choices(self.words[lang], cum_weights=self.cumulative, k=length)
        if self.rng.random() < 0.5:
            words[self.rng.randrange(length)] = self.rng.choice(TOPIC[lang])
        return " ".join(words).capitalize() + "."


def _accumulate(values):
    total = 0.0
    for value in values:
        total += value
        yield total


def synthetic_article(vocab: Vocabulary, number: int) -> tuple[Article, list[str]]:
    rng = vocab.rng
    lang = rng.choices(("en", "de", "ru"), weights=(6, 2, 2))[0]
    place = rng.choice(PLACES)
    sentences = [vocab.sentence(lang, rng.randint(8, 18)) for _ in range(rng.randint(4, 12))]
    article = Article(
        title=f"{place}: {vocab.sentence(lang, rng.randint(4, 9))[:-1]}",
        lead=sentences[0],
        body=" ".join(sentences[1:]) + f" Ref {number}.",
        source=rng.choice(SOURCES),
        published=datetime(2015, 1, 1) + timedelta(minutes=rng.randint(0, 11 * 365 * 1440)),
        dateline=place,
        language=lang,
    )
    return article, rng.sample(TAGS, k=rng.randint(0, 2))


def build_archive(root: Path, count: int, log=print) -> Path:
    """Rows straight into the store in big transactions, then one index rebuild, which
    commits and merges in the batches an import uses: the index has the segments of an
    archive grown by imports (bigger rebuild commits left 20 segments no merge joins)."""
    if (root / "complete").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)  # a build that was interrupted
    started = time.perf_counter()
    vocab = Vocabulary(random.Random(7))
    archive = Archive.open(root, config=Config())
    try:
        for start in range(0, count, 5000):
            with archive.store.transaction() as conn:
                for number in range(start, min(start + 5000, count)):
                    article, names = synthetic_article(vocab, number)
                    article_id = articles.insert(conn, article)
                    if names:
                        tags.add(conn, [article_id], names)
                conn.execute("DELETE FROM index_outbox")
            log(f"  stored {min(start + 5000, count):,} / {count:,}")
        archive.reindex(progress=lambda p: log(f"  indexed {p.done:,} / {p.total:,}"))
    finally:
        archive.close()
    (root / "complete").write_text(f"{count}\n")
    log(f"built {count:,} articles in {time.perf_counter() - started:.0f} s")
    return root


def write_import_files(folder: Path, count: int) -> list[Path]:
    vocab = Vocabulary(random.Random(11))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        article, _names = synthetic_article(vocab, 10_000_000 + number)
        path = folder / f"import{number:04}.txt"
        path.write_text(f"{article.title}\n\n{article.lead}\n\n{article.body}\n", "utf-8")
        paths.append(path)
    return paths


def QKeySequenceKey(char: str):
    """The Qt key code of an ASCII character (letters map to their upper-case key)."""
    from PySide6.QtCore import Qt

    return (
        Qt.Key(ord(char.upper())) if char.isalnum() or char in ' -:"*()/.' else Qt.Key.Key_unknown
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=1000, help="files in the import test")
    parser.add_argument("--rounds", type=int, default=3, help="times each query is typed")
    parser.add_argument("--cache", default=tempfile.gettempdir())
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent

    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

    def type_text(widget, text: str) -> None:
        """Real key events, one per character (QTest.keyClicks only knows ASCII)."""
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(
                    kind,
                    Qt.Key.Key_unknown if not char.isascii() else QKeySequenceKey(char),
                    Qt.KeyboardModifier.NoModifier,
                    char,
                )
                app.sendEvent(widget, event)

    from app.gui.application import make_application
    from app.gui.shell import Shell

    root = build_archive(Path(args.cache) / f"clippings-guibench-{args.articles}", args.articles)
    app = make_application()
    opened = time.perf_counter()
    archive = Archive.open(root)
    print(
        f"archive of {archive.article_count():,} articles opened in "
        f"{(time.perf_counter() - opened) * 1000:.0f} ms"
    )
    shell = Shell()
    shell.window.show()
    shell.attach(archive)

    def wait(condition, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the GUI did not settle")
            app.processEvents()
            time.sleep(0.001)

    def settled() -> bool:
        return shell.search.idle and shell.session.tasks.pending == 0

    wait(settled)
    edit = shell.window.search_bar.edit
    edit.setFocus()
    latencies: list[float] = []
    marked: list[float] = []  # until the first rows' snippets have their words marked
    per_query: dict[str, list[float]] = {}
    for _round in range(args.rounds):
        for query in QUERIES:
            edit.clear()
            shell.search.run_now()
            wait(settled)
            type_text(edit, query[:-1])
            shown: list[float] = []
            snippets: list[float] = []
            shell.search.results_shown.connect(lambda _r, s=shown: s.append(time.perf_counter()))
            shell.search.snippets_shown.connect(lambda s=snippets: s.append(time.perf_counter()))
            type_text(edit, query[-1])
            last_key = time.perf_counter()
            wait(lambda s=shown, m=snippets: bool(s) and bool(m) and settled())
            shell.search.results_shown.disconnect()
            shell.search.snippets_shown.disconnect()
            app.processEvents()  # the rows are painted
            elapsed = (shown[-1] - last_key) * 1000
            latencies.append(elapsed)
            marked.append((snippets[-1] - last_key) * 1000)
            per_query.setdefault(query, []).append(elapsed)
    print(
        f"\nkeystroke → results on {args.articles:,} articles "
        f"({len(latencies)} searches, debounce {shell.search._timer.interval()} ms):"
    )
    for query, values in per_query.items():
        print(
            f"  {query:32} {statistics.median(values):7.0f} ms  "
            f"({shell.model.rowCount() if query == QUERIES[-1] else ''})"
        )
    for label, values in (("rows shown:", latencies), ("snippets marked:", marked)):
        print(
            f"  {label:16} p50 {percentile(values, 0.5):.0f} ms   "
            f"p95 {percentile(values, 0.95):.0f} ms   max {max(values):.0f} ms"
        )

    # -- event-loop stalls during an import ---------------------------------------------
    folder = Path(tempfile.mkdtemp(prefix="clippings-import-"))
    files = write_import_files(folder, args.files)
    lateness: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        lateness.append(now - last[0] - 10)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    shell.importer.progress_window.show_after_ms = 500
    done: list[bool] = []
    shell.importer.finished.connect(lambda *_a: done.append(True))
    started = time.perf_counter()
    timer.start()
    shell.importer.import_paths(files)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    took = time.perf_counter() - started
    print(
        f"\nimport of {len(files):,} files through the GUI: {took:.1f} s "
        f"({len(files) / took:.0f} files/s)"
    )
    print(
        f"  event-loop ticks: {len(lateness)}, longest stall {max(lateness):.0f} ms, "
        f"p99 lateness {percentile(lateness, 0.99):.0f} ms"
    )
    if shell.importer.report is not None:
        shell.importer.report.close()
    shell.window.close()
    shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
