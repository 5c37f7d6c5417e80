"""Archive benchmark: import throughput, sizes, query latency and peak memory.

Builds an archive of N synthetic articles (German, English and Russian text sampled by
word frequency from ``wordfreq``), imports it through the real ``Archive`` API, runs a
fixed query mix and compares with a raw Whoosh baseline (minimal schema, same texts)
measured in the same run. Every phase runs in its own subprocess, so each peak-memory
figure (``ru_maxrss``) belongs to that phase alone.

    .venv/bin/python benchmarks/archive_bench.py --quick
    .venv/bin/python benchmarks/archive_bench.py --n 100000 --out /tmp/bench --json r.json

Figures on a shared 2-core machine are noisy; compare runs, not single numbers.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SEED = 20240611
LANG_WEIGHTS = {"de": 0.40, "en": 0.35, "ru": 0.25}
VOCAB = 20000
FILES_PER_DIR = 1000

SOURCES = [
    "Reuters", "AP", "AFP", "dpa", "TASS", "Interfax", "RIA Novosti", "Kazinform",
    "Tengrinews", "Kommersant", "Vedomosti", "BBC", "Deutsche Welle", "Bloomberg",
    "Xinhua", "Anadolu", "FAZ", "Süddeutsche Zeitung", "Der Spiegel", "The Guardian",
    "Financial Times", "Handelsblatt", "Fergana", "AKIpress", "Trend",
]  # fmt: skip
SECTIONS = [
    "Politik", "Wirtschaft", "Ausland", "Politics", "Business", "World", "Markets",
    "Политика", "Экономика", "В мире", "Energy", "Security", "",
]  # fmt: skip
TAGS = [
    "Region/Kazakhstan", "Region/Kazakhstan/Almaty", "Region/Russia", "Region/Germany",
    "Region/Central Asia/Uzbekistan", "Region/Central Asia/Kyrgyzstan", "Region/EU",
    "Region/China", "Topic/Energy/Oil", "Topic/Energy/Gas", "Topic/Economy",
    "Topic/Politics/Elections", "Topic/Security", "Topic/Sanctions", "Topic/Transport",
    "Project/Caspian", "Project/Belt and Road", "Person/Tokayev", "Person/Scholz",
    "Watchlist",
]  # fmt: skip
#: multi-word names injected into the text, so phrases and proximity have something to find
ENTITIES = {
    "de": ["Europäische Union", "Deutsche Bahn", "Bundesregierung in Berlin",
           "Zentralbank der Republik", "Kaspisches Meer", "neue Seidenstraße"],
    "en": ["European Union", "oil prices", "central bank", "Caspian Sea",
           "Belt and Road", "prime minister", "climate change"],
    "ru": ["Европейский союз", "Центральный банк", "Каспийское море",
           "цены на нефть", "премьер-министр", "Министерство энергетики"],
}  # fmt: skip
TIMEZONES = [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=3)),
             timezone(timedelta(hours=5)), timezone(timedelta(hours=-5))]  # fmt: skip

TARGETS = {  # at 100,000 articles on the 2-core machine (issue 2)
    "import_rate": 300.0,
    "facets_p50_ms": 15.0,
    "facets_p95_ms": 60.0,
    "page_snippets_p50_ms": 80.0,
    "peak_rss_mb": 500.0,
}


# -- synthetic corpus ------------------------------------------------------------


class Vocabulary:
    """Words of one language with cumulative weights by ``zipf_frequency``."""

    def __init__(self, lang: str) -> None:
        from wordfreq import top_n_list, zipf_frequency

        words = [w for w in top_n_list(lang, VOCAB) if w.replace("-", "").isalpha()]
        self.words = words
        self.cum: list[float] = []
        total = 0.0
        for word in words:
            total += 10 ** zipf_frequency(word, lang)
            self.cum.append(total)

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum, k=k)

    def rank_word(self, rank: int, skip: set[str] = frozenset()) -> str:
        """The first word at or after ``rank`` of at least 4 letters, not in ``skip``."""
        for word in self.words[rank:]:
            if len(word) >= 4 and word.isalpha() and word not in skip:
                return word
        raise LookupError(rank)


def _sentence(rng: random.Random, vocab: Vocabulary, lang: str) -> str:
    words = vocab.sample(rng, rng.randint(6, 20))
    if rng.random() < 0.12:
        words.insert(rng.randrange(len(words) + 1), rng.choice(ENTITIES[lang]))
    text = " ".join(words)
    return text[:1].upper() + text[1:] + rng.choice(".....?!")


def _body(rng: random.Random, vocab: Vocabulary, lang: str) -> str:
    target = rng.randint(150, 600)
    paragraphs, paragraph, count = [], [], 0
    while count < target:
        sentence = _sentence(rng, vocab, lang)
        paragraph.append(sentence)
        count += sentence.count(" ") + 1
        if len(paragraph) >= rng.randint(3, 6):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs)


def generate(n: int, seed: int = SEED):
    """Yield ``n`` article dicts, deterministic for a seed."""
    rng = random.Random(seed)
    vocabs = {lang: Vocabulary(lang) for lang in LANG_WEIGHTS}
    langs, weights = list(LANG_WEIGHTS), list(LANG_WEIGHTS.values())
    tag_weights = [1 / (i + 1) for i in range(len(TAGS))]
    start = datetime(2015, 1, 1)
    span = int((datetime(2027, 1, 1) - start).total_seconds())
    for number in range(n):
        lang = rng.choices(langs, weights)[0]
        vocab = vocabs[lang]
        title = " ".join(vocab.sample(rng, rng.randint(6, 12)))
        published = start + timedelta(seconds=rng.randrange(span))
        if rng.random() < 0.4:
            published = published.replace(tzinfo=rng.choice(TIMEZONES))
        tags = sorted(set(rng.choices(TAGS, tag_weights, k=rng.randint(0, 3))))
        yield {
            "n": number,
            "title": title[:1].upper() + title[1:],
            "body": _body(rng, vocab, lang),
            "source": rng.choice(SOURCES),
            "section": rng.choice(SECTIONS),
            "language": lang,
            "published": published.isoformat(timespec="seconds"),
            "tags": tags,
        }


def front_matter(doc: dict) -> str:
    """A markdown file with (JSON-valued, hence YAML-valid) front matter."""
    head = ["---"]
    for key in ("title", "source", "section", "language", "published", "tags"):
        head.append(f"{key}: {json.dumps(doc[key], ensure_ascii=False)}")
    head.append("---")
    return "\n".join(head) + "\n\n" + doc["body"] + "\n"


#: a fixed article for probing the importer (no wordfreq: phases must not load it)
PROBE = {
    "n": 0,
    "title": "Probe title for the importer",
    "body": "Ein kurzer Text über die Europäische Union und den Handel. " * 5,
    "source": "Reuters",
    "section": "Politik",
    "language": "de",
    "published": "2021-03-04T10:22:00+03:00",
    "tags": ["Region/Kazakhstan", "Watchlist"],
}


# -- extraction: the real importer if it reads front matter, else a stand-in ---------


def _parse_front_matter(data: bytes):
    text = data.decode("utf-8")
    _, head, body = text.split("---\n", 2)
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        meta[key] = json.loads(value)
    return meta, body.strip()


def install_extractor() -> str:
    """Use the real importer when it extracts our front matter; otherwise patch in a
    stand-in for ``.md`` files (benchmark-only: nothing in ``app`` changes)."""
    from app import importers
    from app.model import Article, Extracted

    sample = PROBE
    try:
        items = importers.extract("probe.md", front_matter(sample).encode())
        article = items[0].article
        tags = set(items[0].tags) | set(article.tags)
        if (
            ".md" in importers.SUPPORTED_SUFFIXES
            and article.source == sample["source"]
            and article.published is not None
            and article.language == sample["language"]
            and set(sample["tags"]) <= tags
        ):
            return "native"
    except Exception:  # any failure means: not supported yet
        pass
    original = importers.extract

    def extract(name: str, data: bytes):
        if not name.endswith(".md"):
            return original(name, data)
        meta, body = _parse_front_matter(data)
        article = Article(
            title=meta["title"],
            body=body,
            source=meta["source"],
            section=meta["section"],
            language=meta["language"],
            published=datetime.fromisoformat(meta["published"]),
        )
        return [Extracted(article, tags=list(meta["tags"]), origin=name)]

    importers.extract = extract
    importers.SUPPORTED_SUFFIXES = (*importers.SUPPORTED_SUFFIXES, ".md")
    return "benchmark stand-in (front matter parsed in the benchmark; app has no .md importer)"


# -- helpers ---------------------------------------------------------------------


def _remove(path: Path) -> None:
    """Clear the way for a fresh archive; a symlink is removed, never followed
    (``rmtree(ignore_errors=True)`` left one in place and the import ran into it)."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_peak_rss_mb() -> float:
    """The largest child process's peak: the index worker of a bulk import."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def dir_size(path: Path) -> int:
    if not path.exists():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


class Profiler:
    """cProfile around a phase when ``--profile`` is given; top functions to a file."""

    def __init__(self, out: Path | None, name: str) -> None:
        self.out, self.name = out, name
        self.prof = cProfile.Profile() if out else None

    def __enter__(self):
        if self.prof:
            self.prof.enable()
        return self

    def __exit__(self, *exc) -> None:
        if not self.prof:
            return
        self.prof.disable()
        self.out.mkdir(parents=True, exist_ok=True)
        self.prof.dump_stats(str(self.out / f"{self.name}.prof"))
        text = io.StringIO()
        stats = pstats.Stats(self.prof, stream=text)
        stats.sort_stats("tottime").print_stats(35)
        stats.sort_stats("cumulative").print_stats(45)
        (self.out / f"{self.name}.txt").write_text(text.getvalue())


# -- phases (each runs in its own process) -----------------------------------------


def phase_generate(args) -> dict:
    out = Path(args.out)
    files = out / "files"
    shutil.rmtree(files, ignore_errors=True)
    started = time.perf_counter()
    words = 0
    with open(out / "corpus.jsonl", "w", encoding="utf-8") as corpus:
        for doc in generate(args.n):
            corpus.write(json.dumps(doc, ensure_ascii=False) + "\n")
            folder = files / f"{doc['n'] // FILES_PER_DIR:04d}"
            if doc["n"] % FILES_PER_DIR == 0:
                folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{doc['n']:07d}.md").write_text(front_matter(doc), encoding="utf-8")
            words += doc["body"].count(" ") + 1
            if doc["n"] and doc["n"] % 20000 == 0:
                log(f"generated {doc['n']}")
    mix = json.dumps(query_mix(), ensure_ascii=False, indent=1)
    (out / "mix.json").write_text(mix, encoding="utf-8")
    return {
        "seconds": time.perf_counter() - started,
        "articles": args.n,
        "mean_body_words": words / max(args.n, 1),
        "corpus_bytes": dir_size(out / "corpus.jsonl"),
    }


def _timed_index_writes(archive) -> list[float]:
    """Measure (not change) the time spent in index commits."""
    spent = [0.0]
    write = archive.index.write

    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return write(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t

    archive.index.write = timed
    return spent


def _archive_sizes(root: Path) -> dict:
    return {
        "store_bytes": sum(dir_size(root / f"archive.sqlite{s}") for s in ("", "-wal", "-shm")),
        "index_bytes": dir_size(root / "index"),
        "originals_bytes": dir_size(root / "originals"),
        "total_bytes": dir_size(root),
    }


def phase_import_paths(args) -> dict:
    from app.archive import Archive
    from app.config import Config

    extractor = install_extractor()
    out = Path(args.out)
    root = out / "archive"
    _remove(root)
    archive = Archive.open(root, config=Config())
    index_spent = _timed_index_writes(archive)
    last = [time.perf_counter()]

    def progress(p) -> None:
        if p.done and p.done % 5000 == 0 and time.perf_counter() - last[0] > 1:
            last[0] = time.perf_counter()
            log(f"import_paths {p.done}/{p.total}")

    with Profiler(args.profile_dir, "import_paths"):
        started = time.perf_counter()
        results = archive.import_paths([out / "files"], progress=progress)
        seconds = time.perf_counter() - started
    statuses: dict[str, int] = {}
    for r in results:
        statuses[r.status.value] = statuses.get(r.status.value, 0) + 1
    t = time.perf_counter()
    stats = archive.stats()
    stats_s = time.perf_counter() - t
    archive.close()
    return {
        "extractor": extractor,
        "articles": len(results),
        "seconds": seconds,
        "rate": len(results) / seconds,
        "index_write_seconds": index_spent[0],
        "statuses": statuses,
        "indexed": stats["indexed"],
        "stats_seconds": stats_s,
        **_archive_sizes(root),
        "peak_rss_mb": peak_rss_mb(),
        "worker_peak_rss_mb": worker_peak_rss_mb(),
    }


def phase_import_bytes(args) -> dict:
    from app.archive import Archive
    from app.config import Config

    install_extractor()
    out = Path(args.out)
    root = out / "archive_bytes"
    _remove(root)
    archive = Archive.open(root, config=Config())
    index_spent = _timed_index_writes(archive)
    count = args.bytes_sample
    payloads = []
    with open(out / "corpus.jsonl", encoding="utf-8") as corpus:
        for line, _ in zip(corpus, range(count), strict=False):
            doc = json.loads(line)
            payloads.append((f"{doc['n']:07d}.md", front_matter(doc).encode()))
    with Profiler(args.profile_dir, "import_bytes"):
        started = time.perf_counter()
        for name, data in payloads:
            archive.import_bytes(name, data)
        seconds = time.perf_counter() - started
    archive.close()
    result = {
        "articles": len(payloads),
        "seconds": seconds,
        "rate": len(payloads) / seconds,
        "index_write_seconds": index_spent[0],
        **_archive_sizes(root),
        "peak_rss_mb": peak_rss_mb(),
    }
    _remove(root)
    return result


def baseline_schema():
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    return Schema(id=ID(stored=True, unique=True), body=TEXT(analyzer=StandardAnalyzer()))


def phase_baseline_index(args) -> dict:
    from whoosh import index as windex

    root = Path(args.out) / "baseline"
    _remove(root)
    root.mkdir(parents=True)
    ix = windex.create_in(str(root), baseline_schema())
    batch, count = args.batch, 0
    with Profiler(args.profile_dir, "baseline_index"):
        started = time.perf_counter()
        writer = ix.writer(limitmb=128)
        with open(Path(args.out) / "corpus.jsonl", encoding="utf-8") as corpus:
            for line in corpus:
                doc = json.loads(line)
                writer.add_document(id=str(doc["n"]), body=doc["title"] + "\n" + doc["body"])
                count += 1
                if count % batch == 0:  # same commit cadence as the archive's bulk import
                    writer.commit()
                    writer = ix.writer(limitmb=128)
        writer.commit()
        seconds = time.perf_counter() - started
    ix.close()
    return {
        "articles": count,
        "seconds": seconds,
        "rate": count / seconds,
        "index_bytes": dir_size(root),
        "peak_rss_mb": peak_rss_mb(),
    }


def load_mix(args) -> list[dict]:
    return json.loads((Path(args.out) / "mix.json").read_text(encoding="utf-8"))


def query_mix() -> list[dict]:
    """The fixed mix: ``q`` in our language; ``base`` the comparable raw-Whoosh query."""
    vocabs = {lang: Vocabulary(lang) for lang in LANG_WEIGHTS}
    mix: list[dict] = []
    used: set[str] = set()

    def word(lang: str, rank: int) -> str:
        w = vocabs[lang].rank_word(rank, used)
        used.add(w)
        return w

    def add(kind: str, q: str, base: str | None = None) -> None:
        mix.append({"kind": kind, "q": q, "base": base})

    for lang in LANG_WEIGHTS:
        frequent, mid, rare = word(lang, 150), word(lang, 2000), word(lang, 12000)
        mid2 = word(lang, 3000)
        for w in (frequent, mid, rare):
            add("term", w, w)
        add("and", f"{frequent} {mid}", f"{frequent} AND {mid}")
        add("or", f"{mid} OR {mid2}", f"{mid} OR {mid2}")
        prefix = mid2[:4] + "*"
        add("prefix", prefix, prefix)
        add("not", f"{frequent} -{mid}", f"{frequent} NOT {mid}")
        add("title", f"title:{mid}", None)
    for phrase in ("Europäische Union", "oil prices", "Центральный банк", "prime minister"):
        add("phrase", f'"{phrase}"', f'"{phrase.lower()}"')
    add("proximity", '"european union"~5', '"european union"~5')
    add("proximity", '"каспийское море"~3', '"каспийское море"~3')
    en_mid = vocabs["en"].rank_word(2000)
    add("field", "source:Reuters", None)
    add("field", f"source:dpa {en_mid}", None)
    add("field", "tag:Region", None)
    add("field", "tag:Region/Kazakhstan", None)
    add("date", "date:2020-01..2021-06", None)
    add("date", f"date:2020-01..2021-06 {en_mid}", None)
    add("combo", f"tag:Topic/Energy source:Reuters date:2019 {vocabs['en'].rank_word(150)}")
    add("negative", f"-{vocabs['de'].rank_word(150)}", None)
    return mix


def _latencies(run, mix: list[dict], key: str, reps: int) -> tuple[list[float], dict]:
    samples: list[float] = []
    per_query: dict[str, list[float]] = {}
    for _ in range(reps):
        for item in mix:
            q = item[key]
            if q is None:
                continue
            t = time.perf_counter()
            run(q)
            ms = (time.perf_counter() - t) * 1000
            samples.append(ms)
            per_query.setdefault(q, []).append(ms)
    return samples, {q: statistics.median(v) for q, v in per_query.items()}


def _summary(samples: list[float]) -> dict:
    return {
        "p50_ms": pct(samples, 50),
        "p95_ms": pct(samples, 95),
        "mean_ms": statistics.fmean(samples) if samples else float("nan"),
        "max_ms": max(samples) if samples else float("nan"),
        "samples": len(samples),
    }


def phase_query_ours(args) -> dict:
    from app.archive import Archive
    from app.config import Config

    root = Path(args.out) / "archive"
    started = time.perf_counter()
    messages: list[str] = []
    archive = Archive.open(root, config=Config(), on_message=messages.append)
    open_s = time.perf_counter() - started
    mix = load_mix(args)
    modes = {
        "a_plain": {"facets": False, "snippets": False},
        "b_facets": {"facets": True, "snippets": False},
        "c_page_snippets": {"facets": True, "snippets": True, "limit": 50},
    }
    t = time.perf_counter()
    first = archive.search(mix[0]["q"], facets=True, snippets=True)
    cold_first_ms = (time.perf_counter() - t) * 1000
    totals = {}
    for item in mix:  # warm-up, and the hit counts for the report
        totals[item["q"]] = archive.search(item["q"], facets=True, snippets=True).total
    result: dict = {"open_messages": messages, "open_seconds": open_s,
                    "cold_first_query_ms": cold_first_ms, "first_total": first.total,
                    "totals": totals, "modes": {}}  # fmt: skip
    for mode, kwargs in modes.items():
        with Profiler(args.profile_dir, f"query_{mode}"):

            def run(q, kwargs=kwargs):
                return archive.search(q, **kwargs)

            samples, per_query = _latencies(run, mix, "q", args.reps)
        result["modes"][mode] = {**_summary(samples), "per_query": per_query}
    comparable = [m for m in mix if m["base"]]
    samples, _ = _latencies(
        lambda q: archive.search(q, facets=False, snippets=False), comparable, "q", args.reps
    )
    result["comparable_a"] = _summary(samples)
    archive.close()
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def phase_query_baseline(args) -> dict:
    from whoosh import index as windex
    from whoosh.qparser import QueryParser

    ix = windex.open_dir(str(Path(args.out) / "baseline"))
    searcher = ix.searcher()
    parser = QueryParser("body", ix.schema)
    comparable = [m for m in load_mix(args) if m["base"]]

    def run(q):
        results = searcher.search(parser.parse(q), limit=50)
        return len(results), [hit["id"] for hit in results]  # total + first page of ids

    for item in comparable:
        run(item["base"])
    with Profiler(args.profile_dir, "query_baseline"):
        samples, per_query = _latencies(run, comparable, "base", args.reps)
    searcher.close()
    ix.close()
    return {**_summary(samples), "per_query": per_query, "peak_rss_mb": peak_rss_mb()}


PHASES = {
    "generate": phase_generate,
    "import_paths": phase_import_paths,
    "import_bytes": phase_import_bytes,
    "baseline_index": phase_baseline_index,
    "query_ours": phase_query_ours,
    "query_baseline": phase_query_baseline,
}


# -- orchestration -------------------------------------------------------------------


def _git_head() -> str:
    """The commit (and whether the tree was dirty): the code changes under a long run."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "app"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        return "?"
    return head + ("+dirty" if dirty else "")


def run_phase(name: str, args) -> dict:
    cmd = [sys.executable, __file__, "--phase", name, "--n", str(args.n), "--out", str(args.out),
           "--reps", str(args.reps), "--batch", str(args.batch),
           "--bytes-sample", str(args.bytes_sample)]  # fmt: skip
    if args.profile_dir:
        cmd += ["--profile-dir", str(args.profile_dir)]
    log(f"phase {name} …")
    started = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"phase {name} failed (exit {proc.returncode})")
    line = [x for x in proc.stdout.splitlines() if x.startswith("BENCHJSON ")][-1]
    data = json.loads(line[len("BENCHJSON ") :])
    log(f"phase {name} done in {time.perf_counter() - started:.1f}s")
    return data


def _mb(value: float) -> str:
    return f"{value / 2**20:,.1f} MB"


def report(n: int, r: dict) -> tuple[str, dict]:
    imp, byt, base = r["import_paths"], r["import_bytes"], r["baseline_index"]
    q, qb = r["query_ours"], r["query_baseline"]
    modes = q["modes"]
    worker = imp.get("worker_peak_rss_mb", 0.0)
    peak = max(imp["peak_rss_mb"], worker, byt["peak_rss_mb"], q["peak_rss_mb"])
    lines = [
        f"Clippings archive benchmark: {n:,} articles (de/en/ru, mean body "
        f"{r['generate']['mean_body_words']:.0f} words), {os.cpu_count()} CPUs, shared machine:"
        " figures are noisy",
        f"extractor: {imp['extractor']}",
        "code per phase: "
        + ", ".join(f"{k} {v.get('git', '?')}" for k, v in r.items() if isinstance(v, dict)),
        "",
        "IMPORT",
        f"  import_paths (folder of .md files, index worker commits of {r['batch']}):",
        f"    {imp['articles']:,} articles in {imp['seconds']:.1f}s = {imp['rate']:.0f} articles/s"
        f"   (index commits {imp['index_write_seconds']:.1f}s = "
        f"{100 * imp['index_write_seconds'] / imp['seconds']:.0f}%; statuses {imp['statuses']})",
        f"  import_bytes (one call per article, index commit per call), first {byt['articles']:,}:",
        f"    {byt['rate']:.0f} articles/s (index commits "
        f"{100 * byt['index_write_seconds'] / byt['seconds']:.0f}% of the time)",
        f"  raw Whoosh baseline indexing: {base['rate']:.0f} articles/s"
        f"   ratio ours/baseline throughput = {imp['rate'] / base['rate']:.2f}",
        "",
        "SIZE",
        f"  index {_mb(imp['index_bytes'])} (baseline {_mb(base['index_bytes'])}, ratio "
        f"{imp['index_bytes'] / base['index_bytes']:.2f});  store {_mb(imp['store_bytes'])};"
        f"  originals {_mb(imp['originals_bytes'])};  archive total {_mb(imp['total_bytes'])}",
        "",
        "PEAK MEMORY (ru_maxrss per phase process)",
        f"  import_paths {imp['peak_rss_mb']:.0f} MB (its index worker {worker:.0f} MB);"
        f" import_bytes {byt['peak_rss_mb']:.0f} MB;"
        f" queries {q['peak_rss_mb']:.0f} MB; baseline index {base['peak_rss_mb']:.0f} MB;"
        f" baseline queries {qb['peak_rss_mb']:.0f} MB",
        "",
        f"QUERIES ({len(q['totals'])} in the mix, {r['reps']} reps each after warm-up; "
        f"archive open {q['open_seconds']:.2f}s, cold first query {q['cold_first_query_ms']:.0f}"
        " ms)",
        *(f"  ! at open: {m}" for m in q.get("open_messages", [])),
        f"  {'mode':<34}{'p50 ms':>9}{'p95 ms':>9}{'mean':>9}{'max':>9}",
    ]
    for label, key in (("(a) no facets, no snippets", "a_plain"),
                       ("(b) facets, no snippets", "b_facets"),
                       ("(c) page of 50, facets+snippets", "c_page_snippets")):  # fmt: skip
        m = modes[key]
        lines.append(
            f"  {label:<34}{m['p50_ms']:>9.1f}{m['p95_ms']:>9.1f}{m['mean_ms']:>9.1f}"
            f"{m['max_ms']:>9.1f}"
        )
    ca = q["comparable_a"]
    lines += [
        f"  {'(a) comparable subset':<34}{ca['p50_ms']:>9.1f}{ca['p95_ms']:>9.1f}"
        f"{ca['mean_ms']:>9.1f}{ca['max_ms']:>9.1f}",
        f"  {'raw Whoosh, same subset':<34}{qb['p50_ms']:>9.1f}{qb['p95_ms']:>9.1f}"
        f"{qb['mean_ms']:>9.1f}{qb['max_ms']:>9.1f}",
        f"  ratio ours/baseline: p50 {ca['p50_ms'] / qb['p50_ms']:.2f}, "
        f"p95 {ca['p95_ms'] / qb['p95_ms']:.2f}",
        "",
        "  slowest queries (median ms: a / b / c; hits):",
    ]
    slow = sorted(q["totals"], key=lambda s: -modes["c_page_snippets"]["per_query"][s])[:8]
    for s in slow:
        lines.append(
            f"    {modes['a_plain']['per_query'][s]:7.1f} /"
            f"{modes['b_facets']['per_query'][s]:7.1f} /"
            f"{modes['c_page_snippets']['per_query'][s]:7.1f}  {q['totals'][s]:>7,}  {s}"
        )
    checks = {
        "import_rate": (imp["rate"], ">=", "import (import_paths) articles/s"),
        "facets_p50_ms": (modes["b_facets"]["p50_ms"], "<=", "search p50 with facets, ms"),
        "facets_p95_ms": (modes["b_facets"]["p95_ms"], "<=", "search p95 with facets, ms"),
        "page_snippets_p50_ms": (
            modes["c_page_snippets"]["p50_ms"],
            "<=",
            "page of 50 + snippets p50, ms",
        ),
        "peak_rss_mb": (peak, "<=", "peak memory (max of app phases), MB"),
    }
    verdicts = {}
    scope = "" if n >= 100_000 else "  (targets are for 100,000 articles: indicative only)"
    lines += ["", f"TARGETS{scope}", f"  {'target':<40}{'goal':>10}{'measured':>12}  verdict"]
    for key, (value, op, label) in checks.items():
        goal = TARGETS[key]
        ok = value >= goal if op == ">=" else value <= goal
        verdicts[key] = {"value": value, "goal": goal, "op": op, "pass": ok}
        lines.append(
            f"  {label:<40}{op + ' ' + format(goal, 'g'):>10}{value:>12.1f}  "
            f"{'PASS' if ok else 'FAIL'}"
        )
    lines.append(f"  (c) p95 for reference: {modes['c_page_snippets']['p95_ms']:.1f} ms")
    return "\n".join(lines), verdicts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles (default 100000)")
    ap.add_argument("--quick", action="store_true", help="5,000 articles")
    ap.add_argument("--out", type=Path, help="where archives go (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument("--reps", type=int, default=5, help="repetitions of the query mix")
    ap.add_argument(
        "--batch", type=int, help="baseline commit cadence (default: the app's bulk cadence)"
    )
    ap.add_argument(
        "--bytes-sample",
        type=int,
        default=0,
        help="articles imported one by one with import_bytes (default N/10, ≤500)",
    )
    ap.add_argument("--profile-dir", type=Path, help="cProfile each phase into this folder")
    ap.add_argument("--keep", action="store_true", help="keep a temp --out")
    ap.add_argument(
        "--resume", action="store_true", help="reuse phase results already saved in --out"
    )
    ap.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.quick:
        args.n = 5000
    if not args.bytes_sample:
        args.bytes_sample = max(1, min(500, args.n // 10))
    if not args.batch:
        from app.config import Config

        args.batch = Config().bulk_index_batch  # the same commit cadence as ours
    if args.phase:
        head = _git_head()  # modules load now: the commit the phase really ran
        data = PHASES[args.phase](args)
        data["git"] = head
        print("BENCHJSON " + json.dumps(data, default=str))
        return 0

    temp = args.out is None
    args.out = Path(args.out or tempfile.mkdtemp(prefix="clippings-bench-")).resolve()
    if args.out == REPO or REPO in args.out.parents:
        ap.error("--out must be outside the repository")
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict = {"n": args.n, "reps": args.reps, "batch": args.batch,
                     "when": datetime.now(UTC).isoformat(timespec="seconds"),
                     "cpus": os.cpu_count(), "out": str(args.out)}  # fmt: skip
    try:
        order = ["generate", "import_paths", "import_bytes", "baseline_index",
                 "query_ours", "query_baseline"]  # fmt: skip
        for name in order:
            saved = args.out / f"phase_{name}.json"
            if args.resume and saved.exists():
                results[name] = json.loads(saved.read_text(encoding="utf-8"))
                continue
            results[name] = run_phase(name, args)
            saved.write_text(json.dumps(results[name], default=str), encoding="utf-8")
        text, verdicts = report(args.n, results)
        results["targets"] = verdicts
        print(text)
        if args.json:
            args.json.write_text(json.dumps(results, indent=2, default=str))
    finally:
        if temp and not args.keep:
            shutil.rmtree(args.out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
