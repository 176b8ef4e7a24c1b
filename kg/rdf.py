"""The NetworkX graph → RDF on schema.org, PROV-O and SKOS, written as Turtle.

IRIs derive from node keys, under a configurable base (path segments percent-encoded,
no blank nodes): ``article/<page>/<NN>``, ``page/<page>``, ``person/<name>``,
``place/<code>`` (gazetteer) or ``place/<type>/<parent code or x>/<name>``,
``enterprise/<name>``, ``organization/<name>``, ``initiative/<name>``, and one
``mention/<page>/<NN>/<start>-<end>`` per printed occurrence (PROV provenance).

One mapping, two consumers: :func:`generate_triples` yields every triple straight from
the NetworkX graph, grouped by subject; :func:`graph_to_rdf` adds them to an rdflib
``Graph`` (for tests and small graphs), while :func:`write_turtle` streams them to a
file without building one (an rdflib graph costs ~1 kB of memory per triple). The
Turtle is deterministic: subjects sorted by IRI, ``a`` first, then predicates and
objects sorted; only the prefixes used are declared; literals escaped per the Turtle
grammar (``"``, ``\\``, line breaks and other control characters).

>>> from kg.graph import build_graph
>>> from kg.records import read_records
>>> g = graph_to_rdf(build_graph(read_records("tests/fixtures/records_small.jsonl")))
>>> str(node_iri("district:410104"))
'https://w3id.org/kg-news/id/place/410104'
>>> generate_turtle(build_graph(read_records("tests/fixtures/records_small.jsonl"))).count(
...     "\\n.\\n") == len(set(g.subjects()))
True
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

import networkx as nx
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

from .atomic import atomic_path
from .vocab import KGV, KGV_IRI

__all__ = [
    "DEFAULT_BASE",
    "SCHEMA",
    "RdfExportError",
    "check_base_iri",
    "Triple",
    "bind_prefixes",
    "generate_triples",
    "generate_turtle",
    "graph_to_rdf",
    "node_iri",
    "write_turtle",
]

DEFAULT_BASE = "https://w3id.org/kg-news/id/"
SCHEMA = Namespace("https://schema.org/")
LANG = "zh"

_PLACE_CLASSES = {
    "province": KGV.Province, "city": KGV.City, "district": KGV.District,
    "street": KGV.Street, "community": KGV.Community, "compound": KGV.Compound,
}
_ROLE_PROPERTIES = {
    "authored": SCHEMA.author, "corresponded": KGV.correspondent,
    "photographed": KGV.photographer,
}
# Prefixes declared in graph.ttl: those its predicates and classes use, no more.
_TURTLE_PREFIXES = (("kgv", KGV_IRI), ("prov", str(PROV)), ("schema", str(SCHEMA)),
                    ("skos", str(SKOS)), ("xsd", str(XSD)))

_SAFE_BASE = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|\\^`\x7f]*')

# A triple as the mapping yields it: (subject IRI, predicate IRI, object), the object an
# IRI (URIRef) or a literal as a (value, language tag or None) pair, value str/int/bool.
Triple = tuple[URIRef, URIRef, "URIRef | tuple[str | int | bool, str | None]"]


class RdfExportError(ValueError):
    """A node key or base IRI the RDF mapping cannot express."""


def bind_prefixes(g: Graph, base_iri: str = DEFAULT_BASE) -> Graph:
    """Bind every prefix our data uses (the one place that does)."""
    for prefix, ns in (("kg", base_iri), ("kgv", KGV_IRI), ("schema", str(SCHEMA)),
                       ("prov", str(PROV)), ("skos", str(SKOS)), ("rdf", str(RDF)),
                       ("rdfs", str(RDFS)), ("xsd", str(XSD)), ("owl", str(OWL))):
        g.bind(prefix, ns, override=True, replace=True)
    return g


def check_base_iri(base_iri: str) -> None:
    if not base_iri.endswith(("/", "#")):
        raise RdfExportError(f"base IRI must end with '/' or '#': {base_iri!r}")
    if not _SAFE_BASE.fullmatch(base_iri):  # spaces, <>"{}|\^` and controls break Turtle
        raise RdfExportError(f"base IRI must be an absolute IRI without spaces, quotes or "
                             f"<>{{}}|\\^` characters: {base_iri!r}")


def _iri(base: str, *segments: str) -> URIRef:
    return URIRef(base + "/".join(quote(str(s), safe="") for s in segments))


def node_iri(key: str, base_iri: str = DEFAULT_BASE, G: nx.MultiDiGraph | None = None) -> URIRef:
    """The IRI of a node, from its key (compounds need ``G`` to find their parent)."""
    ntype, _, rest = key.partition(":")
    if ntype == "article":
        page, _, nn = rest.rpartition("#")
        return _iri(base_iri, "article", page, nn)
    if ntype in ("page", "person", "enterprise", "organization", "initiative"):
        return _iri(base_iri, ntype, rest)
    if ntype == "compound":
        return _iri(base_iri, "place", "compound", _parent_code(G, key), rest)
    if ntype in _PLACE_CLASSES:
        if "/" in rest:  # not in the gazetteer: <parent code or x>/<name>
            parent, _, name = rest.partition("/")
            return _iri(base_iri, "place", ntype, parent, name)
        return _iri(base_iri, "place", rest)
    raise RdfExportError(f"node key with unknown type: {key!r}")


def _parent_code(G: nx.MultiDiGraph | None, key: str) -> str:
    if G is not None and key in G:
        for _, parent, rel in sorted(G.out_edges(key, keys=True)):
            if rel == "located_in" and G.nodes[parent].get("code"):
                return G.nodes[parent]["code"]
    return "x"


# --- the mapping: one subject at a time ------------------------------------------------

def _names(s: URIRef, attrs: dict) -> Iterator[Triple]:
    yield s, SCHEMA.name, (attrs["label"], LANG)
    for alias in attrs.get("aliases") or []:
        yield s, SKOS.altLabel, (alias, LANG)


def _node_triples(s: URIRef, attrs: dict) -> Iterator[Triple]:
    ntype = attrs["type"]
    if ntype == "article":
        yield s, RDF.type, SCHEMA.NewsArticle
        if attrs.get("headline"):
            yield s, SCHEMA.headline, (attrs["headline"], LANG)
        yield s, SCHEMA.articleBody, (attrs.get("body") or "", LANG)
        if attrs.get("date"):
            yield s, KGV.monthDay, (attrs["date"], None)
        if attrs.get("kind"):
            yield s, KGV.kind, (attrs["kind"], None)
        if attrs.get("position") is not None:
            yield s, SCHEMA.position, (int(attrs["position"]), None)
    elif ntype == "page":
        yield s, RDF.type, KGV.Page
        yield s, SCHEMA.name, (attrs.get("source") or attrs["label"], None)
    elif ntype == "person":
        yield s, RDF.type, SCHEMA.Person
        yield from _names(s, attrs)
    elif ntype in _PLACE_CLASSES:
        yield s, RDF.type, _PLACE_CLASSES[ntype]
        yield from _names(s, attrs)
        if attrs.get("code"):
            yield s, SCHEMA.identifier, (attrs["code"], None)
        yield s, KGV.inGazetteer, (bool(attrs.get("in_gazetteer")), None)
    elif ntype == "enterprise":
        yield s, RDF.type, SCHEMA.Organization
        yield s, RDF.type, KGV.Enterprise
        yield from _names(s, attrs)
    elif ntype == "organization":
        yield s, RDF.type, SCHEMA.GovernmentOrganization
        yield from _names(s, attrs)
    elif ntype == "initiative":
        yield s, RDF.type, KGV.Initiative
        yield from _names(s, attrs)
    else:
        raise RdfExportError(f"node of unknown type {ntype!r}: {s}")


def _subject_triples(G: nx.MultiDiGraph, n: str, iris: dict[str, URIRef]) -> Iterator[Triple]:
    """Every triple whose subject is node ``n``: its attributes and its edges (a byline
    edge person → article gives the article's ``schema:author`` etc.)."""
    s = iris[n]
    yield from _node_triples(s, G.nodes[n])
    for _, v, rel in G.out_edges(n, keys=True):
        if rel == "on_page":
            yield s, SCHEMA.isPartOf, iris[v]
        elif rel == "about":
            yield s, SCHEMA.about, iris[v]
            yield s, SCHEMA.contentLocation, iris[v]
        elif rel == "located_in":
            yield s, SCHEMA.containedInPlace, iris[v]
        elif rel == "mentions":
            yield s, SCHEMA.mentions, iris[v]
    for u, _, rel in G.in_edges(n, keys=True):
        if rel in _ROLE_PROPERTIES:
            yield s, _ROLE_PROPERTIES[rel], iris[u]


def _mention_prefix(base: str, article_key: str) -> str:
    page, _, nn = article_key.partition(":")[2].rpartition("#")
    return str(_iri(base, "mention", page, nn, ""))


def _mention_triples(G: nx.MultiDiGraph, n: str, iris: dict[str, URIRef],
                     base: str) -> Iterator[Triple]:
    """The provenance resources of every entity mention printed in article ``n``."""
    prefix = _mention_prefix(base, n)
    article = iris[n]
    for _, v, rel, attrs in G.out_edges(n, keys=True, data=True):
        if rel != "mentions":
            continue
        entity = iris[v]
        spans = attrs.get("spans") or [attrs["span"]]
        texts = attrs.get("texts") or [attrs.get("text")]
        rules = attrs.get("rules") or [attrs.get("rule")]
        for (start, end), text, rule in zip(spans, texts, rules, strict=True):
            m = URIRef(f"{prefix}{quote(f'{start}-{end}', safe='')}")
            yield m, RDF.type, KGV.Mention
            yield m, RDF.type, PROV.Entity
            yield m, PROV.wasDerivedFrom, article
            yield m, KGV.refersTo, entity
            yield m, KGV.startOffset, (int(start), None)
            yield m, KGV.endOffset, (int(end), None)
            if text:
                yield m, KGV.text, (text, LANG)
            if rule:
                yield m, KGV.rule, (rule, None)


def generate_triples(G: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE) -> Iterator[list[Triple]]:
    """Every triple of the graph's RDF, one list per subject, subjects in IRI order."""
    check_base_iri(base_iri)
    iris = {n: node_iri(n, base_iri, G) for n in G}
    # (sort key, node, is the mention block of an article): an article's mentions share
    # the prefix mention/<page>/<NN>/, so sorting blocks by it sorts all mention IRIs.
    order = [(str(iri), n, False) for n, iri in iris.items()]
    order += [(_mention_prefix(base_iri, n), n, True)
              for n, t in G.nodes(data="type") if t == "article"]
    order.sort()
    for _, n, mentions in order:
        if not mentions:
            yield list(_subject_triples(G, n, iris))
            continue
        by_subject: dict[URIRef, list[Triple]] = defaultdict(list)
        for t in _mention_triples(G, n, iris, base_iri):
            by_subject[t[0]].append(t)
        for m in sorted(by_subject):
            # One printed span can name two entities (a street's office as a street and
            # as an organization): one mention resource, its shared triples once.
            yield list(dict.fromkeys(by_subject[m]))


def graph_to_rdf(G: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE) -> Graph:
    """The RDF graph (rdflib) of a graph built by ``kg.graph.build_graph``."""
    g = bind_prefixes(Graph(bind_namespaces="none"), base_iri)
    for triples in generate_triples(G, base_iri):
        for s, p, o in triples:
            g.add((s, p, o if isinstance(o, URIRef) else Literal(o[0], lang=o[1])))
    return g


# --- Turtle, written by hand ----------------------------------------------------------

_CURIES = {
    URIRef(ns + local): f"{prefix}:{local}"
    for prefix, ns in _TURTLE_PREFIXES
    for local in ("NewsArticle", "Person", "Organization", "GovernmentOrganization", "name",
                  "headline", "articleBody", "position", "identifier", "isPartOf", "about",
                  "contentLocation", "containedInPlace", "mentions", "author", "altLabel",
                  "Entity", "wasDerivedFrom", *KGV.__annotations__)
}
_CURIES[RDF.type] = "a"
# Turtle STRING_LITERAL_QUOTE forbids raw " \ LF CR; other controls are escaped too
# (some parsers reject them raw).
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f\x7f]')
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(m: re.Match) -> str:
    c = m.group(0)
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


def _render(o) -> str:
    if isinstance(o, URIRef):
        return _CURIES.get(o) or f"<{o}>"
    value, lang = o
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = _NEEDS_ESCAPE.sub(_escape_char, value) if _NEEDS_ESCAPE.search(value) else value
    return f'"{text}"@{lang}' if lang else f'"{text}"'


def _subject_block(triples: list[Triple]) -> str:
    objects: dict[str, set[str]] = defaultdict(set)
    for _, p, o in triples:
        objects[_CURIES[p]].add(_render(o))
    lines = [f"<{triples[0][0]}>"]
    for p in sorted(objects, key=lambda p: (p != "a", p)):
        values = sorted(objects[p])
        if len(values) == 1:
            lines.append(f"    {p} {values[0]} ;")
        else:
            lines.append(f"    {p}\n" + " ,\n".join(f"        {v}" for v in values) + " ;")
    return "\n".join(lines) + "\n.\n"


def _write(G: nx.MultiDiGraph, base_iri: str, fh: TextIO) -> int:
    fh.write("".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _TURTLE_PREFIXES))
    count, chunk = 0, []
    for triples in generate_triples(G, base_iri):
        if not triples:
            continue
        count += len(triples)
        chunk.append(_subject_block(triples))
        if len(chunk) >= 2000:
            fh.write("\n" + "\n".join(chunk))
            chunk = []
    if chunk:
        fh.write("\n" + "\n".join(chunk))
    return count


def generate_turtle(G: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE) -> str:
    """Deterministic Turtle text of the graph."""
    buf = io.StringIO()
    _write(G, base_iri, buf)
    return buf.getvalue()


def write_turtle(G: nx.MultiDiGraph, path: Path | str, base_iri: str = DEFAULT_BASE) -> int:
    """Stream ``graph.ttl`` to disk atomically; returns the number of triples written
    (duplicate triples, if any, counted once per occurrence)."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        return _write(G, base_iri, fh)
