"""The reporter × district heatmap PNG, drawn with matplotlib in a CJK font.

The font is found through ``matplotlib.font_manager`` (Debian ``fonts-noto-cjk`` gives
"Noto Sans CJK"), checked glyph by glyph against the names to draw, and set explicitly on
every text; no font at all raises :class:`FontNotFoundError`. The PNG is deterministic:
fixed size and DPI, no timestamp or software metadata, no pyplot global state.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matplotlib import font_manager, rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font
from matplotlib.ticker import MaxNLocator

from kg.atomic import atomic_path
from kg.report import Coverage, DistrictColumn, ReportError, ReporterRow

__all__ = ["CjkFont", "FontNotFoundError", "find_cjk_font", "heatmap_figure", "write_heatmap"]

# Characters any usable font must have: common words of a Chinese byline and place name.
BASIC_CJK = "中文记者区县市街道社"
DPI = 100
MAX_ROWS = 40  # at most this many reporters and …
MAX_COLUMNS = 30  # … districts are drawn (the largest ones); the tables list them all


class FontNotFoundError(ReportError):
    """No installed font can draw Chinese text."""


@dataclass(frozen=True)
class CjkFont:
    name: str  # family name as matplotlib knows it, e.g. "Noto Sans CJK JP"
    path: Path  # the font file (a .ttc collection: matplotlib uses its first face)


@cache
def _open_font(path: str) -> FT2Font | None:
    try:
        return FT2Font(path)
    except (OSError, RuntimeError, ValueError):
        return None


def _missing(path: str, chars: str) -> int:
    """How many of ``chars`` the font at ``path`` has no glyph for (all, if unreadable)."""
    font = _open_font(path)
    return len(chars) if font is None else sum(font.get_char_index(ord(c)) == 0 for c in chars)


def _preference(entry: font_manager.FontEntry) -> tuple:
    # Sans before Serif, proportional before Mono, regular weight first, then by name/file.
    name = entry.name
    return ("CJK" not in name, "Mono" in name, "Serif" in name,
            abs(int(entry.weight) - 400) if str(entry.weight).isdigit() else 999,
            entry.style != "normal", name, entry.fname)


def find_cjk_font(text: str = "") -> CjkFont:
    """The installed font that best covers ``text``, among those that can draw Chinese."""
    wanted = "".join(sorted({c for c in BASIC_CJK + text if ord(c) > 0x2E7F}))
    entries = sorted(font_manager.fontManager.ttflist, key=_preference)
    usable = [e for e in entries if _missing(e.fname, BASIC_CJK) == 0]
    if not usable:  # the font cache may predate the font's installation: look on disk
        known = {e.fname for e in entries}
        for fname in sorted(font_manager.findSystemFonts()):
            if fname not in known and _missing(fname, BASIC_CJK) == 0:
                font_manager.fontManager.addfont(fname)
        entries = sorted(font_manager.fontManager.ttflist, key=_preference)
        usable = [e for e in entries if _missing(e.fname, BASIC_CJK) == 0]
    if not usable:
        raise FontNotFoundError(
            "no installed font has Chinese glyphs, so the coverage heatmap cannot show "
            "names; install one, e.g. Debian: apt-get install fonts-noto-cjk")
    best = min(usable, key=lambda e: _missing(e.fname, wanted))  # stable: keeps preference
    return CjkFont(best.name, Path(best.fname))


def _largest(items: Iterable, limit: int) -> list:
    items = list(items)
    return items if len(items) <= limit else items[:limit]


def heatmap_figure(cov: Coverage, reporter_labels: Mapping[ReporterRow, str],
                   district_labels: Mapping[DistrictColumn, str],
                   font: CjkFont | None = None) -> Figure:
    """A figure of the article counts: reporters down, districts across."""
    rows = _largest(cov.reporters, MAX_ROWS)
    cols = _largest(cov.districts, MAX_COLUMNS)
    row_names = [reporter_labels[r] for r in rows]
    col_names = [district_labels[d] for d in cols]
    font = font or find_cjk_font("".join(row_names + col_names))
    fp = FontProperties(fname=font.path, size=10)
    counts = [[(c.articles if (c := cov.cell(r.key, d.key)) else 0) for d in cols] for r in rows]
    peak = max((n for row in counts for n in row), default=0) or 1

    fig = Figure(figsize=(2.5 + 0.65 * max(len(cols), 1), 1.8 + 0.38 * max(len(rows), 1)),
                 dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    image = ax.imshow(counts if rows and cols else [[0]], cmap="Blues", vmin=0, vmax=peak,
                      aspect="auto", interpolation="nearest")
    ax.set_xticks(range(len(cols)), col_names, rotation=45, ha="right",
                  rotation_mode="anchor", fontproperties=fp)
    ax.set_yticks(range(len(rows)), row_names, fontproperties=fp)
    for i, row in enumerate(counts):
        for j, n in enumerate(row):
            if n:
                ax.text(j, i, str(n), ha="center", va="center", fontproperties=fp,
                        color="white" if n > peak / 2 else "black")
    shown = ""
    if len(rows) < len(cov.reporters) or len(cols) < len(cov.districts):
        shown = f" (largest {len(rows)} of {len(cov.reporters)} reporters, " \
                f"{len(cols)} of {len(cov.districts)} districts)"
    ax.set_title(f"Articles by reporter × district{shown}", fontproperties=fp)
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    return fig


def write_heatmap(cov: Coverage, path: Path, reporter_labels: Mapping[ReporterRow, str],
                  district_labels: Mapping[DistrictColumn, str]) -> Path:
    """Draw the heatmap and write it as a PNG at ``path`` (atomically)."""
    names = [*reporter_labels.values(), *district_labels.values()]
    font = find_cjk_font("".join(names))
    # Texts made while drawing (colorbar ticks) take the font from rcParams.
    with rc_context({"font.family": [font.name], "svg.hashsalt": "kg"}):
        fig = heatmap_figure(cov, reporter_labels, district_labels, font)
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format="png", dpi=DPI, metadata={"Software": None})
    return Path(path)
