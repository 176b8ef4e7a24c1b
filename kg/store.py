"""The persistent Oxigraph store written beside ``graph.ttl``: queries without re-parsing.

``output/graph.oxigraph/`` is a RocksDB directory holding the same triples as the
Turtle file. It is built in a temporary directory beside the target and swapped in by
renames, so readers see the old store or the new one, never a half-loaded one.

Oxigraph's bulk loader holds what it is given in memory (~700 bytes a triple), so a
Turtle file written by :func:`kg.rdf.write_turtle` (prefix lines, then subject blocks
each ending in a line ``.``) is loaded in slices of about :data:`LOAD_SLICE_BYTES`,
each with the prefix lines in front: half the peak memory at the same speed. Any other
Turtle file is loaded whole.

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
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

__all__ = ["LOAD_SLICE_BYTES", "STORE_NAME", "StoreError", "open_store", "write_store"]

STORE_NAME = "graph.oxigraph"
LOAD_SLICE_BYTES = 16_000_000  # ~200k triples of our graphs: ~300 MB peak at 1,000 pages
_OUR_FIRST_PREFIX = b"PREFIX kgv: <https://w3id.org/kg-news/vocab#>\n"  # kg.rdf writes it


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
        _bulk_load(store, ttl)
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


def _slices(ttl: Path) -> Iterator[bytes]:
    """The file in pieces that end at a subject block's closing ``.`` line, each with
    the prefix lines in front; the whole file if it does not look like ours."""
    with open(ttl, "rb") as fh:
        header, line = b"", fh.readline()
        while line.startswith(b"PREFIX "):
            header, line = header + line, fh.readline()
        if not header.startswith(_OUR_FIRST_PREFIX):  # not from write_turtle: whole
            yield header + line + fh.read()
            return
        piece, size = [line], len(line)
        for line in fh:
            piece.append(line)
            size += len(line)
            if size >= LOAD_SLICE_BYTES and line == b".\n":
                yield header + b"".join(piece)
                piece, size = [], 0
        yield header + b"".join(piece)


def _bulk_load(store: ox.Store, ttl: Path) -> None:
    for piece in _slices(ttl):
        store.bulk_load(input=piece, format=ox.RdfFormat.TURTLE)


def open_store(directory: Path | str) -> ox.Store:
    """Open a store directory read-only (several readers may share it)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise StoreError(f"{directory}: no such store directory (run `kg build` first)")
    try:
        return ox.Store.read_only(str(directory))
    except OSError as exc:
        raise StoreError(f"{directory}: cannot open the store: {exc}") from exc
