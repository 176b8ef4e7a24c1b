"""Set pages again in other column widths and count the articles that read differently
(the property `tests/test_column_widths.py` holds for the samples, on any pages).

    .venv/bin/python scripts/column_widths.py PAGES_DIR [--widths 20,26,32,44,56]

Widths are display widths (a CJK character counts 2). For each width: articles read the
same as at the printed width (headline, kind, date, people, body start), changed (same
body start, something else differs), lost and new. Exit status 0; it measures, it does
not judge (a page's printed reading may itself be wrong).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_column_widths import read_articles, rewrapped  # noqa: E402

from kg.pages import find_page_files, read_page_text  # noqa: E402


def compare(printed: list[tuple], again: list[tuple]) -> Counter[str]:
    """Articles matched by the start of their body (the last field of each tuple)."""
    before = {a[-1]: a for a in printed}
    after = {a[-1]: a for a in again}
    counts: Counter[str] = Counter()
    for start, article in before.items():
        if start not in after:
            counts["lost"] += 1
        else:
            counts["same" if after[start] == article else "changed"] += 1
    counts["new"] += sum(1 for start in after if start not in before)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("--widths", default="20,26,32,44,56")
    args = parser.parse_args(argv)
    widths = [int(w) for w in args.widths.split(",")]
    files, errors = find_page_files([args.pages])
    for error in errors:
        print(f"skipped: {error}", file=sys.stderr)
    totals = {w: Counter() for w in widths}
    for path in files:
        raw = read_page_text(path)
        printed = read_articles(path.name, raw)
        for width in widths:
            totals[width] += compare(printed, read_articles(path.name,
                                                            rewrapped(path.name, raw, width)))
    print(f"{len(files)} pages")
    for width in widths:
        t = totals[width]
        print(f"width {width:>3}: same {t['same']}, changed {t['changed']}, "
              f"lost {t['lost']}, new {t['new']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
