"""Hostile text (HTML/JS, quotes, backslashes, control characters, long runs) is escaped
everywhere it lands: HTML views, coverage report, Turtle, GraphML, CSV, Markdown, IRIs;
and ``kg query --bind`` values are RDF terms, never SPARQL text."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from kg.cli import main

SCRIPT = "<script>window.pwned=1</script>"
IMG = "<img src=x onerror=alert(1)>"
EVIL = SCRIPT + IMG
# Everything a name can carry that breaks a careless writer: markup, quotes, Markdown
# and CSV separators, backslashes, Turtle and SPARQL syntax, a control character.
EVIL_NAME = f'张{SCRIPT}"引号\'|竖线\\反斜杠 {{}} ; DROP ALL ; # \x07端'
LIVE_SCRIPT = re.compile(r"<script>\s*window\.pwned", re.IGNORECASE)


def hostile_page() -> str:
    """A page whose headlines and bodies carry hostile text; both articles still parse."""
    return (
        f"{SCRIPT}花园路社区服务走心了\n\n"
        f'本报讯 6月19日，金水区花园路街道"{EVIL}"社区服务走心了。<b>粗体</b> 反斜杠\\ 和 '
        f"' 单引号 \" 双引号 | 竖线 | 表格，居民都来了。{'啊' * 3000}，结束。"
        "\x07\x1b[31m控制\x01字符在这里。\n\n"
        "记者 张改华\n\n"
        f'德化街街道{IMG}开展志愿服务"引号"\\反斜杠|竖线&amp\n\n'
        f"本报讯 6月20日，二七区德化街街道{EVIL}开展志愿服务活动，{'长' * 5000}，活动圆满结束。\n\n"
        "记者 景静\n"
    )


def _check_html(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not LIVE_SCRIPT.search(text), f"live hostile <script> in {path}"
    assert "<img src=x onerror" not in text, f"live hostile <img> in {path}"
    assert text.rstrip().endswith("</html>"), path


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> Path:
    pages = tmp_path_factory.mktemp("hostile_pages")
    (pages / "500_hostile.txt").write_text(hostile_page(), encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_out")
    assert main(["build", str(pages), "-o", str(out)]) == 0
    return out


def test_hostile_text_reaches_the_records(hostile_build):
    records = [json.loads(line) for line in
               (hostile_build / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["headline"] for r in records] == [
        f"{SCRIPT}花园路社区服务走心了", f'德化街街道{IMG}开展志愿服务"引号"\\反斜杠|竖线&amp']
    assert EVIL in records[1]["body"]
    assert [r["reporters"] for r in records] == [["张改华"], ["景静"]]


def test_hostile_page_html_outputs_escape_markup(hostile_build):
    html_files = sorted(hostile_build.rglob("*.html"))
    assert hostile_build / "coverage.html" in html_files
    assert len(html_files) >= 4
    for path in html_files:
        _check_html(path)
    graph_html = (hostile_build / "graph.html").read_text(encoding="utf-8")
    assert "pwned" in graph_html  # the headline is there, escaped


def test_hostile_page_turtle_round_trips_the_text(hostile_build):
    g = rdflib.Graph()
    g.parse(hostile_build / "graph.ttl", format="turtle")
    headlines = {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/headline"))}
    assert f"{SCRIPT}花园路社区服务走心了" in headlines
    assert f'德化街街道{IMG}开展志愿服务"引号"\\反斜杠|竖线&amp' in headlines
    for s in g.subjects():
        _check_iri(str(s))


def test_hostile_page_graphml_and_csv_parse(hostile_build):
    G = nx.read_graphml(hostile_build / "graph.graphml")
    assert f"{SCRIPT}花园路社区服务走心了" in {d.get("headline") for _, d in G.nodes(data=True)}
    for name in ("coverage.csv", "coverage_matrix.csv"):
        rows = list(csv.reader(io.StringIO((hostile_build / name).read_text(encoding="utf-8"))))
        assert len({len(r) for r in rows}) == 1, name


# --- hostile names, straight into the graph writers -------------------------------------

def _hostile_records() -> list[dict]:
    rec = json.loads((Path(__file__).parent / "fixtures" / "records_small.jsonl")
                     .read_text(encoding="utf-8").splitlines()[0])
    rec["headline"] = f"标题{EVIL}\\ \"q\" | {'长' * 2000}"
    rec["body"] = f"正文{EVIL}\x01\x1f\\"
    rec["reporters"] = [EVIL_NAME]
    rec["bylines"] = [{"role": "reporter", "name": EVIL_NAME, "span": [0, 3]}]
    for ent in rec["entities"]:
        if ent["type"] == "enterprise":
            ent["name"] = ent["text"] = f"{IMG}<粤海> 酒店\"|\\"
    rec["enterprises"] = [e["name"] for e in rec["entities"] if e["type"] == "enterprise"]
    return [rec]


@pytest.fixture(scope="module")
def hostile_graph_out(tmp_path_factory) -> tuple[nx.MultiDiGraph, Path]:
    from kg.graph import build_graph, write_graphml
    from kg.rdf import write_turtle
    from kg.report import compute_coverage
    from kg.report_render import write_report
    from kg.views import write_views

    out = tmp_path_factory.mktemp("hostile_names")
    G = build_graph(_hostile_records())
    write_turtle(G, out / "graph.ttl")
    write_graphml(G, out / "graph.graphml")
    write_report(compute_coverage(out / "graph.ttl"), out)
    write_views(G, out)
    return G, out


def _check_iri(iri: str) -> None:
    assert not re.search(r'[\s<>"{}|\\^`\x00-\x1f]', iri), iri


def test_hostile_names_escaped_in_html(hostile_graph_out):
    _, out = hostile_graph_out
    for path in sorted(out.rglob("*.html")):
        _check_html(path)
    assert "pwned" in (out / "coverage.html").read_text(encoding="utf-8")


def test_hostile_names_round_trip_through_turtle(hostile_graph_out):
    _, out = hostile_graph_out
    g = rdflib.Graph()
    g.parse(out / "graph.ttl", format="turtle")
    names = {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/name"))}
    assert EVIL_NAME in names
    assert f"{IMG}<粤海> 酒店\"|\\" in names
    bodies = {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/articleBody"))}
    assert f"正文{EVIL}\x01\x1f\\" in bodies
    for triple in g:
        for term in triple:
            if isinstance(term, rdflib.URIRef):
                _check_iri(str(term))


def test_hostile_names_in_graphml(hostile_graph_out):
    _, out = hostile_graph_out
    G = nx.read_graphml(out / "graph.graphml")
    labels = {d.get("label") for _, d in G.nodes(data=True)}
    assert any(lbl and SCRIPT in lbl for lbl in labels)


def test_hostile_names_csv_round_trip(hostile_graph_out):
    _, out = hostile_graph_out
    rows = list(csv.reader(io.StringIO((out / "coverage.csv").read_text(encoding="utf-8"))))
    assert EVIL_NAME in {cell for row in rows for cell in row}
    matrix = list(csv.reader(io.StringIO(
        (out / "coverage_matrix.csv").read_text(encoding="utf-8"))))
    assert EVIL_NAME in {row[0] for row in matrix}


def test_hostile_names_keep_markdown_tables_intact(hostile_graph_out):
    _, out = hostile_graph_out
    md = (out / "coverage.md").read_text(encoding="utf-8")
    assert "<script>" not in md
    assert "\\|竖线" in md  # the name's "|" is escaped, not a column break
    for line in md.splitlines():
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line)
            assert cells[0] == "" and cells[-1] == "", line
    tables: list[list[str]] = []
    for line in md.splitlines():
        if line.startswith("|"):
            if tables and tables[-1]:
                tables[-1].append(line)
            else:
                tables.append([line])
        else:
            tables.append([])
    for table in filter(None, tables):
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in table}
        assert len(widths) == 1, table


def test_iris_are_percent_encoded_for_any_name():
    from kg.rdf import node_iri

    for key in (f"person:{EVIL_NAME}", 'enterprise:a b<c>"d{e}|f\\g^h`i', "person:\x00\n\t",
                "initiative:100%/50%?#x"):
        iri = str(node_iri(key))
        _check_iri(iri)
        assert iri.startswith("https://w3id.org/kg-news/id/")


# --- SPARQL --bind ------------------------------------------------------------------------

INJECTION = '"} ; DROP ALL ; # \'x\' "'


@pytest.fixture
def tiny_graph(tmp_path) -> Path:
    path = tmp_path / "tiny.ttl"
    literal = INJECTION.replace("\\", "\\\\").replace('"', '\\"')
    path.write_text(
        "@prefix schema: <https://schema.org/> .\n"
        '<https://example.org/a> schema:name "plain" .\n'
        f'<https://example.org/b> schema:name "{literal}" .\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_bind_values_are_terms_not_query_text(tiny_graph, capsys, engine):
    query = ("SELECT ?s ?name WHERE { ?s <https://schema.org/name> ?name } ORDER BY ?s")
    before = tiny_graph.read_bytes()
    assert main(["query", query, "--graph", str(tiny_graph), "--format", "json",
                 "--engine", engine, "--bind", f"name={INJECTION}"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows["rows"] == [{"s": "https://example.org/b", "name": INJECTION}]
    assert main(["query", query, "--graph", str(tiny_graph), "--format", "json",
                 "--engine", engine, "--bind", 'name="} ; DROP ALL ; #']) == 0
    out = capsys.readouterr().out
    assert "example.org" not in out  # ran, matched nothing
    assert tiny_graph.read_bytes() == before


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("value", ["<https://example.org/a> } ; DROP ALL ; { <x:y>",
                                   "<https://example.org/a b>", "https://example.org/\"a\"",
                                   "<https://example.org/a>\n<https://example.org/b>"])
def test_hostile_bound_iri_is_refused_alike_by_both_engines(tiny_graph, capsys, engine,
                                                             value):
    query = "SELECT ?s WHERE { ?s <https://schema.org/name> ?name }"
    before = tiny_graph.read_bytes()
    assert main(["query", query, "--graph", str(tiny_graph), "--engine", engine,
                 "--bind", f"s={value}"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith(f"kg query: --bind s: {value!r} is not a valid IRI (")
    assert tiny_graph.read_bytes() == before


@pytest.mark.parametrize("base", ['https://ex.org/a b/', 'https://ex.org/<x>/',
                                  'https://ex.org/"q"/', "https://ex.org/\n/", "no-scheme/"])
def test_unsafe_base_iri_is_refused(base):
    from kg.graph import build_graph
    from kg.rdf import RdfExportError, generate_turtle

    G = build_graph(_hostile_records())
    with pytest.raises(RdfExportError, match="base IRI"):
        generate_turtle(G, base)
    assert "https://ex.org/ok/" in generate_turtle(G, "https://ex.org/ok/")
