"""Interactive offline HTML views of the graph: an index, the whole graph, one view per
district and one per reporter, sharing one local copy of vis-network in ``lib/``.

>>> import networkx as nx, tempfile
>>> G = nx.MultiDiGraph()
>>> G.add_node("district:410103", type="district", label="二七区", aliases=[],
...            code="410103", article_count=0)
>>> out = Path(tempfile.mkdtemp())
>>> [p.relative_to(out).as_posix() for p in write_views(G, out)][:3]
['index.html', 'graph.html', 'districts/410103.html']
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyvis

from kg.atomic import write_bytes_atomic, write_text_atomic
from kg.cache import PageCache, cache_key
from kg.parallel import can_fork
from kg.views_render import ASSETS_DIR, TEMPLATES, View, ViewCache, prepare_view, renderer_version
from kg.views_select import (
    BYLINE_RELATIONS,
    district_keys,
    district_nodes,
    most_connected,
    reporter_keys,
    reporter_nodes,
)
from kg.views_style import legend_css

__all__ = ["VIEW_NODE_LIMIT", "DrawnViews", "ViewError", "ViewTickets", "draw_views",
           "view_file_name", "write_index", "write_views"]

# A view shows at most this many nodes (the most connected) and says what it left out:
# more is unreadable, and the layout and drawing stay within ~2 s (kg/views_layout.py).
VIEW_NODE_LIMIT = 1500
PLACE_TYPES = ("province", "city", "district", "street", "community", "compound")
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_LIB_FILES = {  # file in lib/ → where it comes from
    "vis-network.min.js": _VIS_DIR / "vis-network.min.js",
    "vis-network.css": _VIS_DIR / "vis-network.css",
    "kg-view.js": ASSETS_DIR / "kg-view.js",
}
_LIB_NAMES = (*_LIB_FILES, "kg-view.css")
_SAFE_CODE = re.compile(r"[0-9A-Za-z]{1,40}")


class ViewError(Exception):
    """The views cannot be written (e.g. pyvis's copy of vis-network is missing)."""


def view_file_name(G: nx.MultiDiGraph, key: str) -> str:
    """``<official code>.html`` when the node has a plain code, else a hash of its key."""
    code = str(G.nodes[key].get("code") or "")
    if _SAFE_CODE.fullmatch(code):
        return f"{code}.html"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16] + ".html"


def _count(G: nx.MultiDiGraph, *types: str) -> int:
    return sum(1 for _, t in G.nodes(data="type") if t in types)


def _label(G: nx.MultiDiGraph, key: str) -> str:
    return str(G.nodes[key].get("label") or key)


def _write_lib(out_dir: Path) -> list[Path]:
    written = []
    for name, source in _LIB_FILES.items():
        if not source.is_file():
            raise ViewError(f"{source}: missing; the HTML views need this file")
        written.append(out_dir / "lib" / name)
        write_bytes_atomic(written[-1], source.read_bytes())
    css = (ASSETS_DIR / "kg-view.css").read_text(encoding="utf-8") + legend_css()
    written.append(out_dir / "lib" / "kg-view.css")
    write_text_atomic(written[-1], css)
    return written


@dataclass(frozen=True)
class _Task:
    """One view to write: its file, title, and the node whose neighbourhood it shows
    (``None``: the whole graph)."""

    path: str
    title: str
    key: str | None = None
    select: Callable[[nx.MultiDiGraph, str], list[str]] | None = None


def _view(G: nx.MultiDiGraph, task: _Task) -> View:
    nodes = sorted(G) if task.select is None else task.select(G, task.key)
    capped = most_connected(G, nodes, VIEW_NODE_LIMIT)
    note = ""
    if capped.left_out:
        parts = ", ".join(f"{n:,} {t}" for t, n in capped.left_out.items())
        shown, total = f"{len(capped.nodes):,}", f"{capped.total:,}"
        note = (f"Showing the {shown} most connected of {total} nodes. Left out: {parts}. "
                "Every article with its people and places is in the district and reporter "
                f"views linked from the index. 仅显示连接最多的 {shown} 个节点（共 {total} 个）；"
                "其余见目录中的区县视图和记者视图。")
    focus = task.key if task.key in capped.nodes else None
    return View(task.path, task.title, capped.nodes, note, focus)


def _unique(paths: list[str]) -> None:
    if len(set(paths)) != len(paths):
        raise ViewError("two views would share one file name: " + ", ".join(sorted(paths)))


class ViewTickets:
    """Hands out the numbers of one list of views, each once, to every process that
    draws from it: the build's views process and, once its own steps are done, the
    main process, so neither waits idle while the other still has views to draw.
    ``shared``: through fork (a counter in shared memory, which needs the system's
    semaphores); else in this process only."""

    def __init__(self, *, shared: bool = True) -> None:
        self._next = multiprocessing.Value("q", 0) if shared else None
        self._local = itertools.count()

    def take(self) -> int:
        if self._next is None:
            return next(self._local)
        with self._next.get_lock():
            number = self._next.value
            self._next.value = number + 1
        return number


@dataclass(frozen=True)
class _Drained:
    """What one process wrote: each view's note (what it left out, or that it shows
    all) by path, and the paths of those whose bytes came from the page cache."""

    notes: dict[str, str]
    reused: set[str]


@dataclass(frozen=True)
class _Job:
    """The views to write, what they share (one cache per process), who hands out
    their numbers, and the build's page cache (None: render every view)."""

    G: nx.MultiDiGraph
    out_dir: Path
    tasks: list[_Task]
    cache: ViewCache
    tickets: ViewTickets
    pages: PageCache | None = None

    def write(self, i: int, drained: _Drained) -> None:
        """Write view ``i``: its bytes from the page cache when its fingerprint is
        there (no layout, no template), else rendered (and stored)."""
        view = _view(self.G, self.tasks[i])
        prepared = prepare_view(self.G, view, self.cache)
        pages, key, data = self.pages, "", None
        if pages is not None:
            key = cache_key("view", view.path, prepared.fingerprint(), renderer_version())
            data = pages.get(key)  # None if missing or corrupt
        if data is not None:
            drained.reused.add(view.path)
        else:
            data = prepared.render().encode("utf-8")
            if pages is not None:
                pages.put(key, data)
        write_bytes_atomic(self.out_dir / view.path, data)
        drained.notes[view.path] = view.note or f"all {len(view.nodes):,} nodes 全部节点"

    def drain(self) -> _Drained:
        """Write views while numbers are left (in order, so the costliest go first: the
        whole graph, then districts)."""
        drained = _Drained({}, set())
        while (i := self.tickets.take()) < len(self.tasks):
            self.write(i, drained)
        return drained


_FORKED: _Job | None = None  # what the forked workers of write_views inherit


def _drain_forked(_worker: int) -> _Drained:
    if _FORKED is None:
        raise ViewError("a view worker started without its views")
    return _FORKED.drain()


def _forks(jobs: int, views: int) -> bool:
    """Whether ``jobs`` processes draw ``views`` views (else this one alone)."""
    return jobs > 1 and views > 1 and can_fork()


def _write_all(job: _Job, jobs: int) -> _Drained:
    """The views of ``job`` whose numbers this process and its ``jobs`` - 1 forked
    helpers take. Each file depends only on ``job`` (a cached page: on the same inputs),
    so the bytes are the same whoever writes it."""
    global _FORKED
    if not _forks(jobs, len(job.tasks)):
        return job.drain()
    _FORKED = job
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(job.tasks))) as pool:
            parts = pool.map(_drain_forked, range(jobs), chunksize=1)
    finally:
        _FORKED = None
    return _Drained({path: note for part in parts for path, note in part.notes.items()},
                    {path for part in parts for path in part.reused})


@dataclass(frozen=True)
class DrawnViews:
    """What :func:`draw_views` wrote, and what the index needs to list it."""

    paths: list[Path]  # graph.html, districts/…, reporters/…, lib/…
    notes: dict[str, str]  # by path, of the views this process (and its helpers) drew
    districts: list[dict]
    reporters: list[dict]
    reused: frozenset[str] = frozenset()  # paths of those drawn from the page cache

    @property
    def rendered(self) -> frozenset[str]:
        """Paths of the views drawn here that were laid out and rendered."""
        return frozenset(self.notes) - self.reused

    def __or__(self, other: DrawnViews) -> DrawnViews:
        """The same list of views, with the notes of the views either drew."""
        return DrawnViews(self.paths, {**self.notes, **other.notes}, self.districts,
                          self.reporters, self.reused | other.reused)


def write_views(G: nx.MultiDiGraph, out_dir: Path, *, summary: dict | None = None,
                jobs: int = 1) -> list[Path]:
    """Write ``index.html``, ``graph.html``, ``districts/*.html``, ``reporters/*.html``
    and ``lib/`` under ``out_dir``; return the paths written, index first.

    ``summary`` holds counts from the build (``pages``, ``articles``, ``people``,
    ``places``, ``triples``, …); counts it lacks are taken from ``G``. ``jobs`` > 1
    splits the views over that many forked processes (where the OS can fork; the
    graph is inherited, not pickled); the files are the same whatever ``jobs``.
    """
    drawn = draw_views(G, out_dir, jobs=jobs)
    return [write_index(G, out_dir, drawn, summary), *drawn.paths]


def draw_views(G: nx.MultiDiGraph, out_dir: Path, *, jobs: int = 1,
               tickets: ViewTickets | None = None, lib: bool = True,
               cache: PageCache | None = None) -> DrawnViews:
    """Every view but the index (which :func:`write_index` writes, once the build's
    counts are known: the build draws the views before its Turtle is written).

    With ``tickets`` shared with other processes drawing the same graph, only the views
    whose numbers this one takes: combine what each drew with ``|``. ``lib``: also
    write ``lib/`` (one of them is enough). ``cache``: the build's page cache; a view
    whose inputs (its nodes' and edges' drawn JSON, title, note, …: see
    :meth:`kg.views_render.PreparedView.fingerprint`) are in it is written from there, without
    layout or template (an incremental build redraws only the views a change touches)."""
    out_dir = Path(out_dir)
    tasks = [_Task("graph.html", "Whole graph 全图")]
    districts, reporters = [], []
    for key in district_keys(G):
        path = "districts/" + view_file_name(G, key)
        attrs = G.nodes[key]
        tasks.append(_Task(path, f"{_label(G, key)} — district 区县", key, district_nodes))
        districts.append({"href": path, "name": _label(G, key), "code": attrs.get("code") or "",
                          "count": int(attrs.get("article_count") or 0)})
    for key in reporter_keys(G):
        path = "reporters/" + view_file_name(G, key)
        tasks.append(_Task(path, f"{_label(G, key)} — reporter 记者", key, reporter_nodes))
        count = len({v for _, v, k in G.out_edges(key, keys=True) if k in BYLINE_RELATIONS})
        reporters.append({"href": path, "name": _label(G, key), "count": count})
    _unique([t.path for t in tasks])

    shared = _forks(jobs, len(tasks))
    job = _Job(G, out_dir, tasks, ViewCache(G), tickets or ViewTickets(shared=shared), cache)
    drained = _write_all(job, jobs)
    paths = [*(out_dir / t.path for t in tasks),
             *(_write_lib(out_dir) if lib else (out_dir / "lib" / n for n in _LIB_NAMES))]
    return DrawnViews(paths, drained.notes, districts, reporters, frozenset(drained.reused))


def write_index(G: nx.MultiDiGraph, out_dir: Path, drawn: DrawnViews,
                summary: dict | None = None) -> Path:
    """``index.html``: the build's counts (``summary``, else counted in ``G``) and links
    to the views in ``drawn``."""
    index = Path(out_dir) / "index.html"
    write_text_atomic(index, _index(G, summary or {}, drawn.notes["graph.html"],
                                    drawn.districts, drawn.reporters))
    return index


def _index(G: nx.MultiDiGraph, summary: dict, graph_note: str, districts: list[dict],
           reporters: list[dict]) -> str:
    known = {
        "pages": _count(G, "page"), "articles": _count(G, "article"),
        "people": _count(G, "person"), "places": _count(G, *PLACE_TYPES),
        "triples": None,
    }
    values = {**known, **summary}
    counts = [{"name": name, "value": "—" if values[name] is None else f"{values[name]:,}"
               if isinstance(values[name], int) else str(values[name])}
              for name in [*known, *sorted(set(summary) - set(known))]]
    return TEMPLATES.get_template("index.html").render(
        title="Knowledge graph of local news 本地新闻知识图谱", counts=counts,
        graph_note=graph_note, districts=districts, reporters=reporters)
