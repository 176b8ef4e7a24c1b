"""`kg build`: page files → articles.jsonl → graph → Turtle, GraphML, report, views.

Each output is written to a temporary file and renamed into place (kg.atomic), so a
build that dies half-way leaves every earlier output complete.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_text_atomic
from .enrich import enrich_articles, guess_home_city
from .model import Article
from .pages import PageError, find_page_files, read_page_text
from .pipeline import extract_text
from .records import article_record, record_line

__all__ = ["SAMPLES_DIR", "BuildSummary", "build", "extract_articles"]

SAMPLES_DIR = Path(__file__).parent / "samples"


@dataclass
class BuildSummary:
    pages: int = 0
    articles: int = 0
    triples: int = 0
    home_city: str | None = None
    seconds: float = 0.0
    errors: list[PageError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)


def extract_articles(paths: list[Path], home_city: str | None = None,
                     summary: BuildSummary | None = None) -> list[Article]:
    """Read every page, split it into articles, then find their entities.

    The paper's home city (used to resolve same-name places) is inferred from all pages
    together unless given.
    """
    summary = summary if summary is not None else BuildSummary()
    files, errors = find_page_files(paths)
    summary.errors.extend(errors)
    articles: list[Article] = []
    for path in files:
        try:
            articles.extend(extract_text(path.name, read_page_text(path)))
            summary.pages += 1
        except PageError as exc:
            summary.errors.append(exc)
    summary.home_city = home_city or guess_home_city(articles)
    enrich_articles(articles, summary.home_city)
    summary.articles = len(articles)
    return articles


def build(paths: list[Path], out_dir: Path, *, home_city: str | None = None,
          base_iri: str | None = None) -> BuildSummary:
    from .graph import build_graph, write_graphml
    from .rdf import DEFAULT_BASE, write_turtle
    from .report import compute_coverage
    from .report_render import write_report
    from .views import write_views

    started = time.perf_counter()
    summary = BuildSummary()
    articles = extract_articles(paths, home_city, summary)
    if not articles:
        summary.seconds = time.perf_counter() - started
        return summary
    out_dir.mkdir(parents=True, exist_ok=True)
    jsonl = out_dir / "articles.jsonl"
    write_text_atomic(jsonl, "".join(record_line(a) + "\n" for a in articles))
    graph = build_graph(article_record(a) for a in articles)
    ttl = out_dir / "graph.ttl"
    write_turtle(graph, ttl, base_iri or DEFAULT_BASE)
    write_graphml(graph, out_dir / "graph.graphml")
    summary.outputs += [jsonl, ttl, out_dir / "graph.graphml"]
    summary.outputs += write_report(compute_coverage(ttl), out_dir)
    summary.triples = _count_triples(ttl)
    summary.outputs += write_views(graph, out_dir, summary={
        "pages": summary.pages, "articles": summary.articles, "triples": summary.triples})
    summary.seconds = time.perf_counter() - started
    return summary


def _count_triples(ttl: Path) -> int:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
    return len(store)
