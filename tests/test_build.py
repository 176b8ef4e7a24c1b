"""`kg build` end to end: the committed output/ is current, and builds are repeatable."""

from __future__ import annotations

import json

from conftest import ROOT

from kg.cli import main

# Outputs that are not committed (binary, machine-specific): the store link and the
# hidden store generation it points to.
NOT_COMMITTED = {"graph.oxigraph"}


def _files(folder):
    return sorted(p.relative_to(folder) for p in folder.rglob("*")
                  if p.is_file() and p.relative_to(folder).parts[0] not in NOT_COMMITTED
                  and not p.relative_to(folder).parts[0].startswith("."))


def test_committed_output_is_what_kg_build_writes(sample_build):
    committed = ROOT / "output"
    assert _files(committed) == _files(sample_build)
    for rel in _files(sample_build):
        assert (committed / rel).read_bytes() == (sample_build / rel).read_bytes(), rel


def test_articles_jsonl_has_the_documented_fields(sample_build):
    first = json.loads((sample_build / "articles.jsonl").read_text(encoding="utf-8")
                       .splitlines()[0])
    assert list(first)[:9] == ["id", "source", "page", "position", "kind", "headline",
                               "kicker", "subtitle", "date"]
    for key in ("reporters", "correspondents", "photographers", "districts",
                "primary_district", "streets", "communities", "compounds", "enterprises",
                "initiatives", "organizations", "span", "body", "bylines", "entities"):
        assert key in first
    assert first["source"] == "000_fae9c35db4d8e8d4.txt"
    assert first["reporters"] == ["张改华"]


def test_two_builds_are_byte_identical(sample_build, tmp_path):
    assert main(["build", str(ROOT / "kg" / "samples"), "-o", str(tmp_path)]) == 0
    for rel in _files(sample_build):
        assert (tmp_path / rel).read_bytes() == (sample_build / rel).read_bytes(), rel


def test_bad_file_beside_good_ones_exits_1_and_still_builds(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    sample = ROOT / "kg" / "samples" / "000_fae9c35db4d8e8d4.txt"
    (pages / "a.txt").write_bytes(sample.read_bytes())
    (pages / "b.txt").write_bytes(b"")
    assert main(["build", str(pages), "-o", str(tmp_path / "out")]) == 1
    assert "b.txt: empty file" in capsys.readouterr().err
    assert (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").count("\n") == 5


def test_nothing_to_build_exits_2(tmp_path, capsys):
    assert main(["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_summary_line_says_what_a_rebuild_took_from_the_previous_one(tmp_path, capsys):
    out = tmp_path / "out"
    args = ["build", str(ROOT / "kg" / "samples"), "-o", str(out), "--cache",
            str(tmp_path / "cache"), "-j", "1"]
    assert main(args) == 0
    first = capsys.readouterr().err
    assert "store updated" not in first and "from the cache" not in first
    assert main(args) == 0
    views = len([out / "graph.html", *out.glob("districts/*.html"),
                 *out.glob("reporters/*.html")])
    assert views == 34
    assert (f"→ {out}; store updated (0 subjects out, 0 in); 34 views from the cache"
            in capsys.readouterr().err)


def test_a_page_of_another_city_is_read_with_its_own_home_city(tmp_path):
    """Five 郑州 pages and one 洛阳 page: the batch's home city is 4101, but the 洛阳 page's
    own districts (涧西区, 西工区, 洛龙区) decide 4103, so its 高新区 is 洛阳's zone; a home
    city given on the command line holds for every page, where an article names no other
    city's districts (this one does: its zone stays 洛阳's)."""
    from kg.build import build, extract_articles

    pages = tmp_path / "pages"
    pages.mkdir()
    for path in [*sorted((ROOT / "kg" / "samples").glob("*.txt")),
                 ROOT / "tests" / "fixtures" / "page_luoyang_districts.txt"]:
        (pages / path.name).write_bytes(path.read_bytes())

    def luoyang_primary(records) -> list[str]:
        return [r["primary_district"] for r in records
                if r["page"] == "page_luoyang_districts"]

    summary = build([pages], tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache")
    records = [json.loads(line) for line in
               (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert summary.home_city == "4101"
    assert luoyang_primary(records) == ["洛阳高新技术产业开发区"]
    in_memory = extract_articles([pages])
    assert [a.primary_district for a in in_memory if a.page == "page_luoyang_districts"] \
        == ["洛阳高新技术产业开发区"]
    given = extract_articles([pages], home_city="4101")
    assert [a.primary_district for a in given if a.page == "page_luoyang_districts"] \
        == ["洛阳高新技术产业开发区"]
    bare = tmp_path / "bare" / "page_zone_only.txt"
    bare.parent.mkdir()
    bare.write_text("高新区企业开放日\n\n本报讯(记者 孙伟)11月3日，高新区举办企业开放日活动，"
                    "20余家企业向市民敞开大门。\n", encoding="utf-8")
    for home, zone in (("4101", "郑州高新技术产业开发区"), ("4103", "洛阳高新技术产业开发区")):
        assert [a.primary_district for a in extract_articles([bare], home_city=home)] == [zone]
