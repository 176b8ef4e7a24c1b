"""Article records → one NetworkX graph of everything found, and its GraphML export.

Node keys are strings with a type prefix, derived from the canonical entity, never from
run order: ``article:<record id>``, ``page:<page id>``, ``person:<name>``,
``<level>:<code>`` for gazetteer places (``district:410103``), ``<type>:<parent code or
x>/<name>`` for places the gazetteer lacks (``community:410103001/明月社区``),
``compound:<name>``, ``enterprise:<name>``, ``initiative:<name>``, ``organization:<name>``.

Resolution across articles falls out of the keys: one reporter name is one node; the
printed ``管城区`` and ``管城回族区`` share code 410104 and so one node (the printed form
becomes an alias); two ``城关镇`` with different codes are two nodes.

Edges (``MultiDiGraph`` key = relation): ``authored`` / ``corresponded`` /
``photographed`` (person → article), ``mentions`` (article → entity, one edge per
pair; ``text``/``span``/``rule`` of the first occurrence, ``spans``/``texts``/``rules``
of all), ``about`` (article → primary district), ``located_in`` (place → parent place),
``on_page`` (article → page).

``article_count`` of a node counts the distinct articles linked to it directly (by a
byline, a mention, ``about`` or ``on_page``); ``first_date``/``last_date`` span their
dates.

>>> from kg.records import read_records
>>> G = build_graph(read_records("tests/fixtures/records_small.jsonl"))
>>> G.nodes["district:410104"]["label"], G.nodes["district:410104"]["aliases"]
('管城回族区', ['管城区'])
>>> sorted(k for k in G if k.startswith("street:"))
['street:410103001', 'street:410104001', 'street:410122100', 'street:410183100']
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import networkx as nx

from .graphml import generate_graphml, write_graphml  # re-exported: the export lives there

__all__ = [
    "BYLINE_RELATIONS",
    "PLACE_TYPES",
    "GraphBuildError",
    "GraphBuilder",
    "build_graph",
    "entity_key",
    "gc_frozen",
    "gc_paused",
    "generate_graphml",
    "write_graphml",
]

# Byline role → edge relation (person → article).
BYLINE_RELATIONS = {
    "reporter": "authored",
    "correspondent": "corresponded",
    "photographer": "photographed",
}
PLACE_TYPES = ("province", "city", "district", "street", "community", "compound")
_RECORD_ROLE_FIELDS = {"reporters": "reporter", "correspondents": "correspondent",
                       "photographers": "photographer"}


class GraphBuildError(ValueError):
    """A record lacks what the graph needs (e.g. an ``id``)."""


def _place_key(level: str, code: str) -> str:
    return f"{level}:{code}"


def _parents(entity: dict) -> list[dict]:
    """The coded hierarchy levels above the entity, nearest first.

    A coded place's hierarchy starts with the place itself (under its canonical code,
    which may differ from an alternative code printed in ``code``); an uncoded place's
    hierarchy is that of its parent.
    """
    hierarchy = [h for h in entity.get("hierarchy") or [] if h.get("code")]
    return hierarchy[1:] if entity.get("code") else hierarchy


def entity_key(entity: dict) -> str:
    """The node key of an entity of a record.

    >>> entity_key({"type": "community", "name": "明月社区", "code": None,
    ...             "hierarchy": [{"code": "410103001", "name": "德化街街道", "level": "street"}]})
    'community:410103001/明月社区'
    """
    etype, name, code = entity["type"], entity["name"], entity.get("code")
    if etype in ("enterprise", "initiative", "organization", "compound"):
        return f"{etype}:{name}"
    if code:
        own = next((h for h in entity.get("hierarchy") or [] if h.get("code")), None)
        return _place_key(own["level"], own["code"]) if own else _place_key(etype, code)
    parents = _parents(entity)
    return f"{etype}:{parents[0]['code'] if parents else 'x'}/{name}"


class GraphBuilder:
    """Collects nodes and edges record by record (a build feeds it while records stream
    out of the workers), then :meth:`finish` inserts them in sorted order."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.names: dict[str, dict[str, int]] = {}  # canonical names seen, with counts
        self.printed: dict[str, set] = defaultdict(set)  # printed forms seen
        self.articles: dict[str, set] = defaultdict(set)  # node → linked article keys
        self.roles: dict[str, set] = defaultdict(set)
        self.edges: dict[tuple[str, str, str], dict] = {}
        self.dates: dict[str, str | None] = {}
        self.unplaced: list[tuple[str, str]] = []  # (article, primary district name)

    def node(self, key: str, ntype: str, name: str, **attrs) -> None:
        node = self.nodes.get(key)
        if node is None:  # a plain dict, not a Counter: 125k calls in 6,000 pages
            self.nodes[key] = {"type": ntype, **attrs}
            self.names[key] = {name: 1}
            return
        for k, v in attrs.items():
            node.setdefault(k, v)
        names = self.names[key]
        names[name] = names.get(name, 0) + 1

    def link(self, u: str, v: str, rel: str, article: str | None = None, **attrs) -> None:
        self.edges.setdefault((u, v, rel), attrs)
        if article is not None:
            self.articles[u if v == article else v].add(article)

    def place_chain(self, entity_key_: str, parents: list[dict]) -> None:
        """Add the coded parents of a place and the located_in edges between them."""
        child = entity_key_
        for h in parents:
            key = _place_key(h["level"], h["code"])
            self.node(key, h["level"], h["name"], code=h["code"], in_gazetteer=True)
            self.link(child, key, "located_in")
            child = key

    def add_record(self, rec: dict) -> None:
        if not rec.get("id"):
            raise GraphBuildError(f"record without id: {str(rec)[:80]}")
        art = f"article:{rec['id']}"
        page = f"page:{rec['page']}"
        self.dates[art] = rec.get("date")
        self.node(art, "article", rec.get("headline") or rec["id"],
                  headline=rec.get("headline", ""), date=rec.get("date"),
                  kind=rec.get("kind"), page=rec["page"], position=rec.get("position"),
                  body=rec.get("body", ""), source=rec.get("source"))
        self.articles[art].add(art)
        self.node(page, "page", rec["page"], source=rec.get("source"))
        self.link(art, page, "on_page", art)
        for fieldname, role in _RECORD_ROLE_FIELDS.items():
            for name in rec.get(fieldname) or []:
                person = f"person:{name}"
                self.node(person, "person", name)
                self.roles[person].add(role)
                self.link(person, art, BYLINE_RELATIONS[role], art)
        for ent in rec.get("entities") or []:
            self.add_mention(art, ent)
        primary = rec.get("primary_district")
        if primary:
            key = self.district_key(rec, primary)
            if key is None:
                self.unplaced.append((art, primary))
            else:
                self.link(art, key, "about", art)

    def add_mention(self, art: str, ent: dict) -> None:
        key = entity_key(ent)
        ntype, _, rest = key.partition(":")
        attrs: dict = {"code": rest if ent.get("code") else None}
        if ntype in PLACE_TYPES:
            attrs["in_gazetteer"] = bool(ent.get("code")) and bool(ent.get("in_gazetteer", True))
        self.node(key, ntype, ent["name"], **attrs)
        self.printed[key].add(ent.get("text") or ent["name"])
        if ntype in PLACE_TYPES:
            self.place_chain(key, _parents(ent))
        edge = self.edges.get((art, key, "mentions"))
        if edge is None:
            edge = self.edges[art, key, "mentions"] = {"spans": [], "texts": [], "rules": []}
        edge["spans"].append(list(ent["span"]))
        edge["texts"].append(ent.get("text") or ent["name"])
        edge["rules"].append(ent.get("rule") or "")
        self.articles[key].add(art)

    def district_key(self, rec: dict, name: str) -> str | None:
        """The node of a record's primary district, found among its places by name."""
        for ent in rec.get("entities") or []:
            if ent["type"] == "district" and ent["name"] == name:
                return entity_key(ent)
        for ent in rec.get("entities") or []:
            for h in ent.get("hierarchy") or []:
                if h.get("level") == "district" and h.get("name") == name and h.get("code"):
                    return _place_key("district", h["code"])
        return None

    def place_unplaced(self) -> None:
        """Primary districts their own article does not print (taken from the page) go to
        the one coded district of that name elsewhere in the build, else to a name node."""
        coded: dict[str, set[str]] = defaultdict(set)
        for key, node in self.nodes.items():
            if node["type"] == "district" and node.get("code"):
                for name in self.names[key]:
                    coded[name].add(key)
        for art, name in self.unplaced:
            keys = coded.get(name, set())
            key = next(iter(keys)) if len(keys) == 1 else f"district:x/{name}"
            if key not in self.nodes:
                self.node(key, "district", name, code=None, in_gazetteer=False)
            self.link(art, key, "about", art)

    def finish(self) -> nx.MultiDiGraph:
        """The graph of every record added (call once, after the last record)."""
        with gc_paused():
            self.place_unplaced()
            G = nx.MultiDiGraph()
            # What has gone into G is dropped from here at once: the builder's tables would
            # otherwise double the memory of a big build while its outputs are written.
            for key in sorted(self.nodes):
                G.add_node(key, **self.attributes(key))
                for table in (self.names, self.printed, self.articles, self.roles):
                    table.pop(key, None)
            self.nodes, self.dates = {}, {}
            _add_edges(G, self._sorted_edges())
        return G

    def _sorted_edges(self) -> Iterator[tuple[str, str, str, dict]]:
        for edge in sorted(self.edges):
            attrs = self.edges.pop(edge)
            if edge[2] == "mentions":
                attrs = _mention_attrs(attrs)
            yield *edge, attrs

    def attributes(self, key: str) -> dict:
        node = self.nodes[key]
        counts = self.names[key]
        if len(counts) == 1:  # most nodes: no vote
            label = next(iter(counts))
        else:
            label = min(counts, key=lambda n: (-counts[n], n))  # most frequent, then smallest
        aliases = (set(counts) | self.printed[key]) - {label}
        dates = [d for d in map(self.dates.get, self.articles[key]) if d]
        attrs = {
            "type": node["type"],
            "label": label,
            "aliases": sorted(aliases),
            "code": node.get("code"),
            "article_count": len(self.articles[key]),
            "first_date": min(dates) if dates else None,
            "last_date": max(dates) if dates else None,
        }
        if node["type"] in PLACE_TYPES:
            attrs["in_gazetteer"] = bool(node.get("in_gazetteer", False))
        if node["type"] == "person":
            attrs["roles"] = sorted(self.roles[key])
        if node["type"] == "page":
            attrs["source"] = node.get("source")
        if node["type"] == "article":
            for k in ("headline", "date", "kind", "page", "position", "body", "source"):
                attrs[k] = node.get(k)
        return attrs


def _mention_attrs(collected: dict) -> dict:
    spans, texts, rules = collected["spans"], collected["texts"], collected["rules"]
    if len(spans) > 1:  # in text order (a stable sort: equal spans keep record order)
        order = sorted(range(len(spans)), key=spans.__getitem__)
        spans = [spans[i] for i in order]
        texts = [texts[i] for i in order]
        rules = [rules[i] for i in order]
    return {"text": texts[0], "span": spans[0], "rule": rules[0],
            "spans": spans, "texts": texts, "rules": rules}


def _add_edges(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict]]) -> None:
    """``G.add_edge(u, v, key=rel, **attrs)`` for each edge, in order, each edge new.

    Written into networkx's own adjacency dicts (a keydict shared by ``_succ[u][v]`` and
    ``_pred[v][u]``, as ``MultiDiGraph.add_edge`` makes them): its per-call checks and
    cache clearing took 3.7 s of ``finish`` for the 562k edges of a 6,000-page build.
    """
    succ, pred = G._succ, G._pred
    for u, v, rel, attrs in edges:
        if u not in succ:  # as add_edge does: a node without attributes
            G.add_node(u)
        if v not in succ:
            G.add_node(v)
        keydict = succ[u].get(v)
        if keydict is None:
            keydict = succ[u][v] = pred[v][u] = {}
        keydict[rel] = attrs


@contextmanager
def gc_paused() -> Iterator[None]:
    """Cyclic garbage collection off for a step that only allocates and frees without
    cycles (building a big graph, exporting it): each collection would walk every object
    made so far, for nothing (half the time of ``finish`` on a 6,000-page build)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def gc_frozen() -> Iterator[None]:
    """Every object made so far (a finished graph) left out of garbage collection for the
    block: the steps that follow allocate a lot (queries, views), and each full
    collection would walk the whole graph again; forked children inherit the freeze and
    so leave the graph's memory pages shared (Python's ``gc.freeze`` advice). The graph
    holds no reference cycles: reference counting alone frees it."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def build_graph(records: Iterable[dict]) -> nx.MultiDiGraph:
    """Build the graph of the given ``articles.jsonl`` records (see module docstring)."""
    builder = GraphBuilder()
    for rec in records:
        builder.add_record(rec)
    return builder.finish()
