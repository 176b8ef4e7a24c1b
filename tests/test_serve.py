"""`kg serve`: SPARQL 1.1 Protocol over HTTP on loopback, read-only, with a time limit."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.serve import make_server
from kg.store import write_store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "report_small.ttl"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# Six-way cross product of every triple: far beyond the 1 s limit on any machine.
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
        "?m ?n2 ?o . ?q ?r ?t }")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    store = tmp_path_factory.mktemp("serve") / "graph.oxigraph"
    triples = write_store(FIXTURE, store)
    server = make_server(store, "127.0.0.1", 0, timeout=1.0, workers=1)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}/sparql", triples
    finally:
        server.shutdown()
        server.server_close()
        server.pool.close()
        thread.join(5)


def _post(url: str, body: bytes, ctype: str) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_sparqlwrapper_select_as_json(endpoint):
    from SPARQLWrapper import JSON, SPARQLWrapper

    url, triples = endpoint
    client = SPARQLWrapper(url)
    client.setQuery(COUNT)
    client.setReturnFormat(JSON)
    result = client.query().convert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == triples > 0


def test_get_post_and_accept_formats(endpoint):
    url, triples = endpoint
    req = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': COUNT})}",
                                 headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        assert resp.headers["Content-Type"].startswith("text/csv")
        assert resp.read().decode().splitlines() == ["n", str(triples)]
    status, body = _post(url, COUNT.encode(), "application/sparql-query")
    assert status == 200 and json.loads(body)["head"]["vars"] == ["n"]
    status, body = _post(url, urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode(),
                         "application/x-www-form-urlencoded")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_updates_are_refused(endpoint):
    url, triples = endpoint
    update = 'INSERT DATA { <urn:x> <urn:y> "z" }'
    assert _post(url, update.encode(), "application/sparql-update")[0] == 403
    form = urllib.parse.urlencode({"update": update}).encode()
    assert _post(url, form, "application/x-www-form-urlencoded")[0] == 403
    status, _ = _post(url, update.encode(), "application/sparql-query")
    assert status == 400  # not a query
    status, body = _post(url, COUNT.encode(), "application/sparql-query")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(triples)


def test_slow_query_is_cut_off_and_the_server_recovers(endpoint):
    url, triples = endpoint
    status, body = _post(url, SLOW.encode(), "application/sparql-query")
    assert status == 503 and b"time limit" in body
    status, body = _post(url, COUNT.encode(), "application/sparql-query")
    assert status == 200


def test_syntax_error_is_a_400(endpoint):
    url, _ = endpoint
    status, body = _post(url, b"SELECT WHERE {", "application/sparql-query")
    assert status == 400 and b"syntax" in body.lower()
