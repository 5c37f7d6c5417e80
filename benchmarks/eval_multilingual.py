"""Multilingual search evaluation (issue 5): recall and false hits per group, and feature costs.

    .venv/bin/python benchmarks/eval_multilingual.py            # quality, through the archive
    .venv/bin/python benchmarks/eval_multilingual.py --costs    # + analyzer and index costs

Quality: the labelled set in ``benchmarks/eval/eval_set.yaml`` (fictional clippings we wrote) is
added to a temporary archive through the real API (``Archive.add``; the seed clipping through
``import_paths``) and every query runs through ``Archive.search``. Recall = share of must-find
documents found; false-hit rate = documents returned that are neither must-find nor may-find,
divided by the documents that could have been wrongly returned.

Costs: the analyzers with each feature switched off and on, over German, English and Russian
text (../shared/corpus where present, else the eval set): tokens per second and the size of a
Whoosh index holding exact + language + names fields, plus the share of extra documents the
names field adds to common-word queries over the corpus (the "flood" check).
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.index.analysis import build_analyzer  # noqa: E402
from app.model import Article  # noqa: E402

EVAL_SET = ROOT / "benchmarks" / "eval" / "eval_set.yaml"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ddde54f7eee3f05f.txt"


@dataclass
class GroupScore:
    found: int = 0
    must: int = 0
    false_hits: int = 0
    candidates: int = 0
    traps_hit: int = 0
    traps: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.must if self.must else 1.0

    @property
    def false_rate(self) -> float:
        return self.false_hits / self.candidates if self.candidates else 0.0


def load_eval_set(path: Path = EVAL_SET) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def build_archive(root: Path, data: dict, seed: bool = True):
    """A temporary archive holding the eval documents; returns (archive, name → id)."""
    from app.archive import Archive
    from app.config import Config

    archive = Archive.open(root, config=Config())
    ids: dict[str, int] = {}
    for name, doc in data["docs"].items():
        article = Article(title=doc["title"], body=doc["body"], language=doc["lang"])
        result = archive.add(article)
        if result.id is None:
            raise RuntimeError(f"{name}: {result.status} {result.error}")
        ids[name] = result.id
    if seed and SEED.is_file():
        (result,) = archive.import_paths([SEED])
        if result.id is not None:
            ids["seed"] = result.id
    return archive, ids


def evaluate(archive, ids: dict[str, int], data: dict) -> dict[str, GroupScore]:
    names = {v: k for k, v in ids.items()}
    scores: dict[str, GroupScore] = {}
    for group, cases in data["cases"].items():
        score = scores.setdefault(group, GroupScore())
        for case in cases:
            if case.get("seed") and "seed" not in ids:
                continue
            found = {
                names.get(i, str(i))
                for i in archive.search(case["query"], limit=None, facets=False, snippets=False).ids
            }
            must = set(case.get("must_find") or [])
            allowed = must | set(case.get("may_find") or [])
            traps = set(case.get("must_not_find") or [])
            if case.get("seed"):  # judged on the seed clipping alone
                pool, found = {"seed"} - allowed, found & {"seed"}
            else:
                pool = set(ids) - allowed - {"seed"}
                found.discard("seed")
            score.must += len(must)
            score.found += len(must & found)
            score.candidates += len(pool)
            wrong = (found - allowed) & pool
            score.false_hits += len(wrong)
            score.traps += len(traps)
            score.traps_hit += len(traps & found)
            if must - found or wrong:
                score.failures.append(
                    f"{case['query']!r}: missed {sorted(must - found)} wrong {sorted(wrong)}"
                )
    return scores


def print_scores(scores: dict[str, GroupScore]) -> None:
    print(f"{'group':<16}{'recall':>10}{'false hits':>16}{'traps hit':>12}")
    total = GroupScore()
    for group, s in scores.items():
        print(
            f"{group:<16}{s.found:>4}/{s.must:<4} {s.recall:>4.0%}"
            f"{s.false_hits:>6}/{s.candidates:<5} {s.false_rate:>5.1%}{s.traps_hit:>6}/{s.traps}"
        )
        for attr in ("found", "must", "false_hits", "candidates", "traps_hit", "traps"):
            setattr(total, attr, getattr(total, attr) + getattr(s, attr))
    print(
        f"{'all':<16}{total.found:>4}/{total.must:<4} {total.recall:>4.0%}"
        f"{total.false_hits:>6}/{total.candidates:<5} {total.false_rate:>5.1%}"
        f"{total.traps_hit:>6}/{total.traps}"
    )
    for group, s in scores.items():
        for failure in s.failures:
            print(f"  [{group}] {failure}")


# -- costs ------------------------------------------------------------------------------------


def corpus_texts(limit: int) -> dict[str, list[str]]:
    """Up to ``limit`` texts per language from ../shared/corpus (read at run time only)."""
    texts: dict[str, list[str]] = {"de": [], "en": [], "ru": []}
    gnad = SHARED / "corpus" / "10kgnad" / "test.csv"
    if gnad.is_file():
        with gnad.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter=";", quotechar="'"):
                if len(texts["de"]) >= limit:
                    break
                texts["de"].append(row[-1])
    reuters = sorted((SHARED / "corpus" / "reuters21578").glob("reut2-*.sgm"))
    for path in reuters[:2]:
        raw = path.read_bytes().decode("latin-1")
        for body in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S):
            if len(texts["en"]) >= limit:
                break
            texts["en"].append(body.replace("&lt;", "<").replace("\x03", ""))
    data = load_eval_set()
    for doc in data["docs"].values():
        texts.setdefault(doc["lang"], []).append(doc["title"] + ". " + doc["body"])
    return texts


def tokens_per_second(analyzer, texts: list[str], repeat: int = 1) -> tuple[float, int]:
    count = 0
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            for _t in analyzer(text, mode="index"):
                count += 1
    return count / (time.perf_counter() - started), count // repeat


def _clear_caches() -> None:
    from app.index import analysis
    from app.lang import compounds, fold, names

    for fn in (
        analysis._german_normal,
        analysis._names_token,
        compounds.split_compound,
        compounds.singular_of_latin_plural,
        fold._fold_word,
        names.name_key,
        names.raw_name_key,
    ):
        fn.cache_clear()


def index_size(texts_by_lang: dict[str, list[str]], *, compounds: bool, names: bool) -> int:
    """Bytes of a Whoosh index with exact + language fields (+ names) over the texts."""
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.filedb.filestore import FileStorage

    fields = {"id": ID(stored=True), "body": TEXT(analyzer=build_analyzer("exact"))}
    for lang in ("de", "en", "ru"):
        fields[f"body_{lang}"] = TEXT(analyzer=build_analyzer(lang, compounds=compounds))
    if names:  # no positions: the query compiler never runs phrases on it
        fields["names"] = TEXT(analyzer=build_analyzer("translit"), phrase=False)
    with tempfile.TemporaryDirectory() as tmp:
        ix = FileStorage(tmp).create_index(Schema(**fields))
        writer = ix.writer()
        n = 0
        for lang, texts in texts_by_lang.items():
            for text in texts:
                doc = {"id": str(n), "body": text, f"body_{lang}": text}
                if names:
                    doc["names"] = text
                writer.add_document(**doc)
                n += 1
        writer.commit(optimize=True)
        return sum(p.stat().st_size for p in Path(tmp).iterdir())


def names_flood(texts_by_lang: dict[str, list[str]], queries: int = 300) -> tuple[float, float]:
    """Share of extra documents the names field adds to frequent-word queries.

    Over the corpus, for the most frequent content words: documents matched only through the
    names field / documents matched through exact + stemmed fields. Returns (mean, p95).
    """
    from collections import Counter

    from whoosh import query as wq
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.filedb.filestore import RamStorage

    fields = {"id": ID(stored=True), "body": TEXT(analyzer=build_analyzer("exact"))}
    for lang in ("de", "en", "ru"):
        fields[f"body_{lang}"] = TEXT(analyzer=build_analyzer(lang))
    fields["names"] = TEXT(analyzer=build_analyzer("translit"))
    schema = Schema(**fields)
    ix = RamStorage().create_index(schema)
    writer = ix.writer()
    words: Counter[str] = Counter()
    exact = build_analyzer("exact")
    n = 0
    for lang, texts in texts_by_lang.items():
        for text in texts:
            writer.add_document(id=str(n), body=text, **{f"body_{lang}": text, "names": text})
            words.update(t.text for t in exact(text) if len(t.text) > 3 and t.text.isalpha())
            n += 1
    writer.commit()
    ratios = []
    with ix.searcher() as searcher:
        for word, _count in words.most_common(queries):
            base = wq.Or(
                [
                    wq.Term(f, t.text)
                    for f in ("body", "body_de", "body_en", "body_ru")
                    for t in schema[f].analyzer(word, mode="query")
                ]
            )
            names = wq.Or([wq.Term("names", t.text) for t in schema["names"].analyzer(word)])
            found = set(searcher.search(base, limit=None).docs())
            extra = set(searcher.search(names, limit=None).docs()) - found
            if found:
                ratios.append(len(extra) / len(found))
    ratios.sort()
    return statistics.mean(ratios), ratios[int(len(ratios) * 0.95)]


def digraph_collateral() -> None:
    """What ue/oe/ae → ü/ö/ä does to common German words (the German stemmed field).

    A rewrite is *intended* when the umlaut spelling is itself a common word (fuer → für);
    otherwise it is *harmful* when the word now shares its stem with a different word it did
    not share one with before, and harmless when not.
    """
    from whoosh.lang import stemmer_for_language

    from app.lang.fold import fold, fold_digraphs
    from app.lang.wordlists import zipf_table

    stem = stemmer_for_language("de")
    words = [w for w in zipf_table("de", 3.0) if w.isalpha()]
    known = set(words)
    old = {w: fold(stem(w)) for w in words}
    by_old: dict[str, set[str]] = {}
    for word, key in old.items():
        by_old.setdefault(key, set()).add(word)
    intended, harmless, harmful = 0, 0, []
    for word in words:
        rewritten = fold_digraphs(word, umlaut=True)
        if rewritten == word:
            continue
        if rewritten in known:
            intended += 1
            continue
        others = by_old.get(fold(stem(rewritten)), set()) - by_old[old[word]]
        if others:
            harmful.append(f"{word}→{sorted(others)[0]}")
        else:
            harmless += 1
    print(
        f"\numlaut digraphs over {len(words):,} common German words (zipf >= 3): "
        f"{intended} intended (fuer → für), {harmless} harmless, {len(harmful)} harmful: "
        + ", ".join(harmful[:12])
    )


def print_costs(limit: int) -> None:
    texts = corpus_texts(limit)
    print(f"\ncorpus: {', '.join(f'{k} {len(v)} texts' for k, v in texts.items())}")
    print(f"{'analyzer':<34}{'tokens/s cold':>14}{'warm':>10}{'tokens':>10}")
    variants = [
        ("exact", "de", {}),
        (
            "de (no compounds, no digraphs)",
            "de",
            {"compounds": False, "digraphs": False, "plurals": False},
        ),
        ("de (digraphs + plurals)", "de", {"compounds": False}),
        ("de (+ compounds: full)", "de", {}),
        ("en", "en", {}),
        ("ru", "ru", {}),
        ("translit (names)", None, {}),
    ]
    for label, lang, options in variants:
        kind = label.split()[0] if lang is None or label == "exact" else lang
        sample = texts["de"] if lang in (None, "de") or label == "exact" else texts[lang]
        if kind == "translit":
            sample = texts["de"] + texts["en"] + texts["ru"]
        analyzer = build_analyzer(kind, **options)
        _clear_caches()
        tokens_per_second(analyzer, ["Umsatz Lukaschenko"])  # load the lexicon
        cold, count = tokens_per_second(analyzer, sample)  # every word seen the first time
        warm, _ = tokens_per_second(analyzer, sample)  # a large archive: most words known
        print(f"{label:<34}{cold:>14,.0f}{warm:>10,.0f}{count:>10,}")
    base = index_size(texts, compounds=False, names=False)
    with_compounds = index_size(texts, compounds=True, names=False)
    full = index_size(texts, compounds=True, names=True)
    print(
        f"\nindex size: exact + stemmed {base / 1e6:.2f} MB; + compounds "
        f"{with_compounds / 1e6:.2f} MB ({with_compounds / base - 1:+.1%}); + names "
        f"{full / 1e6:.2f} MB ({full / base - 1:+.1%} over base)"
    )
    digraph_collateral()
    mean, p95 = names_flood(texts)
    print(
        f"names field on the 300 most frequent words: extra documents {mean:.1%} "
        f"of the exact+stemmed hits on average, p95 {p95:.1%}"
    )


def _keep_fields(query, allowed):
    """The compiled query with only the leaves of ``allowed`` fields (None: all gone)."""
    from whoosh import query as wq

    if query.is_leaf():
        name = getattr(query, "fieldname", None)
        return query if name is None or name in allowed else None
    kept = [q for q in (_keep_fields(c, allowed) for c in query.children()) if q is not None]
    if not kept:
        return None
    if isinstance(query, wq.Not):
        return query
    return query.__class__(kept) if len(kept) > 1 or not isinstance(query, wq.Or) else kept[0]


def query_costs(texts_by_lang: dict[str, list[str]], data: dict, reps: int = 20) -> None:
    """Query latency of the real archive with each field group switched on in turn.

    One archive over the corpus texts; every eval query is compiled once, then run with
    the leaves of the exact fields only, plus the language stems, plus the name keys.
    """
    from app.archive import Archive
    from app.config import Config
    from app.model import Article
    from app.query import parse

    exact = {"title", "lead", "body"}
    stems = {f"{f}_stem" for f in exact}
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive.open(Path(tmp) / "a", config=Config(index_batch=2000))
        started = time.perf_counter()
        count = 0
        for lang, texts in texts_by_lang.items():
            for text in texts:
                head, _, body = text.partition(". ")
                archive.add(Article(title=head[:120], body=body or head, language=lang))
                count += 1
        took = time.perf_counter() - started
        print(f"\nreal archive: {count} texts added one by one in {took:.0f} s")
        searcher = archive.index._searcher
        queries = [
            archive.index.compile(parse(case["query"]))
            for cases in data["cases"].values()
            for case in cases
        ]
        print(f"{'fields queried':<34}{'mean ms/query':>14}")
        for label, allowed in (
            ("exact only", exact),
            ("+ language stems", exact | stems),
            ("+ name keys (everything)", exact | stems | {"names"}),
        ):
            runs = [q for q in (_keep_fields(q, allowed) for q in queries) if q is not None]
            started = time.perf_counter()
            for _ in range(reps):
                for q in runs:
                    searcher.search(q, limit=50)
            mean = (time.perf_counter() - started) * 1000 / (reps * len(runs))
            print(f"{label:<34}{mean:>14.2f}")
        archive.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--costs", action="store_true", help="also measure feature costs")
    parser.add_argument("--limit", type=int, default=1000, help="corpus texts per language")
    args = parser.parse_args()
    data = load_eval_set()
    with tempfile.TemporaryDirectory() as tmp:
        archive, ids = build_archive(Path(tmp) / "archive", data)
        try:
            scores = evaluate(archive, ids, data)
        finally:
            archive.close()
    print_scores(scores)
    if args.costs:
        print_costs(args.limit)
        query_costs(corpus_texts(args.limit), data)
    ok = all(s.recall == 1.0 and s.false_rate <= 0.02 for s in scores.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
