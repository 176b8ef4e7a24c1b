"""A build's outputs move into the output folder together, at the end.

Every output is first written into a hidden staging folder inside the output folder
(``.kg-build.<pid>-<random>.tmp/``; the store into a hidden generation beside
``graph.oxigraph``, :mod:`kg.store`). Only when all are complete does :meth:`Stage.commit`
rename them into place: one ``rename`` per file, the store's link last but one, the
index last, milliseconds in all. A build killed before that leaves the previous
``output/`` exactly as it was; its staging folder and store generation carry its dead
pid and are removed by the next build (:func:`kg.atomic.remove_stale_temporaries`).

View folders (``districts/``, ``reporters/``) hold only the views of the last build: a
reporter who is no longer in the pages loses the stale page instead of keeping it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .atomic import remove_stale_temporaries
from .store import STORE_NAME, swap_in

__all__ = ["VIEW_FOLDERS", "Stage"]

# Folders whose every file a build writes: files a build did not write there are stale.
VIEW_FOLDERS = ("districts", "reporters")
_LAST = "index.html"  # the entry page moves in last: it links to everything else


class Stage:
    """A staging folder for one build's outputs inside ``out_dir``."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.out_dir / "*", any_name=True)  # killed builds'
        self.dir = Path(tempfile.mkdtemp(prefix=f".kg-build.{os.getpid()}-", suffix=".tmp",
                                         dir=self.out_dir))
        self.store_generation: Path | None = None  # set once the store is loaded

    def __enter__(self) -> Stage:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()

    def discard(self) -> None:
        """Remove what was not committed (a failed build's half)."""
        shutil.rmtree(self.dir, ignore_errors=True)
        if self.store_generation is not None:
            shutil.rmtree(self.store_generation, ignore_errors=True)

    def final(self, staged: Path) -> Path:
        """Where a staged file goes."""
        return self.out_dir / Path(staged).relative_to(self.dir)

    def commit(self) -> list[Path]:
        """Rename every staged file into place (and the store's link); returns them."""
        staged = sorted((p for p in self.dir.rglob("*") if p.is_file()),
                        key=lambda p: (p.name == _LAST, p.relative_to(self.dir).parts))
        written = {self.final(p) for p in staged}
        for src in staged:
            if src.name == _LAST and self.store_generation is not None:
                swap_in(self.store_generation, self.out_dir / STORE_NAME)
                self.store_generation = None
            dst = self.final(src)
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
        if self.store_generation is not None:  # no index was staged
            swap_in(self.store_generation, self.out_dir / STORE_NAME)
            self.store_generation = None
        for folder in VIEW_FOLDERS:
            for old in sorted((self.out_dir / folder).glob("*.html")):
                if old not in written:
                    old.unlink(missing_ok=True)
        shutil.rmtree(self.dir, ignore_errors=True)
        return sorted(written)
