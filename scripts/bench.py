"""Benchmark `kg build` on a synthetic archive; prints the README's Performance figures.

Usage: python scripts/bench.py N [--work DIR] [--seed S]

In one run on the same archive of N generated pages (scripts/gen_archive.py): MB of
text; `jieba.lcut` over all of it in one process; our own tokenizer/NER pass alone (the
place and entity finders, kg.places.resolve_places + kg.entities.find_entities, over
every article's headline + body, i.e. what pass 2 of the build runs per article);
`kg build` with 1 and 2 jobs (clean, separate processes, fresh caches) and their
ratios; peak RSS of a build; triples; seconds to write Turtle; the coverage query
(queries/coverage.rq) on the Oxigraph store vs rdflib in memory; and an incremental
rebuild after changing one page, as a share of a clean build, beside the least any
such rebuild must spend (scripts/bench_floor.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

_BUILD = """
import json, resource, sys
from pathlib import Path
from kg.build import build
cache = None if sys.argv[4] == "-" else Path(sys.argv[4])
s = build([Path(sys.argv[1])], Path(sys.argv[2]), jobs=int(sys.argv[3]), cache_dir=cache)
def peak_mb():
    # VmHWM: this process's own peak. ru_maxrss would also count the bench process's
    # memory at the fork that started this one (Linux keeps it across exec).
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": s.seconds, "pages": s.pages, "articles": s.articles,
                  "triples": s.triples, "extracted": s.extracted, "errors": len(s.errors),
                  "timings": s.timings, "store_update": s.store_update,
                  "views_reused": s.views_reused,
                  "rss_mb": peak_mb(),
                  "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


class BenchError(Exception):
    """A child build failed; the message carries its stderr."""


def _build(archive: Path, out: Path, jobs: int, cache: Path | None) -> dict:
    proc = subprocess.run([sys.executable, "-c", _BUILD, str(archive), str(out), str(jobs),
                           str(cache) if cache else "-"], capture_output=True, text=True,
                          cwd=ROOT)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise BenchError(f"kg build -j {jobs} failed (exit {proc.returncode}):\n"
                         f"{proc.stderr[-5000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _timed(fn, *args):
    start = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - start, value


def main(argv: list[str] | None = None) -> int:
    try:
        return _bench(argv)
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1


def _bench(argv: list[str] | None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int)
    p.add_argument("--work", type=Path, default=Path("/tmp/kg-bench"))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--rdflib-max-triples", type=int, default=3_000_000,
                   help="skip the rdflib side of the query figure above this many triples "
                        "(rdflib needs ~1 kB of memory per triple; default: %(default)s)")
    args = p.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)
    import shutil

    import jieba
    from gen_archive import generate_archive

    from kg.enrich import article_text, guess_home_city
    from kg.entities import find_entities
    from kg.pages import read_page_text
    from kg.pipeline import extract_text
    from kg.places import resolve_places

    shutil.rmtree(args.work, ignore_errors=True)
    archive = args.work / "pages"
    paths = generate_archive(args.n, archive, args.seed)
    texts = [read_page_text(path) for path in paths]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"archive: {args.n} pages, {mb:.1f} MB of text")

    jieba.initialize()
    t_jieba, _ = _timed(lambda ts: [jieba.lcut(t) for t in ts], texts)
    print(f"jieba.lcut, all text, 1 process: {t_jieba:.1f} s")

    articles = [a for path, t in zip(paths, texts, strict=True) for a in extract_text(path.name, t)]
    home = guess_home_city(articles)
    inputs = [article_text(a) for a in articles]
    del texts, articles

    def finders():
        for text, body_start in inputs:
            places = resolve_places(text, body_start, home)
            find_entities(text, body_start, places.primary_district)

    t_ner, _ = _timed(finders)
    print(f"NER pass alone (resolve_places + find_entities over {len(inputs)} articles): "
          f"{t_ner:.1f} s")

    runs: dict[int, dict] = {}
    for jobs in (1, 2):
        runs[jobs] = _build(archive, args.work / f"out{jobs}", jobs,
                            args.work / f"cache{jobs}")
        r = runs[jobs]
        extraction = r["timings"]["extract"] + r["timings"]["entities"]
        print(f"kg build -j {jobs}: {r['seconds']:.1f} s total ({extraction:.1f} s per-page "
              f"passes); ×{r['seconds'] / t_jieba:.2f} jieba, ×{r['seconds'] / t_ner:.2f} NER; "
              f"per-page passes ×{extraction / t_ner:.2f} NER")
    r1, r2 = runs[1], runs[2]
    print(f"2 jobs / 1 job: {r2['seconds'] / r1['seconds']:.2f} (total), "
          f"{(r2['timings']['extract'] + r2['timings']['entities']) / (r1['timings']['extract'] + r1['timings']['entities']):.2f} (per-page passes)")  # noqa: E501
    for jobs, r in runs.items():
        print(f"build steps ({jobs} job{'s' if jobs > 1 else ''}): "
              + ", ".join(f"{k} {v:.1f} s" for k, v in r["timings"].items()))
    # A child's figure counts pages it shares with the main process (forked with the graph).
    print("peak RSS: " + ", ".join(
        f"-j {j}: main process {r['rss_mb']:.0f} MB, largest child {r['workers_rss_mb']:.0f} MB"
        for j, r in runs.items()))
    print(f"articles: {r1['articles']}, triples: {r1['triples']}, "
          f"Turtle written in {r1['timings']['turtle']:.1f} s")

    import pyoxigraph as ox
    from rdflib import Graph

    query = (ROOT / "kg" / "queries" / "coverage.rq").read_text(encoding="utf-8")
    store = ox.Store.read_only(str(args.work / "out1" / "graph.oxigraph"))
    t_store, rows = _timed(lambda: list(store.query(query)))
    warm = min(_timed(lambda: list(store.query(query)))[0]
               for _ in range(3))
    print(f"coverage query on the store: {t_store:.3f} s (first), {warm:.3f} s (warm, best "
          f"of 3); {len(rows)} rows")
    if r1["triples"] > args.rdflib_max_triples:
        print(f"coverage query on rdflib: skipped ({r1['triples']} triples > "
              f"--rdflib-max-triples {args.rdflib_max_triples})")
    else:
        graph = Graph(bind_namespaces="none")
        t_parse, _ = _timed(graph.parse, str(args.work / "out1" / "graph.ttl"), "turtle")
        t_rdflib, rows2 = _timed(lambda: list(graph.query(query)))
        print(f"coverage query on rdflib in memory: {t_rdflib:.3f} s (+{t_parse:.1f} s "
              f"parsing); ratio to the store ×{t_rdflib / t_store:.0f} (first), "
              f"×{t_rdflib / warm:.0f} (warm); {len(rows2)} rows")
        del graph

    page = sorted(archive.glob("*.txt"))[args.n // 2]
    page.write_text(page.read_text(encoding="utf-8").replace("本报讯", "本报讯 ", 1),
                    encoding="utf-8")
    inc = _build(archive, args.work / "out2", 2, args.work / "cache2")
    passes = inc["timings"]["extract"] + inc["timings"]["entities"]
    print(f"incremental rebuild (1 page changed, 2 jobs): {inc['seconds']:.1f} s = "
          f"{100 * inc['seconds'] / r2['seconds']:.1f} % of a clean build; per-page passes "
          f"{passes:.1f} s = {100 * passes / (r2['timings']['extract'] + r2['timings']['entities']):.1f} %; "  # noqa: E501
          f"{inc['extracted']} page(s) re-extracted")
    if inc["store_update"]:
        removed, added = inc["store_update"]
        print(f"incremental store: the previous store updated ({removed} subject blocks "
              f"out, {added} in), not loaded again")
    print(f"incremental views: {inc['views_reused']} copied from the cache, the rest drawn")
    print("incremental steps: " + ", ".join(f"{k} {v:.1f} s"
                                            for k, v in inc["timings"].items()))
    from bench_floor import measure

    floor = measure(args.work / "out2", archive)
    print(f"incremental floor: {sum(floor.values()):.2f} s = "
          f"{100 * sum(floor.values()) / r2['seconds']:.1f} % of a clean build ("
          + ", ".join(f"{k} {v:.2f} s" for k, v in floor.items()) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
