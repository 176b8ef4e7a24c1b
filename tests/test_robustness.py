"""`kg build` on bad inputs: documented exit codes, every failure listed, valid pages still
built; byte-identical outputs whatever the listing order; SIGKILL never loses output."""

from __future__ import annotations

import csv
import filecmp
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from kg.cli import EXIT_NOTHING_BUILT, EXIT_OK, EXIT_SOME_FAILED, main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "kg" / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
GOOD = SAMPLE_FILES[0]


def _build(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["build", "--no-cache", "-j", "1", *args])
    return code, capsys.readouterr().err.splitlines()


@pytest.fixture
def messy(tmp_path) -> Path:
    """One good page beside every kind of bad file."""
    d = tmp_path / "pages"
    d.mkdir()
    shutil.copy(GOOD, d / GOOD.name)
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (d / "loop.txt").symlink_to(d / "loop.txt")
    (d / "gbk_broken.txt").write_bytes(bytes(range(0x80, 0x100)) * 4 + b"\x01\x02" * 300)
    (d / "emptydir").mkdir()
    return d


def test_bad_files_are_listed_and_good_pages_still_build(messy, tmp_path, capsys):
    out = tmp_path / "out"
    code, err = _build(capsys, str(messy), str(messy / "emptydir"), str(tmp_path / "nope"),
                       "-o", str(out))
    assert code == EXIT_SOME_FAILED == 1
    errors = sorted(line for line in err if line.startswith("kg: error: "))
    assert errors == sorted([
        f"kg: error: {messy / 'binary.txt'}: binary file (NUL bytes), not page text",
        f"kg: error: {messy / 'empty.txt'}: empty file",
        f"kg: error: {messy / 'gbk_broken.txt'}: cannot decode as UTF-8, UTF-16 or GB18030 "
        "text",
        f"kg: error: {messy / 'loop.txt'}: symbolic link loop",
        f"kg: error: {messy / 'emptydir'}: no page files (*.txt) in this directory",
        f"kg: error: {tmp_path / 'nope'}: no such file or directory",
    ])
    records = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    assert {r["source"] for r in records} == {GOOD.name}
    assert len(records) >= 5


def test_unreadable_file_beside_a_good_one(tmp_path, capsys, monkeypatch):
    d = tmp_path / "pages"
    d.mkdir()
    shutil.copy(GOOD, d / GOOD.name)
    locked = d / "locked.txt"
    locked.write_text("本报讯 6月19日，测试。", encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: simulate the refusal
        import kg.pages

        real_open = open

        def deny(path, *args, **kwargs):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(kg.pages, "open", deny, raising=False)
    code, err = _build(capsys, str(d), "-o", str(tmp_path / "out"))
    assert code == EXIT_SOME_FAILED
    assert f"kg: error: {locked}: Permission denied" in err
    assert (tmp_path / "out" / "articles.jsonl").stat().st_size > 0


def test_nothing_buildable_exits_2(messy, tmp_path, capsys):
    code, err = _build(capsys, str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert code == EXIT_NOTHING_BUILT == 2
    assert f"kg: error: {tmp_path / 'nope'}: no such file or directory" in err
    (messy / GOOD.name).unlink()
    code, err = _build(capsys, str(messy), "-o", str(tmp_path / "out"))
    assert code == EXIT_NOTHING_BUILT
    assert sum(line.startswith("kg: error: ") for line in err) == 4  # empty, binary, loop, gbk
    assert not (tmp_path / "out" / "articles.jsonl").exists()


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["build", "--no-such-option"]) == 2
    assert main(["frobnicate"]) == 2
    capsys.readouterr()
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x", encoding="utf-8")
    code, err = _build(capsys, str(GOOD), "-o", str(not_a_dir))
    assert code == EXIT_NOTHING_BUILT
    assert any(str(not_a_dir) in line for line in err)


def test_oversized_page_is_refused_by_name(tmp_path, capsys, monkeypatch):
    d = tmp_path / "pages"
    d.mkdir()
    shutil.copy(GOOD, d / "a_small.txt")
    (d / "b_big.txt").write_bytes(GOOD.read_bytes() * 3)
    monkeypatch.setenv("KG_MAX_PAGE_BYTES", str(GOOD.stat().st_size))
    code, err = _build(capsys, str(d), "-o", str(tmp_path / "out"))
    assert code == EXIT_SOME_FAILED
    size = 3 * GOOD.stat().st_size
    assert (f"kg: error: {d / 'b_big.txt'}: file is {size} bytes, over the "
            f"{GOOD.stat().st_size}-byte page size limit (raise it with "
            "KG_MAX_PAGE_BYTES=<bytes>)") in err


def test_help_documents_exit_codes(capsys):
    for argv in (["--help"], ["build", "--help"]):
        assert main(argv) == 0
        text = capsys.readouterr().out
        assert "exit codes" in text
        for line in ("0  success", "1  some inputs failed", "2  usage error"):
            assert line in text


def test_bad_input_doc_lists_exit_codes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    doc = readme.split("## What happens with bad input", 1)[1].split("\n## ", 1)[0]
    for needle in ("KG_MAX_PAGE_BYTES", "| 0 |", "| 1 |", "| 2 |", "SIGKILL", "GB18030"):
        assert needle in doc


# --- determinism ---------------------------------------------------------------------

def _tree(d: Path) -> list[str]:
    return sorted(str(p.relative_to(d)) for p in d.rglob("*")
                  if p.is_file() and not p.name.startswith(".") and ".oxigraph" not in str(p))


def test_builds_are_byte_identical_whatever_the_listing_order(tmp_path, capsys,
                                                              monkeypatch):
    forward, backward = tmp_path / "forward", tmp_path / "backward"
    forward.mkdir()
    backward.mkdir()
    for f in SAMPLE_FILES:
        shutil.copy(f, forward / f.name)
    for f in reversed(SAMPLE_FILES):
        shutil.copy(f, backward / f.name)
    assert _build(capsys, str(forward), "-o", str(tmp_path / "out1"))[0] == EXIT_OK
    real_rglob = Path.rglob
    monkeypatch.setattr(Path, "rglob",
                        lambda self, pattern: iter(sorted(real_rglob(self, pattern),
                                                          reverse=True)))
    assert _build(capsys, str(backward), "-o", str(tmp_path / "out2"))[0] == EXIT_OK
    one, two = tmp_path / "out1", tmp_path / "out2"
    names = _tree(one)
    assert names == _tree(two)
    assert {"articles.jsonl", "graph.ttl", "graph.graphml", "coverage.md", "coverage.csv",
            "coverage.html", "index.html", "graph.html"} <= set(names)
    _, mismatch, errors = filecmp.cmpfiles(one, two, names, shallow=False)
    assert mismatch == [] and errors == []


# --- SIGKILL half-way ------------------------------------------------------------------

def _check_outputs_parse(out: Path) -> list[str]:
    """Parse every visible output file; return their names."""
    checked = []
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if ".oxigraph" in str(rel):
            continue
        suffix = path.suffix
        if suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8").splitlines()
            assert lines and all(json.loads(x)["id"] for x in lines), rel
        elif suffix == ".ttl":
            assert len(rdflib.Graph().parse(path, format="turtle")) > 100, rel
        elif suffix == ".graphml":
            assert nx.read_graphml(path).number_of_nodes() > 10, rel
        elif suffix == ".html":
            assert path.read_text(encoding="utf-8").rstrip().endswith("</html>"), rel
        elif suffix == ".csv":
            rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
            assert len(rows) >= 2 and len({len(r) for r in rows}) == 1, rel
        elif suffix == ".md":
            assert path.read_text(encoding="utf-8").strip(), rel
        elif suffix == ".png":
            assert path.read_bytes().startswith(b"\x89PNG") and \
                path.read_bytes().endswith(b"IEND\xaeB`\x82"), rel
        checked.append(str(rel))
    store = out / "graph.oxigraph"
    if store.exists():
        from kg.store import open_store

        assert len(open_store(store)) > 100
    return checked


def _snapshot(out: Path) -> dict[str, tuple[int, int]]:
    """Visible output files (temporary files are hidden) and their identity."""
    snap = {}
    for p in out.rglob("*"):
        rel = p.relative_to(out)
        if not any(part.startswith(".") for part in rel.parts):
            try:
                snap[str(rel)] = (p.stat().st_ino, p.stat().st_mtime_ns)
            except FileNotFoundError:  # replaced while we looked
                snap[str(rel)] = (0, 0)
    return snap


def test_sigkill_half_way_leaves_previous_output_valid(sample_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(sample_build, out)
    before = _check_outputs_parse(out)
    assert "graph.ttl" in before and "articles.jsonl" in before
    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(4):  # 20 pages: a build of ~10 s, its outputs written in the last few
        for f in SAMPLE_FILES:
            shutil.copy(f, archive / f"{i:03d}_{f.name}")
    start = _snapshot(out)
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
         "build", "--no-cache", str(archive), "-o", str(out)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if _snapshot(out) != start:  # outputs are being replaced: kill it half-way
                time.sleep(0.2)
                break
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "build finished before it could be killed"
    after = _check_outputs_parse(out)
    assert set(before) <= set(after)


def test_unsafe_base_iri_is_a_usage_error_before_anything_is_written(tmp_path, capsys):
    from kg.cli import main

    out = tmp_path / "out"
    assert main(["build", "--base-iri", "http://x y/", "-o", str(out)]) == 2
    assert "--base-iri" in capsys.readouterr().err
    assert not out.exists()
