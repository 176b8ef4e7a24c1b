"""The per-page build cache: results keyed by content hash, code version and settings.

A key is the SHA-256 of the page's name and bytes, the stage, its settings (e.g. the
home city) and :func:`code_version` (a hash of every file of the ``kg`` package, so an
edited rule or gazetteer invalidates everything). An entry is a small header (magic +
SHA-256 of the payload) followed by the payload; it is written to a temporary file and
renamed into place, so readers never see half an entry. An entry that is truncated or
corrupt is treated as missing (and removed): the cache can make a build faster, never
wrong or failing.

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
import tempfile
from functools import lru_cache
from pathlib import Path

__all__ = ["DEFAULT_CACHE_DIR", "PageCache", "cache_key", "code_version"]

DEFAULT_CACHE_DIR = Path(".kg-cache")
_MAGIC = b"KGC1"
_PACKAGE = Path(__file__).resolve().parent
# Files whose content decides extraction results: code, rule tables, gazetteer data.
_VERSIONED_SUFFIXES = {".py", ".txt", ".tsv", ".xz", ".json", ".csv"}


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


class PageCache:
    """A directory of cache entries, ``<dir>/<2 hex>/<64 hex>``."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def has(self, key: str) -> bool:
        """Whether an entry exists (it may still prove corrupt when read)."""
        return self._path(key).is_file()

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
