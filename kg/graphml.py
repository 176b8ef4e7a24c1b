"""The NetworkX graph → GraphML, written as a stream (no ElementTree, no copy of the graph).

GraphML holds scalars only: a ``span`` becomes ``"start-end"``, a list a ``"; "``-joined
string (``aliases``, ``roles``; ``spans`` as ``"30-35; 120-123"``); ``None`` attributes
are left out. Keys are declared as networkx declares them (``str`` → ``string``, ``int``
→ ``long``, ``float`` → ``double``, ``bool`` → ``boolean``; one key per attribute name,
type and scope), numbered ``d0``, ``d1``… in order of first use, so
``networkx.read_graphml(path, force_multigraph=True)`` gives back the nodes, the edges
(key = relation) and the typed values. Characters XML 1.0 forbids (OCR text can carry
form feeds and other controls) are dropped; ``& < > "`` and line ends are escaped.

Two passes over the graph: one collects the key declarations (they come first in the
file), one writes nodes and edges in graph order, in chunks, to a temporary file that is
renamed onto the target. Same graph, same bytes.

>>> from kg.graph import build_graph
>>> from kg.records import read_records
>>> G = build_graph(read_records("tests/fixtures/records_small.jsonl"))
>>> text = generate_graphml(G)
>>> print(text.splitlines()[2])
  <key id="d0" for="node" attr.name="type" attr.type="string"/>
>>> '<data key="d2">管城区</data>' in text  # aliases of 管城回族区
True
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from .atomic import atomic_path

__all__ = ["NOT_XML", "GraphMLError", "generate_graphml", "iter_graphml", "write_graphml"]

# Characters XML 1.0 forbids (OCR text can carry form feeds and other controls).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Python type → GraphML attr.type, as networkx's writer declares them (and reads back).
_XML_TYPES = {str: "string", bool: "boolean", int: "long", float: "double"}

_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
_CHUNK = 4096  # elements per write


class GraphMLError(ValueError):
    """An attribute value GraphML cannot hold (not a scalar, list or span)."""


# Escapes; a forbidden character maps to "". "\r" is escaped in text too, else an XML
# parser reads it back as "\n"; in attributes "\n" and "\t" are escaped as well, else a
# parser reads them back as spaces.
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ATTR_SPECIAL = re.compile("[&<>\"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
             "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}


def _entity(match: re.Match) -> str:
    return _ENTITIES.get(match.group(), "")


def _text(value: str) -> str:
    return _TEXT_SPECIAL.sub(_entity, value)


def _attr(value: str) -> str:
    return _ATTR_SPECIAL.sub(_entity, value)


def _scalar(name: str, value):
    """A GraphML scalar: spans become "start-end", lists "; "-joined strings."""
    if type(value) in _XML_TYPES:
        return value
    if isinstance(value, (list, tuple)):
        if name == "span":
            return "-".join(str(x) for x in value)
        return "; ".join("-".join(str(x) for x in v) if isinstance(v, (list, tuple)) else str(v)
                         for v in value)
    for kind in (bool, int, float, str):  # subclasses: an IntEnum, numpy.float64
        if isinstance(value, kind):
            return kind(value)
    raise GraphMLError(f"GraphML cannot hold {name}={value!r} ({type(value).__name__})")


def _xml_safe(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` itself, or — when a node key carries a character XML forbids — a copy with
    cleaned keys (two keys that differ only by such characters become one node)."""
    if not any(NOT_XML.search(str(n)) for n in G):
        return G
    H = nx.MultiDiGraph()
    for n, attrs in G.nodes(data=True):
        H.add_node(NOT_XML.sub("", str(n)), **_present(attrs))
    for u, v, k, attrs in G.edges(keys=True, data=True):
        H.add_edge(NOT_XML.sub("", str(u)), NOT_XML.sub("", str(v)), key=k, **_present(attrs))
    return H


def _present(attrs: dict) -> dict:
    return {k: v for k, v in attrs.items() if v is not None}


def _kind(name: str, value) -> type:
    """The Python type of ``_scalar(name, value)``, without joining lists."""
    kind = type(value)
    if kind in _XML_TYPES:
        return kind
    return str if isinstance(value, (list, tuple)) else type(_scalar(name, value))


def _declare_keys(G: nx.MultiDiGraph) -> dict[tuple[str, str, type], str]:
    """(scope, name, Python type) → key id ``d0``, ``d1``… in order of first use."""
    seen: dict[tuple[str, str, type], None] = {}
    for _, attrs in G.nodes(data=True):
        for name, value in attrs.items():
            if value is not None:
                seen["node", name, _kind(name, value)] = None
    for *_, attrs in G.edges(keys=True, data=True):
        for name, value in attrs.items():
            if value is not None:
                seen["edge", name, _kind(name, value)] = None
    return {key: f"d{i}" for i, key in enumerate(seen)}


def _element(start: str, end: str, attrs: dict, tags: dict) -> str:
    """``start``, one ``<data>`` line per attribute (``tags``: (name, type) → its opening
    tag), ``end``; an empty element when no attribute is left."""
    lines = [start, ">\n"]
    for name, value in attrs.items():
        kind = type(value)
        if kind is str:
            lines += tags[name, str], _text(value), "</data>\n"
            continue
        if value is None:
            continue
        if kind not in _XML_TYPES:
            value = _scalar(name, value)
            kind = type(value)
        if kind is str:
            text = _text(value)
        elif kind is bool:
            text = "true" if value else "false"
        else:
            text = repr(value)
        lines += tags[name, kind], text, "</data>\n"
    if len(lines) == 2:
        return start + "/>\n"
    lines.append(end)
    return "".join(lines)


def iter_graphml(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GraphML text of ``G`` in chunks (lists joined, ``None`` attributes omitted)."""
    G = _xml_safe(G)
    ids = _declare_keys(G)
    tags: dict[str, dict] = {"node": {}, "edge": {}}
    head = [_HEADER]
    for (scope, name, kind), key_id in ids.items():
        tags[scope][name, kind] = f'      <data key="{key_id}">'
        head.append(f'  <key id="{key_id}" for="{scope}" attr.name="{_attr(name)}"'
                    f' attr.type="{_XML_TYPES[kind]}"/>\n')
    head.append(f'  <graph edgedefault="{"directed" if G.is_directed() else "undirected"}">\n')
    yield "".join(head)
    parts: list[str] = []
    node_tags, edge_tags = tags["node"], tags["edge"]
    for n, attrs in G.nodes(data=True):
        parts.append(_element(f'    <node id="{_attr(str(n))}"', "    </node>\n",
                              attrs, node_tags))
        if len(parts) == _CHUNK:
            yield "".join(parts)
            parts.clear()
    for u, v, k, attrs in G.edges(keys=True, data=True):
        start = f'    <edge source="{_attr(str(u))}" target="{_attr(str(v))}" id="{_attr(str(k))}"'
        parts.append(_element(start, "    </edge>\n", attrs, edge_tags))
        if len(parts) == _CHUNK:
            yield "".join(parts)
            parts.clear()
    parts.append("  </graph>\n</graphml>\n")
    yield "".join(parts)


def generate_graphml(G: nx.MultiDiGraph) -> str:
    """The GraphML text of ``G`` as one string (for small graphs and tests)."""
    return "".join(iter_graphml(G))


def write_graphml(G: nx.MultiDiGraph, path: Path | str) -> None:
    """Stream the GraphML of ``G`` to ``path`` (UTF-8, "\\n" line ends), atomically."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for chunk in iter_graphml(G):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
