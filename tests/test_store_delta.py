"""A rebuild updates the previous store by the Turtle subjects that changed; the store
then holds exactly the triples a clean build's store holds."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

import kg.build
import kg.store_delta
from kg.build import build
from kg.store import open_store
from kg.store_delta import MARKER, Previous, TurtleDiff

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
# A community printed on sample page 000, renamed by the edit below.
OLD_NAME, NEW_NAME = "天擎社区", "天河社区"


def _triples(store_dir: Path) -> list[str]:
    return sorted(str(quad) for quad in open_store(store_dir))


@pytest.fixture()
def pages(tmp_path) -> Path:
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES, pages)
    return pages


def _edit(pages: Path) -> None:
    page = sorted(pages.glob("*.txt"))[0]
    text = page.read_text(encoding="utf-8")
    assert OLD_NAME in text
    page.write_text(text.replace(OLD_NAME, NEW_NAME), encoding="utf-8")


@pytest.fixture()
def edited_clean(pages, tmp_path) -> Path:
    """A clean build of the pages after the edit (no previous output)."""
    out = tmp_path / "clean"
    shutil.copytree(pages, tmp_path / "edited")
    _edit(tmp_path / "edited")
    assert build([tmp_path / "edited"], out, jobs=1, cache_dir=None).store_update is None
    return out


def _assert_loaded_whole_after_edit(pages: Path, out: Path, cache: Path, edited_clean: Path,
                                    jobs: int) -> None:
    """Edit a page, build over ``out`` again: the store is loaded whole, not updated,
    and holds the clean build's triples."""
    _edit(pages)
    again = build([pages], out, jobs=jobs, cache_dir=cache)
    assert again.store_update is None
    assert _triples(out / "graph.oxigraph") == _triples(edited_clean / "graph.oxigraph")


@pytest.mark.parametrize("jobs", [1, 2])
def test_changed_page_updates_the_store_to_the_clean_builds_triples(pages, edited_clean,
                                                                      tmp_path, jobs):
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = build([pages], out, jobs=jobs, cache_dir=cache)
    assert first.store_update is None  # nothing to update: loaded whole
    old_generation = (out / "graph.oxigraph").resolve()
    _edit(pages)
    again = build([pages], out, jobs=jobs, cache_dir=cache)
    removed, added = again.store_update
    assert 0 < removed <= added < 40  # the community, its mentions, their articles
    assert (out / "graph.oxigraph").resolve() != old_generation
    assert not old_generation.exists()  # replaced, as after a full load
    assert (out / "graph.ttl").read_bytes() == (edited_clean / "graph.ttl").read_bytes()
    assert _triples(out / "graph.oxigraph") == _triples(edited_clean / "graph.oxigraph")
    assert NEW_NAME in str(_triples(out / "graph.oxigraph"))
    assert OLD_NAME not in str(_triples(out / "graph.oxigraph"))
    marker = json.loads(((out / "graph.oxigraph") / MARKER).read_text(encoding="utf-8"))
    data = (out / "graph.ttl").read_bytes()
    assert marker == {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def test_unchanged_pages_update_nothing(pages, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = build([pages], out, jobs=1, cache_dir=cache)
    before = _triples(out / "graph.oxigraph")
    again = build([pages], out, jobs=1, cache_dir=cache)
    assert again.store_update == (0, 0)
    assert _triples(out / "graph.oxigraph") == before
    assert len(before) == first.triples


def test_turtle_edited_since_its_store_was_loaded_means_a_full_load(pages, edited_clean,
                                                                     tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build([pages], out, jobs=1, cache_dir=cache)
    ttl = out / "graph.ttl"
    text = ttl.read_text(encoding="utf-8")  # same size, other bytes: only the digest tells
    ttl.write_text(text.replace("kgv:inGazetteer true", "kgv:inGazetteer tru3", 1),
                   encoding="utf-8")
    assert ttl.stat().st_size == len(text.encode("utf-8"))
    _assert_loaded_whole_after_edit(pages, out, cache, edited_clean, jobs=1)


def test_too_big_a_change_means_a_full_load(pages, edited_clean, tmp_path, monkeypatch):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build([pages], out, jobs=2, cache_dir=cache)
    monkeypatch.setattr(kg.store_delta, "MAX_DELTA_SHARE", 0.0)  # any change is too big
    _assert_loaded_whole_after_edit(pages, out, cache, edited_clean, jobs=2)


def test_failed_update_falls_back_to_a_full_load(pages, edited_clean, tmp_path, monkeypatch):
    from kg.store import StoreError

    out, cache = tmp_path / "out", tmp_path / "cache"
    build([pages], out, jobs=1, cache_dir=cache)

    def broken(previous, delta, directory):
        raise StoreError(f"{directory}: cannot update the store: disk full")

    monkeypatch.setattr(kg.build, "apply_delta", broken)
    _assert_loaded_whole_after_edit(pages, out, cache, edited_clean, jobs=1)


def _diff(old: str, new_pieces: list[str], tmp_path: Path):
    """The delta of two tiny files (where any change is a large share)."""
    ttl = tmp_path / "old.ttl"
    ttl.write_text(old, encoding="utf-8")
    data = ttl.read_bytes()
    diff = TurtleDiff(Previous(ttl, tmp_path, hashlib.sha256(data).hexdigest(), len(data)))
    for piece in new_pieces:
        diff(piece.encode("utf-8"))
    return diff.finish()


HEADER = "PREFIX schema: <https://schema.org/>\n"
A = '<https://w3id.org/kg-news/id/place/4101>\n    schema:name "郑州市"@zh ;\n.\n'
B = '<https://w3id.org/kg-news/id/place/41010>\n    schema:name "甲"@zh ;\n.\n'
B2 = '<https://w3id.org/kg-news/id/place/41010>\n    schema:name "乙"@zh ;\n.\n'
C = '<https://w3id.org/kg-news/id/place/410102>\n    schema:name "中原区"@zh ;\n.\n'


def test_diff_keeps_the_blocks_that_differ_in_subject_order(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.store_delta, "MAX_DELTA_SHARE", 10.0)
    delta = _diff(HEADER + "\n" + A + "\n" + B, [HEADER, "\n" + A + "\n" + B2, "\n" + C],
                  tmp_path)
    assert delta.header == HEADER.encode()
    assert delta.removed == [B.encode()]
    assert delta.added == [B2.encode(), C.encode()]
    # Unchanged pieces are stepped over whole, before and after one that changed.
    one = _diff(HEADER + "\n" + A + "\n" + B + "\n" + C,
                [HEADER, "\n" + A, "\n" + B2, "\n" + C], tmp_path)
    assert (one.removed, one.added) == ([B.encode()], [B2.encode()])
    gone = _diff(HEADER + "\n" + A + "\n" + C, [HEADER, "\n" + A], tmp_path)
    assert (gone.removed, gone.added) == ([C.encode()], [])


def test_diff_refuses_subjects_out_of_order_or_other_prefixes(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.store_delta, "MAX_DELTA_SHARE", 10.0)
    assert _diff(HEADER + "\n" + B + "\n" + A, [HEADER, "\n" + A + "\n" + B], tmp_path) is None
    assert _diff(HEADER + "\n" + A, [HEADER, "\n" + B + "\n" + A], tmp_path) is None
    other = "PREFIX schema: <http://schema.org/>\n"
    assert _diff(HEADER + "\n" + A, [other, "\n" + A], tmp_path) is None

