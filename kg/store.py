"""The persistent Oxigraph store written beside ``graph.ttl``: queries without re-parsing.

``output/graph.oxigraph/`` is a RocksDB directory holding the same triples as the
Turtle file. It is built in a temporary directory beside the target and swapped in by
renames, so readers see the old store or the new one, never a half-loaded one.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     ttl = Path(d) / "g.ttl"
...     _ = ttl.write_text('<urn:a> <urn:b> "c" .', encoding="utf-8")
...     write_store(ttl, Path(d) / "g.oxigraph")
1
"""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import pyoxigraph as ox

__all__ = ["STORE_NAME", "StoreError", "open_store", "write_store"]

STORE_NAME = "graph.oxigraph"


class StoreError(Exception):
    """A store that cannot be written or opened; the message names the directory."""


def write_store(ttl: Path | str, directory: Path | str) -> int:
    """Load a Turtle file into a fresh store at ``directory``; returns its triple count."""
    ttl, directory = Path(ttl), Path(directory)
    tmp = directory.with_name(f".{directory.name}.tmp-{os.getpid()}")
    old = directory.with_name(f".{directory.name}.old-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        store.flush()
        count = len(store)
        del store  # releases the RocksDB lock before the directory is renamed
        gc.collect()
        if directory.exists():
            os.replace(directory, old)
        os.replace(tmp, directory)
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"{directory}: cannot write the store from {ttl}: {exc}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return count


def open_store(directory: Path | str) -> ox.Store:
    """Open a store directory read-only (several readers may share it)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise StoreError(f"{directory}: no such store directory (run `kg build` first)")
    try:
        return ox.Store.read_only(str(directory))
    except OSError as exc:
        raise StoreError(f"{directory}: cannot open the store: {exc}") from exc
