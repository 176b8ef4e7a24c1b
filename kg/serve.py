"""`kg serve`: the graph as a read-only SPARQL 1.1 Protocol endpoint.

``GET /sparql?query=…``, ``POST`` with a form body (``query=…``) or with
``Content-Type: application/sparql-query``. Results as SPARQL JSON (default), XML, CSV
or TSV chosen by ``Accept``; CONSTRUCT/DESCRIBE as Turtle or N-Triples.

Read-only: the store is opened read-only and every SPARQL Update (``update=`` or
``application/sparql-update``) is refused with 403. Bound to 127.0.0.1 unless told.

Time limit: each query runs in one of a few warm worker processes (each holding the
store open read-only); the server waits up to ``timeout`` seconds for the answer, then
kills that worker (the only sound way to stop a running Oxigraph query), starts a fresh
one and answers 503.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

__all__ = ["DEFAULT_PORT", "QueryPool", "SparqlServer", "configure_parser", "make_server",
           "run_command"]

DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT = "127.0.0.1", 8890, 30.0
MAX_BODY = 1 << 20  # a SPARQL query longer than 1 MB is not a query
_RESULT_TYPES = {  # media type → pyoxigraph QueryResultsFormat name
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
_GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES"}


def _worker(store_dir: str, conn) -> None:
    """Worker process: answer (query, accept) requests over ``conn`` until it closes."""
    import pyoxigraph as ox

    from .store import open_store

    store = open_store(store_dir)  # the generation the link names now, read-only
    while True:
        try:
            query, accept = conn.recv()
        except EOFError:
            return
        try:
            answer = store.query(query)
            if isinstance(answer, ox.QueryTriples):
                media = _pick(accept, _GRAPH_TYPES, "text/turtle")
                body = answer.serialize(format=getattr(ox.RdfFormat, _GRAPH_TYPES[media]))
            else:
                media = _pick(accept, _RESULT_TYPES, "application/sparql-results+json")
                body = answer.serialize(
                    format=getattr(ox.QueryResultsFormat, _RESULT_TYPES[media]))
            conn.send((200, media, body))
        except SyntaxError as exc:
            conn.send((400, "text/plain", f"SPARQL syntax error: {exc}".encode()))
        except Exception as exc:  # evaluation errors of any kind are the client's answer
            conn.send((400, "text/plain", f"query failed: {exc}".encode()))


def _pick(accept: str, types: dict[str, str], default: str) -> str:
    """The first media type in ``accept`` (by q, then order) that we can write."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=")
                  and p[2:].replace(".", "", 1).isdigit()), 1.0)
        ranked.append((-q, i, media.lower()))
    for _q, _i, media in sorted(ranked):
        if media in types:
            return media
    return default


class QueryPool:
    """Warm worker processes; a query that overruns the limit gets its worker killed."""

    def __init__(self, store_dir: Path, workers: int = 2, timeout: float = DEFAULT_TIMEOUT):
        self.store_dir, self.timeout = str(store_dir), timeout
        self.context = multiprocessing.get_context("spawn")
        self.idle: list = []
        self.slots = threading.Semaphore(workers)
        self.lock = threading.Lock()
        for _ in range(workers):
            self.idle.append(self._start())

    def _start(self):
        parent, child = self.context.Pipe()
        proc = self.context.Process(target=_worker, args=(self.store_dir, child), daemon=True)
        proc.start()
        child.close()
        return proc, parent

    def run(self, query: str, accept: str) -> tuple[int, str, bytes]:
        with self.slots:
            with self.lock:
                proc, conn = self.idle.pop()
            try:
                conn.send((query, accept))
                if conn.poll(self.timeout):
                    answer = conn.recv()
                    with self.lock:
                        self.idle.append((proc, conn))
                    return answer
            except (EOFError, OSError):
                pass
            proc.kill()
            proc.join(5)
            conn.close()
            with self.lock:
                self.idle.append(self._start())
            return (503, "text/plain",
                    f"query exceeded the {self.timeout:g} s time limit (or its worker died)"
                    .encode())

    def close(self) -> None:
        with self.lock:
            for proc, conn in self.idle:
                conn.close()
                proc.kill()
                proc.join(5)
            self.idle.clear()


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        if self.server.verbose:
            super().log_message(format, *args)

    def _reply(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{media}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _answer(self, params: dict[str, list[str]], query: str | None = None) -> None:
        if "update" in params:
            self._reply(403, "text/plain", b"this endpoint is read-only: updates are refused")
            return
        query = query if query is not None else (params.get("query") or [None])[0]
        if not query:
            self._reply(400, "text/plain", b"missing query parameter")
            return
        status, media, body = self.server.pool.run(query, self.headers.get("Accept", ""))
        self._reply(status, media, body)

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        url = urlsplit(self.path)
        if url.path not in ("/", "/sparql"):
            self._reply(404, "text/plain", b"not found; the endpoint is /sparql")
            return
        self._answer(parse_qs(url.query))

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        if urlsplit(self.path).path not in ("/", "/sparql"):
            self._reply(404, "text/plain", b"not found; the endpoint is /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._reply(413, "text/plain", b"request body too large")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            self._reply(403, "text/plain", b"this endpoint is read-only: updates are refused")
        elif ctype == "application/sparql-query":
            self._answer(parse_qs(urlsplit(self.path).query), body)
        elif ctype == "application/x-www-form-urlencoded":
            self._answer(parse_qs(body))
        else:
            self._reply(415, "text/plain", b"use a form body or application/sparql-query")


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], pool: QueryPool, verbose: bool = False):
        super().__init__(address, _Handler)
        self.pool, self.verbose = pool, verbose


def make_server(store_dir: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                timeout: float = DEFAULT_TIMEOUT, workers: int = 2,
                verbose: bool = False) -> SparqlServer:
    """A server over a store directory (port 0: any free port; see ``server_address``)."""
    from .store import open_store

    open_store(store_dir)  # fail here, with a clear message, if it cannot be opened
    return SparqlServer((host, port), QueryPool(store_dir, workers, timeout), verbose)


def configure_parser(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    src = p.add_mutually_exclusive_group()
    src.add_argument("--graph", type=Path, metavar="FILE",
                     help="Turtle file to serve (loaded into a temporary store)")
    src.add_argument("--store", type=Path, metavar="DIR",
                     help="Oxigraph store directory (default: output/graph.oxigraph)")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help="address to bind (default: %(default)s, this machine only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="default: %(default)s")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help="query time limit (default: %(default)s)")
    p.add_argument("--workers", type=int, default=2, help="query processes (default: 2)")
    return p


def run_command(args: argparse.Namespace) -> int:
    """Serve until interrupted; 0 on Ctrl-C, 1 if the graph or port cannot be used."""
    from .store import STORE_NAME, StoreError, write_store

    with tempfile.TemporaryDirectory(prefix="kg-serve-") as scratch:
        try:
            if args.graph is not None:
                store_dir = Path(scratch) / STORE_NAME
                write_store(args.graph, store_dir)
            else:
                store_dir = args.store or Path("output") / STORE_NAME
            server = make_server(store_dir, args.host, args.port, args.timeout,
                                 max(1, args.workers), verbose=True)
        except (StoreError, OSError) as exc:
            print(f"kg serve: {exc}", file=sys.stderr)
            return 1
        host, port = server.server_address[:2]
        print(f"kg serve: SPARQL endpoint at http://{host}:{port}/sparql "
              f"(read-only, {args.timeout:g} s limit); Ctrl-C stops", file=sys.stderr)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
            server.pool.close()
    return 0
