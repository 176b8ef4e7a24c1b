"""Turn a list of graph nodes into one offline HTML view: pyvis builds the network data,
our own template (``kg/view_assets/view.html``) writes the page.

pyvis's own template pulls bootstrap and vis from CDNs even with ``cdn_resources="local"``
(pyvis 0.3.2 ``templates/template.html``), so only its network model and its packaged
copy of vis-network are used. Untrusted text (headlines, names) never reaches HTML
markup: the page template is autoescaped, the graph travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the
tooltips are built from DOM text nodes by ``kg-view.js``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import jinja2
import networkx as nx
from pyvis.network import Network

from kg.views_layout import spring_positions
from kg.views_select import articles_behind
from kg.views_style import TYPE_STYLES, node_size, style_for

__all__ = [
    "ASSETS_DIR",
    "TEMPLATES",
    "MAX_TOOLTIP_ARTICLES",
    "PHYSICS_ITERATIONS",
    "PHYSICS_NODE_LIMIT",
    "View",
    "render_page",
    "script_json",
    "view_data",
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


def view_data(G: nx.MultiDiGraph, nodes: list[str], infos: dict | None = None) -> dict:
    """The vis-network nodes, edges and options of a view (plain JSON-able values).

    Parallel edges of the MultiDiGraph (e.g. an article both ``about`` and ``mentions``
    a district) become one drawn edge whose tooltip lists the relations. ``infos``
    caches each node's tooltip across the views of one graph (a district's is shown in
    hundreds of views and lists its thousands of articles each time otherwise).
    """
    infos = {} if infos is None else infos
    physics = len(nodes) <= PHYSICS_NODE_LIMIT
    pos = spring_positions(G, nodes)
    net = Network(directed=True, cdn_resources="local")
    for n in nodes:
        attrs = G.nodes[n]
        node_type = attrs.get("type", "")
        style = style_for(node_type)
        net.add_node(n, label=_label(attrs, n), shape=style.shape, color=style.colour,
                     size=node_size(node_type, int(attrs.get("article_count") or 0)),
                     type=node_type if node_type in TYPE_STYLES else "other",
                     info=infos[n] if n in infos else infos.setdefault(n, _info(G, n)),
                     x=pos[n][0], y=pos[n][1])
    relations: dict[tuple[str, str], set[str]] = {}
    among = set(nodes)
    for u in nodes:  # the edges among ``nodes`` (G.subgraph's filtered views are slow)
        for v, keys in G.succ[u].items():
            if v in among:
                relations.setdefault((u, v), set()).update(str(k) for k in keys)
    for i, (u, v) in enumerate(sorted(relations)):
        net.add_edge(u, v, id=f"e{i}", relations=sorted(relations[(u, v)]))
    net.options = _options(physics, len(nodes))
    return {"nodes": net.nodes, "edges": net.edges, "options": net.options}


def render_page(G: nx.MultiDiGraph, view: View, infos: dict | None = None) -> str:
    """The full HTML text of ``view`` (links relative to its folder); ``infos``: a
    tooltip cache shared by the views of one graph (see :func:`view_data`)."""
    data = view_data(G, view.nodes, infos)
    data["focus"] = view.focus
    counts = Counter(n["type"] for n in data["nodes"])
    order = [*TYPE_STYLES, "other"]
    legend = [{"name": t, "symbol": style_for(t).symbol, "legend": style_for(t).legend,
               "count": counts[t]} for t in order if counts[t]]
    root = "../" * view.path.count("/")
    return TEMPLATES.get_template("view.html").render(
        title=view.title, note=view.note, root=root, legend=legend,
        node_count=len(data["nodes"]), edge_count=len(data["edges"]),
        data_json=script_json(data),
    )
