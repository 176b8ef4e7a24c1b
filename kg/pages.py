"""Read page files: find them, check them, decode them to text.

Real archives mix UTF-8, UTF-8 with BOM, GB18030/GBK and UTF-16 with BOM. Everything
that goes wrong raises :class:`PageError` with the file's name and the reason.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from pathlib import Path

__all__ = ["MAX_PAGE_BYTES", "PAGE_SUFFIXES", "PageError", "decode_page", "find_page_files",
           "read_page_text"]

# A newspaper page is ~10-20 kB of text; 32 MB is far beyond any real page, and guards
# memory when a wrong file (a dump, a log) is passed. Raise it with KG_MAX_PAGE_BYTES.
MAX_PAGE_BYTES = int(os.environ.get("KG_MAX_PAGE_BYTES", 32 * 1024 * 1024))
PAGE_SUFFIXES = (".txt",)


class PageError(Exception):
    """A page file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def find_page_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[PageError]]:
    """Expand files and directories into page files, in a sorted, stable order."""
    found: dict[str, Path] = {}
    errors: list[PageError] = []
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                files = [p for p in path.rglob("*")
                         if p.suffix.lower() in PAGE_SUFFIXES and not p.name.startswith(".")]
                if not files:
                    errors.append(PageError(path, "no page files (*.txt) in this directory"))
                for p in files:
                    found[str(p)] = p
            elif path.exists():
                found[str(path)] = path
            elif path.is_symlink():
                errors.append(PageError(path, "broken symbolic link"))
            else:
                errors.append(PageError(path, "no such file or directory"))
        except OSError as exc:  # symlink loops, permissions
            errors.append(PageError(path, exc.strerror or str(exc)))
    return [found[k] for k in sorted(found)], errors


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
                raise PageError(name, f"not valid {encoding} after its BOM ({exc.reason})")
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


def _looks_like_text(text: str) -> bool:
    """GB18030 decodes almost any bytes; reject results full of control characters."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return controls <= len(text) // 100


def read_page_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise PageError(path, f"file is {size} bytes, over the {MAX_PAGE_BYTES}-byte limit "
                                  "(raise it with KG_MAX_PAGE_BYTES)")
        data = path.read_bytes()
    except OSError as exc:
        raise PageError(path, exc.strerror or str(exc)) from exc
    return decode_page(data, str(path))
