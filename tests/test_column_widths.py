"""The sample pages set again in narrower and wider columns read the same.

Other papers set their columns 10 to 30 characters wide; Zhengzhou Daily's are 13 to
18. Each sample page's paragraphs (as layout repair joined them) are wrapped again at
another width, headlines and credit lines left whole as a paper sets them, and the page
must give the same articles: headlines, bylines, kinds, dates and the start of the body.
"""

from __future__ import annotations

import re
import sys

import pytest
from conftest import SAMPLES

from kg.layout import display_width, repair_layout
from kg.pipeline import extract_text
from kg.segment import segment_page

# Display widths (a CJK character counts 2): columns of 10 to 28 characters.
WIDTHS = (20, 24, 28, 32, 40, 48, 56)


def rewrapped(source: str, raw: str, width: int) -> str:
    """``raw`` with its running paragraphs (a crosshead is one) wrapped at ``width``."""
    page = repair_layout(source, raw)
    drafts, _, kinds = segment_page(page)
    crossheads = {d.segments[k].block for d in drafts for k in d.subheads}
    lines: list[str] = []
    for i, block in enumerate(page.blocks):
        text = page.text[block.start:block.end]
        if block.blank_before and lines:
            lines.append("")
        if (kinds[i] not in ("body", "start") and i not in crossheads) \
                or display_width(text) <= width:
            lines.append(text)
            continue
        line, used = "", 0
        for char in text:
            if used + display_width(char) > width:
                lines.append(line)
                line, used = "", 0
            line += char
            used += display_width(char)
        lines.append(line)
    return "\n".join(lines) + "\n"


def read_articles(source: str, text: str) -> list[tuple]:
    """What must not change: each article's headline, kind, date, people and body start."""
    return [(a.headline, a.kind, a.date, tuple(a.people("reporter")),
             tuple(a.people("correspondent")), tuple(a.people("photographer")),
             re.sub(r"\W", "", a.body)[:20]) for a in extract_text(source, text)]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_a_page_reads_the_same_in_other_column_widths(path):
    raw = path.read_text(encoding="utf-8")
    printed = read_articles(path.name, raw)
    for width in WIDTHS:
        assert read_articles(path.name, rewrapped(path.name, raw, width)) == printed, width


def test_the_script_counts_the_same_for_the_samples(capsys):
    sys.path.insert(0, str(SAMPLES.parent.parent / "scripts"))
    from column_widths import main

    assert main([str(SAMPLES), "--widths", "20,56"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "5 pages",
        "width  20: same 45, changed 0, lost 0, new 0",
        "width  56: same 45, changed 0, lost 0, new 0",
    ]
