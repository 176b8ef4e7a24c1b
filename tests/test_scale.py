"""Parallel, cached and distributed builds write the same bytes as a plain 1-job build."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

from kg.build import build, extract_articles
from kg.cache import PageCache, cache_key
from kg.cli import main
from kg.parallel import page_executor, start_forked
from kg.records import record_line

ROOT = Path(__file__).resolve().parent.parent
COMPARED = ("articles.jsonl", "graph.ttl", "graph.graphml", "coverage.md", "coverage.csv")


def _gen_archive():
    if "gen_archive" not in sys.modules:
        path = ROOT / "scripts" / "gen_archive.py"
        spec = importlib.util.spec_from_file_location("gen_archive", path)
        sys.modules["gen_archive"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["gen_archive"])
    return sys.modules["gen_archive"]


def _same_outputs(a: Path, b: Path) -> None:
    for name in COMPARED:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("archive")
    paths = _gen_archive().generate_archive(16, out)
    assert len(paths) == 16
    return out


@pytest.fixture(scope="module")
def serial_build(archive, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serial")
    summary = build([archive], out, jobs=1, cache_dir=None)
    assert (summary.pages, summary.extracted, summary.errors) == (16, 16, [])
    return out


def test_generator_is_deterministic(archive, tmp_path):
    again = _gen_archive().generate_archive(3, tmp_path)
    for path in again:
        assert path.read_bytes() == (archive / path.name).read_bytes()
    text = again[0].read_text(encoding="utf-8")
    assert "本报讯" in text and "月" in text


def test_streaming_build_matches_in_memory_extraction(serial_build, archive):
    expected = "".join(record_line(a) + "\n" for a in extract_articles([archive]))
    assert (serial_build / "articles.jsonl").read_text(encoding="utf-8") == expected


def test_two_jobs_and_cache_write_the_same_bytes(serial_build, archive, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert main(["build", str(archive), "-o", str(out), "-j", "2", "--cache", str(cache)]) == 0
    _same_outputs(serial_build, out)
    # The store beside the Turtle holds the same triples.
    from kg.report import compute_coverage

    store_cov = compute_coverage(out / "graph.oxigraph")
    assert store_cov == compute_coverage(out / "graph.ttl")
    assert store_cov.totals.pages == 16


def test_pass_one_reads_each_page_only_when_its_extraction_is_next(archive, tmp_path,
                                                                   monkeypatch):
    """Pages stream: the build never holds the text of pages waiting their turn (before,
    pass 1 read every page before extracting the first)."""
    import kg.build as kg_build

    events: list[tuple[str, str]] = []
    read, extract = kg_build._read_bytes, kg_build.extract_stage
    monkeypatch.setattr(kg_build, "_read_bytes",
                        lambda path: events.append(("read", path.name)) or read(path))
    monkeypatch.setattr(kg_build, "extract_stage",
                        lambda source, data: events.append(("extract", source))
                        or extract(source, data))
    build([archive], tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache")
    names = sorted(p.name for p in archive.glob("*.txt"))
    assert events == [(step, name) for name in names for step in ("read", "extract")]


def test_process_pool_keeps_the_order_across_tasks_of_several_pages():
    items = [(n, 7) for n in range(45)]  # not a multiple of the pages per task
    with page_executor(2) as run:
        assert list(run(divmod, items)) == [divmod(n, 7) for n in range(45)]
        assert list(run(divmod, [])) == []


def test_forked_helper_runs_at_the_niceness_asked():
    assert start_forked(os.nice, 0, nice=5)() == os.nice(0) + 5


def test_store_loaded_while_the_turtle_is_written_holds_every_triple(
        serial_build, archive, tmp_path, monkeypatch):
    import kg.store
    from kg.store import SliceWriter, open_store

    monkeypatch.setattr(kg.store, "LOAD_SLICE_BYTES", 20_000)  # many slices through the pipe
    sent: list[int] = []
    flush = SliceWriter.flush
    monkeypatch.setattr(SliceWriter, "flush",
                        lambda self: (sent.append(self.size), flush(self))[1])
    out = tmp_path / "out"
    summary = build([archive], out, jobs=2, cache_dir=None)
    _same_outputs(serial_build, out)
    assert (out / "index.html").read_bytes() == (serial_build / "index.html").read_bytes()
    assert len([size for size in sent if size]) >= 2  # written 2,000 subjects at a time
    assert len(open_store(out / "graph.oxigraph")) == summary.triples == len(
        open_store(serial_build / "graph.oxigraph"))


def test_failed_store_loader_fails_the_build_and_keeps_the_output(archive, tmp_path,
                                                                  monkeypatch):
    import kg.build
    from kg.store import StoreError

    out = tmp_path / "out"
    build([archive], out, jobs=2, cache_dir=None)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    monkeypatch.setattr(kg.build, "previous_store", lambda *_: None)  # a load, no update

    def broken(pieces, store, source):
        next(iter(pieces))
        raise StoreError(f"{store}: cannot write the store from {source}: disk full")

    monkeypatch.setattr(kg.build, "load_generation_from", broken)  # the forked loader's
    with pytest.raises(StoreError, match="disk full"):
        build([archive], out, jobs=2, cache_dir=None)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == sorted(
        p.name for p in out.iterdir() if p.name.startswith(".graph.oxigraph."))


def test_incremental_rebuild_extracts_only_the_changed_page(archive, tmp_path):
    pages, cache = tmp_path / "pages", tmp_path / "cache"
    shutil.copytree(archive, pages)
    first = build([pages], tmp_path / "first", jobs=2, cache_dir=cache)
    assert first.extracted == 16
    changed = sorted(pages.glob("*.txt"))[5]
    changed.write_text(changed.read_text(encoding="utf-8").replace("本报讯", "本报讯 ", 1),
                       encoding="utf-8")
    again = build([pages], tmp_path / "first", jobs=2, cache_dir=cache)  # over the first
    assert (again.extracted, again.enriched) == (1, 1)
    assert again.store_update is not None  # the first build's store, updated
    clean = build([pages], tmp_path / "clean", jobs=1, cache_dir=None)
    assert clean.extracted == 16
    _same_outputs(tmp_path / "clean", tmp_path / "first")


def test_corrupt_cache_entries_are_recomputed(archive, serial_build, tmp_path):
    cache_dir = tmp_path / "cache"
    build([archive], tmp_path / "a", jobs=1, cache_dir=cache_dir)
    entries = sorted(p for p in cache_dir.rglob("*") if p.is_file())
    views = [tmp_path / "a" / "graph.html", *(tmp_path / "a").glob("*/*.html")]
    # 16 pages × (pass 1, its home-city votes, pass 2), and one per view (89: with
    # 郑东新区's, for articles naming only its offices)
    assert len(entries) == 48 + len(views) == 48 + 89
    for entry in entries[::3]:
        entry.write_bytes(entry.read_bytes()[:40] + b"garbage")
    entries[1].write_bytes(b"")
    summary = build([archive], tmp_path / "b", jobs=1, cache_dir=cache_dir)
    assert summary.errors == []
    _same_outputs(serial_build, tmp_path / "b")


def test_cache_key_covers_settings_and_content():
    base = cache_key("enrich", "a.txt", b"x", "4101")
    assert base != cache_key("enrich", "a.txt", b"x", "4401")
    assert base != cache_key("enrich", "a.txt", b"y", "4101")
    assert base != cache_key("enrich", "b.txt", b"x", "4101")


def test_cache_ignores_truncated_entry(tmp_path):
    cache = PageCache(tmp_path)
    key = cache_key("extract", "a.txt", b"page")
    cache.put(key, b"articles")
    path = next(p for p in tmp_path.rglob("*") if p.is_file())
    path.write_bytes(path.read_bytes()[:-2])
    assert cache.get(key) is None
    assert not path.exists()


def test_dask_local_cluster_writes_the_same_bytes(serial_build, archive, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = build([archive], tmp_path, scheduler=cluster.scheduler_address,
                        cache_dir=None)
    assert summary.extracted == 16
    _same_outputs(serial_build, tmp_path)


def test_unreachable_scheduler_is_a_usage_error(archive, tmp_path, capsys):
    pytest.importorskip("dask.distributed")
    code = main(["build", str(archive), "-o", str(tmp_path), "--scheduler",
                 "tcp://127.0.0.1:1", "--no-cache"])
    assert code == 2
    assert "Dask scheduler" in capsys.readouterr().err


# --- the streaming Turtle writer ---------------------------------------------------------

def test_streamed_turtle_holds_the_rdflib_mapping(serial_build):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.graph import build_graph
    from kg.rdf import generate_triples, graph_to_rdf
    from kg.records import read_records

    G = build_graph(read_records(serial_build / "articles.jsonl"))
    expected = graph_to_rdf(G)
    parsed = Graph().parse(serial_build / "graph.ttl", format="turtle")
    assert len(parsed) == len(expected) == sum(len(t) for t in generate_triples(G))
    assert isomorphic(parsed, expected)
    subjects = [t[0][0] for t in generate_triples(G)]
    assert subjects == sorted(subjects) and len(set(subjects)) == len(subjects)


def test_turtle_escapes_controls_quotes_and_backslashes(tmp_path):
    import networkx as nx
    import pyoxigraph as ox
    from rdflib import Graph, Literal, URIRef

    from kg.rdf import write_turtle

    text = '第一行\n第二行\r\t"引号" \\ \x00\x07\x1b\x7f 末尾\\'
    G = nx.MultiDiGraph()
    G.add_node("person:张\"三\\", type="person", label=text, aliases=["别名\n"])
    path = tmp_path / "g.ttl"
    assert write_turtle(G, path) == 3
    iri = URIRef("https://w3id.org/kg-news/id/person/%E5%BC%A0%22%E4%B8%89%5C")
    g = Graph().parse(path, format="turtle")
    assert (iri, URIRef("https://schema.org/name"), Literal(text, lang="zh")) in g
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(store) == 3


def test_archive_people_come_from_a_fixed_staff(archive):
    gen = _gen_archive()
    t = gen.load_templates()
    assert gen.staff(t, 3) == gen.staff(t, 3) and len(gen.staff(t, 3)) == gen.STAFF_PER_LENGTH
    names = {b.name for a in extract_articles([archive]) for b in a.bylines}
    assert len(names) > 100 and names <= set(gen.staff(t, 2)) | set(gen.staff(t, 3))


def test_the_graph_is_frozen_out_of_collection_while_its_outputs_are_written(
        archive, tmp_path, monkeypatch):
    import gc

    import kg.report

    frozen: list[int] = []
    compute = kg.report.compute_coverage
    monkeypatch.setattr(kg.report, "compute_coverage",
                        lambda store: (frozen.append(gc.get_freeze_count()), compute(store))[1])
    before = gc.get_freeze_count()
    build([archive], tmp_path / "out", jobs=1, cache_dir=None)
    assert frozen and frozen[0] > before  # the graph's objects among them
    assert gc.get_freeze_count() == before  # and let go afterwards
