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
import re
from pathlib import Path

import networkx as nx
import pyvis

from kg.atomic import write_bytes_atomic, write_text_atomic
from kg.views_render import ASSETS_DIR, TEMPLATES, View, render_page
from kg.views_select import (
    BYLINE_RELATIONS,
    district_keys,
    district_nodes,
    most_connected,
    reporter_keys,
    reporter_nodes,
)
from kg.views_style import legend_css

__all__ = ["VIEW_NODE_LIMIT", "ViewError", "view_file_name", "write_views"]

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


def _view(G: nx.MultiDiGraph, path: str, title: str, nodes: list[str],
          focus: str | None = None) -> View:
    capped = most_connected(G, nodes, VIEW_NODE_LIMIT)
    note = ""
    if capped.left_out:
        parts = ", ".join(f"{n:,} {t}" for t, n in capped.left_out.items())
        shown, total = f"{len(capped.nodes):,}", f"{capped.total:,}"
        note = (f"Showing the {shown} most connected of {total} nodes. Left out: {parts}. "
                "Every article with its people and places is in the district and reporter "
                f"views linked from the index. 仅显示连接最多的 {shown} 个节点（共 {total} 个）；"
                "其余见目录中的区县视图和记者视图。")
    if focus not in capped.nodes:
        focus = None
    return View(path, title, capped.nodes, note, focus)


def _unique(paths: list[str]) -> None:
    if len(set(paths)) != len(paths):
        raise ViewError("two views would share one file name: " + ", ".join(sorted(paths)))


def write_views(G: nx.MultiDiGraph, out_dir: Path, *,
                summary: dict | None = None) -> list[Path]:
    """Write ``index.html``, ``graph.html``, ``districts/*.html``, ``reporters/*.html``
    and ``lib/`` under ``out_dir``; return the paths written, index first.

    ``summary`` holds counts from the build (``pages``, ``articles``, ``people``,
    ``places``, ``triples``, …); counts it lacks are taken from ``G``.
    """
    out_dir = Path(out_dir)
    views = [_view(G, "graph.html", "Whole graph 全图", sorted(G))]
    districts, reporters = [], []
    for key in district_keys(G):
        path = "districts/" + view_file_name(G, key)
        attrs = G.nodes[key]
        views.append(_view(G, path, f"{_label(G, key)} — district 区县",
                           district_nodes(G, key), key))
        districts.append({"href": path, "name": _label(G, key), "code": attrs.get("code") or "",
                          "count": int(attrs.get("article_count") or 0)})
    for key in reporter_keys(G):
        path = "reporters/" + view_file_name(G, key)
        views.append(_view(G, path, f"{_label(G, key)} — reporter 记者",
                           reporter_nodes(G, key), key))
        count = len({v for _, v, k in G.out_edges(key, keys=True) if k in BYLINE_RELATIONS})
        reporters.append({"href": path, "name": _label(G, key), "count": count})
    _unique([v.path for v in views])

    written = [out_dir / "index.html"]
    write_text_atomic(written[0], _index(G, summary or {}, views[0], districts, reporters))
    infos: dict = {}  # node → tooltip, shared by all views
    for view in views:
        written.append(out_dir / view.path)
        write_text_atomic(written[-1], render_page(G, view, infos))
    return written + _write_lib(out_dir)


def _index(G: nx.MultiDiGraph, summary: dict, graph: View, districts: list[dict],
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
    graph_note = graph.note or f"all {len(graph.nodes):,} nodes 全部节点"
    return TEMPLATES.get_template("index.html").render(
        title="Knowledge graph of local news 本地新闻知识图谱", counts=counts,
        graph_note=graph_note, districts=districts, reporters=reporters)
