"""The NetworkX graph → RDF on schema.org, PROV-O and SKOS, written as Turtle.

IRIs derive from node keys, under a configurable base (path segments percent-encoded,
no blank nodes): ``article/<page>/<NN>``, ``page/<page>``, ``person/<name>``,
``place/<code>`` (gazetteer) or ``place/<type>/<parent code or x>/<name>``,
``enterprise/<name>``, ``organization/<name>``, ``initiative/<name>``, and one
``mention/<page>/<NN>/<start>-<end>`` per printed occurrence (PROV provenance).

Output is deterministic: rdflib's ``longturtle`` sorts subjects, predicates and objects.

>>> from kg.graph import build_graph
>>> from kg.records import read_records
>>> g = graph_to_rdf(build_graph(read_records("tests/fixtures/records_small.jsonl")))
>>> str(node_iri("district:410104"))
'https://w3id.org/kg-news/id/place/410104'
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import networkx as nx
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

from .atomic import write_text_atomic
from .vocab import KGV, KGV_IRI

__all__ = [
    "DEFAULT_BASE",
    "SCHEMA",
    "RdfExportError",
    "bind_prefixes",
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


_SAFE_BASE = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|\\^`\x7f]*')


class RdfExportError(ValueError):
    """A node key or base IRI the RDF mapping cannot express."""


def bind_prefixes(g: Graph, base_iri: str = DEFAULT_BASE) -> Graph:
    """Bind every prefix our data uses (the one place that does)."""
    for prefix, ns in (("kg", base_iri), ("kgv", KGV_IRI), ("schema", str(SCHEMA)),
                       ("prov", str(PROV)), ("skos", str(SKOS)), ("rdf", str(RDF)),
                       ("rdfs", str(RDFS)), ("xsd", str(XSD)), ("owl", str(OWL))):
        g.bind(prefix, ns, override=True, replace=True)
    return g


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


def graph_to_rdf(G: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE) -> Graph:
    """The RDF graph of a graph built by ``kg.graph.build_graph``."""
    if not base_iri.endswith(("/", "#")):
        raise RdfExportError(f"base IRI must end with '/' or '#': {base_iri!r}")
    if not _SAFE_BASE.fullmatch(base_iri):  # spaces, <>"{}|\^` and controls break Turtle
        raise RdfExportError(f"base IRI must be an absolute IRI without spaces, quotes or "
                             f"<>{{}}|\\^` characters: {base_iri!r}")
    g = bind_prefixes(Graph(bind_namespaces="none"), base_iri)
    iris = {n: node_iri(n, base_iri, G) for n in G}
    for n, attrs in G.nodes(data=True):
        _add_node(g, iris[n], attrs)
    for u, v, rel, attrs in G.edges(keys=True, data=True):
        s, o = iris[u], iris[v]
        if rel in _ROLE_PROPERTIES:
            g.add((o, _ROLE_PROPERTIES[rel], s))
        elif rel == "on_page":
            g.add((s, SCHEMA.isPartOf, o))
        elif rel == "about":
            g.add((s, SCHEMA.about, o))
            g.add((s, SCHEMA.contentLocation, o))
        elif rel == "located_in":
            g.add((s, SCHEMA.containedInPlace, o))
        elif rel == "mentions":
            g.add((s, SCHEMA.mentions, o))
            _add_mentions(g, base_iri, u, s, o, attrs)
    return g


def _name(g: Graph, s: URIRef, attrs: dict) -> None:
    g.add((s, SCHEMA.name, Literal(attrs["label"], lang=LANG)))
    for alias in attrs.get("aliases") or []:
        g.add((s, SKOS.altLabel, Literal(alias, lang=LANG)))


def _add_node(g: Graph, s: URIRef, attrs: dict) -> None:
    ntype = attrs["type"]
    if ntype == "article":
        g.add((s, RDF.type, SCHEMA.NewsArticle))
        if attrs.get("headline"):
            g.add((s, SCHEMA.headline, Literal(attrs["headline"], lang=LANG)))
        g.add((s, SCHEMA.articleBody, Literal(attrs.get("body") or "", lang=LANG)))
        if attrs.get("date"):
            g.add((s, KGV.monthDay, Literal(attrs["date"])))
        if attrs.get("kind"):
            g.add((s, KGV.kind, Literal(attrs["kind"])))
        if attrs.get("position") is not None:
            g.add((s, SCHEMA.position, Literal(int(attrs["position"]))))
    elif ntype == "page":
        g.add((s, RDF.type, KGV.Page))
        g.add((s, SCHEMA.name, Literal(attrs.get("source") or attrs["label"])))
    elif ntype == "person":
        g.add((s, RDF.type, SCHEMA.Person))
        _name(g, s, attrs)
    elif ntype in _PLACE_CLASSES:
        g.add((s, RDF.type, _PLACE_CLASSES[ntype]))
        _name(g, s, attrs)
        if attrs.get("code"):
            g.add((s, SCHEMA.identifier, Literal(attrs["code"])))
        g.add((s, KGV.inGazetteer, Literal(bool(attrs.get("in_gazetteer")))))
    elif ntype == "enterprise":
        g.add((s, RDF.type, SCHEMA.Organization))
        g.add((s, RDF.type, KGV.Enterprise))
        _name(g, s, attrs)
    elif ntype == "organization":
        g.add((s, RDF.type, SCHEMA.GovernmentOrganization))
        _name(g, s, attrs)
    elif ntype == "initiative":
        g.add((s, RDF.type, KGV.Initiative))
        _name(g, s, attrs)
    else:
        raise RdfExportError(f"node of unknown type {ntype!r}: {s}")


def _add_mentions(g: Graph, base: str, article_key: str, article: URIRef,
                  entity: URIRef, attrs: dict) -> None:
    page, _, nn = article_key.partition(":")[2].rpartition("#")
    spans = attrs.get("spans") or [attrs["span"]]
    texts = attrs.get("texts") or [attrs.get("text")]
    rules = attrs.get("rules") or [attrs.get("rule")]
    for (start, end), text, rule in zip(spans, texts, rules, strict=True):
        m = _iri(base, "mention", page, nn, f"{start}-{end}")
        g.add((m, RDF.type, KGV.Mention))
        g.add((m, RDF.type, PROV.Entity))
        g.add((m, PROV.wasDerivedFrom, article))
        g.add((m, KGV.refersTo, entity))
        g.add((m, KGV.startOffset, Literal(int(start))))
        g.add((m, KGV.endOffset, Literal(int(end))))
        if text:
            g.add((m, KGV.text, Literal(text, lang=LANG)))
        if rule:
            g.add((m, KGV.rule, Literal(rule)))


def generate_turtle(G: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE) -> str:
    """Deterministic Turtle text of the graph."""
    return graph_to_rdf(G, base_iri).serialize(format="longturtle")


def write_turtle(G: nx.MultiDiGraph, path: Path | str, base_iri: str = DEFAULT_BASE) -> None:
    """Write ``graph.ttl`` atomically."""
    write_text_atomic(path, generate_turtle(G, base_iri))
