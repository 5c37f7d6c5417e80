"""``clippings [--archive DIR] COMMAND …``: the archive's operations, headless.

With no command the GUI starts. Errors go to stderr as one line; exit 2 for usage errors,
1 for failed operations.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from app import __version__
from app.archive import SORTS, Archive, TagChange
from app.config import default_archive_dir, load_config
from app.export import FORMATS
from app.export.data import delimiter_named
from app.export.labels import environment_language, label, review_language
from app.model import Article, ClippingsError, Hit, ImportStatus, Progress, QueryError, Tag
from app.query.named_tags import tags_named

#: commands that never write the index: they read it as it is, even while the app (or
#: another command) holds its writer, instead of waiting for it to repair the index
READ_ONLY = frozenset({"search", "show", "tags", "stats", "export", "backup"})


class CommandParser(argparse.ArgumentParser):
    """A command whose ``dash_query`` is set takes an argument that starts with a single
    '-' and names none of its options as its query: an exclusion (``-tag:Watch``,
    ``-date:""``) was "unrecognized arguments" and never reached the search. An unknown
    '--word' stays a usage error (a mistyped option)."""

    dash_query = False

    def _parse_optional(self, arg_string: str):
        if (
            self.dash_query
            and arg_string[:1] == "-"
            and arg_string[1:2] not in ("-", "")
            and arg_string.split("=", 1)[0] not in self._option_string_actions
        ):
            return None  # a positional: the query
        return super()._parse_optional(arg_string)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clippings",
        description=__doc__.splitlines()[0],
        epilog="environment: CLIPPINGS_ARCHIVE (archive folder), CLIPPINGS_CONFIG_DIR (settings, "
        "profiles, outlets and column maps; default: the user config folder)",
    )
    parser.add_argument(
        "--archive",
        type=Path,
        help="archive folder (default: $CLIPPINGS_ARCHIVE or the user data folder)",
    )
    parser.add_argument("--version", action="version", version=f"clippings {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

    def command(name: str, help_text: str, json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="machine-readable output")
        return p

    p = command("import", "import files and folders")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--tag", action="append", default=[], help="tag every imported article")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        type=column_mapping,
        metavar="FIELD=COLUMN",
        help="read a CSV/JSON file's COLUMN as FIELD (text, title, published, source, author, "
        "language, section, url, tags, lead, dateline; or any of their usual column names), "
        "e.g. --map text=Inhalt --map title=Spalte1",
    )
    p = command("search", "search the archive")
    p.dash_query = True
    p.add_argument("query", nargs="?", default=None, help="a query; it may start with '-'")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument(
        "--sort",
        choices=SORTS,
        default="relevance",
        help="date: newest first; oldest: oldest first (undated last in both)",
    )
    p.add_argument("--from-file", type=Path, help="one query per line (standing searches)")
    p = command("show", "show one article")
    p.add_argument("id", type=int)
    p = command(
        "tag", "add or remove tags on articles by id or on every result of a query", json_flag=False
    )
    p.dash_query = True
    p.add_argument("ids", nargs="*", type=int)
    p.add_argument(
        "--query",
        help="tag every article this query finds instead of ids (e.g. --query 'tag:Watch Putin')",
    )
    p.add_argument("--add", action="extend", nargs="+", default=[], metavar="TAG")
    p.add_argument("--remove", action="extend", nargs="+", default=[], metavar="TAG")
    command("tags", "list tags with counts")
    p = command("rename-tag", "rename (or merge) a tag and its children", json_flag=False)
    p.add_argument("old")
    p.add_argument("new")
    p = command("delete", "move articles to the trash", json_flag=False)
    p.add_argument("ids", nargs="+", type=int)
    p = command("restore", "bring articles back from the trash", json_flag=False)
    p.add_argument("ids", nargs="+", type=int)
    command("empty-trash", "delete the trashed articles for good", json_flag=False)
    command("reindex", "rebuild the search index from the archive")
    p = command("check", "check that store, index and originals agree")
    p.add_argument("--repair", action="store_true")
    command("stats", "archive figures")
    p = command("reextract", "re-run extraction from the kept originals")
    p.add_argument("ids", nargs="*", type=int)
    p = command("export", "export the articles a query finds", json_flag=False)
    p.dash_query = True
    p.add_argument("query", help="a query; it may start with '-'")
    p.add_argument("--format", choices=(*FORMATS, "pdf"), default="html")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sort", choices=SORTS, default="date")
    p.add_argument("--title", help="the review's title (default: 'Press review' in its language)")
    p.add_argument(
        "--language",
        help="the language of a review's own words (de, en, ru; default: the environment's, "
        "LANGUAGE, LC_ALL, LC_MESSAGES or LANG)",
    )
    p.add_argument(
        "--delimiter",
        type=_delimiter,
        default=",",
        help="the CSV's separator: comma (the default), semicolon (what Excel in a German or "
        "Russian locale splits at), tab, or one character",
    )
    p = command("backup", "write a backup zip of the archive")
    p.add_argument("file", type=Path)
    p = command("restore-backup", "restore a backup zip into an empty archive folder")
    p.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.gui.application import run

        return run(args.archive)
    try:
        config = load_config()
        root = args.archive or default_archive_dir(config)
        if args.command == "restore-backup":
            return restore_backup(args, root, config)
        if args.command != "import" and not Archive.exists(root):
            # a mistyped --archive would otherwise answer from a new, empty archive
            raise ClippingsError(f"no archive in {root} (clippings import creates one)")
        read_only = args.command in READ_ONLY or (args.command == "check" and not args.repair)
        with Archive.open(root, config=config, on_message=_note, read_only=read_only) as archive:
            return COMMANDS[args.command](archive, args)
    except QueryError as exc:
        print(f"clippings: invalid query: {exc}", file=sys.stderr)
        return 2
    except ClippingsError as exc:
        print(f"clippings: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("clippings: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of a pipe stopped early (`clippings search x | head`): no traceback;
        # stdout goes to devnull so that the flush at exit cannot fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


class ProgressLine:
    """A long step's count on stderr, "clippings: LABEL 1,200/10,880": on a terminal one
    line rewritten in place (like import's), else a line every few seconds and the last."""

    def __init__(self, label: str, every_s: float | None = None) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.every_s = every_s if every_s is not None else (0.1 if self.tty else 5.0)
        self._last = float("-inf")
        self._shown: Progress | None = None
        self._pending: Progress | None = None

    def __call__(self, progress: Progress) -> None:
        self._pending = progress
        now = time.monotonic()
        if now - self._last >= self.every_s or (progress.total and progress.done >= progress.total):
            self._last = now
            self._show(progress)

    def _show(self, progress: Progress) -> None:
        if progress == self._shown:
            return
        self._shown = progress
        text = f"clippings: {self.label} {progress.done:,}/{progress.total:,}"
        print(f"\r{text}" if self.tty else text, end="" if self.tty else "\n", file=sys.stderr)
        sys.stderr.flush()

    def end(self) -> None:
        """The final count (when the last was held back), and the line ended on a terminal."""
        if self._pending is not None:
            self._show(self._pending)
            if self.tty:
                print(file=sys.stderr)


def _note(text: str) -> None:
    print(f"clippings: {text}", file=sys.stderr)


def _emit(data, as_json: bool, text: str) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, default=_json_default))
    elif text:
        print(text)


def _json_default(value):
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value))


def column_mapping(value: str) -> tuple[str, str]:
    """``FIELD=COLUMN`` as (field, column), the field named as the importer knows it
    ('text' and 'Inhalt' are the body); a usage error for a field it does not know."""
    from app.importers.records import MAPPABLE, mapped_field

    key, sep, column = value.partition("=")
    field = mapped_field(key)
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(f"{value!r}: write FIELD=COLUMN, e.g. text=Inhalt")
    if field is None:
        raise argparse.ArgumentTypeError(f"{key!r} is no field (fields: {', '.join(MAPPABLE)})")
    return field, column.strip()


def cmd_import(archive: Archive, args) -> int:
    def progress(p) -> None:
        if not args.json and p.current and sys.stderr.isatty():
            print(f"\r[{p.done + 1}/{p.total}] {p.current[-60:]:<60}", end="", file=sys.stderr)

    results = archive.import_paths(
        args.paths, tags=args.tag, progress=progress, mapping=dict(args.map)
    )
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    lines = []
    for r in results:
        detail = r.error if r.status is ImportStatus.FAILED else f"#{r.id}"
        if r.status is ImportStatus.NEAR_DUPLICATE:
            detail += f" (related to #{r.related_id})"
        lines.append(f"{r.status.value:<15} {detail:<12} {r.path}")
    counts = {s.value: sum(1 for r in results if r.status is s) for s in ImportStatus}
    lines.append(", ".join(f"{n} {k}" for k, n in counts.items() if n) or "nothing to import")
    _emit({"results": [r.to_json() for r in results]}, args.json, "\n".join(lines))
    return 1 if counts["failed"] else 0


def _hit_json(hit: Hit) -> dict:
    return {
        "id": hit.id,
        "title": hit.title,
        "source": hit.source,
        "published": hit.published.isoformat() if hit.published else None,
        "language": hit.language,
        "tags": hit.tags,
        "snippet": hit.snippet,
        "score": hit.score,
    }


def cmd_search(archive: Archive, args) -> int:
    if args.from_file:
        queries = [
            line.strip()
            for line in args.from_file.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]
    elif args.query is not None:
        queries = [args.query]
    else:
        raise ClippingsError("search needs a QUERY or --from-file FILE")
    status = 0
    for query in queries:
        try:
            result = archive.search(query, limit=args.limit, sort=args.sort, suggest=True)
        except QueryError as exc:
            if not args.from_file:
                raise
            _emit({"query": query, "error": str(exc)}, args.json, f"{query}: {exc}")
            status = 2
            continue
        data = {
            "query": query,
            "total": result.total,
            "took_ms": round(result.took_ms, 2),
            "hits": [_hit_json(h) for h in result.hits],
            "facets": result.facets,
            "suggestion": result.suggestion,
        }
        text = [f"{result.total} hit(s) for {query!r} in {result.took_ms:.0f} ms"]
        if result.suggestion:
            text.append(f"did you mean: {result.suggestion}")
        for hit in result.hits:
            date = hit.published.date().isoformat() if hit.published else "          "
            text.append(f"#{hit.id:<6} {date}  {hit.source[:12]:<12} {hit.title}")
        _emit(data, args.json, "\n".join(text))
    return status


def article_json(article: Article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "lead": article.lead,
        "body": article.body,
        "source": article.source,
        "url": article.url,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "dateline": article.dateline,
        "section": article.section,
        "language": article.language,
        "tags": article.tags,
        "notes": article.notes,
        "original": article.original_name,
        "imported_at": article.imported_at.isoformat() if article.imported_at else None,
        "cluster": article.cluster,
        "deleted": article.deleted_at is not None,
    }


def cmd_show(archive: Archive, args) -> int:
    article = archive.get(args.id)
    data = article_json(article)
    head = [f"{k}: {v}" for k, v in data.items() if k not in ("body", "lead") and v]
    text = "\n".join(
        [*head, "", article.lead, article.body] if article.lead else [*head, "", article.body]
    )
    _emit(data, args.json, text)
    return 0


def cmd_tag(archive: Archive, args) -> int:
    if not args.add and not args.remove:
        raise ClippingsError("tag needs --add TAG or --remove TAG")
    if bool(args.ids) == (args.query is not None):
        raise ClippingsError("tag needs article ids or --query QUERY (not both)")
    if args.query is not None:
        # every hit, not a page of them: a search's results tagged without piping ids
        ids = archive.search(args.query, limit=None, facets=False, snippets=False).ids
    else:
        ids = args.ids
        missing = set(ids) - {a.id for a in archive.get_many_plain(ids)}
        if missing:
            raise ClippingsError(f"no article with id {', '.join(map(str, sorted(missing)))}")
    change = archive.tag(ids, add=args.add, remove=args.remove) if ids else TagChange()
    added = sum(len(v) for v in change.added.values())
    removed = sum(len(v) for v in change.removed.values())
    found = f"{len(ids)} article(s) found by {args.query!r}: " if args.query is not None else ""
    print(f"{found}{added} tag(s) added, {removed} removed")
    return 0


def cmd_tags(archive: Archive, args) -> int:
    """The tag tree as the tag manager shows it: every level, a parent counting the
    clippings it or a tag under it carries (``tag:NAME``'s hits), not only its own."""
    colors = {t.name: t.color for t in archive.tags()}
    under = archive.tag_counts_under()
    tags = [Tag(n, under[n], colors.get(n) or "") for n in sorted(under, key=str.casefold)]
    _emit(
        {"tags": [{"name": t.name, "count": t.count, "color": t.color} for t in tags]},
        args.json,
        "\n".join(f"{t.count:>6}  {t.name}" for t in tags) or "no tags",
    )
    return 0


def cmd_rename_tag(archive: Archive, args) -> int:
    print(f"renamed on {archive.rename_tag(args.old, args.new)} article(s)")
    return 0


def cmd_delete(archive: Archive, args) -> int:
    print(f"{len(archive.delete(args.ids))} article(s) moved to the trash")
    return 0


def cmd_restore(archive: Archive, args) -> int:
    print(f"{len(archive.restore(args.ids))} article(s) restored")
    return 0


def cmd_empty_trash(archive: Archive, args) -> int:
    print(f"{archive.empty_trash()} article(s) deleted for good")
    return 0


def cmd_reindex(archive: Archive, args) -> int:
    count = archive.reindex()
    _emit({"indexed": count}, args.json, f"{count} article(s) indexed")
    return 0


def cmd_check(archive: Archive, args) -> int:
    report = archive.check(repair=args.repair)
    _emit(report.to_json(), args.json, report.describe())
    return 0 if report.ok or (args.repair and not report.unrepaired) else 1


def cmd_stats(archive: Archive, args) -> int:
    stats = archive.stats()
    _emit(stats, args.json, "\n".join(f"{k}: {v}" for k, v in stats.items()))
    return 0


def cmd_reextract(archive: Archive, args) -> int:
    report = archive.reextract_report(args.ids or None)
    figures = {
        "reextracted": report.changed,
        "unchanged": report.unchanged,
        "no_original": report.no_original,
        "failed": report.failed,
        "not_found": report.not_found,
    }
    _emit(figures, args.json, report.summary())
    return 0


def _delimiter(text: str) -> str:
    try:
        return delimiter_named(text)
    except ClippingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_export(archive: Archive, args) -> int:
    result = archive.search(args.query, limit=None, sort=args.sort, facets=False, snippets=False)
    language = review_language(args.language) if args.language else environment_language()
    title = args.title or label(language, "press_review")
    named = tags_named(args.query)
    if args.format == "pdf":
        from app.gui.pdf import write_pdf

        articles = archive.get_many(result.ids)
        write_pdf(articles, args.out, title=title, language=language, omit_tags=named)
        count = len(articles)
    else:
        count = archive.export(
            result.ids,
            args.format,
            args.out,
            title=title,
            delimiter=args.delimiter,
            language=language,
            omit_tags=named,
        )
    print(f"{count} article(s) written to {args.out}")
    return 0


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _holds(counts: dict) -> str:
    """ "14 articles, 5 tags and 14 originals" """
    return (
        f"{_plural(counts['articles'], 'article')}, {_plural(counts['tags'], 'tag')} "
        f"and {_plural(counts['originals'], 'original')}"
    )


def cmd_backup(archive: Archive, args) -> int:
    manifest = archive.backup(args.file)
    # a backup holds no index (it is rebuilt on restore): "index" counts its documents, 0
    counts = {k: manifest[k] for k in ("articles", "tags", "originals")} | {"index": 0}
    text = f"backup written to {args.file}: {_holds(counts)} (the index is rebuilt on restore)"
    _emit({"file": str(args.file), **counts}, args.json, text)
    return 0


def restore_backup(args, root: Path, config) -> int:
    """Unpack the zip, then build the index (the plan for a backup, not a repair to warn of)."""
    unpacking = ProgressLine("restoring originals")
    manifest = Archive.restore_backup(args.file, root, progress=unpacking)
    unpacking.end()
    indexing = ProgressLine("building the search index: articles")
    with Archive.open(root, config=config, on_progress=indexing) as archive:
        indexing.end()
        counts = {
            "articles": archive.article_count(),
            "tags": len(archive.tags()),
            "originals": manifest["originals"],
            "index": archive.index.doc_count(),
        }
    text = (
        f"restored {_holds(counts)} into {root}\n"
        f"built the search index ({_plural(counts['index'], 'article')})"
    )
    _emit({"archive": str(root), **counts}, args.json, text)
    return 0


COMMANDS = {
    "import": cmd_import,
    "search": cmd_search,
    "show": cmd_show,
    "tag": cmd_tag,
    "tags": cmd_tags,
    "rename-tag": cmd_rename_tag,
    "delete": cmd_delete,
    "restore": cmd_restore,
    "empty-trash": cmd_empty_trash,
    "reindex": cmd_reindex,
    "check": cmd_check,
    "stats": cmd_stats,
    "reextract": cmd_reextract,
    "export": cmd_export,
    "backup": cmd_backup,
}

if __name__ == "__main__":
    sys.exit(main())
