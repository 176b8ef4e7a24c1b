"""Render a :class:`kg.report.Coverage` table as Markdown, CSV and HTML with a heatmap.

Files written (all through ``kg/atomic.py``, byte-identical for the same table):
``coverage.md``; ``coverage.csv`` (tidy: one row per non-empty reporter × district cell,
columns :data:`TIDY_COLUMNS`, ``share`` = the cell's share of the reporter's articles);
``coverage_matrix.csv`` (the matrix with totals); ``coverage.html`` and
``coverage_heatmap.png``. Headlines and names are untrusted text: escaped everywhere.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from pathlib import Path

from kg.atomic import write_text_atomic
from kg.report import Coverage, DistrictColumn, ReportError, ReporterRow
from kg.report_heatmap import write_heatmap

__all__ = [
    "MATRIX_FILE",
    "NO_DISTRICT",
    "NO_REPORTER",
    "TIDY_COLUMNS",
    "UnknownFormatError",
    "district_labels",
    "md_escape",
    "render_html",
    "render_markdown",
    "render_matrix_csv",
    "render_tidy_csv",
    "reporter_labels",
    "write_report",
]

NO_REPORTER = "(no reporter)"
NO_DISTRICT = "(no district)"
TIDY_COLUMNS = ("reporter", "district", "district_code", "articles", "share",
                "first_date", "last_date")
MATRIX_FILE = "coverage_matrix.csv"
HEATMAP_FILE = "coverage_heatmap.png"


class UnknownFormatError(ReportError, ValueError):
    """A format other than md, csv or html was asked for."""


def reporter_labels(cov: Coverage) -> dict[ReporterRow, str]:
    """Display names; people who share a name get the tail of their IRI added."""
    names = [r.name for r in cov.reporters]
    return {
        r: NO_REPORTER if r.key is None
        else f"{r.name} [{r.key.rsplit('/', 1)[-1]}]" if names.count(r.name) > 1 else r.name
        for r in cov.reporters
    }


def district_labels(cov: Coverage) -> dict[DistrictColumn, str]:
    """Display names; districts of the same name in different cities get their code."""
    names = [d.name for d in cov.districts]
    labels = {}
    for d in cov.districts:
        name = d.name or d.code or (d.key or "").rsplit("/", 1)[-1]
        if d.key is None:
            labels[d] = NO_DISTRICT
        elif names.count(d.name) > 1:
            labels[d] = f"{name} ({d.code or d.key.rsplit('/', 1)[-1]})"
        else:
            labels[d] = name
    return labels


def _percent(x: float) -> str:
    return f"{x:.0%}"


def _articles(n: int) -> str:
    return f"{n} article" if n == 1 else f"{n} articles"


def _reporters_of(cov: Coverage, d: DistrictColumn) -> list[tuple[ReporterRow, int]]:
    """The district's reporters with their article counts, most first (stable on ties)."""
    found = [(r, c.articles) for r in cov.reporters if (c := cov.cell(r.key, d.key))]
    return sorted(found, key=lambda item: -item[1])


# --- CSV --------------------------------------------------------------------------------

def _csv_text(rows: Sequence[Sequence[object]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def render_tidy_csv(cov: Coverage) -> str:
    """One row per non-empty cell, in matrix order."""
    rl, dl = reporter_labels(cov), district_labels(cov)
    rows: list[Sequence[object]] = [TIDY_COLUMNS]
    for r in cov.reporters:
        for d in cov.districts:
            cell = cov.cell(r.key, d.key)
            if cell is None:
                continue
            district = NO_DISTRICT if d.key is None else d.name or dl[d]
            rows.append((rl[r], district, d.code or "", cell.articles,
                         f"{cov.reporter_share(r, d):.4f}",
                         cell.first_date or "", cell.last_date or ""))
    return _csv_text(rows)


def render_matrix_csv(cov: Coverage) -> str:
    """The matrix: reporters down, districts across, totals in the last row and column."""
    rl, dl = reporter_labels(cov), district_labels(cov)
    rows: list[Sequence[object]] = [["reporter", *(dl[d] for d in cov.districts), "total"]]
    for r in cov.reporters:
        counts = [(c.articles if (c := cov.cell(r.key, d.key)) else 0) for d in cov.districts]
        rows.append([rl[r], *counts, r.articles])
    rows.append(["total", *(d.articles for d in cov.districts), cov.totals.articles])
    return _csv_text(rows)


# --- Markdown ---------------------------------------------------------------------------

# Enough to keep text literal in a table cell, a heading or a paragraph: with "[" escaped
# no link can form, so "(", "!" stay; "-", "+", "." only matter at a line's start, where
# names never stand.
_MD_SPECIAL = set("\\`*_[]<>#|~&")
_MD_ESCAPES = str.maketrans({c: "\\" + c for c in _MD_SPECIAL})  # one pass in C


def md_escape(text: str) -> str:
    r"""Backslash-escape Markdown's active characters and fold line breaks to spaces.

    >>> print(md_escape("<b>a|b</b>"))
    \<b\>a\|b\</b\>
    """
    text = " ".join(str(text).split()) if any(c in str(text) for c in "\r\n\t") else str(text)
    return text.translate(_MD_ESCAPES)


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int) -> list:
    align = ["---" if i < numeric_from else "---:" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render_markdown(cov: Coverage) -> str:
    rl, dl = reporter_labels(cov), district_labels(cov)
    t = cov.totals
    no_district = cov.articles_about(None)
    out = [
        "# Coverage: reporters × districts", "",
        f"Read {t.pages} pages, {t.articles} articles, {t.bylines} bylines. "
        f"{sum(r.key is not None for r in cov.reporters)} reporters, "
        f"{sum(d.key is not None for d in cov.districts)} districts; "
        f"{_articles(len(no_district))} with no district.", "",
        "Counts are articles. An article with two reporters counts once in each reporter's "
        "row and once in its district's total.", "",
        "## Articles by reporter and district", "",
    ]
    header = ["Reporter", *(md_escape(dl[d]) for d in cov.districts), "Total"]
    rows = [
        [md_escape(rl[r]),
         *(str(c.articles) if (c := cov.cell(r.key, d.key)) else "" for d in cov.districts),
         str(r.articles)]
        for r in cov.reporters
    ]
    rows.append(["**Total**", *(str(d.articles) for d in cov.districts), str(t.articles)])
    out += _md_table(header, rows, 1) + ["", "## Shares and dates per cell", "",
        "*Of reporter*: share of the reporter's articles about the district. "
        "*Of district*: share of the district's articles by the reporter.", ""]
    rows = []
    for r in cov.reporters:
        for d in cov.districts:
            if (c := cov.cell(r.key, d.key)) is None:
                continue
            rows.append([md_escape(rl[r]), md_escape(dl[d]), d.code or "", str(c.articles),
                         _percent(cov.reporter_share(r, d)), _percent(cov.district_share(r, d)),
                         c.first_date or "", c.last_date or ""])
    out += _md_table(["Reporter", "District", "Code", "Articles", "Of reporter",
                      "Of district", "First", "Last"], rows, 3)
    out += ["", "## Correspondents who shared bylines", ""]
    rows = [[md_escape(rl[r]), ", ".join(f"{md_escape(n)} ({k})"
                                          for n, k in cov.correspondents[r.key])]
            for r in cov.reporters if cov.correspondents.get(r.key)]
    out += _md_table(["Reporter", "Correspondents (shared articles)"], rows, 2) if rows else [
        "None credited."]
    out += ["", "## Districts", ""]
    for d in cov.districts:
        articles = cov.articles_about(d.key)
        code = f" ({d.code})" if d.code and d.key is not None else ""
        out += [f"### {md_escape(dl[d])}{code}: {_articles(d.articles)}", ""]
        by = [f"{md_escape(rl[r])} {n}" for r, n in _reporters_of(cov, d)]
        out += [f"Reporters: {', '.join(by) if by else 'none credited'}.", ""]
        rows = [[a.date or "", md_escape(a.headline) or "(no headline)", md_escape(a.page),
                 md_escape(", ".join(a.reporters))] for a in articles]
        out += _md_table(["Date", "Headline", "Page", "Reporters"], rows, 4) + [""]
    return "\n".join(out)


# --- HTML -------------------------------------------------------------------------------

_CSS = """body{font-family:"Noto Sans CJK SC",sans-serif;margin:2em;max-width:80em}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .5em}
td.n{text-align:right}th{background:#f3f3f3}img{max-width:100%}"""


_NUM_TD = '<td class="n">'


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def _html_table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int) -> str:
    head = "".join(f"<th>{_h(c)}</th>" for c in header)
    body = "\n".join(
        "<tr>" + "".join((_NUM_TD if i >= numeric_from else "<td>") + f"{_h(c)}</td>"
                         for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    return f"<table>\n<tr>{head}</tr>\n{body}\n</table>"


def render_html(cov: Coverage, heatmap: str | None = HEATMAP_FILE) -> str:
    rl, dl = reporter_labels(cov), district_labels(cov)
    t = cov.totals
    parts = [
        "<!DOCTYPE html>", '<html lang="zh">', "<head>", '<meta charset="utf-8">',
        "<title>Coverage: reporters × districts</title>", f"<style>{_CSS}</style>",
        "</head>", "<body>", "<h1>Coverage: reporters × districts</h1>",
        f"<p>Read {t.pages} pages, {t.articles} articles, {t.bylines} bylines; "
        f"{_articles(len(cov.articles_about(None)))} with no district. An article with two "
        "reporters counts once in each reporter's row and once in its district's total.</p>",
    ]
    if heatmap:
        parts.append(f'<p><img src="{_h(heatmap)}" alt="Heatmap of articles by reporter and '
                     'district"></p>')
    rows = [[rl[r], *(str(c.articles) if (c := cov.cell(r.key, d.key)) else ""
                      for d in cov.districts), str(r.articles)] for r in cov.reporters]
    rows.append(["Total", *(str(d.articles) for d in cov.districts), str(t.articles)])
    parts += ["<h2>Articles by reporter and district</h2>",
              _html_table(["Reporter", *(dl[d] for d in cov.districts), "Total"], rows, 1)]
    rows = [[rl[r], dl[d], d.code or "", str(c.articles), _percent(cov.reporter_share(r, d)),
             _percent(cov.district_share(r, d)), c.first_date or "", c.last_date or ""]
            for r in cov.reporters for d in cov.districts
            if (c := cov.cell(r.key, d.key)) is not None]
    parts += ["<h2>Shares and dates per cell</h2>",
              "<p><em>Of reporter</em>: share of the reporter's articles about the district. "
              "<em>Of district</em>: share of the district's articles by the reporter.</p>",
              _html_table(["Reporter", "District", "Code", "Articles", "Of reporter",
                           "Of district", "First", "Last"], rows, 3)]
    rows = [[rl[r], ", ".join(f"{n} ({k})" for n, k in cov.correspondents[r.key])]
            for r in cov.reporters if cov.correspondents.get(r.key)]
    parts += ["<h2>Correspondents who shared bylines</h2>",
              _html_table(["Reporter", "Correspondents (shared articles)"], rows, 2)
              if rows else "<p>None credited.</p>", "<h2>Districts</h2>"]
    for d in cov.districts:
        code = f" ({d.code})" if d.code and d.key is not None else ""
        by = [f"{rl[r]} {n}" for r, n in _reporters_of(cov, d)]
        rows = [[a.date or "", a.headline or "(no headline)", a.page, ", ".join(a.reporters)]
                for a in cov.articles_about(d.key)]
        parts += [f"<h3>{_h(dl[d] + code)}: {_articles(d.articles)}</h3>",
                  f"<p>Reporters: {_h(', '.join(by) if by else 'none credited')}.</p>",
                  _html_table(["Date", "Headline", "Page", "Reporters"], rows, 4)]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


# --- files ------------------------------------------------------------------------------

def write_report(coverage: Coverage, out_dir: Path,
                 formats: Sequence[str] = ("md", "csv", "html")) -> list[Path]:
    """Write the report files for ``formats`` into ``out_dir``; return their paths."""
    unknown = sorted(set(formats) - {"md", "csv", "html"})
    if unknown:
        raise UnknownFormatError(f"unknown report format(s) {', '.join(unknown)}; "
                                 "use md, csv or html")
    out_dir = Path(out_dir)
    written: list[Path] = []

    def put(name: str, text: str) -> None:
        write_text_atomic(out_dir / name, text)
        written.append(out_dir / name)

    if "md" in formats:
        put("coverage.md", render_markdown(coverage))
    if "csv" in formats:
        put("coverage.csv", render_tidy_csv(coverage))
        put(MATRIX_FILE, render_matrix_csv(coverage))
    if "html" in formats:
        write_heatmap(coverage, out_dir / HEATMAP_FILE, reporter_labels(coverage),
                      district_labels(coverage))
        written.append(out_dir / HEATMAP_FILE)
        put("coverage.html", render_html(coverage, HEATMAP_FILE))
    return written
