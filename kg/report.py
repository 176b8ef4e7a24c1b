"""Coverage of districts by reporters, counted with SPARQL over the exported RDF.

Count first, render later: :func:`compute_coverage` runs the queries in
``queries/report_*.rq`` with pyoxigraph and returns a typed :class:`Coverage` table;
``kg.report_render`` turns it into Markdown, CSV and HTML. Every count comes from SPARQL,
so the report cannot disagree with a user's own queries over the same graph.

An article with two reporters counts once in each reporter's row and once in its
district's total; articles with no reporter or no district are kept in rows and columns
whose key is ``None``.

>>> cov = compute_coverage(Path("tests/fixtures/report_small.ttl"))
>>> cov.cell_count("张三", "二七区"), cov.totals.articles
(2, 7)
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from .store import StoreError, open_store

__all__ = [
    "ArticleRef",
    "Cell",
    "Coverage",
    "DistrictColumn",
    "GraphNotFoundError",
    "ReportError",
    "ReporterRow",
    "Totals",
    "compute_coverage",
    "configure_parser",
    "load_store",
    "read_query",
    "run_command",
]

Key = str | None  # an IRI, or None for "no reporter" / "no district"


class ReportError(Exception):
    """Base class of the errors raised while computing or writing a coverage report."""


class GraphNotFoundError(ReportError, FileNotFoundError):
    """The graph file (or store directory) does not exist or cannot be read."""


@dataclass(frozen=True)
class ReporterRow:
    key: Key  # person IRI; None = articles with no reporter
    name: str  # schema:name ("" for the no-reporter row)
    articles: int  # distinct articles with this author


@dataclass(frozen=True)
class DistrictColumn:
    key: Key  # place IRI; None = articles with no district
    name: str  # schema:name ("" for the no-district column)
    code: str | None  # schema:identifier, e.g. "410103"
    articles: int  # distinct articles about this district


@dataclass(frozen=True)
class Cell:
    articles: int
    first_date: str | None  # "MM-DD" of the earliest dated article in the cell
    last_date: str | None


@dataclass(frozen=True)
class ArticleRef:
    key: str  # article IRI
    headline: str
    date: str | None  # "MM-DD"
    page: str  # the page's schema:name (its source file)
    district: Key
    reporters: tuple[str, ...]  # names, sorted


@dataclass(frozen=True)
class Totals:
    pages: int
    articles: int
    bylines: int  # article × role × person credits (reporter, correspondent, photographer)


@dataclass(frozen=True)
class Coverage:
    """The reporter × district table and everything the report lists beside it."""

    reporters: tuple[ReporterRow, ...]  # by articles desc, then name; no-reporter row last
    districts: tuple[DistrictColumn, ...]  # likewise; no-district column last
    cells: Mapping[tuple[Key, Key], Cell]  # (reporter key, district key) → cell
    correspondents: Mapping[Key, tuple[tuple[str, int], ...]]  # reporter → (name, shared)
    articles: tuple[ArticleRef, ...]  # by page, then position on the page
    totals: Totals

    def cell(self, reporter: Key, district: Key) -> Cell | None:
        return self.cells.get((reporter, district))

    def cell_count(self, reporter_name: str, district_name: str | None) -> int:
        """Articles by the reporter so named about the district so named (0 if none)."""
        return sum(
            cell.articles
            for (r, d), cell in self.cells.items()
            if self._reporter_names.get(r) == reporter_name
            and (self._district_names.get(d) if d is not None else None) == district_name
        )

    def reporter_share(self, row: ReporterRow, column: DistrictColumn) -> float:
        """Share of the reporter's articles that are about the district."""
        cell = self.cell(row.key, column.key)
        return cell.articles / row.articles if cell and row.articles else 0.0

    def district_share(self, row: ReporterRow, column: DistrictColumn) -> float:
        """Share of the district's articles that the reporter wrote (co-authors overlap)."""
        cell = self.cell(row.key, column.key)
        return cell.articles / column.articles if cell and column.articles else 0.0

    def articles_about(self, district: Key) -> tuple[ArticleRef, ...]:
        return tuple(a for a in self.articles if a.district == district)

    @property
    def _reporter_names(self) -> dict[Key, str]:
        return {r.key: r.name for r in self.reporters}

    @property
    def _district_names(self) -> dict[Key, str]:
        return {d.key: d.name for d in self.districts}


def read_query(name: str) -> str:
    """The text of ``queries/report_<name>.rq`` (shipped as ``kg/queries``)."""
    return resources.files("kg").joinpath("queries", f"report_{name}.rq").read_text("utf-8")


def load_store(graph_path: Path) -> ox.Store:
    """An Oxigraph store over a Turtle file (in memory) or a store directory (read-only)."""
    graph_path = Path(graph_path)
    if not graph_path.exists():
        raise GraphNotFoundError(f"{graph_path}: no such graph file or store directory")
    try:
        if graph_path.is_dir():
            return open_store(graph_path)  # follows the link to the current generation
        store = ox.Store()
        store.load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    except StoreError as exc:
        raise ReportError(str(exc)) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ReportError(f"{graph_path}: cannot read the graph: {exc}") from exc
    return store


def _select(store: ox.Store, name: str) -> list[dict[str, str | None]]:
    """Run a report query from queries/; each solution as {variable: lexical value}."""
    solutions = store.query(read_query(name))  # our stores hold the default graph only
    names = [v.value for v in solutions.variables]
    # A solution iterates its values in the order of the variables: one lookup, not
    # two by name (the 54,165 rows of a 6,000-page build's articles: 1.9 → 1.5 s).
    return [{n: (None if term is None else term.value)
             for n, term in zip(names, solution, strict=True)} for solution in solutions]


def _page_order(row: dict[str, str | None]) -> tuple:
    """Page, then position on the page (schema:position, else the IRI's number)."""
    position = row.get("position") or ""
    iri = row["article"] or ""
    tail = iri.rsplit("/", 1)[-1]
    number = int(position) if position.isdigit() else int(tail) if tail.isdigit() else 0
    return (row["page"] or "", number, iri)


def _by_total_then_name(item: ReporterRow | DistrictColumn) -> tuple:
    return (item.key is None, -item.articles, item.name, item.key or "")


def compute_coverage(graph_path: Path) -> Coverage:
    """Run the coverage queries over ``graph_path`` and build the :class:`Coverage` table."""
    store = load_store(graph_path)
    cell_rows = _select(store, "coverage")
    reporter_names: dict[Key, str] = {}
    district_info: dict[Key, tuple[str, str | None]] = {}
    cells: dict[tuple[Key, Key], Cell] = {}
    for row in cell_rows:
        r, d = row["reporter_iri"], row["district_iri"]
        reporter_names[r] = row["reporter"] or ""
        district_info[d] = (row["district"] or "", row["code"])
        cells[(r, d)] = Cell(int(row["articles"] or 0), row["first_date"], row["last_date"])

    reporters = sorted(
        (
            ReporterRow(row["reporter_iri"], reporter_names.get(row["reporter_iri"], ""),
                        int(row["articles"] or 0))
            for row in _select(store, "reporter_totals")
        ),
        key=_by_total_then_name,
    )
    districts = sorted(
        (
            DistrictColumn(row["district_iri"], *district_info.get(row["district_iri"], ("", None)),
                           int(row["articles"] or 0))
            for row in _select(store, "district_totals")
        ),
        key=_by_total_then_name,
    )

    shared: dict[Key, list[tuple[str, int]]] = defaultdict(list)
    for row in _select(store, "correspondents"):
        shared[row["reporter_iri"]].append((row["correspondent"] or "", int(row["articles"])))
    correspondents = {
        r: tuple(sorted(names, key=lambda item: (-item[1], item[0]))) for r, names in shared.items()
    }

    bylines: dict[str, list[str]] = defaultdict(list)
    for row in _select(store, "article_reporters"):
        bylines[row["article"]].append(row["reporter"] or "")
    rows = sorted(_select(store, "articles"), key=_page_order)
    articles = [
        ArticleRef(row["article"], row["headline"] or "", row["date"], row["page"] or "",
                   row["district_iri"], tuple(sorted(bylines.get(row["article"], ()))))
        for row in rows
    ]

    (total_row,) = _select(store, "totals")
    totals = Totals(int(total_row["pages"]), int(total_row["articles"]),
                    int(total_row["bylines"]))
    return Coverage(tuple(reporters), tuple(districts), cells, correspondents,
                    tuple(articles), totals)


# --- the `kg report` command (a thin layer: compute, then render) ---------------------

DEFAULT_GRAPH = Path("output/graph.ttl")
DEFAULT_OUT = Path("output")
FORMATS = ("md", "csv", "html")


def configure_parser(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the options of ``kg report [--graph FILE] [-o DIR] [--format md,csv,html]``."""
    p.description = (
        "Coverage report: reporter × district article counts, shares and dates, computed "
        "with SPARQL over the exported RDF. Exit codes: 0 written, 1 graph or font "
        "problem, 2 bad option."
    )
    p.add_argument("--graph", type=Path, default=DEFAULT_GRAPH, metavar="FILE",
                   help="Turtle file or Oxigraph store directory (default: %(default)s)")
    p.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT, metavar="DIR",
                   help="directory for coverage.* files (default: %(default)s)")
    p.add_argument("--format", default=",".join(FORMATS), metavar="LIST",
                   help="comma-separated subset of md,csv,html (default: %(default)s)")
    return p


def run_command(args: argparse.Namespace) -> int:
    """Run ``kg report``: written paths to stdout, problems to stderr; returns exit code."""
    from kg.report_render import write_report  # render depends on this module

    formats = [f.strip() for f in str(args.format).split(",") if f.strip()]
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown or not formats:
        print(f"kg report: --format must be a comma-separated subset of {','.join(FORMATS)}"
              f" (got {args.format!r})", file=sys.stderr)
        return 2
    try:
        coverage = compute_coverage(args.graph)
        paths = write_report(coverage, args.output, formats)
    except ReportError as exc:
        print(f"kg report: {exc}", file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    return 0
