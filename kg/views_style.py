"""How each node type looks in the HTML views: colour, shape, legend text, size.

One table, so the legend on the page, the node styles and the stylesheet that colours
the legend swatches can never disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["TYPE_STYLES", "TypeStyle", "legend_css", "node_size", "style_for"]


@dataclass(frozen=True)
class TypeStyle:
    colour: str  # fill colour (hex)
    shape: str  # a vis-network shape whose label is drawn under the node
    symbol: str  # the same shape as a character, for the legend
    legend: str  # what the legend calls it


# Order = legend order: who, what, then places from large to small, then the rest.
# Colours: Tableau 10 (distinct in print and for the common colour-blindness types).
TYPE_STYLES: dict[str, TypeStyle] = {
    "person": TypeStyle("#e15759", "dot", "●", "person 人物"),
    "article": TypeStyle("#76b7b2", "square", "■", "article 稿件"),
    "page": TypeStyle("#bab0ac", "triangle", "▲", "page 版面"),
    "province": TypeStyle("#2f4b7c", "hexagon", "⬢", "province 省"),
    "city": TypeStyle("#3b6ea5", "hexagon", "⬢", "city 市"),
    "district": TypeStyle("#4e79a7", "hexagon", "⬢", "district 区县"),
    "street": TypeStyle("#59a14f", "diamond", "◆", "street 街道/乡镇"),
    "community": TypeStyle("#8cd17d", "dot", "●", "community 社区/村"),
    "compound": TypeStyle("#b6992d", "triangleDown", "▼", "compound 小区"),
    "enterprise": TypeStyle("#f28e2b", "triangle", "▲", "enterprise 企业"),
    "initiative": TypeStyle("#b07aa1", "star", "★", "initiative 活动/工程"),
    "organization": TypeStyle("#9c755f", "diamond", "◆", "organization 机构"),
}
_UNKNOWN = TypeStyle("#79706e", "dot", "●", "other 其他")


def style_for(node_type: str) -> TypeStyle:
    return TYPE_STYLES.get(node_type, _UNKNOWN)


def node_size(node_type: str, article_count: int) -> int:
    """Radius in pixels: grows with the square root of the articles behind the node.

    An article is one article, so its size is fixed; a page is a container.
    """
    if node_type == "article":
        return 8
    if node_type == "page":
        return 12
    return min(40, 10 + round(5 * math.sqrt(max(article_count, 0))))


def legend_css() -> str:
    """CSS rules colouring the legend symbol of each type (``.kg-t-<type>``)."""
    rules = [f".kg-t-{name} {{ color: {s.colour}; }}" for name, s in TYPE_STYLES.items()]
    rules.append(f".kg-t-other {{ color: {_UNKNOWN.colour}; }}")
    return "\n".join(rules) + "\n"
