"""The Turtle export: mapping, determinism, SHACL shapes, an independent parser (rapper)."""

from __future__ import annotations

import doctest
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, SKOS, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV

import kg.rdf
import kg.vocab
from kg.graph import build_graph
from kg.rdf import SCHEMA, RdfExportError, generate_turtle, graph_to_rdf, node_iri, write_turtle
from kg.records import read_records
from kg.vocab import KGV

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "records_small.jsonl"
SHAPES = REPO / "kg" / "shapes.ttl"
VOCAB = REPO / "kg" / "vocab.ttl"
ID = "https://w3id.org/kg-news/id/"
# the built samples; KG_TEST_RECORDS points the real-data tests at another build
REAL_RECORDS = Path(os.environ.get("KG_TEST_RECORDS", REPO / "output" / "articles.jsonl"))


@pytest.fixture(scope="module")
def G():
    return build_graph(read_records(FIXTURE))


@pytest.fixture(scope="module")
def turtle(G) -> str:
    return generate_turtle(G)


@pytest.fixture(scope="module")
def parsed(turtle) -> Graph:
    return Graph().parse(data=turtle, format="turtle")


def test_articles_people_and_roles(parsed):
    art = URIRef(ID + "article/900_aaaaaaaaaaaaaaaa/02")
    zhang = URIRef(ID + "person/" + "%E5%BC%A0%E6%94%B9%E5%8D%8E")  # 张改华
    assert (art, RDF.type, SCHEMA.NewsArticle) in parsed
    assert (art, SCHEMA.headline, Literal("管城区开展就业帮扶", lang="zh")) in parsed
    assert (art, KGV.monthDay, Literal("06-22")) in parsed
    assert (art, KGV.kind, Literal("news")) in parsed
    assert (art, SCHEMA.author, zhang) in parsed
    assert (zhang, SCHEMA.name, Literal("张改华", lang="zh")) in parsed
    assert len(set(parsed.objects(art, SCHEMA.author))) == 2
    assert (art, SCHEMA.isPartOf, URIRef(ID + "page/900_aaaaaaaaaaaaaaaa")) in parsed
    photo = URIRef(ID + "article/901_bbbbbbbbbbbbbbbb/01")
    assert len(set(parsed.objects(photo, KGV.photographer))) == 1
    assert (photo, SCHEMA.headline, None) not in parsed  # no headline printed


def test_places_codes_aliases_hierarchy(parsed):
    guancheng = URIRef(ID + "place/410104")
    assert (guancheng, RDF.type, KGV.District) in parsed
    assert (guancheng, SCHEMA.name, Literal("管城回族区", lang="zh")) in parsed
    assert (guancheng, SKOS.altLabel, Literal("管城区", lang="zh")) in parsed
    assert (guancheng, SCHEMA.identifier, Literal("410104")) in parsed
    assert (guancheng, SCHEMA.containedInPlace, URIRef(ID + "place/410100")) in parsed
    art = URIRef(ID + "article/900_aaaaaaaaaaaaaaaa/02")
    assert (art, SCHEMA.about, guancheng) in parsed
    assert (art, SCHEMA.contentLocation, guancheng) in parsed
    nancai = URIRef(ID + "place/community/410103001/%E5%8D%97%E5%BD%A9%E7%A4%BE%E5%8C%BA")
    assert (nancai, KGV.inGazetteer, Literal(False)) in parsed
    assert (nancai, SCHEMA.containedInPlace, URIRef(ID + "place/410103001")) in parsed
    compound = URIRef(ID + "place/compound/410104001/%E9%87%91%E6%B0%B4%E8%8A%B1%E5%9B%AD")
    assert (compound, RDF.type, KGV.Compound) in parsed
    streets = [s for s in parsed.subjects(SCHEMA.name, Literal("城关镇", lang="zh"))]
    assert sorted(map(str, streets)) == [ID + "place/410122100", ID + "place/410183100"]


def test_mentions_have_provenance(parsed):
    m = URIRef(ID + "mention/900_aaaaaaaaaaaaaaaa/02/230-233")
    assert (m, RDF.type, KGV.Mention) in parsed and (m, RDF.type, PROV.Entity) in parsed
    assert (m, PROV.wasDerivedFrom, URIRef(ID + "article/900_aaaaaaaaaaaaaaaa/02")) in parsed
    assert (m, KGV.refersTo, URIRef(ID + "place/410104")) in parsed
    assert (m, KGV.text, Literal("管城区", lang="zh")) in parsed
    assert parsed.value(m, KGV.startOffset).toPython() == 230
    assert parsed.value(m, KGV.endOffset).toPython() == 233
    assert (m, KGV.rule, Literal("gazetteer.district.alias")) in parsed
    # the second mention of 德化街街道 in the first article has its own resource
    assert len(set(parsed.subjects(KGV.refersTo, URIRef(ID + "place/410103001")))) == 2


def test_no_blank_nodes_no_ns1_every_prefix_known(turtle, parsed):
    assert "ns1" not in turtle and "_:" not in turtle
    assert not any(isinstance(t, BNode) for triple in parsed for t in triple)
    prefixes = {line.split()[1] for line in turtle.splitlines() if line.startswith("PREFIX")}
    assert prefixes == {"kgv:", "prov:", "schema:", "skos:", "xsd:"}
    assert '"管城回族区"@zh' in turtle


def test_turtle_is_byte_identical_across_runs(G, turtle, tmp_path):
    write_turtle(G, tmp_path / "graph.ttl")
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == turtle
    script = ("import sys; from kg.graph import build_graph; from kg.records import read_records;"
              "from kg.rdf import generate_turtle;"
              f"sys.stdout.buffer.write(generate_turtle(build_graph(read_records({str(FIXTURE)!r})))"
              ".encode('utf-8'))")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    other = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                           env=env, cwd=REPO).stdout
    assert other == turtle.encode("utf-8")


def test_shacl_conforms(parsed):
    conforms, _, text = pyshacl.validate(parsed, shacl_graph=Graph().parse(SHAPES))
    assert conforms, text


def test_shacl_catches_a_broken_export(parsed):
    broken = Graph()
    for t in parsed:
        broken.add(t)
    art = URIRef(ID + "article/900_aaaaaaaaaaaaaaaa/01")
    broken.remove((art, SCHEMA.articleBody, None))
    broken.add((art, KGV.kind, Literal("editorial")))
    conforms, _, text = pyshacl.validate(broken, shacl_graph=Graph().parse(SHAPES))
    assert not conforms
    assert "articleBody" in text and "editorial" in text


@pytest.mark.skipif(shutil.which("rapper") is None,
                    reason="rapper (Debian raptor2-utils) not installed; .ci/run installs it")
def test_rapper_parses_the_export(G, parsed, tmp_path):
    path = tmp_path / "graph.ttl"
    write_turtle(G, path)
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)],
                         capture_output=True, text=True, check=True)
    assert f"returned {len(parsed)} triples" in run.stderr


def test_vocabulary_defines_every_kgv_term_used(parsed):
    vocab = Graph().parse(VOCAB)
    used = {t for triple in parsed for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(KGV._NS))}
    defined = set(vocab.subjects(RDF.type, None))
    assert used and used <= defined
    assert set(vocab.subjects(None, None)) >= {KGV[name] for name in KGV.__annotations__}
    assert (KGV.correspondent, URIRef("http://www.w3.org/2000/01/rdf-schema#subPropertyOf"),
            SCHEMA.contributor) in vocab
    with pytest.raises(AttributeError):
        KGV.corespondent  # noqa: B018 - a typo must fail


def test_base_iri_is_configurable(G):
    g = graph_to_rdf(G, "https://example.org/news/")
    assert (URIRef("https://example.org/news/place/410103"), RDF.type, KGV.District) in g
    with pytest.raises(RdfExportError):
        graph_to_rdf(G, "https://example.org/news")
    assert node_iri("person:张改华", "https://example.org/") == \
        URIRef("https://example.org/person/%E5%BC%A0%E6%94%B9%E5%8D%8E")


def test_doctests(monkeypatch):
    monkeypatch.chdir(REPO)
    assert doctest.testmod(kg.rdf).failed == 0
    assert doctest.testmod(kg.vocab).failed == 0


@pytest.mark.skipif(not REAL_RECORDS.is_file(),
                    reason="output/articles.jsonl not built yet (run `kg build`)")
def test_export_of_the_built_samples_conforms(tmp_path):
    G = build_graph(read_records(REAL_RECORDS))
    path = tmp_path / "graph.ttl"
    write_turtle(G, path)
    g = Graph().parse(path)
    conforms, _, text = pyshacl.validate(g, shacl_graph=Graph().parse(SHAPES))
    assert conforms, text
    if shutil.which("rapper"):
        run = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)],
                             capture_output=True, text=True, check=True)
        assert f"returned {len(g)} triples" in run.stderr
