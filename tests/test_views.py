"""Unit tests of the HTML views (kg/views*.py); the browser tests are in test_views_browser.py."""

from __future__ import annotations

import copy
import hashlib
import json
import math
import random
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg import views, views_layout, views_render
from kg.cache import PageCache
from kg.graph import build_graph
from kg.parallel import start_forked
from kg.records import read_records
from kg.views import ViewTickets, draw_views, view_file_name, write_views
from kg.views_layout import force_layout, spring_positions
from kg.views_render import ViewCache, script_json, view_data, view_json
from kg.views_select import district_nodes, most_connected, reporter_keys, reporter_nodes

FIXTURE = Path(__file__).parent / "fixtures" / "records_small.jsonl"
XSS_HEADLINE = "<script>window.pwned=1</script>"
XSS_PERSON = '<img src=x onerror="window.pwned=2">'
XSS_ENTERPRISE = "</script><script>window.pwned=3</script>有限公司"
XSS_ARTICLE = "article:902_cccccccccccccccc#01"


def hostile_records() -> list[dict]:
    """The small fixture plus one article about 二七区 whose text tries to run scripts."""
    records = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    bad = copy.deepcopy(records[0])
    page = "902_cccccccccccccccc"
    street = next(e for e in bad["entities"] if e["type"] == "street")
    bad.update(id=page + "#01", source=page + ".txt", page=page, headline=XSS_HEADLINE,
               reporters=[XSS_PERSON], correspondents=[], enterprises=[XSS_ENTERPRISE],
               initiatives=[], communities=[],
               bylines=[{"role": "reporter", "name": XSS_PERSON, "span": [5, 9]}])
    bad["entities"] = [street, {"type": "enterprise", "text": XSS_ENTERPRISE,
                                "name": XSS_ENTERPRISE, "code": None, "in_gazetteer": False,
                                "hierarchy": [], "span": [40, 60], "rule": "enterprise.suffix"}]
    return [*records, bad]


def hostile_graph() -> nx.MultiDiGraph:
    return build_graph(hostile_records())


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return hostile_graph()


@pytest.fixture(scope="module")
def built(graph, tmp_path_factory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("views")
    return out, write_views(graph, out, summary={"pages": 3, "articles": 5, "triples": 1234})


def _data(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    block = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def test_writes_index_graph_district_reporter_views_and_lib(built):
    out, paths = built
    names = [p.relative_to(out).as_posix() for p in paths]
    assert names[:2] == ["index.html", "graph.html"]
    assert [n for n in names if n.startswith("districts/")] == [
        "districts/410103.html", "districts/410104.html", "districts/410122.html",
        "districts/410183.html"]
    reporters = sorted(n for n in names if n.startswith("reporters/"))
    expected = sorted("reporters/" + hashlib.sha1(k.encode()).hexdigest()[:16] + ".html"
                      for k in ("person:张改华", "person:李博文", "person:" + XSS_PERSON))
    assert reporters == expected
    assert sorted(n for n in names if n.startswith("lib/")) == [
        "lib/kg-view.css", "lib/kg-view.js", "lib/vis-network.css", "lib/vis-network.min.js"]
    assert all(p.is_file() for p in paths)


def test_same_graph_gives_byte_identical_files(graph, built, tmp_path):
    out, paths = built
    again = write_views(hostile_graph(), tmp_path,
                        summary={"pages": 3, "articles": 5, "triples": 1234})
    assert [p.relative_to(tmp_path) for p in again] == [p.relative_to(out) for p in paths]
    for first, second in zip(paths, again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name


def test_pages_are_utf8_with_chinese_and_load_nothing_remote(built):
    out, paths = built
    for path in paths:
        if path.suffix != ".html":
            continue
        html = path.read_bytes().decode("utf-8")
        assert '<meta charset="utf-8">' in html
        assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html), path
        assert "cdn" not in html.lower()
    assert "二七区" in (out / "districts" / "410103.html").read_text(encoding="utf-8")
    css = (out / "lib" / "kg-view.css").read_text(encoding="utf-8")
    assert "url(http" not in css and ".kg-t-district { color: #4e79a7; }" in css


def test_untrusted_text_never_reaches_markup(built):
    out, paths = built
    for path in paths:
        if path.suffix == ".html":
            html = path.read_text(encoding="utf-8")
            for bad in ("<script>window", "<img src=x", "onerror=\""):
                assert bad not in html, (path, bad)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=&#34;window.pwned=2&#34;&gt;" in index
    data = _data(out / "graph.html")
    node = next(n for n in data["nodes"] if n["id"] == XSS_ARTICLE)
    assert node["info"]["name"] == XSS_HEADLINE  # kept as text, shown via textContent


def test_script_json_cannot_close_the_script_element():
    text = script_json({"h": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"h": "</script><!-- & \u2028"}


def test_index_counts_and_links(built, graph):
    out, _ = built
    index = (out / "index.html").read_text(encoding="utf-8")
    rows = dict(re.findall(r'<tr><th>(\w+)</th><td class="num">([^<]+)</td></tr>', index))
    # pages, articles and triples from the summary, people and places counted in the graph
    assert rows == {"pages": "3", "articles": "5", "people": "5", "places": "13",
                    "triples": "1,234"}
    links = set(re.findall(r'href="([^"]+)"', index))
    assert {"graph.html", "coverage.html", "lib/kg-view.css",
            "districts/410103.html", "districts/410183.html"} <= links
    assert sum(1 for link in links if link.startswith("reporters/")) == 3


def test_district_view_holds_its_places_articles_people_and_mentions(graph):
    assert district_nodes(graph, "district:410103") == sorted([
        "district:410103", "street:410103001", "community:410103001/南彩社区",
        "article:900_aaaaaaaaaaaaaaaa#01", "article:900_aaaaaaaaaaaaaaaa#02", XSS_ARTICLE,
        "person:张改华", "person:靳捷", "person:李博文", "person:" + XSS_PERSON,
        "enterprise:粤海酒店", "initiative:红色商圈党建联盟", "organization:管城回族区人社局",
        "enterprise:" + XSS_ENTERPRISE,
    ])


def test_reporter_view_holds_articles_districts_and_colleagues(graph):
    assert reporter_keys(graph) == sorted(["person:张改华", "person:李博文",
                                           "person:" + XSS_PERSON])
    assert reporter_nodes(graph, "person:李博文") == sorted([
        "person:李博文", "article:900_aaaaaaaaaaaaaaaa#02", "article:901_bbbbbbbbbbbbbbbb#01",
        "district:410104", "person:张改华", "person:靳捷",
    ])


def test_view_data_styles_sizes_and_merges_parallel_edges(graph):
    data = view_data(graph, reporter_nodes(graph, "person:李博文"))
    by_id = {n["id"]: n for n in data["nodes"]}
    district = by_id["district:410104"]
    assert (district["shape"], district["color"], district["type"]) == ("hexagon", "#4e79a7",
                                                                       "district")
    assert district["info"]["aliases"] == ["管城区"] and district["info"]["code"] == "410104"
    # an article without a headline (a photo) is listed by its label, the record id
    assert [a["h"] for a in district["info"]["articles"]] == ["管城区开展就业帮扶",
                                                              "901_bbbbbbbbbbbbbbbb#01"]
    assert by_id["person:张改华"]["size"] > by_id["person:靳捷"]["size"]  # 3 articles vs 2
    # 李博文 both authored and photographed 901#01: one drawn edge listing both relations
    edge = next(e for e in data["edges"] if e["from"] == "person:李博文"
                and e["to"] == "article:901_bbbbbbbbbbbbbbbb#01")
    assert edge["relations"] == ["authored", "photographed"]
    assert len(data["edges"]) == len({(u, v) for u, v in graph.subgraph(by_id).edges()})
    assert data["options"]["physics"]["enabled"] is True  # small view: polished, then stopped


def test_file_names_are_codes_or_hashes():
    G = nx.MultiDiGraph()
    G.add_node("district:410103", type="district", code="410103")
    G.add_node("person:../../etc/passwd", type="person", code=None)
    G.add_node("district:x/某区", type="district", code="41/01")
    assert view_file_name(G, "district:410103") == "410103.html"
    assert re.fullmatch(r"[0-9a-f]{16}\.html", view_file_name(G, "person:../../etc/passwd"))
    assert re.fullmatch(r"[0-9a-f]{16}\.html", view_file_name(G, "district:x/某区"))


def test_big_view_keeps_the_most_connected_and_says_what_it_left_out(monkeypatch, tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("person:甲", type="person", label="甲", article_count=6)
    for i in range(6):
        G.add_node(f"article:p#{i:02d}", type="article", label=f"稿件{i}", article_count=1)
        G.add_edge("person:甲", f"article:p#{i:02d}", key="authored")
    G.add_edge("article:p#00", "article:p#01", key="on_page")
    capped = most_connected(G, sorted(G), 3)
    assert capped.nodes == ["article:p#00", "article:p#01", "person:甲"]
    assert capped.left_out == {"article": 4} and capped.total == 7
    monkeypatch.setattr(views, "VIEW_NODE_LIMIT", 3)
    write_views(G, tmp_path)
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "Showing the 3 most connected of 7 nodes. Left out: 4 article." in html
    assert len(_data(tmp_path / "graph.html")["nodes"]) == 3


def test_layout_is_deterministic_and_spread_out(graph):
    nodes = sorted(graph)
    first = spring_positions(graph, nodes)
    assert first == spring_positions(graph, nodes)
    assert len(set(first.values())) == len(nodes)  # no two nodes on the same pixel


def test_view_json_is_the_json_of_view_data(graph):
    # render_page writes nodes and edges from cached text; it must be exactly pyvis's data
    nodes = district_nodes(graph, "district:410103")
    cache = ViewCache(graph)
    expected = script_json({**view_data(graph, nodes), "focus": "district:410103"})
    assert view_json(graph, nodes, "district:410103", cache) == expected
    assert view_json(graph, nodes, "district:410103", cache) == expected  # from the cache
    data = json.loads(expected)
    assert list(data["nodes"][0]) == ["color", "size", "type", "info", "x", "y", "id", "label",
                                      "shape"]
    assert list(data["edges"][0]) == ["id", "relations", "from", "to", "arrows"]


def test_big_layout_is_deterministic_and_the_same_in_one_block(monkeypatch):
    # 700 nodes: the pairwise repulsion goes in blocks of rows, each pair computed once
    rng = random.Random(5)
    pairs = sorted({(i, j) for j in range(1, 700) for i in rng.sample(range(j), min(j, 2))})
    first = force_layout(700, pairs)
    assert first == force_layout(700, pairs)
    assert len(set(first)) == 700
    monkeypatch.setattr(views_layout, "_BLOCK", 700 * 700)  # the whole matrix at once
    whole = force_layout(700, pairs)
    moved = [math.dist(p, q) for p, q in zip(first, whole, strict=True)]
    assert sum(moved) / len(moved) < 5 and max(moved) < 100  # only float rounding differs


def test_jobs_write_the_same_bytes(sample_build, tmp_path):
    G = build_graph(read_records(sample_build / "articles.jsonl"))
    one = write_views(G, tmp_path / "one", summary={"pages": 5}, jobs=1)
    two = write_views(G, tmp_path / "two", summary={"pages": 5}, jobs=2)
    names = [p.relative_to(tmp_path / "one").as_posix() for p in one]
    assert names == [p.relative_to(tmp_path / "two").as_posix() for p in two]
    assert sum(n.startswith("districts/") for n in names) >= 5
    assert sum(n.startswith("reporters/") for n in names) >= 10
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def _draw_shared(G: nx.MultiDiGraph, out: Path, tickets: ViewTickets) -> views.DrawnViews:
    return draw_views(G, out, tickets=tickets)


def test_views_process_and_main_process_share_one_list(sample_build, tmp_path):
    # The build's views process and its main process draw from one list of views:
    # each view is drawn once, by either, and its bytes do not depend on which.
    G = build_graph(read_records(sample_build / "articles.jsonl"))
    alone = draw_views(G, tmp_path / "alone")
    names = [p.relative_to(tmp_path / "alone").as_posix() for p in alone.paths]
    views_drawn = {n for n in names if not n.startswith("lib/")}
    assert set(alone.notes) == views_drawn and len(views_drawn) >= 15

    tickets = ViewTickets()  # one process first: the other finds nothing left
    there = start_forked(_draw_shared, G, tmp_path / "a", tickets)()
    here = draw_views(G, tmp_path / "a", tickets=tickets, lib=False)
    assert set(there.notes) == views_drawn and here.notes == {}

    tickets = ViewTickets()  # both at once
    wait = start_forked(_draw_shared, G, tmp_path / "b", tickets)
    here = draw_views(G, tmp_path / "b", tickets=tickets, lib=False)
    there = wait()
    assert not set(here.notes) & set(there.notes)
    assert (there | here).notes == alone.notes
    for name in names:
        assert (tmp_path / "b" / name).read_bytes() == (tmp_path / "alone" / name).read_bytes()


def test_one_process_draws_without_shared_memory(sample_build, tmp_path, monkeypatch):
    # Only processes drawing one list together need a counter in shared memory (and the
    # system's semaphores, which some sandboxes lack); one process alone does not.
    G = build_graph(read_records(sample_build / "articles.jsonl"))

    def no_semaphores(*args, **kwargs):
        raise OSError("no semaphores here")

    monkeypatch.setattr(views.multiprocessing, "Value", no_semaphores)
    written = write_views(G, tmp_path, jobs=1)
    assert (tmp_path / "graph.html").is_file() and len(written) >= 20
    with pytest.raises(OSError, match="no semaphores"):
        ViewTickets()


def _view_bytes(out: Path, drawn: views.DrawnViews) -> dict[str, bytes]:
    return {path: (out / path).read_bytes() for path in sorted(drawn.notes)}


def test_cached_views_are_reused_with_the_same_bytes(sample_build, tmp_path):
    records = list(read_records(sample_build / "articles.jsonl"))
    plain = draw_views(build_graph(records), tmp_path / "plain")
    expected = _view_bytes(tmp_path / "plain", plain)
    assert len(expected) == 34 and plain.reused == frozenset()
    cache = PageCache(tmp_path / "cache")

    first = draw_views(build_graph(records), tmp_path / "first", cache=cache)
    assert first.reused == frozenset() and first.rendered == set(expected)
    assert _view_bytes(tmp_path / "first", first) == expected
    assert len(list((tmp_path / "cache").rglob("*/*"))) == 34  # one entry a view

    second = draw_views(build_graph(records), tmp_path / "second", cache=cache)
    assert second.reused == set(expected) and second.rendered == frozenset()
    assert second.notes == plain.notes
    assert _view_bytes(tmp_path / "second", second) == expected

    # forked helpers: each counts its own, merged into one answer
    two = draw_views(build_graph(records), tmp_path / "two", jobs=2, cache=cache)
    assert two.reused == set(expected) and _view_bytes(tmp_path / "two", two) == expected


def _changed_views(graph: nx.MultiDiGraph, changed: nx.MultiDiGraph, tmp_path: Path
                   ) -> views.DrawnViews:
    """Draw ``graph`` into a cache, then ``changed`` from it; check the second draw's
    bytes against a cache-less draw of ``changed``."""
    cache = PageCache(tmp_path / "cache")
    assert len(draw_views(graph, tmp_path / "before", cache=cache).rendered) == 8
    drawn = draw_views(changed, tmp_path / "after", cache=cache)
    fresh = draw_views(changed, tmp_path / "fresh")
    assert _view_bytes(tmp_path / "after", drawn) == _view_bytes(tmp_path / "fresh", fresh)
    return drawn


def test_a_changed_label_redraws_only_the_views_showing_it(graph, tmp_path):
    changed = copy.deepcopy(graph)
    changed.nodes["street:410103001"]["label"] = "大学路街道"  # in one district's view
    drawn = _changed_views(graph, changed, tmp_path)
    assert drawn.rendered == {"graph.html", "districts/410103.html"}
    assert len(drawn.reused) == 6 and "districts/410104.html" in drawn.reused
    html = (tmp_path / "after" / "districts" / "410103.html").read_text(encoding="utf-8")
    assert "大学路街道" in html


NEW_ENTERPRISE = "enterprise:华信有限公司"


@pytest.mark.parametrize(("u", "v", "relation", "district", "reporter_redrawn"), [
    # an article mentions a new enterprise: 张改华's view shows the article, not the
    # enterprise, so its bytes stay; it is redrawn all the same, as the fingerprint
    # takes each shown node's successors whole (cheaper than finding the edges shown)
    ("article:901_bbbbbbbbbbbbbbbb#02", NEW_ENTERPRISE, "mentions", "410122", True),
    # a new drawn edge between two nodes whose own drawing does not change
    ("street:410103001", "community:410103001/南彩社区", "contains", "410103", False),
    # a second relation on a drawn edge: only that edge's tooltip changes
    ("community:410103001/南彩社区", "street:410103001", "near", "410103", False),
])
def test_an_added_edge_redraws_only_the_views_drawing_it(graph, tmp_path, u, v, relation,
                                                         district, reporter_redrawn):
    changed = copy.deepcopy(graph)
    if v == NEW_ENTERPRISE:
        changed.add_node(v, type="enterprise", label="华信有限公司", aliases=[],
                         article_count=1)
    changed.add_edge(u, v, key=relation)
    drawn = _changed_views(graph, changed, tmp_path)
    reporter = "reporters/" + view_file_name(graph, "person:张改华")
    assert drawn.rendered == {"graph.html", f"districts/{district}.html",
                              *([reporter] if reporter_redrawn else [])}
    assert len(drawn.reused) == 6 - reporter_redrawn
    assert (reporter in drawn.rendered) == reporter_redrawn
    edges = _data(tmp_path / "after" / "districts" / f"{district}.html")["edges"]
    assert relation in next(e["relations"] for e in edges if (e["from"], e["to"]) == (u, v))


def test_a_corrupt_cache_entry_is_rendered_again(graph, tmp_path):
    cache = PageCache(tmp_path / "cache")
    plain = draw_views(graph, tmp_path / "plain")
    expected = _view_bytes(tmp_path / "plain", plain)
    draw_views(graph, tmp_path / "first", cache=cache)
    district = expected["districts/410103.html"]
    entry = next(p for p in (tmp_path / "cache").rglob("*/*")
                 if p.read_bytes().endswith(district))
    blob = bytearray(entry.read_bytes())
    blob[-100] ^= 0xFF  # one byte of the stored page flipped
    entry.write_bytes(bytes(blob))

    again = draw_views(graph, tmp_path / "again", cache=cache)
    assert again.rendered == {"districts/410103.html"} and len(again.reused) == 7
    assert _view_bytes(tmp_path / "again", again) == expected
    assert entry.read_bytes().endswith(district)  # stored again, whole
    third = draw_views(graph, tmp_path / "third", cache=cache)
    assert third.rendered == frozenset() and len(third.reused) == 8


def test_renderer_version_covers_the_templates_and_assets(monkeypatch, tmp_path):
    # kg.cache.code_version() hashes only kg's code and data, not view_assets/
    assets = tmp_path / "view_assets"
    shutil.copytree(views_render.ASSETS_DIR, assets)
    monkeypatch.setattr(views_render, "ASSETS_DIR", assets)
    try:
        views_render.renderer_version.cache_clear()
        before = views_render.renderer_version()
        with (assets / "view.html").open("a", encoding="utf-8") as fh:
            fh.write("<!-- changed -->\n")
        views_render.renderer_version.cache_clear()
        assert views_render.renderer_version() != before
    finally:
        views_render.renderer_version.cache_clear()
