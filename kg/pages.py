"""Read page files: find them, check them, decode them to text; and the limits a page
is read under (its size, and the time its work may take: :func:`time_limit`).

Real archives mix UTF-8, UTF-8 with BOM, GB18030/GBK and UTF-16 with BOM. Everything
that goes wrong raises :class:`PageError` with the file's name and the reason.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import re
import signal
import stat
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

__all__ = ["MAX_PAGE_BYTES", "PAGE_SUFFIXES", "PageError", "PageTimeout", "decode_page",
           "find_page_files", "max_page_bytes", "page_seconds", "read_page_bytes",
           "read_page_text", "source_names", "time_limit"]

# A newspaper page is ~10-20 kB of text; 4 MiB is 200x that, so a larger file is a wrong
# file (a dump, a whole archive in one file). It guards memory and time: headline matching
# grows faster than linearly with the articles on one page (a 0.5 MB file of 800 articles
# takes about a minute). Raise it with KG_MAX_PAGE_BYTES (read at each call).
MAX_PAGE_BYTES = 4 * 1024 * 1024
MAX_PAGE_BYTES_ENV = "KG_MAX_PAGE_BYTES"
PAGE_SUFFIXES = (".txt",)
# A page still being read after this long is stuck (a rule caught in a loop on text nobody
# foresaw, as a gazetteer whose cities were their own parents once was): it is stopped and
# reported, and the other pages are built. A page of 10-20 kB takes ~20 ms and a 1 MB file
# ~15 s (time grows with the square of a page's size): a minute and a second more per kB
# leave real pages far below it. KG_PAGE_SECONDS sets another limit (seconds; 0: none).
PAGE_SECONDS_BASE = 60.0
PAGE_SECONDS_PER_KB = 1.0
PAGE_SECONDS_ENV = "KG_PAGE_SECONDS"
# File names are shown on one line: control characters (a newline in a name) are escaped.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class PageError(Exception):
    """A page file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        shown = _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], str(path))
        super().__init__(f"{shown}: {problem}")
        self.path = str(path)
        self.problem = problem


class PageTimeout(Exception):
    """A page's work ran over its time limit (:func:`time_limit`)."""


def page_seconds(size: int) -> float:
    """The time limit of a page of ``size`` bytes: ``KG_PAGE_SECONDS`` from the
    environment, else PAGE_SECONDS_BASE plus PAGE_SECONDS_PER_KB a kB."""
    value = os.environ.get(PAGE_SECONDS_ENV, "").strip()
    if not value:
        return PAGE_SECONDS_BASE + PAGE_SECONDS_PER_KB * size / 1000
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not 0 <= seconds < float("inf"):  # also NaN
        raise ValueError(f"{PAGE_SECONDS_ENV} must be a number of seconds, 0 or more "
                         f"(0: no limit), got {value!r}")
    return seconds


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`PageTimeout` in the block once ``seconds`` have passed (0: never).

    A timer signal interrupts pure Python and regular expressions alike, but only a
    process's main thread receives it: in another thread (a Dask worker's), where the
    platform has no such timer, or where one is already set, the block runs unlimited."""
    if (seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0]):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise PageTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def max_page_bytes() -> int:
    """The size limit: ``KG_MAX_PAGE_BYTES`` from the environment, else MAX_PAGE_BYTES."""
    value = os.environ.get(MAX_PAGE_BYTES_ENV, "").strip()
    if not value:
        return MAX_PAGE_BYTES
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"{MAX_PAGE_BYTES_ENV} must be a positive number of bytes, "
                         f"got {value!r}")
    return int(value)


def find_page_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[PageError]]:
    """Expand files and directories into page files, in a sorted, stable order."""
    found: dict[str, Path] = {}
    errors: list[PageError] = []
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                # Directories are not followed through symlinks (no loops); a page-named
                # symlink loop or unreadable file is kept and fails when read, by name.
                files = [p for p in path.rglob("*")
                         if p.suffix.lower() in PAGE_SUFFIXES and not p.name.startswith(".")
                         and not p.is_dir()]
                if not files:
                    errors.append(PageError(path, "no page files (*.txt) in this directory"))
                for p in files:
                    found[os.path.abspath(p)] = p
            elif path.exists():
                found[os.path.abspath(path)] = path  # one file named two ways: read once
            elif path.is_symlink():
                errors.append(PageError(path, _link_problem(path)))
            else:
                errors.append(PageError(path, "no such file or directory"))
        except OSError as exc:  # permissions on a directory
            errors.append(PageError(path, exc.strerror or str(exc)))
    return [found[k] for k in sorted(found)], errors


def source_names(files: Sequence[Path]) -> list[str]:
    """A unique source name for each page file (same order): what records call ``source``.

    The bare file name when no other file in the build gives the same page id (the name
    without its extension, :attr:`kg.model.Page.page_id`); else the path from the
    nearest folder the clashing files share: ``a/p1.txt`` and ``b/p1.txt``. Page ids
    then stay unique; the IRIs percent-encode the ``/``. Depends only on the paths, so
    the same files always get the same names.

    >>> source_names([Path("x/a/p1.txt"), Path("x/b/p1.txt"), Path("x/b/p2.txt")])
    ['a/p1.txt', 'b/p1.txt', 'p2.txt']
    """
    names = [f.name for f in files]
    clashes: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        clashes.setdefault(_page_id(name), []).append(i)
    for group in clashes.values():
        if len(group) > 1:
            full = [os.path.abspath(files[i]) for i in group]
            shared = os.path.commonpath([os.path.dirname(f) for f in full])
            for i, f in zip(group, full, strict=True):
                names[i] = Path(os.path.relpath(f, shared)).as_posix()
    taken: set[str] = set()
    for i, name in enumerate(names):  # still clashing ("p1.txt" beside "p1.TXT"): number
        stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
        number = 1
        while _page_id(names[i]) in taken:
            number += 1
            names[i] = f"{stem}~{number}{dot}{suffix}"
        taken.add(_page_id(names[i]))
    return names


def _page_id(source: str) -> str:
    return source.rsplit(".", 1)[0]  # as kg.model.Page.page_id makes it


def _link_problem(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link"


def decode_page(data: bytes, name: str = "<bytes>") -> str:
    """Decode page bytes: BOMs first, then UTF-8, then GB18030 (a superset of GBK)."""
    if not data.strip():
        raise PageError(name, "empty file")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise PageError(name, f"not valid {encoding} after its BOM ({exc.reason})") \
                    from None
    if b"\x00" in data:
        raise PageError(name, "binary file (NUL bytes), not page text")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise PageError(name, "cannot decode as UTF-8, UTF-16 or GB18030 text")


# C0 control characters but line breaks, tabs and form feeds: rare in text, common in
# binary decoded as GB18030.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_like_text(text: str) -> bool:
    """GB18030 decodes almost any bytes; reject results full of control characters."""
    return len(_CONTROL_CHARS.findall(text)) <= len(text) // 100


def read_page_text(path: Path) -> str:
    """The decoded text of one page file; :class:`PageError` naming it if unusable."""
    return decode_page(read_page_bytes(path), str(path))


def read_page_bytes(path: Path) -> bytes:
    """The bytes of one regular page file, refused if over the size limit.

    At most the limit plus one byte is ever read, so a file that grows while it is
    read cannot exhaust memory.
    """
    try:
        limit = max_page_bytes()
    except ValueError as exc:
        raise PageError(path, str(exc)) from exc
    too_big = (f"over the {limit}-byte page size limit "
               f"(raise it with {MAX_PAGE_BYTES_ENV}=<bytes>)")
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block, a device not end
            raise PageError(path, "not a regular file")
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if info.st_size > limit:
                raise PageError(path, f"file is {info.st_size} bytes, {too_big}")
            data = fh.read(limit + 1)
    except OSError as exc:
        problem = "symbolic link loop" if exc.errno == errno.ELOOP else exc.strerror or str(exc)
        raise PageError(path, problem) from exc
    if len(data) > limit:
        raise PageError(path, f"file is more than {limit} bytes, {too_big}")
    return data
