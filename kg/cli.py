"""The `kg` command: a thin layer over the library. Data to stdout, diagnostics to stderr.

Exit codes: 0 success; 1 some inputs failed but the rest were built (each failure
listed); 2 usage error or nothing could be built.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kg.build is imported when a build runs: `kg query` starts faster
    from .build import BuildSummary

__all__ = ["EXIT_NOTHING_BUILT", "EXIT_OK", "EXIT_SOME_FAILED", "main", "run"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_BUILT = 0, 1, 2

EPILOG = """exit codes:
  0  success
  1  some inputs failed but the rest were built (each failure listed on stderr)
  2  usage error, or nothing could be built
"""


def _build_parser() -> argparse.ArgumentParser:
    from . import query, report, serve

    parser = argparse.ArgumentParser(
        prog="kg", description="A knowledge graph of Chinese local news: who reported "
        "what, where.", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    b = sub.add_parser("build", help="extract articles from page files and write every output",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="page files or directories (default: the bundled sample pages)")
    b.add_argument("-o", "--output", type=Path, default=Path("output"), metavar="DIR",
                   help="output directory (default: output/)")
    b.add_argument("--home-city", metavar="CODE",
                   help="the paper's home prefecture as a 4-digit code, e.g. 4101 for "
                        "Zhengzhou (default: inferred from the pages)")
    b.add_argument("--base-iri", metavar="IRI",
                   help="base IRI of the RDF resources (default: https://w3id.org/kg-news/id/)")
    b.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="pages processed in N local processes (default: the number of CPUs)")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the per-page work on a Dask cluster, e.g. tcp://10.0.0.5:8786 "
                        "(workers need `pip install kg[dask]`, same version)")
    b.add_argument("--cache", type=Path, default=None, metavar="DIR",
                   help="per-page result cache for incremental builds (default: .kg-cache/)")
    b.add_argument("--no-cache", action="store_true",
                   help="do not read or write the per-page cache")
    s = sub.add_parser("serve", help="serve the graph as a read-only SPARQL endpoint")
    serve.configure_parser(s)
    q = sub.add_parser("query", help="run a SPARQL query over the exported graph")
    query.configure_parser(q)
    r = sub.add_parser("report", help="write the reporter × district coverage report")
    report.configure_parser(r)
    _configure_cache(sub.add_parser("cache", help="show or prune the per-page build cache"))
    return parser


def _configure_cache(p: argparse.ArgumentParser) -> None:
    """``kg cache info|prune [--cache DIR]``; kg.cache itself is imported when one runs."""
    actions = p.add_subparsers(dest="cache_command", required=True, metavar="ACTION")
    info = actions.add_parser("info", help="entries, size and last use of the cache")
    prune = actions.add_parser(
        "prune", help="remove entries no build has used lately, then the least recently "
        "used down to a size", description="Remove entries not used for DAYS days, then, "
        "with --max-size, the least recently used until the rest fit; also temporary "
        "files of interrupted writes older than an hour. Other files are left alone.")
    for q in (info, prune):
        q.add_argument("--cache", type=Path, default=None, metavar="DIR",
                       help="the cache directory (default: .kg-cache/)")
    prune.add_argument("--older-than", type=_days, default=30.0, metavar="DAYS",
                       help="remove entries not used for DAYS days (default: 30; 0: all)")
    prune.add_argument("--max-size", type=_size, default=None, metavar="SIZE",
                       help="then remove the least recently used until the cache takes at "
                            "most SIZE: bytes, or with K, M, G, T (powers of 1000) or Ki, "
                            "Mi, Gi, Ti (of 1024), e.g. 500M, 2G")


def _days(text: str) -> float:
    try:
        days = float(text)
    except ValueError:
        days = math.nan
    if not days >= 0:  # also NaN
        raise argparse.ArgumentTypeError(f"must be a number of days, 0 or more: {text!r}")
    return days


_SIZE = re.compile(r"(\d+(?:\.\d*)?|\.\d+)\s*([KMGT]i?)?B?", re.IGNORECASE)
_UNITS = {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3, "t": 1000**4,
          "ki": 1024, "mi": 1024**2, "gi": 1024**3, "ti": 1024**4}


def _size(text: str) -> int:
    match = _SIZE.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(
            f"must be a size such as 500M, 2G or 1048576 (bytes): {text!r}")
    return int(float(match[1]) * _UNITS[(match[2] or "").lower()])


class _ProgressBars:
    """One tqdm bar per build pass on stderr (only used when stderr is a terminal)."""

    def __init__(self) -> None:
        self.bars: dict = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        bar = self.bars.get(stage)
        if bar is None:
            bar = self.bars[stage] = tqdm(total=total, desc=stage, unit="page",
                                          file=sys.stderr, leave=False)
        bar.update(done - bar.n)

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


def _build(args: argparse.Namespace) -> int:
    from .build import SAMPLES_DIR, build
    from .cache import DEFAULT_CACHE_DIR
    from .parallel import ExecutorError, default_jobs
    from .rdf import RdfExportError, check_base_iri

    if args.base_iri:
        try:
            check_base_iri(args.base_iri)
        except RdfExportError as exc:
            print(f"kg build: error: --base-iri: {exc}", file=sys.stderr)
            return EXIT_NOTHING_BUILT
    paths = args.paths or [SAMPLES_DIR]
    cache = None if args.no_cache else (args.cache or DEFAULT_CACHE_DIR)
    bars = _ProgressBars() if sys.stderr.isatty() else None
    try:
        summary = build(paths, args.output, home_city=args.home_city, base_iri=args.base_iri,
                        jobs=args.jobs or default_jobs(), scheduler=args.scheduler,
                        cache_dir=cache, progress=bars)
    except ExecutorError as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    except OSError as exc:  # e.g. the output path is a file: a usage error
        print(f"kg build: error: cannot write {exc.filename or args.output}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    finally:
        if bars:
            bars.close()
    for error in summary.errors:
        print(f"kg: error: {error}", file=sys.stderr)
    print(f"kg build: {summary.pages} pages ({summary.extracted} extracted, "
          f"{summary.pages - summary.extracted} cached), {summary.articles} articles, "
          f"{summary.triples} triples, {len(summary.errors)} errors, "
          f"{summary.seconds:.1f} s → {args.output}{_reused(summary)}", file=sys.stderr)
    if not summary.articles:
        return EXIT_NOTHING_BUILT
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


def _cache(args: argparse.Namespace) -> int:
    from .cache import DEFAULT_CACHE_DIR, PageCache

    name, directory = f"kg cache {args.cache_command}", args.cache or DEFAULT_CACHE_DIR
    if not directory.is_dir():
        problem = "not a directory" if directory.exists() else "no such directory"
        print(f"{name}: error: {directory}: {problem}", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    cache, now = PageCache(directory), time.time()
    if args.cache_command == "info":
        entries = cache.entries()
        print(f"{directory}: {len(entries)} entries, "
              f"{_mb(sum(e.size for e in entries))} MB")
        if entries:
            print(f"oldest use: {_when(entries[0].mtime, now)}")
            print(f"newest use: {_when(entries[-1].mtime, now)}")
        return EXIT_OK
    result = cache.prune(args.older_than * 86400, args.max_size, now)
    failed = f"; {result.failed} could not be removed" if result.failed else ""
    print(f"{name}: removed {result.removed} entries and {result.temporaries} temporary "
          f"files ({_mb(result.freed)} MB freed), kept {result.kept} entries "
          f"({_mb(result.kept_bytes)} MB){failed}", file=sys.stderr)
    return EXIT_SOME_FAILED if result.failed else EXIT_OK


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f}"


def _when(mtime: float, now: float) -> str:
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(mtime))
    return f"{stamp} ({max(now - mtime, 0) / 86400:.1f} days ago)"


def _reused(summary: BuildSummary) -> str:
    """What a rebuild took from the previous one: ``; store updated (90 subjects out,
    90 in); 317 views from the cache`` (empty on a clean build)."""
    parts = []
    if summary.store_update is not None:
        removed, added = summary.store_update
        parts.append(f"store updated ({removed} subjects out, {added} in)")
    if summary.views_reused:
        parts.append(f"{summary.views_reused} views from the cache")
    return "".join(f"; {part}" for part in parts)


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command == "build":
        return _build(args)
    if args.command == "cache":
        return _cache(args)
    if args.command == "serve":
        from .serve import run_command as serve_command

        return serve_command(args)
    if args.command == "query":
        from .query import run_command
    else:
        from .report import run_command
    return run_command(args)


def run() -> None:
    sys.exit(main())
