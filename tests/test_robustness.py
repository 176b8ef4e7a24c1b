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


def _visible_bytes(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not any(part.startswith(".")
                                       for part in p.relative_to(out).parts)}


def test_sigkill_half_way_leaves_previous_output_untouched(sample_build, tmp_path):
    from kg.cli import main

    out = tmp_path / "out"
    shutil.copytree(sample_build, out, symlinks=True)
    before = _visible_bytes(out)
    assert "graph.ttl" in before and "articles.jsonl" in before
    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(4):  # 20 pages: a build of several seconds
        for f in SAMPLE_FILES:
            shutil.copy(f, archive / f"{i:03d}_{f.name}")
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
         "build", "--no-cache", "-j", "1", str(archive), "-o", str(out)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:  # kill it half-way through writing its outputs (the Turtle is staged)
        while proc.poll() is None and time.monotonic() < deadline:
            if list(out.glob(".kg-build.*.tmp/graph.ttl")):
                break
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "build finished before it could be killed"
    assert list(out.glob(".kg-build.*.tmp"))  # its staging folder, left by the kill
    assert _visible_bytes(out) == before  # not one output replaced
    assert set(_check_outputs_parse(out)) == set(before)
    # The next build removes the dead build's staging folder and store generation.
    assert main(["build", "--no-cache", str(SAMPLE_FILES[0].parent), "-o", str(out)]) == 0
    assert not list(out.glob(".kg-build.*"))
    assert [p.name for p in out.glob(".graph.oxigraph.*")] == [os.readlink(out / "graph.oxigraph")]


def test_unsafe_base_iri_is_a_usage_error_before_anything_is_written(tmp_path, capsys):
    from kg.cli import main

    out = tmp_path / "out"
    assert main(["build", "--base-iri", "http://x y/", "-o", str(out)]) == 2
    assert "--base-iri" in capsys.readouterr().err
    assert not out.exists()


# --- the store swap: a complete store at graph.oxigraph at every instant -----------------

FIXTURES = ROOT / "tests" / "fixtures"
NEW_TTL = FIXTURES / "report_small.ttl"
# Run in a child: write_store, SIGKILLed just before its KILL_AT-th file-system step
# (nested steps, such as the unlinks inside one rmtree, count as part of their caller).
_KILL_CHILD = r"""
import os, shutil, signal, sys
import kg.store as st
kill_at, ttl, target = int(sys.argv[1]), sys.argv[2], sys.argv[3]
steps, depth = 0, 0
def step(fn):
    def wrapped(*args, **kwargs):
        global steps, depth
        if depth == 0:
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        depth += 1
        try:
            return fn(*args, **kwargs)
        finally:
            depth -= 1
    return wrapped
for name in ("mkdir", "chmod", "symlink", "replace", "rename", "unlink", "rmdir"):
    setattr(os, name, step(getattr(os, name)))
shutil.rmtree = step(shutil.rmtree)
st._exchange, st._bulk_load = step(st._exchange), step(st._bulk_load)
st.write_store(ttl, target)
"""


@pytest.fixture(scope="module")
def old_ttl(tmp_path_factory) -> Path:
    from kg.graph import build_graph
    from kg.rdf import write_turtle
    from kg.records import read_records

    path = tmp_path_factory.mktemp("old") / "graph.ttl"
    write_turtle(build_graph(read_records(FIXTURES / "records_small.jsonl")), path)
    return path


def _count(store: Path) -> int:
    from kg.store import open_store

    return len(open_store(store))


def _old_store(kind: str, old_ttl: Path, store: Path) -> int | None:
    """A previous store of this ``kind``; its triple count (None: no store)."""
    import gc

    import pyoxigraph as ox

    if kind == "link":  # written by an earlier build, a process long gone
        child = subprocess.run([sys.executable, "-c", "import sys; from kg.store import "
                                "write_store; print(write_store(*sys.argv[1:]))",
                                str(old_ttl), str(store)], cwd=ROOT, capture_output=True,
                               text=True, check=True)
        return int(child.stdout)
    if kind == "directory":  # what versions before the link wrote
        db = ox.Store(str(store))
        db.load(path=str(old_ttl), format=ox.RdfFormat.TURTLE)
        db.flush()
        count = len(db)
        del db
        gc.collect()
        return count
    return None


@pytest.fixture(scope="module")
def new_count(tmp_path_factory) -> int:
    from kg.store import write_store

    return write_store(NEW_TTL, tmp_path_factory.mktemp("new") / "graph.oxigraph")


@pytest.mark.parametrize("kind", ["link", "directory", "none"])
def test_store_is_complete_whenever_the_writer_is_killed(kind, old_ttl, new_count, tmp_path):
    from kg.store import StoreError, write_store

    for kill_at in range(1, 40):
        out = tmp_path / str(kill_at)
        out.mkdir()
        store = out / "graph.oxigraph"
        old_count = _old_store(kind, old_ttl, store)
        assert old_count != new_count
        child = subprocess.run([sys.executable, "-c", _KILL_CHILD, str(kill_at), str(NEW_TTL),
                                str(store)], cwd=ROOT, capture_output=True, text=True)
        if child.returncode == 0:  # finished: it was killed before each of its steps
            assert _count(store) == new_count
            break
        assert child.returncode == -signal.SIGKILL, child.stderr
        if old_count is None:  # nothing before: still nothing, or the whole new store
            try:
                assert _count(store) == new_count
            except StoreError:
                assert not os.path.lexists(store)
        else:
            assert _count(store) in (old_count, new_count)
        # the next write removes what the killed one left (its pid is dead), nothing else
        assert write_store(NEW_TTL, store) == new_count
        left = sorted(p.name for p in out.iterdir())
        assert len(left) == 2 and left[1] == "graph.oxigraph", left
        assert os.readlink(store) == left[0] and left[0].endswith(".gen")
        assert _count(store) == new_count
    else:
        pytest.fail("write_store was still running after 40 steps")
    assert kill_at >= 5  # the kill points covered: mkdtemp, chmod, load, link, swap, ...


def test_older_real_directory_is_replaced_by_the_link_without_exchange(old_ttl, new_count,
                                                                         tmp_path, monkeypatch):
    import kg.store

    store = tmp_path / "graph.oxigraph"
    assert _old_store("directory", old_ttl, store) != new_count
    monkeypatch.setattr(kg.store, "_exchange", lambda a, b: False)  # not Linux: two renames
    assert kg.store.write_store(NEW_TTL, store) == new_count
    assert store.is_symlink() and _count(store) == new_count
    assert len(list(tmp_path.iterdir())) == 2  # the link and its generation


# --- stale temporaries ------------------------------------------------------------------

@pytest.fixture
def pids():
    """(pid of a process that has ended, pid of one still running)."""
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield int(ended.stdout), running.pid
    finally:
        running.kill()
        running.wait()


def test_next_write_removes_temporaries_of_dead_writers_only(pids, tmp_path):
    from kg.atomic import LEGACY_TMP_MAX_AGE, write_text_atomic

    dead, alive = pids
    out = tmp_path / "out"
    (out / "districts").mkdir(parents=True)
    stale = [f".articles.jsonl.{dead}-k2j4x9_a.tmp", ".articles.jsonl.q8w7e6r5.tmp",
             f".graph.ttl.{dead}-k2j4x9_a.tmp"]  # another output's: the folder is cleaned
    kept = [f".articles.jsonl.{alive}-k2j4x9_a.tmp",  # a concurrent build's
            ".articles.jsonl.z1x2c3v4.tmp",  # no pid, but fresh: maybe still being written
            f".graph.oxigraph.{dead}-k2j4x9_a.gen",  # a store generation: kg.store's
            f".articles.jsonl.{dead}-k2j4x9_a.tmp.bak", "notes.tmp"]  # not ours
    for name in stale + kept:
        (out / name).write_text("half-written", encoding="utf-8")
    hour_ago = time.time() - LEGACY_TMP_MAX_AGE - 60
    os.utime(out / ".articles.jsonl.q8w7e6r5.tmp", (hour_ago, hour_ago))
    write_text_atomic(out / "articles.jsonl", "{}\n")
    assert sorted(p.name for p in out.iterdir()) == sorted(kept + ["articles.jsonl",
                                                                   "districts"])


def test_store_write_removes_dead_generations_and_keeps_live_ones(pids, old_ttl, new_count,
                                                                  tmp_path):
    from kg.store import write_store

    dead, alive = pids
    store = tmp_path / "graph.oxigraph"
    _old_store("link", old_ttl, store)  # its generation's writer has ended: still kept
    current = os.readlink(store)
    stale = [f".graph.oxigraph.tmp-{dead}", f".graph.oxigraph.old-{dead}",  # older versions
             f".graph.oxigraph.{dead}-ab12cd34.gen", f".graph.oxigraph.{dead}-ab12cd34.tmp"]
    live = [f".graph.oxigraph.{alive}-ab12cd34.gen", f".graph.oxigraph.{alive}-ef56ab78.tmp"]
    for name in stale + live:
        (tmp_path / name).mkdir()
        (tmp_path / name / "000012.sst").write_bytes(b"rocksdb")
    os.symlink(current, tmp_path / f".graph.oxigraph.{dead}-99aa88bb.tmp")  # a link, too
    assert write_store(NEW_TTL, store) == new_count
    left = sorted(p.name for p in tmp_path.iterdir())
    assert current not in left  # the previous generation, once replaced
    assert left == sorted(live + ["graph.oxigraph", os.readlink(store)])


def test_reader_opening_while_a_build_swaps_the_store_gets_the_new_one(old_ttl, new_count,
                                                                       tmp_path, monkeypatch):
    import pyoxigraph as ox

    import kg.store

    store = tmp_path / "graph.oxigraph"
    kg.store.write_store(old_ttl, store)
    real = ox.Store.read_only
    opened = []

    def swapped_meanwhile(path):  # the link was read, then a build replaced its target
        opened.append(os.path.basename(path))
        if len(opened) == 1:
            kg.store.write_store(NEW_TTL, store)
        return real(path)

    monkeypatch.setattr(kg.store.ox.Store, "read_only", staticmethod(swapped_meanwhile))
    assert len(kg.store.open_store(store)) == new_count
    assert len(opened) == 2 and opened[1] == os.readlink(store) != opened[0]
