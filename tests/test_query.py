"""`kg query` and the ready queries in queries/: both engines agree, bindings are terms."""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest

import kg.query
from kg.graph import build_graph
from kg.model import ARTICLE_ENTITY_FIELDS
from kg.query import (
    QUERIES_DIR,
    QueryError,
    QueryNotFoundError,
    QueryResult,
    QuerySyntaxError,
    QueryUsageError,
    configure_parser,
    format_csv,
    format_json,
    format_table,
    list_queries,
    load_query,
    run_command,
    run_query,
)
from kg.rdf import write_turtle
from kg.records import read_records

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "records_small.jsonl"
REAL_RECORDS = Path(os.environ.get("KG_TEST_RECORDS", REPO / "output" / "articles.jsonl"))
GOLD = REPO.parent / "shared" / "gold"
ID = "https://w3id.org/kg-news/id/"


@pytest.fixture(scope="module")
def ttl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    write_turtle(build_graph(read_records(FIXTURE)), path)
    return path


def parse_args(argv: list[str]) -> argparse.Namespace:
    return configure_parser(argparse.ArgumentParser(prog="kg query")).parse_args(argv)


def test_at_least_eight_documented_queries():
    names = list_queries()
    assert len(names) >= 8
    assert {"coverage", "entity_articles", "shared_bylines", "places_not_in_gazetteer",
            "community_path", "initiatives_by_district"} <= set(names)
    for name in names:
        text = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
        assert text.startswith("# Question: "), name
        if name.startswith("report_"):  # kg.report sorts these rows itself
            assert "No ORDER BY: kg/report.py sorts" in text, name
        else:
            assert re.search(r"\bORDER BY\b", text), f"{name}: rows need a stable order"


@pytest.mark.parametrize("name", list_queries())
def test_oxigraph_and_rdflib_agree(name, ttl):
    text = load_query(name)
    ox = run_query(text, ttl, engine="oxigraph")
    rl = run_query(text, ttl, engine="rdflib")
    assert ox.rows, f"{name} answers nothing on the fixture"
    _assert_same_answer(name, ox, rl)


def _assert_same_answer(name: str, ox, rl) -> None:
    assert ox.columns == rl.columns
    if name.startswith("report_"):  # no ORDER BY (kg.report sorts): the same rows
        assert sorted(ox.rows, key=repr) == sorted(rl.rows, key=repr)
    else:
        assert ox == rl


def test_coverage_counts(ttl):
    result = run_query(load_query("coverage"), ttl)
    assert result.columns == ["reporter", "district", "code", "articles", "first_date",
                              "last_date"]
    assert result.rows == [
        ["张改华", "中牟县", "410122", "1", "06-25", "06-25"],
        ["张改华", "二七区", "410103", "1", "06-19", "06-19"],
        ["张改华", "管城回族区", "410104", "1", "06-22", "06-22"],
        ["李博文", "管城回族区", "410104", "2", "06-22", "06-22"],
    ]


def test_undated_groups_leave_dates_unbound(ttl):
    rows = run_query(load_query("reporters"), ttl).rows
    assert ["李博文", "photographer", "1", None, None] in rows


def test_other_ready_queries_on_the_fixture(ttl):
    path = run_query(load_query("community_path"), ttl).rows
    assert [r[1:] for r in path] == [["天擎社区", "", "", "", ""],
                                     ["南彩社区", "", "德化街街道", "二七区", "郑州市"]]
    missing = run_query(load_query("places_not_in_gazetteer"), ttl).rows
    assert ["compound", "金水花园", "北下街街道", "410104001", "1", "1"] in missing
    pairs = run_query(load_query("enterprise_initiatives"), ttl).rows
    assert pairs[0] == ["粤海酒店", "红色商圈党建联盟", "2"]
    shared = run_query(load_query("shared_bylines"), ttl).rows
    assert ["李博文", "靳捷", "1", "06-22", "06-22"] in shared


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_entity_bound_by_iri_or_by_alias(engine, ttl):
    text = load_query("entity_articles")
    by_iri = run_query(text, ttl, {"entity": f"<{ID}place/410104>"}, engine)
    articles = sorted({row[2] for row in by_iri.rows})
    assert articles == [ID + "article/900_aaaaaaaaaaaaaaaa/02",
                        ID + "article/901_bbbbbbbbbbbbbbbb/01"]
    by_alias = run_query(text, ttl, {"name": "管城区"}, engine)
    assert [(r[2], r[5]) for r in by_alias.rows] == [
        (ID + "article/900_aaaaaaaaaaaaaaaa/02", "管城区"),
        (ID + "article/901_bbbbbbbbbbbbbbbb/01", "管城回族区"),
    ]
    bare = run_query(text, ttl, {"entity": f"{ID}place/410104"}, engine)
    assert {r[2] for r in bare.rows} == set(articles)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_bind_values_are_terms_not_text(engine, ttl):
    text = load_query("entity_articles")
    sneaky = '管城区" || true) } #'
    assert run_query(text, ttl, {"name": sneaky}, engine).rows == []
    # an IRI-looking value is an IRI, so it matches no name literal
    assert run_query(text, ttl, {"name": f"{ID}place/410104"}, engine).rows == []


@pytest.mark.parametrize("value", ["<https://w3id.org/kg-news/id/place/a b>",
                                   "https://w3id.org/kg-news/id/place/a b",
                                   "<place/410104>", "<https://x/a>b>", "urn:a\nb",
                                   "<https://x/{a}>"])
def test_invalid_bound_iri_is_a_usage_error_on_both_engines(value, ttl, capsys):
    messages = []
    for engine in ("oxigraph", "rdflib"):
        with pytest.raises(QueryUsageError, match="not a valid IRI"):
            run_query(load_query("entity_articles"), ttl, {"entity": value}, engine)
        argv = ["entity_articles", "--graph", str(ttl), "--engine", engine,
                "--bind", f"entity={value}"]
        assert run_command(parse_args(argv)) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        messages.append(captured.err)
    assert messages[0] == messages[1]
    assert messages[0].startswith("kg query: --bind entity: ") and messages[0].count("\n") == 1


def test_load_query_forms(tmp_path):
    assert load_query("coverage") == load_query("coverage.rq") == \
        load_query(str(QUERIES_DIR / "coverage.rq"))
    own = tmp_path / "mine.rq"
    own.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert load_query(str(own)) == "ASK { ?s ?p ?o }"
    assert load_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"
    long_inline = "SELECT * WHERE { ?s ?p ?o FILTER(?o = \"" + "二七区" * 200 + "\") }"
    assert load_query(long_inline) == long_inline
    with pytest.raises(QueryNotFoundError, match="coverage"):
        load_query("no_such_query")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_syntax_error_names_line_and_column(engine, ttl):
    with pytest.raises(QuerySyntaxError, match=r"2:\d+"):
        run_query("SELECT ?s WHERE {\n  ?s ?p }", ttl, engine=engine)


def test_cli_syntax_error_exits_1(ttl, capsys):
    code = run_command(parse_args(["SELECT ?s WHERE {\n ?s ?p ?o . FILTER(?s = }",
                                   "--graph", str(ttl)]))
    assert code == 1
    err = capsys.readouterr().err
    assert "2:" in err and "syntax error" in err


def test_cli_errors_exit_1(ttl, tmp_path, capsys):
    assert run_command(parse_args(["coverage", "--graph", str(tmp_path / "none.ttl")])) == 1
    assert "graph file not found" in capsys.readouterr().err
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        assert run_command(parse_args(["coverage", "--graph", str(bad), "--engine", engine])) == 1
        assert f"cannot read graph {bad}" in capsys.readouterr().err
    assert run_command(parse_args(["coverage", "--graph", str(ttl), "--bind", "oops"])) == 2
    assert "NAME=VALUE" in capsys.readouterr().err  # a usage error
    assert run_command(parse_args(["coverage", "--graph", str(ttl), "--bind", "x=1"])) == 1
    assert "SELECT" in capsys.readouterr().err  # Oxigraph binds projected variables only


def test_cli_formats(ttl, capsys):
    assert run_command(parse_args(["coverage", "--graph", str(ttl), "--format", "csv"])) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "reporter,district,code,articles,first_date,last_date"
    assert "李博文,管城回族区,410104,2,06-22,06-22" in out.splitlines()
    assert run_command(parse_args(["entity_articles", "--graph", str(ttl), "--format", "json",
                                   "--engine", "rdflib", "--bind", "name=粤海酒店"])) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["date"] for r in data["rows"]] == ["06-19", None, "06-25"]
    assert run_command(parse_args(["shared_bylines", "--graph", str(ttl)])) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[2].split() == ["张改华", "靳捷", "2", "06-19", "06-22"]
    assert table.endswith("(3 rows)\n")


def test_formatters():
    r = QueryResult(["a", "名称"], [["1", None], ["x,y", "二七区"]])
    assert format_csv(r) == 'a,名称\n1,\n"x,y",二七区\n'
    assert json.loads(format_json(r))["rows"][0] == {"a": "1", "名称": None}
    assert format_table(r).splitlines()[:2] == ["a    名称", "---  ------"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_ask_and_construct(engine, ttl):
    ask = run_query(f"ASK {{ <{ID}place/410104> ?p ?o }}", ttl, engine=engine)
    assert ask == QueryResult(["result"], [["true"]])
    built = run_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ BIND(<{ID}place/410104> AS ?s) "
                      "?s ?p ?o }", ttl, engine=engine)
    assert built.columns == ["subject", "predicate", "object"]
    assert [ID + "place/410104", "https://schema.org/identifier", "410104"] in built.rows


def test_unknown_engine():
    with pytest.raises(QueryError, match="unknown engine"):
        run_query("ASK {}", None, engine="jena")


def test_doctests():
    import doctest

    assert doctest.testmod(kg.query).failed == 0


def _gold_coverage() -> Counter:
    counts: Counter = Counter()
    for path in sorted(GOLD.glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            if art.get("primary_district"):
                for reporter in art["reporters"]:
                    counts[(reporter, art["primary_district"])] += 1
    return counts


def _gold_shaped_records() -> list[dict]:
    """The gold annotations as records (names only: no codes, no hierarchy)."""
    records = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = gold["source"].rsplit(".", 1)[0]
        for pos, art in enumerate(gold["articles"], 1):
            rec = dict(art, id=f"{page}#{pos:02d}", page=page, source=gold["source"],
                       position=pos, body=art["anchor"], entities=[])
            for etype, field in ARTICLE_ENTITY_FIELDS.items():
                for i, name in enumerate(art[field]):
                    start = 1000 * pos + 20 * len(rec["entities"]) + i
                    rec["entities"].append({
                        "type": etype, "text": name, "name": name, "code": None,
                        "in_gazetteer": False, "hierarchy": [],
                        "span": [start, start + len(name)], "rule": "gold"})
            records.append(rec)
    return records


@pytest.fixture(scope="module")
def gold_ttl(tmp_path_factory) -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold (gold annotations) absent")
    path = tmp_path_factory.mktemp("gold") / "graph.ttl"
    write_turtle(build_graph(_gold_shaped_records()), path)
    return path


@pytest.mark.parametrize("name", list_queries())
def test_engines_agree_on_the_gold_pages(name, gold_ttl):
    text = load_query(name)
    _assert_same_answer(name, run_query(text, gold_ttl),
                        run_query(text, gold_ttl, engine="rdflib"))


def test_coverage_of_gold_shaped_records_equals_gold(gold_ttl):
    rows = run_query(load_query("coverage"), gold_ttl).rows
    assert Counter({(r[0], r[1]): int(r[3]) for r in rows}) == _gold_coverage()
    assert ["张改华", "二七区", None, "5", "06-19", "06-22"] in rows  # no code: unbound


def _coverage_of(records: list[dict], tmp_path: Path) -> Counter:
    path = tmp_path / "graph.ttl"
    write_turtle(build_graph(records), path)
    rows = run_query(load_query("coverage"), path).rows
    return Counter({(r[0], r[1]): int(r[3]) for r in rows})


def test_coverage_query_equals_record_counts(tmp_path):
    records = list(read_records(FIXTURE))
    expected = Counter((rep, r["primary_district"]) for r in records
                       for rep in r["reporters"] if r["primary_district"])
    assert _coverage_of(records, tmp_path) == expected


@pytest.fixture(scope="module")
def real_ttl(tmp_path_factory) -> Path:
    if not REAL_RECORDS.is_file():
        pytest.skip("output/articles.jsonl not built yet (run `kg build`)")
    path = tmp_path_factory.mktemp("real") / "graph.ttl"
    write_turtle(build_graph(read_records(REAL_RECORDS)), path)
    return path


@pytest.mark.parametrize("name", list_queries())
def test_engines_agree_on_the_built_samples(name, real_ttl):
    text = load_query(name)
    _assert_same_answer(name, run_query(text, real_ttl),
                        run_query(text, real_ttl, engine="rdflib"))


def test_coverage_on_the_samples_equals_gold(real_ttl):
    if not GOLD.is_dir():
        pytest.skip("../shared/gold (gold annotations) absent")
    rows = run_query(load_query("coverage"), real_ttl).rows
    built, gold = Counter({(r[0], r[1]): int(r[3]) for r in rows}), _gold_coverage()
    assert built == gold, (f"(reporter, district) articles missing from the build: "
                           f"{dict(gold - built)}; extra: {dict(built - gold)}")


def test_store_directory_gives_the_same_answers_as_the_turtle(sample_build):
    store, ttl = sample_build / "graph.oxigraph", sample_build / "graph.ttl"
    assert store.is_dir()
    for name in ("coverage", "shared_bylines", "places_not_in_gazetteer"):
        text = load_query(name)
        assert run_query(text, store) == run_query(text, ttl)
