"""The per-page build cache: results keyed by content hash, code version and settings.

A key is the SHA-256 of the page's name and bytes, the stage, its settings (e.g. the
home city) and :func:`code_version` (a hash of every file of the ``kg`` package, so an
edited rule or gazetteer invalidates everything). An entry is a small header (magic +
SHA-256 of the payload) followed by the payload; it is written to a temporary file and
renamed into place, so readers never see half an entry. An entry that is truncated or
corrupt is treated as missing (and removed): the cache can make a build faster, never
wrong or failing. A hit refreshes the entry's mtime, so mtime is its last use and
:meth:`PageCache.prune` can drop what no build has used lately (``kg cache prune``).

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     cache = PageCache(Path(d))
...     key = cache_key("extract", "a.txt", b"text")
...     cache.put(key, b"payload")
...     cache.get(key)
b'payload'
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["DEFAULT_CACHE_DIR", "CacheEntry", "PageCache", "PruneResult", "cache_key",
           "code_version"]

DEFAULT_CACHE_DIR = Path(".kg-cache")
_MAGIC = b"KGC1"
_PACKAGE = Path(__file__).resolve().parent
# Files whose content decides extraction results: code, rule tables, gazetteer data.
_VERSIONED_SUFFIXES = {".py", ".txt", ".tsv", ".xz", ".json", ".csv"}
# What prune may remove: entries and put()'s temporaries (mkstemp: ".<key[:8]>.<random>.tmp").
_FOLDER = re.compile(r"[0-9a-f]{2}")
_ENTRY = re.compile(r"[0-9a-f]{64}")
_TEMPORARY = re.compile(r"\.[0-9a-f]{8}\.[A-Za-z0-9_]+\.tmp")
TEMPORARY_MAX_AGE = 3600.0  # seconds; a younger temporary may be a write in progress


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the ``kg`` package's code and data files (computed once per process)."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        rel = path.relative_to(_PACKAGE)
        if (path.is_file() and path.suffix in _VERSIONED_SUFFIXES
                and rel.parts[0] not in ("samples", "__pycache__")):
            digest.update(str(rel).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cache_key(stage: str, source: str, data: bytes, *settings: str | None) -> str:
    """The key of one page's result at one stage under the given settings."""
    digest = hashlib.sha256()
    for part in (stage, code_version(), source, *[str(s) for s in settings]):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True)
class CacheEntry:
    """One entry as :meth:`PageCache.entries` lists it."""

    key: str
    size: int  # bytes on disk, header included
    mtime: float  # last use: when a build wrote or read it


@dataclass(frozen=True)
class PruneResult:
    """What :meth:`PageCache.prune` removed and kept."""

    removed: int  # entries
    temporaries: int  # leftover temporary files
    freed: int  # bytes of both
    kept: int  # entries
    kept_bytes: int
    failed: int = 0  # entries that could not be removed (kept)


class PageCache:
    """A directory of cache entries, ``<dir>/<2 hex>/<64 hex>``."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def has(self, key: str) -> bool:
        """Whether an entry exists (it may still prove corrupt when read); an existing
        entry counts as used (pass 1 takes a hit from this, reading the entry later
        only if pass 2 needs it)."""
        path = self._path(key)
        if not path.is_file():
            return False
        _touch(path)
        return True

    def get(self, key: str) -> bytes | None:
        """The payload stored under ``key``, or None if missing or corrupt."""
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except OSError:
            return None
        head = len(_MAGIC) + 32
        payload = blob[head:]
        if blob[:len(_MAGIC)] != _MAGIC or blob[len(_MAGIC):head] != hashlib.sha256(
                payload).digest():
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        _touch(path)
        return payload

    def put(self, key: str, payload: bytes) -> None:
        """Store ``payload`` atomically; a cache that cannot be written is skipped."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        except OSError:
            return

    def entries(self) -> list[CacheEntry]:
        """Every entry, least recently used first (ties by key). Only regular files
        ``<2 hex>/<64 hex>`` that start with the entry header count: whatever else is in
        the directory is not the cache's."""
        found = []
        for folder, item in self._scan():
            if _ENTRY.fullmatch(item.name) and item.name.startswith(folder.name):
                with contextlib.suppress(OSError):
                    st = item.stat(follow_symlinks=False)
                    with open(item.path, "rb") as fh:
                        if fh.read(len(_MAGIC)) == _MAGIC:
                            found.append(CacheEntry(item.name, st.st_size, st.st_mtime))
        return sorted(found, key=lambda e: (e.mtime, e.key))

    def prune(self, older_than: float | None, max_bytes: int | None,
              now: float) -> PruneResult:
        """Remove entries unused for ``older_than`` seconds or more, then the least
        recently used until the rest take at most ``max_bytes``; also put()'s leftover
        temporaries older than an hour and the folders left empty. None skips a limit.
        An entry that cannot be removed is kept (and counted in ``failed``)."""
        entries = self.entries()  # least recently used first
        cut = 0
        if older_than is not None:
            while cut < len(entries) and now - entries[cut].mtime >= older_than:
                cut += 1
        if max_bytes is not None:
            over = sum(e.size for e in entries[cut:]) - max_bytes
            while cut < len(entries) and over > 0:
                over -= entries[cut].size
                cut += 1
        removed, failed = [], []
        for entry in entries[:cut]:
            try:
                os.unlink(self._path(entry.key))
            except FileNotFoundError:  # gone meanwhile (a build dropped it as corrupt)
                pass
            except OSError:
                failed.append(entry)
                continue
            removed.append(entry)
        kept = entries[cut:] + failed
        temporaries, temporary_bytes = self._remove_temporaries(now)
        for folder in self._folders():
            with contextlib.suppress(OSError):  # not empty, or gone: either is fine
                folder.rmdir()
        return PruneResult(
            removed=len(removed), temporaries=temporaries,
            freed=sum(e.size for e in removed) + temporary_bytes, kept=len(kept),
            kept_bytes=sum(e.size for e in kept), failed=len(failed))

    def _remove_temporaries(self, now: float) -> tuple[int, int]:
        """Remove put()'s temporaries older than an hour (left by a killed build):
        their number and bytes."""
        count = size = 0
        for folder, item in self._scan():
            if _TEMPORARY.fullmatch(item.name) and item.name[1:3] == folder.name:
                with contextlib.suppress(OSError):
                    st = item.stat(follow_symlinks=False)
                    if now - st.st_mtime > TEMPORARY_MAX_AGE:
                        os.unlink(item.path)
                        count += 1
                        size += st.st_size
        return count, size

    def _folders(self) -> list[Path]:
        """The ``<2 hex>`` subfolders (real ones: a link may lead out of the cache)."""
        try:
            items = list(os.scandir(self.directory))
        except OSError:
            return []
        return sorted(Path(i.path) for i in items
                      if _FOLDER.fullmatch(i.name) and i.is_dir(follow_symlinks=False))

    def _scan(self) -> list[tuple[Path, os.DirEntry]]:
        """The regular files in the ``<2 hex>`` subfolders, with their folder."""
        found = []
        for folder in self._folders():
            with contextlib.suppress(OSError):
                found.extend((folder, item) for item in os.scandir(folder)
                             if item.is_file(follow_symlinks=False))
        return found


def _touch(path: Path) -> None:
    """Mark an entry used now; a cache that cannot be written is still read."""
    with contextlib.suppress(OSError):
        os.utime(path)
