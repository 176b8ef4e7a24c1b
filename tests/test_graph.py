"""The NetworkX graph built from hand-made records (tests/fixtures/records_small.jsonl).

The fixture holds four articles on two pages: 张改华 reports three of them, 李博文 two
(one shared with 张改华, one a photo he also took); 管城区 is printed once for 管城回族区;
two streets named 城关镇 carry different codes; 南彩社区 and 天擎社区 are not in the
gazetteer (the first under a known street, the second with no parent).
"""

from __future__ import annotations

import doctest
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

import kg.graph
import kg.graphml
from kg.graph import GraphBuildError, build_graph, entity_key, generate_graphml, write_graphml
from kg.records import read_records

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "records_small.jsonl"


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return build_graph(read_records(FIXTURE))


def test_one_node_per_reporter_across_pages(G):
    assert G.nodes["person:张改华"]["article_count"] == 3
    assert G.nodes["person:张改华"]["roles"] == ["reporter"]
    assert G.nodes["person:李博文"]["roles"] == ["photographer", "reporter"]
    authored = sorted(v for _, v, k in G.out_edges("person:张改华", keys=True) if k == "authored")
    assert authored == ["article:900_aaaaaaaaaaaaaaaa#01", "article:900_aaaaaaaaaaaaaaaa#02",
                        "article:901_bbbbbbbbbbbbbbbb#02"]
    assert G.has_edge("person:李博文", "article:901_bbbbbbbbbbbbbbbb#01", key="photographed")


def test_alias_district_is_one_node(G):
    node = G.nodes["district:410104"]
    assert node["label"] == "管城回族区"
    assert node["aliases"] == ["管城区"]
    assert node["code"] == "410104"
    assert node["in_gazetteer"] is True
    assert not any(k.endswith("/管城区") for k in G)
    assert G.has_edge("article:900_aaaaaaaaaaaaaaaa#02", "district:410104", key="about")
    assert G.has_edge("article:901_bbbbbbbbbbbbbbbb#01", "district:410104", key="about")


def test_same_name_streets_stay_apart(G):
    a, b = G.nodes["street:410122100"], G.nodes["street:410183100"]
    assert a["label"] == b["label"] == "城关镇"
    assert list(G.successors("street:410122100")) == ["district:410122"]
    assert list(G.successors("street:410183100")) == ["district:410183"]


def test_hierarchy_and_places_outside_the_gazetteer(G):
    assert G.has_edge("street:410103001", "district:410103", key="located_in")
    assert G.has_edge("district:410103", "city:410100", key="located_in")
    assert G.has_edge("city:410100", "province:410000", key="located_in")
    nancai = G.nodes["community:410103001/南彩社区"]
    assert nancai["in_gazetteer"] is False and nancai["code"] is None
    assert G.has_edge("community:410103001/南彩社区", "street:410103001", key="located_in")
    assert "community:x/天擎社区" in G
    assert G.has_edge("compound:金水花园", "street:410104001", key="located_in")
    assert G.nodes["city:410100"]["label"] == "郑州市"
    assert G.nodes["city:410100"]["article_count"] == 0  # only reached through the hierarchy


def test_mentions_keep_every_span_and_counts_and_dates(G):
    edge = G.edges["article:900_aaaaaaaaaaaaaaaa#01", "street:410103001", "mentions"]
    assert edge["text"] == "德化街街道" and edge["span"] == [30, 35]
    assert edge["rule"] == "gazetteer.street"
    assert edge["spans"] == [[30, 35], [120, 123]]
    assert edge["texts"] == ["德化街街道", "德化街"]
    assert G.nodes["street:410103001"]["aliases"] == ["德化街"]
    hotel = G.nodes["enterprise:粤海酒店"]
    assert (hotel["article_count"], hotel["first_date"], hotel["last_date"]) == \
        (3, "06-19", "06-25")
    assert "in_gazetteer" not in hotel
    page = G.nodes["page:901_bbbbbbbbbbbbbbbb"]
    assert page["article_count"] == 2 and page["source"] == "901_bbbbbbbbbbbbbbbb.txt"
    art = G.nodes["article:901_bbbbbbbbbbbbbbbb#01"]
    assert (art["kind"], art["date"], art["position"], art["label"]) == \
        ("photo", None, 1, "901_bbbbbbbbbbbbbbbb#01")  # no headline: label is the id


def test_entity_keys():
    hotel = {"type": "enterprise", "name": "粤海酒店", "code": None}
    assert entity_key(hotel) == "enterprise:粤海酒店"
    assert entity_key({"type": "district", "name": "二七区", "code": "410103",
                       "hierarchy": [{"code": "410103", "name": "二七区", "level": "district"}]}) \
        == "district:410103"
    assert entity_key({"type": "street", "name": "某某街道", "code": None, "hierarchy": []}) \
        == "street:x/某某街道"


def test_alternative_code_resolves_to_the_canonical_place():
    # an MCA code printed in "code", the NBS chain in "hierarchy" (410108015 → 410108005)
    ent = {"type": "street", "text": "花园路街道", "name": "花园路街道", "code": "410108015",
           "in_gazetteer": True, "span": [5, 10], "rule": "gazetteer.street",
           "hierarchy": [{"code": "410108005", "name": "花园路街道", "level": "street"},
                         {"code": "410108", "name": "惠济区", "level": "district"}]}
    assert entity_key(ent) == "street:410108005"
    G = build_graph([{"id": "p#01", "page": "p", "entities": [ent]}])
    assert G.nodes["street:410108005"]["code"] == "410108005"
    assert list(G.successors("street:410108005")) == ["district:410108"]


def test_deterministic_whatever_the_record_order():
    records = list(read_records(FIXTURE))
    a, b = build_graph(records), build_graph(reversed(records))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert list(a) == sorted(a)


def test_record_without_id_raises():
    with pytest.raises(GraphBuildError, match="record without id"):
        build_graph([{"page": "p"}])


def test_graphml_round_trip(G, tmp_path):
    out = tmp_path / "graph.graphml"
    write_graphml(G, out)
    first = out.read_bytes()
    assert first.decode("utf-8") == generate_graphml(G)
    write_graphml(G, out)
    assert out.read_bytes() == first  # same graph, same bytes
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]  # no temp file left
    H = nx.read_graphml(out, force_multigraph=True)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    assert H.nodes["district:410104"]["aliases"] == "管城区"
    assert H.nodes["person:李博文"]["roles"] == "photographer; reporter"
    assert "code" not in H.nodes["person:李博文"]  # None is omitted
    edge = H.edges["article:900_aaaaaaaaaaaaaaaa#01", "street:410103001", "mentions"]
    assert edge["spans"] == "30-35; 120-123"


def _flat(attrs: dict) -> dict:
    """What GraphML holds of node/edge attributes: spans "a-b", lists "; "-joined, no None."""
    out = {}
    for k, v in attrs.items():
        if k == "span":
            v = "-".join(map(str, v))
        elif isinstance(v, list):
            v = "; ".join("-".join(map(str, x)) if isinstance(x, list) else x for x in v)
        if v is not None:
            out[k] = v
    return out


def _key_declarations(path: Path) -> list[tuple]:
    return sorted((k.get("for"), k.get("attr.name"), k.get("attr.type"))
                  for k in ET.parse(path).getroot()
                  if k.tag == "{http://graphml.graphdrawing.org/xmlns}key")


def test_graphml_of_sample_build_reads_back_like_networkx_writer(sample_build, tmp_path):
    G = build_graph(read_records(sample_build / "articles.jsonl"))
    ours = nx.read_graphml(sample_build / "graph.graphml", force_multigraph=True)
    # the reference: networkx's own writer, fed the flattened graph
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, _flat(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, _flat(d)) for u, v, k, d in G.edges(keys=True, data=True))
    nx.write_graphml(H, tmp_path / "ref.graphml")
    ref = nx.read_graphml(tmp_path / "ref.graphml", force_multigraph=True)
    assert list(ours.nodes(data=True)) == list(ref.nodes(data=True)) == list(H.nodes(data=True))
    assert list(ours.edges(keys=True, data=True)) == list(ref.edges(keys=True, data=True)) \
        == list(H.edges(keys=True, data=True))
    assert ours.number_of_nodes() > 100 and ours.number_of_edges() > 300
    # value types survive: long, boolean, string
    article = next(d for _, d in ours.nodes(data=True) if d["type"] == "article")
    assert isinstance(article["position"], int) and isinstance(article["headline"], str)
    assert any(d.get("in_gazetteer") is True for _, d in ours.nodes(data=True))
    declared = _key_declarations(sample_build / "graph.graphml")
    assert declared == _key_declarations(tmp_path / "ref.graphml")
    assert ("node", "position", "long") in declared
    assert ("edge", "spans", "string") in declared


def test_graphml_hostile_names_stay_well_formed(tmp_path):
    evil = '<script>alert("x&y")</script>\x0b\'李'
    rec = {"id": "p#01", "page": "p", "headline": f"标题 {evil}", "body": f"正文\r\n{evil}",
           "reporters": [evil],
           "entities": [{"type": "enterprise", "text": f"{evil}酒店", "name": f"{evil}酒店",
                         "code": None, "span": [3, 9], "rule": "enterprise.suffix"}]}
    out = tmp_path / "g.graphml"
    write_graphml(build_graph([rec]), out)
    text = out.read_text(encoding="utf-8")
    assert "<script>" not in text and "\x0b" not in text
    assert 'id="person:&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;\'李"' in text
    ET.parse(out)  # well-formed XML
    H = nx.read_graphml(out, force_multigraph=True)
    clean = '<script>alert("x&y")</script>\'李'
    assert H.nodes[f"person:{clean}"]["label"] == clean
    assert H.nodes["article:p#01"]["headline"] == f"标题 {clean}"
    assert H.nodes["article:p#01"]["body"] == f"正文\r\n{clean}"  # "\r" escaped, so kept
    edge = H.edges["article:p#01", f"enterprise:{clean}酒店", "mentions"]
    assert edge["text"] == f"{clean}酒店" and edge["span"] == "3-9"
    assert H.has_edge(f"person:{clean}", "article:p#01", key="authored")


def test_graphml_refuses_values_it_cannot_hold(tmp_path):
    H = nx.MultiDiGraph()
    H.add_node("article:p#01", meta={"a": 1})
    with pytest.raises(kg.graphml.GraphMLError, match="meta"):
        write_graphml(H, tmp_path / "g.graphml")
    assert list(tmp_path.iterdir()) == []


def test_graphml_drops_characters_xml_forbids(tmp_path):
    rec = {"id": "p#01", "page": "p", "headline": "标题\x0c", "body": "正文\x01内容"}
    write_graphml(build_graph([rec]), tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml")
    assert H.nodes["article:p#01"]["body"] == "正文内容"
    assert H.nodes["article:p#01"]["headline"] == "标题"


def test_doctests(monkeypatch):
    monkeypatch.chdir(REPO)
    assert doctest.testmod(kg.graph).failed == 0
    assert doctest.testmod(kg.graphml).failed == 0
