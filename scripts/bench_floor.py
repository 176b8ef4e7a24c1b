"""The least any rebuild after a one-page change must spend, measured on a built output.

Usage: python scripts/bench_floor.py OUT_DIR PAGES_DIR [--clean SECONDS]

Whatever an incremental build keeps between runs, it still has to: start Python and
import the build; find the changed page (here only a stat of every page, cheaper than
the content hash the cache keys use); write anew each whole-graph file whose middle
changed, atomically as every output is written (``articles.jsonl``, ``graph.ttl``,
``graph.graphml``: the unchanged bytes copied in the kernel with ``copy_file_range``,
fsynced as the build fsyncs them); and render the coverage report again, since one
article moves its counts (the Markdown and HTML tables and the heatmap PNG, which no
splice can patch). Each part is timed alone in a fresh process, best of three; nothing
else is counted: no extraction, graph, Turtle, store, query or view. With ``--clean``
(a clean build's seconds) the sum is printed as a share of it: the ≤ 5 % target of
issue 7 is reachable only if this floor is under it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (file, fsynced by the build) — kg/build.py and kg/graphml.py fsync theirs; the Turtle
# is renamed into place without one (kg/rdf.py write_turtle).
_REWRITTEN = (("articles.jsonl", True), ("graph.ttl", False), ("graph.graphml", True))

_IMPORT = "import kg.build"

_STAT = """
import os, sys, time
t = time.perf_counter()
for entry in os.scandir(sys.argv[1]):
    entry.stat()
print(time.perf_counter() - t)
"""

_COPY = """
import os, sys, time
src, dst, sync = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
t = time.perf_counter()
with open(src, "rb") as a, open(dst, "wb") as b:
    left = os.fstat(a.fileno()).st_size
    while left > 0:
        left -= os.copy_file_range(a.fileno(), b.fileno(), left)
    if sync:
        os.fsync(b.fileno())
os.replace(dst, dst + ".done")
print(time.perf_counter() - t)
"""

# The report from the store's coverage (computed untimed), rendered in a process that
# has imported the report modules but not yet matplotlib, as a build's would be.
_REPORT = """
import sys, time
from pathlib import Path
from kg.report import compute_coverage
from kg.report_render import write_report
coverage = compute_coverage(Path(sys.argv[1]))
t = time.perf_counter()
write_report(coverage, Path(sys.argv[2]))
print(time.perf_counter() - t)
"""


def _run(code: str, *args: str) -> float:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, cwd=ROOT, check=True)
    return float(proc.stdout.strip().splitlines()[-1])


def _startup() -> float:
    """Seconds to start Python and import the build (a whole process, timed outside)."""
    code = ("import subprocess, sys, time; t = time.perf_counter(); "
            f"subprocess.run([sys.executable, '-c', {_IMPORT!r}], check=True); "
            "print(time.perf_counter() - t)")
    return _run(code)


def _best(fn, *args) -> float:
    return min(fn(*args) for _ in range(3))


def measure(out_dir: Path, pages: Path) -> dict[str, float]:
    figures = {"start Python, import kg.build": _best(_startup),
               "stat every page": _best(_run, _STAT, str(pages))}
    with tempfile.TemporaryDirectory(prefix="kg-floor-", dir=out_dir.parent) as scratch:
        for name, sync in _REWRITTEN:
            figures[f"rewrite {name}"] = _best(_run, _COPY, str(out_dir / name),
                                               str(Path(scratch) / name), "1" if sync else "0")
        figures["render the coverage report"] = _best(
            _run, _REPORT, str(out_dir / "graph.oxigraph"), scratch)
    return figures


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out_dir", type=Path, help="a build's output folder (with its store)")
    p.add_argument("pages", type=Path, help="the folder of the pages it was built from")
    p.add_argument("--clean", type=float, help="a clean build's seconds, for the share")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args(argv)
    for path in (args.out_dir / "graph.oxigraph", args.pages):
        if not path.exists():
            print(f"bench_floor: {path}: no such file or directory", file=sys.stderr)
            return 2
    figures = measure(args.out_dir, args.pages)
    total = sum(figures.values())
    if args.json:
        print(json.dumps({"figures": figures, "total": total}))
        return 0
    for name, seconds in figures.items():
        print(f"  {name}: {seconds:.2f} s")
    share = f" = {100 * total / args.clean:.1f} % of a {args.clean:.1f} s clean build" \
        if args.clean else ""
    print(f"incremental floor: {total:.2f} s{share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
