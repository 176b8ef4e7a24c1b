"""The HTML views in a real browser: Debian's chromium, headless, driven by Playwright.

Skipped only when chromium (or Playwright) is missing; CI installs both (.ci/run).
Screenshots of graph.html and one district view are written under the test's temporary
folder (the path is printed; run pytest with -s to see it).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from kg.views import write_views

sys.path.insert(0, str(Path(__file__).parent))
from test_views import XSS_ARTICLE, XSS_HEADLINE, XSS_PERSON, hostile_graph  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (apt-get install chromium fonts-noto-cjk)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python missing")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
READY = "body[data-kg-ready]"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    write_views(hostile_graph(), out, summary={"pages": 3, "articles": 5})
    return out


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


class Visit:
    """A page opened from disk, recording console messages, errors and requests."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning")
                     and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.route(re.compile(r"^(?!file:)"), lambda route: route.abort())  # recorded above
        self.page.goto(path.as_uri())
        if path.name != "index.html":
            self.page.wait_for_selector(READY, state="attached", timeout=15000)

    def remote(self) -> list[str]:
        return [url for url in self.requests if not url.startswith("file://")]


def _views(site: Path) -> list[Path]:
    return [site / "graph.html", *sorted((site / "districts").glob("*.html")),
            *sorted((site / "reporters").glob("*.html"))]


def _file_counts(path: Path) -> tuple[int, int]:
    html = path.read_text(encoding="utf-8")
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', html, re.S)[1])
    return len(data["nodes"]), len(data["edges"])


def test_every_view_loads_offline_without_errors(site, browser):
    """Also prints how long each view took to be drawn and stable (not asserted: timing
    depends on the machine; the target is < 2 s, see README)."""
    pages = [site / "index.html", *_views(site)]
    assert len(pages) == 1 + 1 + 4 + 3
    timings = []
    for path in pages:
        visit = Visit(browser, path)
        assert visit.errors == [], path
        assert visit.remote() == [], path
        assert visit.page.evaluate("window.pwned") is None, path
        if path.name != "index.html":
            shown = visit.page.evaluate("[window.kgNodes.length, window.kgEdges.length]")
            assert tuple(shown) == _file_counts(path), path
            timings.append(f"{path.relative_to(site)} {visit.page.evaluate('kgReadyMs'):.0f} ms")
        visit.page.close()
    print("ready after:", "; ".join(timings))


def test_networks_hold_the_expected_nodes_and_edges(site, browser):
    visit = Visit(browser, site / "graph.html")
    # 26 nodes of the fixture + the hostile article, its page, reporter and enterprise
    assert visit.page.evaluate("[kgNodes.length, kgEdges.length]") == [30, 45]
    visit.page.close()
    visit = Visit(browser, site / "districts" / "410103.html")
    ids = visit.page.evaluate("kgNodes.getIds()")
    assert len(ids) == 14 and "street:410103001" in ids and XSS_ARTICLE in ids
    assert visit.page.evaluate("kgNetwork.getSelectedNodes()") == ["district:410103"]
    visit.page.close()


def test_search_selects_a_reporter(site, browser):
    for path in (site / "graph.html", site / "districts" / "410103.html"):
        visit = Visit(browser, path)
        visit.page.fill("#kg-search", "张改华")
        visit.page.press("#kg-search", "Enter")
        assert visit.page.evaluate("kgNetwork.getSelectedNodes()") == ["person:张改华"]
        assert visit.page.text_content("#kg-search-status") == "found 已找到: 张改华"
        visit.page.fill("#kg-search", "不存在的名字")
        visit.page.press("#kg-search", "Enter")
        assert visit.page.text_content("#kg-search-status") == "not found 未找到"
        assert visit.errors == []
        visit.page.close()


def test_type_filter_hides_and_shows_nodes(site, browser):
    visit = Visit(browser, site / "graph.html")
    hidden = "kgNodes.get({filter: n => n.hidden === true}).length"
    visit.page.uncheck('.kg-filter[value="article"]')
    assert visit.page.evaluate(hidden) == 5
    visit.page.check('.kg-filter[value="article"]')
    assert visit.page.evaluate(hidden) == 0
    visit.page.close()


def test_hostile_headline_shows_as_text_in_the_tooltip(site, browser):
    visit = Visit(browser, site / "districts" / "410103.html")
    page = visit.page
    for node, expected in ((XSS_ARTICLE, XSS_HEADLINE), ("person:" + XSS_PERSON, XSS_PERSON)):
        page.mouse.move(5, 5)
        page.evaluate("id => kgNetwork.focus(id, {scale: 1.5, animation: false})", node)
        box = page.evaluate("""id => {
            const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);
            const r = document.getElementById('kg-network').getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y};
        }""", node)
        page.mouse.move(box["x"], box["y"])
        tip = page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        assert expected in tip.text_content()
        assert page.evaluate("window.pwned") is None
        assert page.query_selector("div.vis-tooltip script, div.vis-tooltip img") is None
    page.fill("#kg-search", XSS_HEADLINE)
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [XSS_ARTICLE]
    assert page.evaluate("window.pwned") is None and visit.errors == []
    page.close()


def test_screenshots_for_people_to_look_at(site, browser, tmp_path):
    for name, path in (("graph.png", site / "graph.html"),
                       ("district-410103.png", site / "districts" / "410103.html")):
        visit = Visit(browser, path)
        visit.page.screenshot(path=str(tmp_path / name))
        visit.page.close()
        assert (tmp_path / name).stat().st_size > 20_000
    print(f"screenshots: {tmp_path}")


def _big_graph(articles: int):
    """A schema-shaped graph of ``articles`` articles, each with a reporter, a district,
    a page and two enterprises (~3.5 nodes per article)."""
    import networkx as nx

    G = nx.MultiDiGraph()

    def node(key, node_type, label, **attrs):
        if key not in G:
            G.add_node(key, type=node_type, label=label, aliases=[], code=attrs.pop("code", None),
                       article_count=0, **attrs)
        G.nodes[key]["article_count"] += 1

    for i in range(articles):
        a, page = f"article:{i // 10:03d}_p#{i % 10 + 1:02d}", f"page:{i // 10:03d}_p"
        person, district = f"person:记者{i % 37}", f"district:4101{i % 12:02d}"
        node(a, "article", f"第{i}条新闻", headline=f"第{i}条新闻", date="06-19",
             page=page[5:], kind="news")
        node(page, "page", page[5:])
        node(person, "person", person[7:], roles=["reporter"])
        node(district, "district", f"{i % 12}区", code=district[9:])
        G.add_edge(person, a, key="authored")
        G.add_edge(a, district, key="about")
        G.add_edge(a, page, key="on_page")
        for e in (f"enterprise:企业{i}", f"enterprise:企业{(i * 7) % articles}甲"):
            node(e, "enterprise", e[11:])
            G.add_edge(a, e, key="mentions")
    return G


def test_big_graph_view_is_capped_and_draws(browser, tmp_path):
    G = _big_graph(600)
    assert len(G) > 1500
    write_views(G, tmp_path)
    visit = Visit(browser, tmp_path / "graph.html")
    assert visit.errors == [] and visit.remote() == []
    assert visit.page.evaluate("kgNodes.length") == 1500
    assert "most connected of" in visit.page.text_content(".kg-note")
    visit.page.fill("#kg-search", "记者3")
    visit.page.press("#kg-search", "Enter")
    assert visit.page.evaluate("kgNetwork.getSelectedNodes()") == ["person:记者3"]
    print(f"graph.html with 1,500 nodes ready after {visit.page.evaluate('kgReadyMs'):.0f} ms")
    visit.page.close()
