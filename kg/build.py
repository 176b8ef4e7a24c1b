"""`kg build`: page files → articles.jsonl → graph → Turtle, store, GraphML, report, views.

Per-page work runs in two passes, each on the executor chosen by ``jobs``/``scheduler``
(:mod:`kg.parallel`), each page's result cached by content hash (:mod:`kg.cache`):

1. read the page, split it into articles (no entities yet);
2. find the articles' entities, given the paper's home city, which is inferred from the
   articles of all pages between the two passes (a page whose own places decide another
   city is read with that one: a batch may mix papers; a page naming one other city too
   seldom for that looks for its same-name townships there).

Results come back in file order, so any number of jobs writes the same bytes. Pages
stream through: the main process holds a few pages' results at a time (pass-1 results
wait in the cache, a temporary one under ``--no-cache``) and builds the graph from the
records as they arrive. Then the whole-graph outputs: GraphML and the views in forked
processes (``jobs`` > 1) while this process writes the Turtle, loads the store and
writes the report. A rebuild over a previous output updates its store by the Turtle
subjects that changed (:mod:`kg.store_delta`) and copies the views whose inputs are in
the cache.
Every output is written into a staging folder and moved into place at the end
(:mod:`kg.staging`), so a build that dies half-way leaves the previous ``output/`` as it
was.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import queue
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import PageCache, cache_key
from .enrich import enrich_articles, home_city_votes, page_fallback_city, page_home_city
from .graph import GraphBuilder, gc_frozen, gc_paused
from .model import Article
from .pages import (
    PAGE_SECONDS_ENV,
    PageError,
    PageTimeout,
    decode_page,
    find_page_files,
    page_seconds,
    read_page_bytes,
    read_page_text,
    source_names,
    time_limit,
)
from .parallel import page_executor, run_now, start_forked
from .pipeline import extract_text
from .places import decide_home_city
from .records import record_line
from .staging import Stage
from .store import (
    STORE_NAME,
    SliceWriter,
    StoreError,
    load_generation,
    load_generation_from,
)
from .store_delta import TurtleDiff, TurtleDigest, apply_delta, previous_store, write_marker

if TYPE_CHECKING:  # imported when the views are drawn: pyvis and jinja load slowly
    from .views import DrawnViews, ViewTickets

__all__ = ["SAMPLES_DIR", "BuildSummary", "Progress", "build", "extract_articles",
           "extract_stage", "enrich_stage"]

SAMPLES_DIR = Path(__file__).parent / "samples"
# Niceness of the forked GraphML/views process: the main process's Turtle → store →
# report chain is the longer one, so it gets the CPU first and then draws the views
# the other has not reached (6,000 pages, 2 jobs: that chain 38 → 30 s).
VIEWS_NICENESS = 10
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
    # (subject blocks removed, added) when the previous store was updated, not reloaded
    store_update: tuple[int, int] | None = None
    views_reused: int = 0  # views copied from the cache (their inputs unchanged)


def extract_articles(paths: list[Path], home_city: str | None = None,
                     summary: BuildSummary | None = None) -> list[Article]:
    """Read every page, split it into articles, then find their entities (in memory).

    The paper's home city (used to resolve same-name places) is inferred from all pages
    together unless given; a page whose own votes decide one uses its own
    (:func:`kg.enrich.page_home_city`).
    """
    summary = summary if summary is not None else BuildSummary()
    files, errors = find_page_files(paths)
    summary.errors.extend(errors)
    pages: list[list[Article]] = []
    votes: list[dict[str, int]] = []
    for path, source in zip(files, source_names(files), strict=True):
        try:
            text = read_page_text(path)
            pages.append(extract_text(source, text))
            votes.append(home_city_votes(pages[-1], text))
            summary.pages += 1
        except PageError as exc:
            summary.errors.append(exc)
    if home_city:
        summary.home_city, homes = home_city, [(home_city, None)] * len(pages)
    else:
        summary.home_city = decide_home_city(sum(map(Counter, votes), Counter()))
        homes = [_page_cities(page_votes, summary.home_city) for page_votes in votes]
    for page, (home, page_city) in zip(pages, homes, strict=True):
        enrich_articles(page, home, page_city)
    articles = [a for page in pages for a in page]
    summary.articles = len(articles)
    return articles


# A page's home city and its fallback city (:func:`kg.enrich.page_fallback_city`).
PageCities = tuple[str | None, str | None]


def _page_cities(page_votes: dict[str, int], batch_home: str | None) -> PageCities:
    home = page_home_city(page_votes, batch_home)
    return home, page_fallback_city(page_votes, home)


# --- the two per-page stages: module-level, picklable in and out (run on any worker) ---

def extract_stage(source: str, data: bytes) -> tuple[bytes | None, dict[str, int], str | None]:
    """Pass 1 of one page: (pickled articles without entities, the page's votes for the
    home city, None) or (None, {}, problem)."""
    try:
        seconds = page_seconds(len(data))
    except ValueError as exc:  # a bad KG_PAGE_SECONDS
        return None, {}, str(exc)
    try:
        with time_limit(seconds):
            text = decode_page(data, source)
            articles = extract_text(source, text)
            votes = home_city_votes(articles, text)
    except PageError as exc:
        return None, {}, exc.problem
    except Exception as exc:  # noqa: BLE001 - one page's failure is reported, not fatal
        return None, {}, _failure(exc)
    return pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL), votes, None


def enrich_stage(blob: bytes, home_city: str | None,
                 page_city: str | None = None) -> tuple[str | None, str | None]:
    """Pass 2 of one page: (its articles.jsonl lines, entities included, None) or (None,
    problem)."""
    try:
        seconds = page_seconds(len(blob))  # (more than the page's bytes: a generous limit)
    except ValueError as exc:
        return None, str(exc)
    try:
        with time_limit(seconds):
            articles = enrich_articles(pickle.loads(blob), home_city, page_city)
            return "".join(record_line(a) + "\n" for a in articles), None
    except Exception as exc:  # noqa: BLE001 - one page's failure is reported, not fatal
        return None, _failure(exc)


def _failure(exc: Exception) -> str:
    """One line saying why a page's work failed: stopped at its time limit, or a fault of
    ours (a bug on text nobody foresaw), named so it can be reported."""
    if isinstance(exc, PageTimeout):
        return (f"stopped after {exc.args[0]:g} s, still being read (raise the limit with "
                f"{PAGE_SECONDS_ENV}=<seconds>, 0 for none)")
    detail = " ".join(str(exc).split())[:200]
    return (f"internal error while reading this page ({type(exc).__name__}"
            f"{': ' + detail if detail else ''}); please report it with the page")


def _read_bytes(path: Path) -> bytes:
    return read_page_bytes(path)  # size limit (KG_MAX_PAGE_BYTES), bounded read, kg.pages


@dataclass
class _Page:
    path: Path
    key: str  # pass-1 cache key


def _votes_key(page: _Page) -> str:
    return cache_key("votes", page.key, b"")


class _Passes:
    """The two passes over the page files, sharing one cache and one executor."""

    def __init__(self, files: list[Path], cache: PageCache, run, summary: BuildSummary,
                 progress: Progress | None) -> None:
        self.files, self.cache, self.run = files, cache, run
        self.summary, self.progress = summary, progress
        self.pages: list[_Page] = []
        self.done = 0  # pages through pass 1 so far (for progress)
        self.sources = dict(zip(files, source_names(files), strict=True))  # unique names

    def _tick(self, stage: str, done: int) -> None:
        if self.progress:
            self.progress(stage, done, len(self.files))

    def _pass1_inputs(self, queued: deque[_Page],
                      unreadable: list[PageError]) -> Iterator[tuple[str, bytes]]:
        """The pages not in the cache, read one at a time as the executor takes them (so
        only its window of page texts is ever in memory); each is queued for its result."""
        for path in self.files:
            try:
                data = _read_bytes(path)
            except PageError as exc:
                unreadable.append(exc)
                continue
            page = _Page(path, cache_key("extract", self.sources[path], data))
            self.pages.append(page)
            if self.cache.has(page.key):
                self.done += 1
                self._tick("extract", self.done)
            else:
                queued.append(page)
                yield self.sources[path], data

    def extract(self) -> None:
        """Pass 1: articles of every page, into the cache; unreadable pages are errors."""
        queued: deque[_Page] = deque()
        unreadable: list[PageError] = []
        failures: list[PageError] = []
        failed: set[str] = set()
        for blob, votes, problem in self.run(extract_stage,
                                             self._pass1_inputs(queued, unreadable)):
            page = queued.popleft()  # results come in the order the pages went out
            if blob is None:
                failures.append(PageError(page.path, problem or "unreadable"))
                failed.add(page.key)
            else:
                self.cache.put(page.key, blob)
                self.cache.put(_votes_key(page), json.dumps(votes).encode("utf-8"))
                self.summary.extracted += 1
            self.done += 1
            self._tick("extract", self.done)
        # In file order, unreadable first: the same list whatever the executor's window.
        self.summary.errors.extend(unreadable + failures)
        self.pages = [p for p in self.pages if p.key not in failed]

    def blob(self, page: _Page) -> bytes:
        blob = self.cache.get(page.key)
        if blob is None:  # evicted or corrupted since pass 1: extract again, here
            blob, _, problem = extract_stage(self.sources[page.path], _read_bytes(page.path))
            if blob is None:
                raise PageError(page.path, problem or "unreadable")
            self.cache.put(page.key, blob)
        return blob

    def home_cities(self, given: str | None) -> tuple[str | None, list[PageCities]]:
        """The paper's home city from every page's votes (counted in pass 1, cached), and
        the cities each page is read with: its own home city where its votes decide one,
        unless the home city is ``given`` (:func:`_page_cities`)."""
        if given:
            return given, [(given, None)] * len(self.pages)
        votes = [self._votes(page) for page in self.pages]
        total: Counter[str] = Counter()
        for page_votes in votes:
            total.update(page_votes)
        batch = decide_home_city(total)
        return batch, [_page_cities(page_votes, batch) for page_votes in votes]

    def _votes(self, page: _Page) -> dict[str, int]:
        cached = self.cache.get(_votes_key(page))
        if cached is not None:
            with contextlib.suppress(ValueError):
                return json.loads(cached)
        # missing: count them here, from the page as pass 1 did
        text = decode_page(_read_bytes(page.path), self.sources[page.path])
        votes = home_city_votes(pickle.loads(self.blob(page)), text)
        self.cache.put(_votes_key(page), json.dumps(votes).encode("utf-8"))
        return votes

    def enrich(self, homes: list[PageCities]) -> Iterator[str]:
        """Pass 2: each page's record lines, in file order, its places read with its
        cities (``homes``, one pair a page)."""
        keys = [cache_key("enrich", p.key, b"", *cities)
                for p, cities in zip(self.pages, homes, strict=True)]
        hits = [self.cache.has(k) for k in keys]
        todo = ((self.blob(p), *cities)
                for p, cities, hit in zip(self.pages, homes, hits, strict=True) if not hit)
        fresh = self.run(enrich_stage, todo)
        for i, (page, key, hit) in enumerate(zip(self.pages, keys, hits, strict=True)):
            cached = self.cache.get(key) if hit else None
            if hit and cached is None:  # corrupt entry: recompute here
                lines, problem = enrich_stage(self.blob(page), *homes[i])
            elif not hit:
                lines, problem = next(fresh)
            self._tick("entities", i + 1)
            if cached is not None:
                yield cached.decode("utf-8")
            elif lines is None:  # the page is reported and left out; nothing cached
                self.summary.errors.append(PageError(page.path, problem or "unreadable"))
                self.summary.pages -= 1
            else:
                self.cache.put(key, lines.encode("utf-8"))
                self.summary.enriched += 1
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
    stage: Stage | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="kg-build-") as scratch, \
                page_executor(jobs, scheduler) as run:
            cache = PageCache(cache_dir if cache_dir is not None else scratch)
            passes = _Passes(files, cache, run, summary, progress)
            passes.extract()
            summary.pages = len(passes.pages)
            summary.timings["extract"] = time.perf_counter() - started
            summary.home_city, homes = passes.home_cities(home_city)
            if not passes.pages:
                return _done(summary, started)
            step = time.perf_counter()
            graph = GraphBuilder()  # fed while the records stream in: no second read
            stage = Stage(out_dir)
            # The graph grows: each collection would walk it all. Paused for the whole
            # pass, not per page: re-enabling it 6,000 times set off collections that
            # cost 2.6 s of a 6,000-page build (the graph makes no reference cycles).
            with open(stage.dir / "articles.jsonl", "w", encoding="utf-8") as fh, \
                    gc_paused():
                for lines in passes.enrich(homes):
                    summary.articles += lines.count("\n")
                    fh.write(lines)
                    for line in lines.split("\n")[:-1]:  # not splitlines: U+2028
                        graph.add_record(json.loads(line))
                fh.flush()
                os.fsync(fh.fileno())
            summary.timings["entities"] = time.perf_counter() - step
        # The workers are gone by now: forking the views' processes is safe.
        if summary.articles:  # else nothing is built and output/ stays as it was
            views_cache = PageCache(cache_dir) if cache_dir is not None else None
            _write_outputs(graph, stage, base_iri, summary, jobs=jobs, cache=views_cache)
    finally:
        if stage is not None:
            stage.discard()  # nothing left after a commit; a failed build's half
    return _done(summary, started)


def _done(summary: BuildSummary, started: float) -> BuildSummary:
    summary.seconds = time.perf_counter() - started
    return summary


def _write_outputs(builder: GraphBuilder, stage: Stage, base_iri: str | None,
                   summary: BuildSummary, *, jobs: int, cache: PageCache | None) -> None:
    """Graph → GraphML and the views (with ``jobs`` > 1: in forked processes, ``jobs``
    - 1 of them) beside Turtle, store and report (here; then this process draws the
    views still left), all into ``stage``; then the index, which needs the triple count;
    then all move into place together. Views whose inputs are in ``cache`` are copied
    from there, not drawn again."""

    def timed(name: str, fn, *args, **kwargs):
        step = time.perf_counter()
        value = fn(*args, **kwargs)
        summary.timings[name] = time.perf_counter() - step
        return value

    graph = timed("graph", builder.finish)
    with gc_frozen():
        _write_graph_outputs(graph, stage, base_iri, summary, timed, jobs=jobs, cache=cache)


def _write_graph_outputs(graph, stage: Stage, base_iri: str | None, summary: BuildSummary,
                         timed, *, jobs: int, cache: PageCache | None) -> None:
    """:func:`_write_outputs` once the graph is finished."""
    from .rdf import DEFAULT_BASE
    from .report import compute_coverage
    from .report_render import write_report
    from .views import ViewTickets, draw_views, write_index

    out_dir = stage.dir
    # Started first: the views need only the graph. Forked before the store thread
    # starts (a fork copies no running thread, and any lock it held stays held).
    tickets = ViewTickets(shared=jobs > 1)  # the views not yet drawn
    if jobs > 1:  # niced: the Turtle → store → report chain here is the longer one
        views = start_forked(_graph_views, graph, out_dir, jobs - 1, tickets, cache,
                             nice=VIEWS_NICENESS)
    else:
        views = run_now(_graph_views, graph, out_dir, 1, tickets, cache)
    helped: DrawnViews | None = None
    try:
        _write_turtle_and_store(graph, stage, base_iri or DEFAULT_BASE, summary, timed,
                                jobs=jobs)
        coverage = timed("coverage", compute_coverage, stage.store_generation)
        timed("report", write_report, coverage, out_dir)
        if jobs > 1:  # the views the other process has not reached: drawn here too
            helped = timed("views (main)", draw_views, graph, out_dir, tickets=tickets,
                           lib=False, cache=cache)
    except BaseException:
        with contextlib.suppress(Exception):  # its files land in the stage before the
            views()  # caller discards it, not after
        raise
    timings, drawn = views()
    summary.timings.update(timings)
    if helped is not None:
        drawn |= helped
    summary.views_reused = len(drawn.reused)
    counts = {"pages": summary.pages, "articles": summary.articles, "triples": summary.triples}
    write_index(graph, out_dir, drawn, counts)
    summary.outputs += timed("commit", stage.commit)
    summary.outputs.append(stage.out_dir / STORE_NAME)


def _write_turtle_and_store(graph, stage: Stage, base: str, summary: BuildSummary, timed,
                            *, jobs: int) -> None:
    """``graph.ttl`` into the stage and the store's new generation beside the output: the
    previous store updated by the subjects that changed when the output folder has one
    (:mod:`kg.store_delta`), else loaded whole (beside the writing with ``jobs`` > 1)."""
    from .rdf import write_turtle

    ttl, store = stage.dir / "graph.ttl", stage.out_dir / STORE_NAME
    digest = TurtleDigest()  # the store's marker: which Turtle it holds
    previous = previous_store(stage.out_dir, STORE_NAME)
    if previous is not None:
        diff = TurtleDiff(previous)
        try:
            summary.triples = timed("turtle", write_turtle, graph, ttl, base,
                                    tee=lambda data: (digest(data), diff(data)))
            delta = diff.finish()
        finally:
            diff.close()  # a failed write leaves the old file open otherwise
        if delta is not None:
            with contextlib.suppress(StoreError):  # e.g. the previous store gone: load
                stage.store_generation = timed("store (update)", apply_delta, previous,
                                               delta, store)
                summary.store_update = (len(delta.removed), len(delta.added))
        if stage.store_generation is None:
            stage.store_generation, _ = timed("store", load_generation, ttl, store)
    elif jobs > 1:  # the store loaded beside the Turtle writing, on a second core
        loader = _StoreLoader(store)
        summary.triples = timed("turtle", loader.write_turtle, graph, ttl, base, digest)
        stage.store_generation, _ = timed("store", loader.wait)
    else:
        summary.triples = timed("turtle", write_turtle, graph, ttl, base, tee=digest)
        stage.store_generation, _ = timed("store", load_generation, ttl, store)
    with contextlib.suppress(OSError):  # without it the next build loads the store whole
        write_marker(stage.store_generation, digest.hexdigest(), digest.size)


class _StoreLoader:
    """A new store generation loaded by a thread from the Turtle while this one writes
    it (Oxigraph's bulk load releases the GIL, so the two overlap). A thread, not a
    forked process: RocksDB in a child forked from a process that has opened a store
    before can deadlock."""

    _END, _ABORT = b"", None

    def __init__(self, store: Path) -> None:
        self.store = store
        self.pieces: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self.outcome: tuple[Path, int] | BaseException | None = None
        self.ended = False  # the writer's last piece (the end or an abort) was taken
        self.thread = threading.Thread(target=self._load, name="kg-store", daemon=True)
        self.thread.start()

    def _received(self) -> Iterator[bytes]:
        while True:
            piece = self.pieces.get()
            if piece is self._ABORT or piece == self._END:
                self.ended = True
                if piece is self._ABORT:
                    raise EOFError("the Turtle was not written to the end")
                return
            yield piece

    def _load(self) -> None:
        try:
            self.outcome = load_generation_from(self._received(), self.store,
                                                "the Turtle being written")
        except BaseException as exc:  # noqa: BLE001 - raised by wait(), in the writer
            self.outcome = exc
            while not self.ended:  # keeps the writer from blocking on a full queue
                piece = self.pieces.get()
                self.ended = piece is self._ABORT or piece == self._END

    def write_turtle(self, graph, ttl: Path, base: str, tee: Callable[[bytes], object]) -> int:
        """Write ``ttl`` (its text also to ``tee``) while the thread loads it."""
        from .rdf import write_turtle

        slices = SliceWriter(self.pieces.put)
        try:
            count = write_turtle(graph, ttl, base, tee=lambda data: (tee(data), slices(data)))
            slices.flush()
        except BaseException:
            self.pieces.put(self._ABORT)
            self.thread.join()
            raise
        self.pieces.put(self._END)
        return count

    def wait(self) -> tuple[Path, int]:
        self.thread.join()
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        assert self.outcome is not None
        return self.outcome


def _graph_views(graph, out_dir: Path, jobs: int, tickets: ViewTickets,
                 cache: PageCache | None) -> tuple[dict[str, float], DrawnViews]:
    """The outputs drawn from the graph alone (GraphML and the views but the index, as
    many as this process takes from ``tickets``): their seconds, and what the index
    lists."""
    from .graphml import write_graphml
    from .views import draw_views

    step = time.perf_counter()
    write_graphml(graph, out_dir / "graph.graphml")
    middle = time.perf_counter()
    drawn = draw_views(graph, out_dir, jobs=jobs, tickets=tickets, cache=cache)
    return {"graphml": middle - step, "views": time.perf_counter() - middle}, drawn
