"""Long fuzz run of the per-page pipeline (the property of tests/test_fuzz.py).

    .venv/bin/python scripts/fuzz.py [--examples 10000] [--seed 0]

Every example runs; crashes and span mismatches are counted by kind (exception type and
the innermost ``kg`` frame), with the shortest failing text of each kind, and the run
ends with a summary. Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_fuzz import check_page, page_texts  # noqa: E402

from kg.enrich import enrich_articles  # noqa: E402
from kg.pipeline import extract_text  # noqa: E402


def _kind(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/kg/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    shortest: dict[str, tuple[str, str]] = {}

    def note(kind: str, raw: str, detail: str) -> None:
        failures[kind] += 1
        if kind not in shortest or len(raw) < len(shortest[kind][0]):
            shortest[kind] = (raw, detail)

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(page_texts)
    def run(raw: str) -> None:
        counts["examples"] += 1
        counts["characters"] += len(raw)
        try:
            problems = check_page(raw)
            articles = extract_text("fuzz.txt", raw)
            enrich_articles(articles, "4101")
        except Exception as exc:  # noqa: BLE001 — counting every crash is the point
            note(_kind(exc), raw, "".join(traceback.format_exception_only(exc)).strip())
            return
        counts["articles"] += len(articles)
        counts["mentions"] += sum(len(a.mentions) for a in articles)
        counts["bylines"] += sum(len(a.bylines) for a in articles)
        counts["pages with articles"] += bool(articles)
        for problem in problems:
            note("span mismatch: " + problem.split()[0], raw, problem)

    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    print(f"fuzz: {counts['examples']} examples, {counts['characters']} characters, "
          f"{seconds:.0f} s; {counts['pages with articles']} pages with articles, "
          f"{counts['articles']} articles, {counts['mentions']} mentions, "
          f"{counts['bylines']} bylines checked")
    if not failures:
        print("fuzz: no crashes, every span maps back to its text")
        return 0
    for kind, n in failures.most_common():
        raw, detail = shortest[kind]
        print(f"\n{n:6d} × {kind}\n  {detail[:300]}\n  shortest input: {raw[:400]!r}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
