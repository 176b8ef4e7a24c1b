"""The sample pages set again in narrower and wider columns read the same.

Other papers set their columns 10 to 30 characters wide; Zhengzhou Daily's are 13 to
18. Each sample page's paragraphs (as layout repair joined them) are wrapped again at
another width, headlines and credit lines left whole as a paper sets them, and the page
must give the same articles: headlines, bylines, kinds, dates and the start of the body.
"""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES

from kg.layout import display_width, repair_layout
from kg.pipeline import extract_text
from kg.segment import segment_page

# Display widths (a CJK character counts 2): columns of 12 to 28 characters.
WIDTHS = (24, 28, 32, 40, 48, 56)


def _rewrapped(source: str, raw: str, width: int) -> str:
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


def _read(source: str, text: str) -> list[tuple]:
    return [(a.headline, a.kind, a.date, tuple(a.people("reporter")),
             tuple(a.people("correspondent")), tuple(a.people("photographer")),
             re.sub(r"\W", "", a.body)[:20]) for a in extract_text(source, text)]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_a_page_reads_the_same_in_other_column_widths(path):
    raw = path.read_text(encoding="utf-8")
    printed = _read(path.name, raw)
    for width in WIDTHS:
        assert _read(path.name, _rewrapped(path.name, raw, width)) == printed, width
