"""The fast paths of the graph and Turtle export agree with the plain ones.

``GraphBuilder.finish`` writes edges into networkx's adjacency dicts itself, and
``write_turtle`` fills most mention resources into a fixed template: each must give what
``MultiDiGraph.add_edge`` and the generic ``_subject_block`` of ``generate_triples`` give.
The records are the fixture's, plus one article with the awkward cases: a span naming two
entities, offsets whose IRI order is not numeric, quotes and controls in printed text,
a mention without rule.
"""

from __future__ import annotations

import copy
import gc
from pathlib import Path

import networkx as nx
import pytest

from kg.graph import build_graph, gc_paused
from kg.rdf import (
    _TURTLE_PREFIXES,
    _subject_block,
    generate_triples,
    generate_turtle,
    write_turtle,
)
from kg.records import read_records

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "records_small.jsonl"
MENTION = "https://w3id.org/kg-news/id/mention/901_bbbbbbbbbbbbbbbb/09/"


def _records() -> list[dict]:
    records = list(read_records(FIXTURE))
    odd = copy.deepcopy(records[-1])  # 中牟县, 城关镇, 天擎社区, 粤海酒店
    odd["id"], odd["position"] = "901_bbbbbbbbbbbbbbbb#09", 9
    street = odd["entities"][1]
    # The street's office printed at the street's own span: one mention, two entities.
    office = {**street, "type": "organization", "name": "城关镇政府", "code": None,
              "in_gazetteer": False, "hierarchy": [], "rule": "organization.suffix"}
    hostile = {**odd["entities"][4], "text": '粤海"酒店\\\n\x07', "span": [7, 12], "rule": ""}
    odd["entities"] += [office, hostile]
    return [*records, odd]


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return build_graph(_records())


def test_turtle_equals_the_generic_rendering_of_generate_triples(G):
    expected = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _TURTLE_PREFIXES)
    expected += "".join("\n" + _subject_block(t) for t in generate_triples(G))
    turtle = generate_turtle(G)
    assert turtle == expected
    # IRI order is string order: 100-103 before 7-12 before 80-83
    assert turtle.index(MENTION + "100-103") < turtle.index(MENTION + "7-12") < turtle.index(
        MENTION + "80-83")


def test_a_span_naming_two_entities_is_one_mention_with_both(G):
    block = generate_turtle(G).split(f"<{MENTION}90-93>\n")[1].split("\n.\n")[0]
    assert block.count("kgv:refersTo") == 1 and block.count("\n        <") == 2
    assert '        "gazetteer.street" ,\n        "organization.suffix" ;' in block
    assert '    kgv:text "城关镇"@zh ;' in block


def test_hostile_text_is_escaped_and_an_empty_rule_left_out(G):
    block = generate_turtle(G).split(f"<{MENTION}7-12>\n")[1].split("\n.\n")[0]
    assert '    kgv:text "粤海\\"酒店\\\\\\n\\u0007"@zh ;' in block
    assert "kgv:rule" not in block and "    kgv:startOffset 7 ;" in block


def test_finish_builds_what_add_edge_builds(G):
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, key, attrs in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=key, **attrs)
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    assert [list(G.in_edges(n, keys=True)) for n in G] == [list(H.in_edges(n, keys=True))
                                                          for n in H]
    u, v = "article:901_bbbbbbbbbbbbbbbb#09", "street:410122100"
    assert G.succ[u][v]["mentions"] is G.pred[v][u]["mentions"]  # one edge, seen both ways
    assert G.edges[u, v, "mentions"]["spans"] == [[90, 93]]
    assert G.edges[u, "enterprise:粤海酒店", "mentions"]["spans"] == [[7, 12], [120, 124]]


def test_gc_paused_restores_the_collector_after_an_error():
    assert gc.isenabled()
    with pytest.raises(KeyError), gc_paused():
        assert not gc.isenabled()
        raise KeyError("x")
    assert gc.isenabled()


def test_tee_gets_the_file_prefixes_first_then_whole_blocks(G, tmp_path):
    parts: list[bytes] = []  # the file's bytes, as written
    count = write_turtle(G, tmp_path / "g.ttl", tee=parts.append)
    assert b"".join(parts) == (tmp_path / "g.ttl").read_bytes()
    assert parts[0] == "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _TURTLE_PREFIXES).encode()
    assert all(p.startswith(b"\n<") and p.endswith(b"\n.\n") for p in parts[1:])
    assert count == sum(len(t) for t in generate_triples(G)) == 346
