"""Write outputs so that nothing is ever half-written: a temporary file, then a rename.

Temporaries are hidden and carry the writer's process id: ``.<name>.<pid>-<random>.tmp``
beside ``<name>`` (``.gen`` for a store generation, :mod:`kg.store`). A writer killed
with SIGKILL leaves its temporaries behind; the next write to the same place removes
those of processes that no longer run (:func:`remove_stale_temporaries`) and never
touches those of a live one.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["LEGACY_TMP_MAX_AGE", "atomic_path", "remove_stale_temporaries", "temp_prefix",
           "write_bytes_atomic", "write_text_atomic"]

# Temporaries named by older versions, without a process id (".articles.jsonl.k2j4x9_a.tmp"):
# removed once not modified for an hour, as no build writes a file that long unchanged.
LEGACY_TMP_MAX_AGE = 3600.0


def temp_prefix(path: Path) -> str:
    """The start of this process's temporaries for ``path``: ``.<name>.<pid>-``."""
    return f".{path.name}.{os.getpid()}-"


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it is renamed onto ``path``.

    For libraries that insist on writing a file themselves (pyvis, matplotlib):
    ``with atomic_path(out) as tmp: fig.savefig(tmp)``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _clean_once(path.parent)
    fd, name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write UTF-8 text with "\\n" line ends, atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


# Directories this process has cleaned already (pid, real path): the views write
# hundreds of files into one folder, and scanning it before each would be quadratic.
_CLEANED: set[tuple[int, str]] = set()


def _clean_once(directory: Path) -> None:
    key = (os.getpid(), os.path.realpath(directory))
    if key not in _CLEANED:
        _CLEANED.add(key)
        remove_stale_temporaries(directory / "*", any_name=True)


def _temporary_pattern(name: str | None) -> re.Pattern[str]:
    """Names of temporaries for ``name`` (None: of any file); group ``pid`` (or
    ``oldpid``) when known."""
    if name is None:  # file temporaries only: a store generation (.gen) is not one
        return re.compile(r"\..+?\.(?P<pid>\d+)-\w+\.tmp|\..+?\.\w{8}\.tmp(?P<oldpid>)")
    n = re.escape(name)
    return re.compile(
        rf"\.{n}\.(?P<pid>\d+)-\w+\.(?:tmp|gen)"  # ours: ".graph.ttl.4242-k2j4x9_a.tmp"
        rf"|\.{n}\.(?:tmp|old)-(?P<oldpid>\d+)"  # older stores: ".graph.oxigraph.tmp-4242"
        rf"|\.{n}\.\w{{8}}\.tmp")  # older files, no pid: ".graph.ttl.k2j4x9_a.tmp"


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # OverflowError: no such pid can exist
        return False
    except PermissionError:  # another user's process: running
        return True
    return True


def remove_stale_temporaries(path: Path | str, keep: Iterable[Path | str] = (), *,
                             any_name: bool = False) -> list[Path]:
    """Remove the temporaries beside ``path`` (of any file there with ``any_name``) left
    by writers that no longer run.

    A temporary whose process id is not a running process is removed (file or
    directory); one without a process id (older versions) once it is
    :data:`LEGACY_TMP_MAX_AGE` seconds old. Entries in ``keep`` and temporaries of
    running processes (concurrent builds) stay. Returns what was removed, sorted.
    """
    path = Path(path)
    kept = {os.path.realpath(k) for k in keep}
    pattern = _temporary_pattern(None if any_name else path.name)
    removed = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:  # no directory yet: nothing to clean
        return []
    parent = os.path.realpath(path.parent)
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if not match or os.path.join(parent, entry.name) in kept:  # the entry, not its target
            continue
        pid = match["pid"] or match["oldpid"]
        try:
            stale = (not _running(int(pid)) if pid else
                     time.time() - entry.stat(follow_symlinks=False).st_mtime
                     > LEGACY_TMP_MAX_AGE)
            if not stale:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except FileNotFoundError:  # removed by someone else meanwhile
            continue
        except OSError:  # not ours to remove after all (permissions): leave it
            continue
        removed.append(Path(entry.path))
    return sorted(removed)
