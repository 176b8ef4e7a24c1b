"""Turn a list of graph nodes into one offline HTML view: pyvis's node and edge classes
build the network data, our own template (``kg/view_assets/view.html``) writes the page.

pyvis's own template pulls bootstrap and vis from CDNs even with ``cdn_resources="local"``
(pyvis 0.3.2 ``templates/template.html``), so only its network model and its packaged
copy of vis-network are used. Untrusted text (headlines, names) never reaches HTML
markup: the page template is autoescaped, the graph travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the
tooltips are built from DOM text nodes by ``kg-view.js``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
import networkx as nx
import numpy as np
import pyvis
from pyvis.edge import Edge
from pyvis.node import Node

from kg.views_layout import force_layout
from kg.views_select import articles_behind
from kg.views_style import TYPE_STYLES, node_size, style_for

__all__ = [
    "ASSETS_DIR",
    "TEMPLATES",
    "MAX_TOOLTIP_ARTICLES",
    "PHYSICS_ITERATIONS",
    "PHYSICS_NODE_LIMIT",
    "PreparedView",
    "View",
    "ViewCache",
    "prepare_view",
    "render_page",
    "renderer_version",
    "script_json",
    "view_data",
    "view_json",
]

ASSETS_DIR = Path(__file__).parent / "view_assets"
MAX_TOOLTIP_ARTICLES = 8  # more would not fit on a screen; the rest are counted
ARTICLE_LABEL_CHARS = 12  # article nodes show the headline cut to this length
# Every view starts from a layout computed in Python (kg/views_layout.py). Up to this
# many nodes vis-network's physics then polishes it for PHYSICS_ITERATIONS steps and
# stops; above it the layout is drawn as is. Measured in headless Chromium on the 2-core
# build machine: barnesHut costs ~9 ms per step for 600 nodes, ~28 ms for 1,500; a
# 114-node district view is ready in ~0.6 s, graph.html with 1,500 nodes in ~0.7-1 s.
PHYSICS_NODE_LIMIT = 300
PHYSICS_ITERATIONS = 120
_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', " \
        "'Microsoft YaHei', sans-serif"

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(ASSETS_DIR),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class View:
    """One HTML page to write: what it is called and which nodes it shows."""

    path: str  # relative to the output folder, e.g. "districts/410103.html"
    title: str
    nodes: list[str]
    note: str = ""  # a sentence under the title, e.g. what was left out
    focus: str | None = None  # node to select when the page opens


def script_json(value: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or ``&``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _article_row(G: nx.MultiDiGraph, a: str) -> dict:
    attrs = G.nodes[a]
    return {"h": attrs.get("headline") or attrs.get("label") or a,
            "d": attrs.get("date") or "", "p": attrs.get("page") or ""}


def _label(attrs: dict, key: str) -> str:
    label = str(attrs.get("label") or key)
    if attrs.get("type") == "article" and len(label) > ARTICLE_LABEL_CHARS:
        return label[:ARTICLE_LABEL_CHARS] + "…"
    return label


def _info(G: nx.MultiDiGraph, n: str) -> dict:
    attrs = G.nodes[n]
    arts = articles_behind(G, n)
    name = attrs.get("headline") if attrs.get("type") == "article" else None
    return {
        "name": str(name or attrs.get("label") or n),
        "type": style_for(attrs.get("type", "")).legend,
        "code": attrs.get("code") or "",
        "aliases": [str(a) for a in attrs.get("aliases") or []],
        "roles": [str(r) for r in attrs.get("roles") or []],
        "count": int(attrs.get("article_count") or 0),
        "articles": [_article_row(G, a) for a in arts[:MAX_TOOLTIP_ARTICLES]],
        "more": max(0, len(arts) - MAX_TOOLTIP_ARTICLES),
    }


def _options(physics: bool, count: int) -> dict:
    return {
        "nodes": {"font": {"face": _FONT, "size": 14, "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"color": {"color": "#b8b8b8", "highlight": "#555555"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
                  "smooth": False, "width": 1},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": count > 300,
                        "navigationButtons": False, "keyboard": False},
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140,
                          "springConstant": 0.04, "avoidOverlap": 0.3},
            "stabilization": {"enabled": physics, "iterations": PHYSICS_ITERATIONS,
                              "updateInterval": 50, "fit": True},
        },
    }


def _page_options(count: int) -> dict:
    """The options of a page of ``count`` nodes (physics only for small ones)."""
    return _options(count <= PHYSICS_NODE_LIMIT, count)


@dataclass(frozen=True)
class _Drawn:
    """A node as every view draws it: pyvis's node options with ``x`` = ``y`` = 0, and
    their :func:`script_json` text cut around the position."""

    type: str  # the legend's name of its type
    options: dict
    json_head: str  # '{"color":…,"x":'
    json_tail: str  # ',"id":…}'
    digest: bytes  # SHA-256 of type, head and tail: what a page's fingerprint takes of it


class ViewCache:
    """What the views of one graph share, computed once per node: how it is drawn, its
    tooltip (a district's is shown in hundreds of views and lists its thousands of
    articles), and its out-edges grouped by neighbour. Filled as views ask."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G
        self._drawn: dict[str, _Drawn] = {}
        self._succ: dict[str, dict[str, list[str]]] = {}
        self._json: dict[str | tuple[str, ...], str] = {}  # node key or relations → JSON
        self._edge_tail: dict[tuple[str, str], str] = {}  # edge's JSON after its id
        self._succ_digest: dict[str, bytes] = {}

    def drawn(self, n: str) -> _Drawn:
        drawn = self._drawn.get(n)
        if drawn is None:
            attrs = self.G.nodes[n]
            node_type = attrs.get("type", "")
            style = style_for(node_type)
            shown = node_type if node_type in TYPE_STYLES else "other"
            options = Node(n, style.shape, label=_label(attrs, n) or n, color=style.colour,
                           size=node_size(node_type, int(attrs.get("article_count") or 0)),
                           type=shown, info=_info(self.G, n), x=0, y=0).options
            items = list(options.items())
            at = [k for k, _ in items].index("x")
            head = script_json(dict(items[:at]))[:-1]
            tail = script_json(dict(items[at + 2:]))[1:]
            head = head + ("," if at else "") + '"x":'
            tail = ("," if len(tail) > 1 else "") + tail
            # JSON text holds no raw newline, so the three parts cannot run into each other
            digest = hashlib.sha256(f"{shown}\n{head}\n{tail}".encode()).digest()
            drawn = self._drawn[n] = _Drawn(shown, options, head, tail, digest)
        return drawn

    def edge_tail(self, u: str, v: str) -> str:
        """:func:`script_json` of the drawn edge ``u`` → ``v`` after its ``id``: pyvis's
        ``Edge`` options in their order (tests compare it with :func:`view_data`)."""
        tail = self._edge_tail.get((u, v))
        if tail is None:
            relations = tuple(self.succ(u)[v])
            tail = self._edge_tail[u, v] = (f',"relations":{self._text(relations)},"from":'
                                            f'{self._text(u)},"to":{self._text(v)},'
                                            '"arrows":"to"}')
        return tail

    def _text(self, value: str | tuple[str, ...]) -> str:
        text = self._json.get(value)
        if text is None:
            text = self._json[value] = script_json(value)
        return text

    def succ_digest(self, n: str) -> bytes:
        """SHA-256 of :meth:`succ` of ``n`` (its successors and relations, in order)."""
        digest = self._succ_digest.get(n)
        if digest is None:
            digest = self._succ_digest[n] = hashlib.sha256(
                script_json(list(self.succ(n).items())).encode()).digest()
        return digest

    def succ(self, n: str) -> dict[str, list[str]]:
        """``n``'s successors, each with the sorted names of its relations to it."""
        out = self._succ.get(n)
        if out is None:
            out = self._succ[n] = {v: sorted(str(k) for k in keys)
                                   for v, keys in self.G._succ[n].items()}
        return out


def _cache_for(G: nx.MultiDiGraph, cache: ViewCache | None) -> ViewCache:
    return cache if cache is not None and cache.G is G else ViewCache(G)


def _edges(G: nx.MultiDiGraph, nodes: list[str], cache: ViewCache | None,
           ) -> tuple[ViewCache, list[tuple[str, str]], list[tuple[int, int]]]:
    """The drawn edges among ``nodes`` (sorted), and the layout's input: the index pairs
    they join (sorted, no loops or repeats)."""
    cache = _cache_for(G, cache)
    index = {n: i for i, n in enumerate(nodes)}
    among, succ_of = index.keys(), cache.succ
    edges, pairs = [], set()
    for u in sorted(nodes):  # the edges among ``nodes`` (G.subgraph's filtered views are slow)
        linked = succ_of(u).keys() & among
        for v in sorted(linked) if linked else ():
            edges.append((u, v))
            if u != v:
                i, j = index[u], index[v]
                pairs.add((i, j) if i < j else (j, i))
    return cache, edges, sorted(pairs)


def _laid_out(cache: ViewCache, nodes: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """The JSON tails of the drawn edges among ``nodes`` and each node's position."""
    _, edges, pairs = _edges(cache.G, nodes, cache)
    return [cache.edge_tail(u, v) for u, v in edges], force_layout(len(nodes), pairs)


def view_data(G: nx.MultiDiGraph, nodes: list[str], cache: ViewCache | None = None) -> dict:
    """The vis-network nodes, edges and options of a view (plain JSON-able values), in
    pyvis's format (``pyvis.node.Node`` and ``pyvis.edge.Edge`` options of a directed
    ``Network``; its ``add_node``/``add_edge`` are skipped: they search a list per call).

    Parallel edges of the MultiDiGraph (e.g. an article both ``about`` and ``mentions``
    a district) become one drawn edge whose tooltip lists the relations. ``cache``: see
    :class:`ViewCache`; pass the same one to every view of ``G``.
    """
    cache, ends, pairs = _edges(G, nodes, cache)
    positions = force_layout(len(nodes), pairs)
    drawn = []
    for n, (x, y) in zip(nodes, positions, strict=True):
        drawn.append(options := dict(cache.drawn(n).options))
        options["x"], options["y"] = x, y
    physics = len(nodes) <= PHYSICS_NODE_LIMIT
    edges = [Edge(u, v, True, id=f"e{i}", relations=cache.succ(u)[v]).options
             for i, (u, v) in enumerate(ends)]
    return {"nodes": drawn, "edges": edges, "options": _options(physics, len(nodes))}


def view_json(G: nx.MultiDiGraph, nodes: list[str], focus: str | None = None,
              cache: ViewCache | None = None) -> str:
    """``script_json({**view_data(G, nodes, cache), "focus": focus})``, from each node's
    text cached in ``cache`` (most of a page's bytes are tooltips repeated across views)."""
    cache = _cache_for(G, cache)
    tails, positions = _laid_out(cache, nodes)
    return _json([cache.drawn(n) for n in nodes], tails, positions, focus)


def _json(drawn: list[_Drawn], tails: list[str], positions: list[tuple[int, int]],
          focus: str | None) -> str:
    parts = [f'{d.json_head}{x},"y":{y}{d.json_tail}'
             for d, (x, y) in zip(drawn, positions, strict=True)]
    lines = [f'{{"id":"e{i}"{tail}' for i, tail in enumerate(tails)]
    options = _page_options(len(drawn))
    return (f'{{"nodes":[{",".join(parts)}],"edges":[{",".join(lines)}],'
            f'"options":{script_json(options)},"focus":{script_json(focus)}}}')


@lru_cache(maxsize=1)
def renderer_version() -> str:
    """What a page's bytes depend on besides kg's Python code (which
    :func:`kg.cache.code_version` covers, but not ``view_assets/``): the templates and
    assets, and the versions of pyvis (node and edge options), jinja2 (the template
    engine) and numpy (the layout's arithmetic)."""
    digest = hashlib.sha256()
    for path in sorted(ASSETS_DIR.iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(f"pyvis {pyvis.__version__} jinja2 {jinja2.__version__} "
                  f"numpy {np.__version__}".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class PreparedView:
    """A view with its nodes drawn, ready to fingerprint or render. The edges among its
    nodes and their layout are worked out only to render: the fingerprint takes each
    node's successors instead (317 views of a 6,000-page graph fingerprinted in 9.4 s
    instead of 13.2; a change there that the view does not show costs a needless
    redraw, never a stale page)."""

    view: View
    drawn: list[_Drawn]  # of view.nodes, in their order
    cache: ViewCache

    def fingerprint(self) -> bytes:
        """SHA-256 of every input of :meth:`render`: same fingerprint (and
        :func:`renderer_version`, and kg's code), same bytes. The layout follows from
        the nodes' order and the edges among them, which follow from the nodes (each
        drawn node's text holds its id) and their successors with their relations."""
        view, count = self.view, len(self.drawn)
        head = [view.path, view.title, view.note, view.focus, count, _page_options(count)]
        digest = hashlib.sha256(script_json(head).encode())
        digest.update(b"".join(d.digest for d in self.drawn))  # fixed size; count in head
        succ_digest = self.cache.succ_digest
        digest.update(b"".join(succ_digest(n) for n in view.nodes))
        return digest.digest()

    def render(self) -> str:
        """The full HTML text, links relative to the view's folder. Reads nothing but
        what :meth:`fingerprint` hashes."""
        view, drawn = self.view, self.drawn
        tails, positions = _laid_out(self.cache, view.nodes)
        counts = Counter(d.type for d in drawn)
        order = [*TYPE_STYLES, "other"]
        legend = [{"name": t, "symbol": style_for(t).symbol, "legend": style_for(t).legend,
                   "count": counts[t]} for t in order if counts[t]]
        root = "../" * view.path.count("/")
        return TEMPLATES.get_template("view.html").render(
            title=view.title, note=view.note, root=root, legend=legend,
            node_count=len(drawn), edge_count=len(tails),
            data_json=_json(drawn, tails, positions, view.focus),
        )


def prepare_view(G: nx.MultiDiGraph, view: View, cache: ViewCache | None = None) -> PreparedView:
    """``view``'s drawn nodes, ready to fingerprint or render; ``cache``: shared by the
    views of one graph (see :class:`ViewCache`)."""
    cache = _cache_for(G, cache)
    return PreparedView(view, [cache.drawn(n) for n in view.nodes], cache)


def render_page(G: nx.MultiDiGraph, view: View, cache: ViewCache | None = None) -> str:
    """The full HTML text of ``view`` (links relative to its folder); ``cache``: shared
    by the views of one graph (see :class:`ViewCache`)."""
    return prepare_view(G, view, cache).render()
