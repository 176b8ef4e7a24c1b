"""`kg build`: page files → articles.jsonl → graph → Turtle, store, GraphML, report, views.

Per-page work runs in two passes, each on the executor chosen by ``jobs``/``scheduler``
(:mod:`kg.parallel`), each page's result cached by content hash (:mod:`kg.cache`):

1. read the page, split it into articles (no entities yet);
2. find the articles' entities, given the paper's home city, which is inferred from the
   articles of all pages between the two passes.

Results come back in file order, so any number of jobs writes the same bytes. Pages
stream through: the main process holds a few pages' results at a time, and pass-1
results wait in the cache (a temporary one under ``--no-cache``). Each output is
written to a temporary file and renamed into place (kg.atomic), so a build that dies
half-way leaves every earlier output complete.
"""

from __future__ import annotations

import pickle
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import atomic_path
from .cache import PageCache, cache_key
from .enrich import enrich_articles, guess_home_city
from .model import Article
from .pages import PageError, decode_page, find_page_files, read_page_bytes, read_page_text
from .parallel import page_executor
from .pipeline import extract_text
from .records import record_line
from .store import STORE_NAME, write_store

__all__ = ["SAMPLES_DIR", "BuildSummary", "Progress", "build", "extract_articles",
           "extract_stage", "enrich_stage"]

SAMPLES_DIR = Path(__file__).parent / "samples"
# progress(stage, pages done, pages in total); stage is "extract" or "entities".
Progress = Callable[[str, int, int], None]


@dataclass
class BuildSummary:
    pages: int = 0
    articles: int = 0
    triples: int = 0
    home_city: str | None = None
    seconds: float = 0.0
    errors: list[PageError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    extracted: int = 0  # pages whose articles were extracted (not taken from the cache)
    enriched: int = 0  # pages whose entities were found (not taken from the cache)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per build step


def extract_articles(paths: list[Path], home_city: str | None = None,
                     summary: BuildSummary | None = None) -> list[Article]:
    """Read every page, split it into articles, then find their entities (in memory).

    The paper's home city (used to resolve same-name places) is inferred from all pages
    together unless given.
    """
    summary = summary if summary is not None else BuildSummary()
    files, errors = find_page_files(paths)
    summary.errors.extend(errors)
    articles: list[Article] = []
    for path in files:
        try:
            articles.extend(extract_text(path.name, read_page_text(path)))
            summary.pages += 1
        except PageError as exc:
            summary.errors.append(exc)
    summary.home_city = home_city or guess_home_city(articles)
    enrich_articles(articles, summary.home_city)
    summary.articles = len(articles)
    return articles


# --- the two per-page stages: module-level, picklable in and out (run on any worker) ---

def extract_stage(source: str, data: bytes) -> tuple[bytes | None, str | None]:
    """Pass 1 of one page: (pickled articles without entities, None) or (None, problem)."""
    try:
        articles = extract_text(source, decode_page(data, source))
    except PageError as exc:
        return None, exc.problem
    return pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL), None


def enrich_stage(blob: bytes, home_city: str | None) -> str:
    """Pass 2 of one page: its articles.jsonl lines, entities included."""
    articles = enrich_articles(pickle.loads(blob), home_city)
    return "".join(record_line(a) + "\n" for a in articles)


def _read_bytes(path: Path) -> bytes:
    return read_page_bytes(path)  # size limit (KG_MAX_PAGE_BYTES), bounded read, kg.pages


@dataclass
class _Page:
    path: Path
    key: str  # pass-1 cache key
    data: bytes | None = None  # only while the page is in flight


class _Passes:
    """The two passes over the page files, sharing one cache and one executor."""

    def __init__(self, files: list[Path], cache: PageCache, run, summary: BuildSummary,
                 progress: Progress | None) -> None:
        self.files, self.cache, self.run = files, cache, run
        self.summary, self.progress = summary, progress
        self.pages: list[_Page] = []

    def _tick(self, stage: str, done: int) -> None:
        if self.progress:
            self.progress(stage, done, len(self.files))

    def _pass1_inputs(self, todo: list[_Page]) -> Iterator[tuple[str, bytes]]:
        for page in todo:
            data, page.data = page.data, None
            yield page.path.name, data

    def extract(self) -> None:
        """Pass 1: articles of every page, into the cache; unreadable pages are errors."""
        done = 0
        todo: list[_Page] = []
        for path in self.files:
            try:
                data = _read_bytes(path)
            except PageError as exc:
                self.summary.errors.append(exc)
                continue
            page = _Page(path, cache_key("extract", path.name, data))
            self.pages.append(page)
            if not self.cache.has(page.key):
                page.data = data
                todo.append(page)
            else:
                done += 1
                self._tick("extract", done)
        failed: set[str] = set()
        results = self.run(extract_stage, self._pass1_inputs(todo))
        for page, (blob, problem) in zip(todo, results, strict=True):
            if blob is None:
                self.summary.errors.append(PageError(page.path, problem or "unreadable"))
                failed.add(page.key)
            else:
                self.cache.put(page.key, blob)
                self.summary.extracted += 1
            done += 1
            self._tick("extract", done)
        self.pages = [p for p in self.pages if p.key not in failed]

    def blob(self, page: _Page) -> bytes:
        blob = self.cache.get(page.key)
        if blob is None:  # evicted or corrupted since pass 1: extract again, here
            blob, problem = extract_stage(page.path.name, _read_bytes(page.path))
            if blob is None:
                raise PageError(page.path, problem or "unreadable")
            self.cache.put(page.key, blob)
        return blob

    def article_texts(self) -> Iterator[Article]:
        for page in self.pages:
            yield from pickle.loads(self.blob(page))

    def enrich(self, home_city: str | None) -> Iterator[str]:
        """Pass 2: each page's record lines, in file order."""
        keys = [cache_key("enrich", p.key, b"", home_city) for p in self.pages]
        hits = [self.cache.has(k) for k in keys]
        todo = ((self.blob(p), home_city)
                for p, hit in zip(self.pages, hits, strict=True) if not hit)
        fresh = self.run(enrich_stage, todo)
        for i, (page, key, hit) in enumerate(zip(self.pages, keys, hits, strict=True)):
            cached = self.cache.get(key) if hit else None
            if hit and cached is None:  # corrupt entry: recompute here
                lines = enrich_stage(self.blob(page), home_city)
            elif not hit:
                lines = next(fresh)
            if cached is None:
                self.cache.put(key, lines.encode("utf-8"))
                self.summary.enriched += 1
            else:
                lines = cached.decode("utf-8")
            self._tick("entities", i + 1)
            yield lines


def build(paths: list[Path], out_dir: Path, *, home_city: str | None = None,
          base_iri: str | None = None, jobs: int = 1, scheduler: str | None = None,
          cache_dir: Path | None = None, progress: Progress | None = None) -> BuildSummary:
    """Build every output from the page files in ``paths``.

    ``jobs`` local processes (or the Dask ``scheduler`` at an address) do the per-page
    work; ``cache_dir`` keeps per-page results between builds (None: a temporary cache
    removed afterwards).
    """
    started = time.perf_counter()
    summary = BuildSummary()
    files, errors = find_page_files(paths)
    summary.errors.extend(errors)
    with tempfile.TemporaryDirectory(prefix="kg-build-") as scratch, \
            page_executor(jobs, scheduler) as run:
        cache = PageCache(cache_dir if cache_dir is not None else scratch)
        passes = _Passes(files, cache, run, summary, progress)
        passes.extract()
        summary.pages = len(passes.pages)
        summary.timings["extract"] = time.perf_counter() - started
        summary.home_city = home_city or guess_home_city(
            a for a in passes.article_texts())
        step = time.perf_counter()
        jsonl = out_dir / "articles.jsonl"
        if passes.pages:
            out_dir.mkdir(parents=True, exist_ok=True)
            with atomic_path(jsonl) as tmp, open(tmp, "w", encoding="utf-8") as fh:
                for lines in passes.enrich(summary.home_city):
                    summary.articles += lines.count("\n")
                    fh.write(lines)
        summary.timings["entities"] = time.perf_counter() - step
    if summary.articles:
        _write_outputs(jsonl, out_dir, base_iri, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _write_outputs(jsonl: Path, out_dir: Path, base_iri: str | None,
                   summary: BuildSummary) -> None:
    from .graph import build_graph, write_graphml
    from .rdf import DEFAULT_BASE, write_turtle
    from .records import read_records
    from .report import compute_coverage
    from .report_render import write_report
    from .views import write_views

    def timed(name: str, fn, *args):
        step = time.perf_counter()
        value = fn(*args)
        summary.timings[name] = time.perf_counter() - step
        return value

    graph = timed("graph", build_graph, read_records(jsonl))
    ttl, store = out_dir / "graph.ttl", out_dir / STORE_NAME
    timed("turtle", write_turtle, graph, ttl, base_iri or DEFAULT_BASE)
    summary.triples = timed("store", write_store, ttl, store)
    timed("graphml", write_graphml, graph, out_dir / "graph.graphml")
    summary.outputs += [jsonl, ttl, store, out_dir / "graph.graphml"]
    coverage = timed("coverage", compute_coverage, store)
    summary.outputs += timed("report", write_report, coverage, out_dir)
    counts = {"pages": summary.pages, "articles": summary.articles, "triples": summary.triples}
    summary.outputs += timed("views", lambda: write_views(graph, out_dir, summary=counts))
