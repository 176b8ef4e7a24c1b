"""Generate a deterministic synthetic archive of N newspaper pages for benchmarks.

Usage: python scripts/gen_archive.py N OUT_DIR [--seed S] [--city CODE]

Each page is one of the bundled sample pages (``kg/samples/*.txt``) with its people and
places swapped: reporter, correspondent and photographer names become names of the
archive's staff, a fixed pool (STAFF_PER_LENGTH names per name length, built from the
surname table) as in a real newsroom, where a year of pages is written by a few hundred
people, not one new name per byline; printed districts, streets and communities become divisions of
the chosen prefecture drawn from the gazetteer (``kg.gazetteer.load_gazetteer()``); the
date ("6月19日") moves through the year, one day per 16 pages. Everything else is kept
as printed, OCR quirks included: column wraps, doubled headlines, bylines at the end or
in brackets. Page N always has the same text for the same seed (random.Random per page).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import SAMPLES_DIR, extract_articles  # noqa: E402
from kg.gazetteer import load_gazetteer  # noqa: E402

__all__ = ["Templates", "generate_archive", "generate_page", "load_templates", "staff"]

PAGES_PER_DAY = 16
STAFF_PER_LENGTH = 150  # reporters and correspondents with 2-, 3-, … character names
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建文辉玲晓红博宇佳鑫雪琳"
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True)
class Template:
    name: str
    raw: str
    people: tuple[str, ...]  # names as printed in bylines
    places: tuple[tuple[str, str], ...]  # (level, printed text)


@dataclass(frozen=True)
class Templates:
    pages: tuple[Template, ...]
    surnames: tuple[str, ...]
    districts: tuple[str, ...]  # official names of the prefecture's districts
    streets: dict  # district name → township names
    communities: tuple[str, ...]


def load_templates(city: str | None = None) -> Templates:
    """Sample pages with their entities, and the gazetteer pools to draw from."""
    articles = extract_articles([SAMPLES_DIR])
    city = city or "4101"
    pages = []
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        own = [a for a in articles if a.source == path.name]
        people = sorted({b.name for a in own for b in a.bylines if len(b.name) >= 2})
        places = sorted({(m.type, m.text) for a in own for m in a.mentions
                         if m.type in ("district", "street", "community") and len(m.text) >= 2})
        pages.append(Template(path.name, path.read_text(encoding="utf-8"), tuple(people),
                              tuple(places)))
    gz = load_gazetteer()
    surnames = tuple(c for line in (SAMPLES_DIR.parent / "data" / "surnames.txt").read_text(
        encoding="utf-8").splitlines() if not line.startswith("#")
        for c in line.split() if len(c) == 1)[:60]
    districts = sorted(c for c in gz.names if len(c) == 6 and c[:4] == city
                       and not c.endswith(("00", "01")))
    streets = {gz.names[d]: sorted(gz.names[c] for c in gz.names
                                   if len(c) == 9 and c[:6] == d) for d in districts}
    communities = tuple(sorted(n for n in gz.villages(city) if n.endswith("社区")))
    return Templates(tuple(pages), surnames, tuple(gz.names[d] for d in districts),
                     {k: v for k, v in streets.items() if v}, communities)


def _date(index: int) -> tuple[int, int]:
    day = (index // PAGES_PER_DAY) % 365
    for month, days in enumerate(_MONTH_DAYS, 1):
        if day < days:
            return month, day + 1
        day -= days
    return 12, 31


def staff(t: Templates, length: int, seed: int = 0) -> list[str]:
    """The archive's people whose names have ``length`` characters (same for a seed)."""
    rng = random.Random(f"{seed}:staff:{length}")
    names: set[str] = set()
    while len(names) < STAFF_PER_LENGTH:
        names.add(rng.choice(t.surnames) + "".join(rng.choice(_GIVEN) for _ in range(length - 1)))
    return sorted(names)


def generate_page(index: int, t: Templates, seed: int = 0) -> str:
    """The text of page ``index`` (0-based)."""
    rng = random.Random(f"{seed}:{index}")
    page = t.pages[rng.randrange(len(t.pages))]
    district = rng.choice([d for d in t.districts if d in t.streets])
    mapping: dict[str, str] = {}
    for length in sorted({len(p) for p in page.people}):
        same = [p for p in page.people if len(p) == length]
        mapping.update(zip(same, rng.sample(_staff(t, length, seed), len(same)), strict=True))
    for level, text in page.places:
        if level == "district":
            mapping[text] = rng.choice(t.districts)
        elif level == "street":
            mapping[text] = rng.choice(t.streets[district])
        elif t.communities:
            mapping[text] = rng.choice(t.communities)
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    text = pattern.sub(lambda m: mapping[m.group(0)], page.raw) if mapping else page.raw
    month, day = _date(index)
    return _DATE.sub(f"{month}月{day}日", text)


_STAFF: dict[tuple[int, int, int], list[str]] = {}


def _staff(t: Templates, length: int, seed: int) -> list[str]:
    key = (id(t), length, seed)
    if key not in _STAFF:
        _STAFF[key] = staff(t, length, seed)
    return _STAFF[key]


def generate_archive(n: int, out_dir: Path, seed: int = 0, city: str | None = None) -> list[Path]:
    templates = load_templates(city)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = generate_page(i, templates, seed)
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        path = out_dir / f"{i:05d}_{digest}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int, metavar="N")
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--city", default=None, help="prefecture code (default: 4101)")
    args = p.parse_args(argv)
    paths = generate_archive(args.n, args.out_dir, args.seed, args.city)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} pages, {size / 1e6:.1f} MB → {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
