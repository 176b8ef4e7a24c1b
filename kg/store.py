"""The persistent Oxigraph store written beside ``graph.ttl``: queries without re-parsing.

``output/graph.oxigraph`` holds the same triples as the Turtle file. It is a symbolic
link to a hidden generation directory beside it (``.graph.oxigraph.<pid>-<random>.gen``,
a RocksDB directory). A new store is loaded into a new generation, then a fresh link is
renamed over the old one (one atomic rename), then the previous generation is removed:
at every instant ``graph.oxigraph`` is a complete store, the old one or the new one,
even if the build is killed. A real directory left there by an older version is
swapped for the link in one step too (Linux ``renameat2``; elsewhere by two renames).
A build's generation also holds ``kg-turtle.json``, the digest of the Turtle it was
loaded from, so the next build can update a copy of it instead (:mod:`kg.store_delta`).

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

import contextlib
import ctypes
import errno
import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .atomic import remove_stale_temporaries, temp_prefix

__all__ = ["LOAD_SLICE_BYTES", "STORE_NAME", "SliceWriter", "StoreError", "load_generation",
           "load_generation_from", "open_store", "our_generation", "swap_in", "write_store"]

STORE_NAME = "graph.oxigraph"
LOAD_SLICE_BYTES = 16_000_000  # ~200k triples of our graphs: ~300 MB peak at 1,000 pages
_OUR_FIRST_PREFIX = b"PREFIX kgv: <https://w3id.org/kg-news/vocab#>\n"  # kg.rdf writes it
_OPEN_ATTEMPTS = 3  # a writer may swap the link and remove the target while we open it


class StoreError(Exception):
    """A store that cannot be written or opened; the message names the directory."""


def write_store(ttl: Path | str, directory: Path | str) -> int:
    """Load a Turtle file into a fresh store at ``directory``; returns its triple count."""
    generation, count = load_generation(ttl, directory)
    swap_in(generation, directory)
    return count


def load_generation(ttl: Path | str, directory: Path | str) -> tuple[Path, int]:
    """Load a Turtle file into a new hidden generation beside ``directory``, not yet
    linked (readers of ``directory`` still see the old store); returns the generation
    and its triple count. :func:`swap_in` links it."""
    return load_generation_from(_slices(Path(ttl)), directory, str(ttl))


def load_generation_from(pieces: Iterable[bytes], directory: Path | str,
                         source: str) -> tuple[Path, int]:
    """:func:`load_generation` from Turtle in ``pieces``, each parseable alone (its
    prefix lines in front), e.g. from a :class:`SliceWriter` while the file is written;
    ``source`` names them in errors."""
    directory = Path(directory)
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(directory, keep=[directory])  # not what it links to
        generation = Path(tempfile.mkdtemp(prefix=temp_prefix(directory), suffix=".gen",
                                           dir=directory.parent))
    except OSError as exc:
        raise StoreError(f"{directory}: cannot write the store from {source}: {exc}") from exc
    try:
        os.chmod(generation, 0o755)
        store = ox.Store(str(generation))
        _bulk_load(store, pieces)
        store.flush()
        store.optimize()  # compaction: the bulk load leaves many small files; queries
        # over a compacted store seek less (the coverage query ×2.3 faster at 6,000 pages)
        count = len(store)
        del store  # releases the RocksDB lock before readers come
        gc.collect()
    except (OSError, EOFError, SyntaxError, ValueError) as exc:  # EOF: the writer died
        shutil.rmtree(generation, ignore_errors=True)
        raise StoreError(f"{directory}: cannot write the store from {source}: {exc}") from exc
    return generation, count


class SliceWriter:
    """Cuts the Turtle as :func:`kg.rdf.write_turtle` hands it to its ``tee`` (first
    the prefix lines, then whole subject blocks at each call) into load slices of about
    :data:`LOAD_SLICE_BYTES`, each with the prefix lines in front, and gives each to
    ``send``; :meth:`flush` sends the last one."""

    def __init__(self, send: Callable[[bytes], object]) -> None:
        self.send = send
        self.header: bytes | None = None
        self.parts: list[bytes] = []
        self.size = 0

    def __call__(self, data: bytes) -> None:
        if self.header is None:
            self.header = data
            return
        self.parts.append(data)
        self.size += len(data)
        if self.size >= LOAD_SLICE_BYTES:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.send((self.header or b"") + b"".join(self.parts))
            self.parts, self.size = [], 0


def swap_in(generation: Path, directory: Path | str) -> None:
    """Make ``directory`` the store loaded by :func:`load_generation` (one atomic rename
    of a link), then remove the generation it replaced."""
    directory = Path(directory)
    try:
        previous = our_generation(directory)  # read late: a concurrent build may swap too
        _swap_in(generation, directory)
    except OSError as exc:
        shutil.rmtree(generation, ignore_errors=True)
        raise StoreError(f"{directory}: cannot swap the new store in: {exc}") from exc
    if previous is not None and previous.resolve() != generation.resolve():
        shutil.rmtree(previous, ignore_errors=True)


def our_generation(directory: Path) -> Path | None:
    """The generation ``directory`` links to, if it is one of ours beside it."""
    try:
        target = Path(os.readlink(directory))
    except OSError:  # not a link (nothing yet, or an older version's real directory)
        return None
    if target.parent != Path() or not target.name.startswith(f".{directory.name}."):
        return None  # a link the user made to a store elsewhere: never removed
    return directory.parent / target


def _swap_in(generation: Path, directory: Path) -> None:
    """Point ``directory`` at ``generation`` with one atomic rename of a fresh link."""
    link = _unused_name(directory)
    os.symlink(generation.name, link)
    try:
        _fsync_dir(directory.parent)
        if directory.is_dir() and not directory.is_symlink():  # an older version's store
            if _exchange(link, directory):
                shutil.rmtree(link, ignore_errors=True)  # the old directory, by now
            else:
                old = _unused_name(directory)
                os.rename(directory, old)  # no store here until the next line
                os.replace(link, directory)
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(link, directory)
        _fsync_dir(directory.parent)
    finally:
        with contextlib.suppress(OSError):  # left after a failure: a dead pid's, later
            os.unlink(link)


def _unused_name(directory: Path) -> Path:
    """A temporary name beside ``directory`` that nothing has yet."""
    while True:
        candidate = directory.with_name(f"{temp_prefix(directory)}{os.urandom(4).hex()}.tmp")
        if not os.path.lexists(candidate):
            return candidate


def _exchange(a: Path, b: Path) -> bool:
    """Swap two names atomically (Linux ``renameat2`` with ``RENAME_EXCHANGE``); False
    where the system or the file system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _fsync_dir(directory: Path) -> None:
    """Make renames in ``directory`` durable (a power cut keeps the old or the new)."""
    with contextlib.suppress(OSError):  # not every system can fsync a directory
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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


def _bulk_load(store: ox.Store, pieces: Iterable[bytes]) -> None:
    for piece in pieces:
        store.bulk_load(input=piece, format=ox.RdfFormat.TURTLE)


def open_store(directory: Path | str) -> ox.Store:
    """Open a store read-only (several readers may share it), through its link."""
    directory = Path(directory)
    for attempts_left in reversed(range(_OPEN_ATTEMPTS)):
        target = os.path.realpath(directory)  # one generation, even if the link changes
        if not os.path.isdir(target):
            raise StoreError(f"{directory}: no such store directory (run `kg build` first)")
        try:
            return ox.Store.read_only(target)
        except OSError as exc:
            if attempts_left and os.path.realpath(directory) != target:
                continue  # a new build swapped its store in meanwhile: open that one
            raise StoreError(f"{directory}: cannot open the store: {exc}") from exc
    raise StoreError(f"{directory}: cannot open the store")  # not reached
