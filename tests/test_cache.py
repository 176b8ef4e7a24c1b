"""The per-page cache's upkeep: last use recorded on hits, `kg cache info` and `prune`."""

from __future__ import annotations

import hashlib
import os
import time

import pytest
from conftest import SAMPLES

from kg.build import build
from kg.cache import PageCache
from kg.cli import _size, main

NOW = 1_700_000_000.0
DAY = 86400.0
ENTRY_BYTES = 4 + 32 + 100  # header (magic, SHA-256) and a 100-byte payload


def _key(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def _put(cache: PageCache, name: str, mtime: float) -> str:
    key = _key(name)
    cache.put(key, name.encode().ljust(100, b"."))
    os.utime(cache.directory / key[:2] / key, (mtime, mtime))
    return key


def _keys(cache: PageCache) -> list[str]:
    return [e.key for e in cache.entries()]


@pytest.fixture
def cache(tmp_path) -> PageCache:
    return PageCache(tmp_path / "cache")


def test_entries_are_listed_least_recently_used_first_ties_by_key(cache):
    new = _put(cache, "new", NOW - 1 * DAY)
    old = _put(cache, "old", NOW - 9 * DAY)
    tie_a, tie_b = sorted([_put(cache, "tie1", NOW - 5 * DAY), _put(cache, "tie2", NOW - 5 * DAY)])
    assert _keys(cache) == [old, tie_a, tie_b, new]
    assert {e.size for e in cache.entries()} == {ENTRY_BYTES}
    assert cache.entries()[0].mtime == NOW - 9 * DAY


def test_older_than_removes_entries_unused_that_long(cache):
    keep = [_put(cache, "fresh", NOW - 1 * DAY), _put(cache, "29 days", NOW - 29 * DAY)]
    _put(cache, "30 days", NOW - 30 * DAY)
    _put(cache, "a year", NOW - 365 * DAY)
    result = cache.prune(30 * DAY, None, NOW)
    assert sorted(_keys(cache)) == sorted(keep)
    assert (result.removed, result.freed, result.kept, result.kept_bytes, result.failed) == (
        2, 2 * ENTRY_BYTES, 2, 2 * ENTRY_BYTES, 0)


def test_max_size_removes_least_recently_used_first(cache):
    _put(cache, "used 4 days ago", NOW - 4 * DAY)
    k2 = _put(cache, "used 3 days ago", NOW - 3 * DAY)
    k3 = _put(cache, "used 2 days ago", NOW - 2 * DAY)
    k4 = _put(cache, "used 1 day ago", NOW - 1 * DAY)
    result = cache.prune(None, 3 * ENTRY_BYTES + 50, NOW)  # room for three and a half
    assert _keys(cache) == [k2, k3, k4]
    assert (result.removed, result.freed, result.kept_bytes) == (1, ENTRY_BYTES,
                                                                 3 * ENTRY_BYTES)
    cache.prune(None, 2 * ENTRY_BYTES, NOW)  # exactly two fit
    assert _keys(cache) == [k3, k4]
    cache.prune(None, ENTRY_BYTES - 1, NOW)  # not even one fits
    assert _keys(cache) == []


def test_max_size_breaks_ties_by_key(cache):
    first, second = sorted(_put(cache, f"same time {i}", NOW - DAY) for i in range(2))
    cache.prune(None, ENTRY_BYTES, NOW)
    assert _keys(cache) == [second]


def test_age_goes_first_then_size(cache):
    _put(cache, "stale", NOW - 40 * DAY)
    _put(cache, "older", NOW - 3 * DAY)
    newest = _put(cache, "newest", NOW - 1 * DAY)
    result = cache.prune(30 * DAY, ENTRY_BYTES, NOW)
    assert _keys(cache) == [newest]
    assert (result.removed, result.kept) == (2, 1)


def test_a_hit_records_the_use_so_the_entry_survives(cache):
    used = _put(cache, "read by a build", NOW - 60 * DAY)
    checked = _put(cache, "found by has()", NOW - 60 * DAY)
    _put(cache, "not used", NOW - 60 * DAY)
    before = time.time()
    assert cache.get(used) == b"read by a build".ljust(100, b".")
    assert cache.has(checked)
    assert all(e.mtime >= before - 1 for e in cache.entries() if e.key in (used, checked))
    cache.prune(30 * DAY, None, time.time())
    assert sorted(_keys(cache)) == sorted([used, checked])


def test_a_miss_creates_nothing(cache):
    assert cache.get(_key("absent")) is None
    assert not cache.has(_key("absent"))
    assert not cache.directory.exists()


def test_files_that_are_not_entries_survive(cache, tmp_path):
    key = _put(cache, "entry", NOW - 60 * DAY)
    root, folder = cache.directory, cache.directory / key[:2]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ("ab" + "0" * 62)).write_bytes(b"KGC1 looks like an entry")
    foreign = {
        root / "notes.txt": b"keep",
        root / key: b"KGC1 a key's name at the top level",
        folder / "notes.txt": b"keep",
        folder / (key[:2] + "f" * 61): b"KGC1 63 hex digits",
        folder / (key[:2] + "F" * 62): b"KGC1 upper case",
        folder / ("00" if key[:2] != "00" else "11").ljust(64, "0"): b"KGC1 other folder's",
        folder / (key[:2] + "0" * 62): b"no header, so not ours",
        folder / ".tmp": b"",
        root / "zz" / ("zz".ljust(64, "0")): b"KGC1 not a hex folder",
        root / "abc" / ("ab".ljust(64, "0")): b"KGC1 folder name too long",
    }
    for path, data in foreign.items():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        os.utime(path, (NOW - 60 * DAY, NOW - 60 * DAY))
    (root / "ab").symlink_to(elsewhere)  # a link may lead out of the cache
    (root / "cd").mkdir()
    (root / "cd" / "keep").mkdir()  # a folder, not a file
    result = cache.prune(0, 0, NOW)
    assert (result.removed, result.kept, result.temporaries) == (1, 0, 0)
    assert not (folder / key).exists()
    for path, data in foreign.items():
        assert path.read_bytes() == data, path
    assert (elsewhere / ("ab" + "0" * 62)).exists()
    assert (root / "cd" / "keep").is_dir()


def test_old_temporaries_and_empty_folders_are_removed(cache):
    key = _put(cache, "entry", NOW)
    folder = cache.directory / key[:2]
    old = folder / f".{key[:8]}.x_1b2c3d.tmp"  # put()'s name: mkstemp prefix and suffix
    young = folder / f".{key[:8]}.q9z8y7x6.tmp"
    for path, age in ((old, 2 * 3600), (young, 10 * 60)):
        path.write_bytes(b"KGC1 half written")
        os.utime(path, (NOW - age, NOW - age))
    empty = cache.directory / "0f"
    empty.mkdir()
    result = cache.prune(30 * DAY, None, NOW)
    assert (result.removed, result.temporaries, result.freed, result.kept) == (0, 1, 17, 1)
    assert not old.exists() and young.exists() and not empty.exists()
    young.unlink()
    cache.prune(0, None, NOW)
    assert not folder.exists()  # emptied by this prune: removed too
    assert cache.directory.is_dir()


def test_an_entry_that_cannot_be_removed_is_kept_and_counted(cache, monkeypatch, capsys):
    stuck = _put(cache, "stuck", NOW - 60 * DAY)
    _put(cache, "removable", NOW - 60 * DAY)
    unlink = os.unlink

    def refuse(path, *args, **kwargs):
        if str(path).endswith(stuck):
            raise PermissionError(13, "Permission denied", str(path))
        unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", refuse)
    result = cache.prune(30 * DAY, None, NOW)
    assert (result.removed, result.kept, result.kept_bytes, result.failed) == (
        1, 1, ENTRY_BYTES, 1)
    assert _keys(cache) == [stuck]
    assert main(["cache", "prune", "--cache", str(cache.directory)]) == 1
    assert capsys.readouterr().err.endswith(
        "kept 1 entries (0.0 MB); 1 could not be removed\n")


# --- the command ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "size"), [
    ("1048576", 1048576), ("500M", 500_000_000), ("2G", 2_000_000_000), ("2g", 2_000_000_000),
    ("1.5G", 1_500_000_000), ("64Ki", 65536), ("1MiB", 1048576), ("10KB", 10_000), ("0", 0)])
def test_sizes(text, size):
    assert _size(text) == size


def test_prune_command_removes_old_then_least_recently_used(cache, capsys):
    now = time.time()
    _put(cache, "stale", now - 31 * DAY)
    _put(cache, "older", now - 3 * DAY)
    newest = _put(cache, "newest", now - 1 * DAY)
    args = ["cache", "prune", "--cache", str(cache.directory)]
    assert main([*args, "--max-size", str(ENTRY_BYTES)]) == 0
    assert _keys(cache) == [newest]
    assert capsys.readouterr().err == (
        "kg cache prune: removed 2 entries and 0 temporary files (0.0 MB freed), "
        "kept 1 entries (0.0 MB)\n")
    assert main([*args, "--older-than", "0.5"]) == 0
    assert _keys(cache) == []
    assert "removed 1 entries" in capsys.readouterr().err


def test_prune_command_keeps_recent_entries_by_default(cache, capsys):
    now = time.time()
    kept = _put(cache, "29 days", now - 29 * DAY)
    _put(cache, "31 days", now - 31 * DAY)
    assert main(["cache", "prune", "--cache", str(cache.directory)]) == 0
    assert _keys(cache) == [kept]
    assert "removed 1 entries" in capsys.readouterr().err


def test_info_command(cache, capsys):
    now = time.time()
    _put(cache, "old", now - 10 * DAY)
    _put(cache, "new", now - 2 * DAY)
    assert main(["cache", "info", "--cache", str(cache.directory)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{cache.directory}: 2 entries, 0.0 MB"
    assert out[1].startswith("oldest use: ") and out[1].endswith(" (10.0 days ago)")
    assert out[2].startswith("newest use: ") and out[2].endswith(" (2.0 days ago)")


@pytest.mark.parametrize("command", ["info", "prune"])
def test_a_missing_cache_directory_is_a_usage_error(tmp_path, capsys, command):
    missing = tmp_path / "missing"
    assert main(["cache", command, "--cache", str(missing)]) == 2
    assert capsys.readouterr().err == f"kg cache {command}: error: {missing}: no such directory\n"
    assert not missing.exists()


@pytest.mark.parametrize(("option", "message"), [
    (["--max-size", "lots"], "argument --max-size: must be a size such as 500M"),
    (["--max-size=-1G"], "argument --max-size: must be a size such as 500M"),
    (["--older-than", "-1"], "argument --older-than: must be a number of days, 0 or more"),
    (["--older-than", "soon"], "argument --older-than: must be a number of days, 0 or more"),
])
def test_bad_options_are_usage_errors(cache, capsys, option, message):
    key = _put(cache, "entry", NOW)
    assert main(["cache", "prune", "--cache", str(cache.directory), *option]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: kg cache prune") and message in err
    assert _keys(cache) == [key]


# --- with a build -----------------------------------------------------------------------

def test_a_rebuild_uses_every_entry_and_a_pruned_cache_builds_the_same(tmp_path):
    cache = PageCache(tmp_path / "cache")
    build([SAMPLES], tmp_path / "first", jobs=1, cache_dir=cache.directory)
    written = _keys(cache)
    assert len(written) == 5 * 3 + 34  # per page: articles, votes, entities; 34 views
    for entry in cache.entries():  # as if last used long ago
        os.utime(cache.directory / entry.key[:2] / entry.key, (NOW, NOW))
    summary = build([SAMPLES], tmp_path / "second", jobs=1, cache_dir=cache.directory)
    assert (summary.extracted, summary.enriched, summary.views_reused) == (0, 0, 34)
    result = cache.prune(30 * DAY, None, time.time())
    assert (result.removed, result.kept) == (0, len(written))  # the rebuild used them all
    result = cache.prune(0, None, time.time())
    assert (result.removed, result.kept) == (len(written), 0)
    assert list(cache.directory.iterdir()) == []
    summary = build([SAMPLES], tmp_path / "third", jobs=1, cache_dir=cache.directory)
    assert (summary.extracted, summary.views_reused) == (5, 0)
    assert ((tmp_path / "third" / "articles.jsonl").read_bytes()
            == (tmp_path / "first" / "articles.jsonl").read_bytes())
    assert sorted(_keys(cache)) == sorted(written)
