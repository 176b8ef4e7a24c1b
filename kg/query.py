"""SPARQL over ``graph.ttl``: the library behind ``kg query``, on Oxigraph or rdflib.

A query is a ``.rq`` file, the name of one in the repository's ``queries/`` folder
(``coverage`` or ``coverage.rq``), or inline SPARQL. ``--bind NAME=VALUE`` pre-binds
``?NAME`` to an RDF term, never pasted into the query text: a value written ``<…>`` or
starting with ``http://``, ``https://`` or ``urn:`` binds as an IRI, anything else as a
plain string literal (``xsd:string``; compare with ``STR()`` to match ``@zh`` labels).
An IRI value is checked (RFC 3987, as Oxigraph does) before either engine sees it, so
``<a b>`` is refused by both alike.

Values in a result are strings (an IRI's text, a literal's lexical form) or ``None``
for unbound. Exit codes of ``run_command``: 0 answered, 1 query error (syntax error with
line and column, unknown query, missing graph file), 2 usage error (a ``--bind`` that is
not ``NAME=VALUE`` or whose IRI is not valid).

>>> r = run_query("SELECT (1 + 1 AS ?two) WHERE {}", graph_path=None)
>>> r.columns, r.rows
(['two'], [['2']])
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef

from .store import StoreError, open_store

__all__ = [
    "ENGINES",
    "FORMATS",
    "QUERIES_DIR",
    "QueryError",
    "QueryNotFoundError",
    "QueryResult",
    "QuerySyntaxError",
    "QueryUsageError",
    "configure_parser",
    "format_csv",
    "format_json",
    "format_result",
    "format_table",
    "list_queries",
    "load_query",
    "parse_bindings",
    "run_command",
    "run_query",
]

# The repository's queries/ folder; found from the package, so an editable install works.
# `kg/queries` links to the repository's top-level `queries/`, so an installed package
# ships the same files a user reads in the repository.
QUERIES_DIR = Path(__file__).resolve().parent / "queries"
DEFAULT_GRAPH = Path("output/graph.ttl")
DEFAULT_STORE = Path("output/graph.oxigraph")
ENGINES = ("oxigraph", "rdflib")
FORMATS = ("table", "csv", "json")
_IRI_VALUE = re.compile(r"(https?://|urn:)")  # at the start: then it must be a valid IRI
_QUERY_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


class QueryError(Exception):
    """Anything that stops a query from being answered."""


class QueryNotFoundError(QueryError):
    """Neither a file, nor a name in queries/, nor SPARQL text."""


class QuerySyntaxError(QueryError):
    """The SPARQL parser rejected the query; the message gives line and column."""


class QueryUsageError(QueryError):
    """A malformed ``--bind``: not ``NAME=VALUE``, or an IRI value that is not an IRI."""


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[list[str | None]]


def list_queries(folder: Path = QUERIES_DIR) -> list[str]:
    """Names of the ready queries (file names without ``.rq``)."""
    return sorted(p.stem for p in folder.glob("*.rq")) if folder.is_dir() else []


def load_query(name_or_path_or_text: str, folder: Path = QUERIES_DIR) -> str:
    """The SPARQL text of a ``.rq`` path, a query name in ``folder``, or inline SPARQL."""
    q = name_or_path_or_text
    if "\n" not in q:
        for candidate in (Path(q), folder / q, folder / f"{q}.rq"):
            try:
                if candidate.is_file():
                    return candidate.read_text(encoding="utf-8")
            except OSError:  # e.g. inline SPARQL too long to be a file name
                break
    if _QUERY_FORM.search(q) and "{" in q:
        return q
    raise QueryNotFoundError(
        f"no query file or SPARQL text: {q!r}; ready queries in {folder}: "
        + ", ".join(list_queries(folder)))


def parse_bindings(pairs: list[str] | None) -> dict[str, str]:
    """``["entity=<https://…>", "name=二七区"]`` → ``{"entity": "<https://…>", ...}``."""
    out: dict[str, str] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryUsageError(f"--bind wants NAME=VALUE, got {pair!r}")
        out[name] = value
    return out


def _term_value(name: str, value: str) -> tuple[str, str]:
    """("iri", text) or ("literal", text) for a --bind value; an IRI is checked here,
    the same for both engines (rdflib would take any text as an IRI)."""
    if value.startswith("<") and value.endswith(">"):
        kind, text = "iri", value[1:-1]
    elif _IRI_VALUE.match(value):
        kind, text = "iri", value
    else:
        return "literal", value
    try:
        ox.NamedNode(text)
    except ValueError as exc:
        reason = " ".join(str(exc).split())  # one line, whatever the value holds
        raise QueryUsageError(f"--bind {name}: {value!r} is not a valid IRI ({reason})") \
            from None
    return kind, text


def _run_oxigraph(query: str, graph_path: Path | None, bindings: dict[str, str]) -> QueryResult:
    if graph_path is not None and graph_path.is_dir():  # a store `kg build` wrote
        try:
            store = open_store(graph_path)  # through its link, read-only
        except StoreError as exc:
            raise QueryError(str(exc)) from exc
        graph_path = None
    else:
        store = ox.Store()
    if graph_path is not None:
        try:
            store.load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"cannot read graph {graph_path}: {exc}") from exc
    subs = {}
    for name, value in bindings.items():
        kind, text = _term_value(name, value)
        subs[ox.Variable(name)] = ox.NamedNode(text) if kind == "iri" else ox.Literal(text)
    try:
        answer = store.query(query, substitutions=subs or None)
        if isinstance(answer, (bool, ox.QueryBoolean)):
            return QueryResult(["result"], [["true" if answer else "false"]])
        if isinstance(answer, ox.QueryTriples):
            rows = [[_ox_value(t.subject), _ox_value(t.predicate), _ox_value(t.object)]
                    for t in answer]
            return QueryResult(["subject", "predicate", "object"], sorted(rows))
        columns = [v.value for v in answer.variables]
        return QueryResult(columns, [[_ox_value(sol[c]) for c in columns] for sol in answer])
    except SyntaxError as exc:
        raise QuerySyntaxError(f"SPARQL syntax error (oxigraph): {exc}") from exc
    except RuntimeError as exc:
        if "SELECT projection" in str(exc):  # Oxigraph substitutes projected variables only
            raise QueryError(f"--bind: {exc} (bind only variables the query SELECTs)") from exc
        raise QueryError(f"query failed (oxigraph): {exc}") from exc
    except (ValueError, OSError) as exc:
        raise QueryError(f"query failed (oxigraph): {exc}") from exc


def _ox_value(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _rdflib_value(term) -> str | None:
    if term is None:
        return None
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _run_rdflib(query: str, graph_path: Path | None, bindings: dict[str, str]) -> QueryResult:
    g = Graph(bind_namespaces="none")
    if graph_path is not None:
        try:
            g.parse(graph_path, format="turtle")
        except Exception as exc:  # rdflib's parsers raise assorted types
            raise QueryError(f"cannot read graph {graph_path}: {exc}") from exc
    init = {}
    for name, value in bindings.items():
        kind, text = _term_value(name, value)
        init[name] = URIRef(text) if kind == "iri" else Literal(text)
    try:
        answer = g.query(query, initBindings=init)
        if answer.type == "ASK":
            return QueryResult(["result"], [["true" if answer.askAnswer else "false"]])
        if answer.type in ("CONSTRUCT", "DESCRIBE"):
            rows = [[_rdflib_value(t) for t in triple] for triple in answer]
            return QueryResult(["subject", "predicate", "object"], sorted(rows))
        columns = [str(v) for v in answer.vars]
        return QueryResult(columns,
                           [[_rdflib_value(row[c]) for c in columns] for row in answer])
    except ParseException as exc:
        raise QuerySyntaxError(
            f"SPARQL syntax error (rdflib) at {exc.lineno}:{exc.col}: {exc.msg}") from exc
    except Exception as exc:  # rdflib raises many kinds while evaluating
        raise QueryError(f"query failed (rdflib): {exc}") from exc


def run_query(query: str, graph_path: Path | str | None,
              bindings: dict[str, str] | None = None, engine: str = "oxigraph") -> QueryResult:
    """Run SPARQL text over a Turtle file or an Oxigraph store directory (``None``: over an
    empty graph). A store is opened read-only, without parsing any Turtle."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    path = Path(graph_path) if graph_path is not None else None
    if path is not None and path.is_dir() and engine != "oxigraph":
        raise QueryError(f"{path} is an Oxigraph store: query it with --engine oxigraph, "
                         "or pass the Turtle file to use rdflib")
    if path is not None and not (path.is_file() or path.is_dir()):
        raise QueryError(f"graph file not found: {path} (run `kg build` first)")
    bindings = dict(bindings or {})
    for name, value in bindings.items():  # bad IRIs are refused before any graph is read
        _term_value(name, value)
    run = _run_oxigraph if engine == "oxigraph" else _run_rdflib
    return run(query, path, bindings)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(result: QueryResult) -> str:
    """An aligned text table (CJK counted as two columns), unbound shown empty."""
    cells = [[c if c is not None else "" for c in row] for row in result.rows]
    cells = [[v.replace("\n", " ") for v in row] for row in cells]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells])
              for i, c in enumerate(result.columns)]

    def line(values: list[str]) -> str:
        text = "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))
        return text.rstrip()

    out = [line(result.columns), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    out.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([["" if v is None else v for v in row] for row in result.rows])
    return buf.getvalue()


def format_json(result: QueryResult) -> str:
    """``{"columns": [...], "rows": [{column: value or null}, ...]}``."""
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    return json.dumps({"columns": result.columns, "rows": rows},
                      ensure_ascii=False, indent=2) + "\n"


def format_result(result: QueryResult, fmt: str) -> str:
    return {"table": format_table, "csv": format_csv, "json": format_json}[fmt](result)


def configure_parser(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Arguments of ``kg query``."""
    p.add_argument("query", metavar="QUERY",
                   help="a .rq file, the name of a query in queries/ (e.g. coverage), "
                        "or inline SPARQL")
    p.add_argument("--graph", type=Path, default=None,
                   help=f"Turtle file or Oxigraph store directory to query (default: "
                        f"{DEFAULT_STORE} when it exists, else {DEFAULT_GRAPH})")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format")
    p.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="pre-bind ?NAME: <iri> or http(s):/urn: values as IRIs, "
                        "others as string literals (repeatable)")
    p.add_argument("--engine", choices=ENGINES, default="oxigraph",
                   help="SPARQL engine (default: oxigraph)")
    return p


def run_command(args: argparse.Namespace) -> int:
    """Run ``kg query``: result to stdout, errors to stderr; 0 ok, 1 query error,
    2 usage error (a bad ``--bind``)."""
    try:
        text = load_query(args.query)
        graph = args.graph
        if graph is None:
            graph = DEFAULT_STORE if DEFAULT_STORE.is_dir() and args.engine == "oxigraph" \
                else DEFAULT_GRAPH
        result = run_query(text, graph, parse_bindings(args.bind), args.engine)
    except QueryError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, QueryUsageError) else 1
    sys.stdout.write(format_result(result, args.format))
    return 0
