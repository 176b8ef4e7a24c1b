"""Enterprises, initiatives and government bodies of one article, as Mentions.

Entry point: ``find_entities(text, body_start, primary_district)``. The finders in
``enterprises``, ``initiatives`` and ``organizations`` propose overlapping candidates;
this module resolves conflicts (``resolve_overlaps``: longest first, then earliest,
then by type priority) and gives every entity one canonical name per article
(``link_names``: `（以下简称涧西区森防办）` and a shorter name that ends a longer one
of the same type, `开元路执法中队` → `洛龙区城市综合执法局开元路执法中队`).

Spans are offsets into `text` (headline + "\\n" + body); the caller maps them to the page.

>>> [(m.type, m.name) for m in find_entities("标题\\n区人社局联合工商银行开展活动", 3, "涧西区")]
[('organization', '涧西区人社局'), ('enterprise', '工商银行')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.enterprises import find_enterprises
from kg.initiatives import find_initiatives
from kg.model import Mention
from kg.organizations import Candidate, find_organizations

__all__ = ["find_entities", "link_names", "resolve_overlaps"]

# equal length: a business suffix beats a body suffix (`中建五局`), both beat a quote
_PRIORITY = {"enterprise": 0, "organization": 1, "initiative": 2}
_SHORT_FORM = re.compile(r"[（(]\s*(?:以下)?简称[“\"]?([^”\"）)]{2,12})[”\"]?\s*[）)]")
# shortest name linked to a longer one it ends: `门前“五包”` → `门前五包` (initiatives),
# `开元路执法中队` → `洛龙区城市综合执法局开元路执法中队`
_MIN_SUFFIX_LINK = {"initiative": 2, "enterprise": 4, "organization": 4}


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: longest first, then earliest, then by type."""
    order = sorted(set(cands), key=lambda c: (-(c.end - c.start), c.start,
                                              _PRIORITY[c.type], c.rule.endswith("enumeration"),
                                              c.rule, c.name))
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in order:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        kept.append(c)
        taken.append((c.start, c.end))
    return sorted(kept, key=lambda c: (c.start, c.end))


def _short_forms(text: str, cands: list[Candidate]) -> dict[str, str]:
    """`涧西区森林防火指挥部办公室（以下简称涧西区森防办）` → {short: full}."""
    out: dict[str, str] = {}
    for m in _SHORT_FORM.finditer(text):
        before = [c for c in cands if c.end <= m.start() and m.start() - c.end <= 1]
        if before:
            out[m.group(1)] = before[-1].name
    return out


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _abridged(name: str, names: set[str]) -> str | None:
    """A longer body's name this one abridges: `涧西区森林防火办公室` for
    `涧西区森林防火指挥部办公室` (same start, same suffix, characters in order)."""
    for other in sorted(names, key=lambda n: (-len(n), n)):
        if len(other) > len(name) and other[:3] == name[:3] and other[-2:] == name[-2:] \
                and _is_subsequence(name, other):
            return other
    return None


def link_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One canonical name per entity in the article (see the module docstring)."""
    short = _short_forms(text, cands)
    names_by_type: dict[str, set[str]] = {}
    for c in cands:
        names_by_type.setdefault(c.type, set()).add(c.name)
    full_orgs = sorted({c.name for c in cands if c.rule == "organization.suffix"},
                       key=lambda n: (len(n), n))
    out = []
    for c in cands:
        if c.rule == "organization.level":
            # `区委组织部` after `孟津区委组织部`: the body the article named in full
            named = next((n for n in full_orgs if n.endswith(c.text)), None)
            if named:
                c = replace(c, name=named, aliases=(c.text,))
        name = short.get(c.text, short.get(c.name, c.name))
        if name == c.name and len(c.name) >= _MIN_SUFFIX_LINK[c.type]:
            longer = sorted((n for n in names_by_type[c.type]
                             if n != c.name and n.endswith(c.name)), key=lambda n: (-len(n), n))
            if longer:
                name = longer[0]
            elif c.type == "organization":
                name = _abridged(c.name, names_by_type[c.type]) or name
        if name != c.name:
            c = replace(c, name=name, aliases=tuple(dict.fromkeys(c.aliases + (c.text,))))
        out.append(c)
    return out


def find_entities(text: str, body_start: int, primary_district: str | None) -> list[Mention]:
    """Mentions of enterprises, initiatives and organizations in one article.

    `text` is headline + "\\n" + body with the body starting at `body_start`; spans are
    relative to `text`. Odd text never raises: it just yields fewer mentions.
    """
    del body_start  # the headline is searched like the body; kept for the contract
    cands = (find_organizations(text, primary_district) + find_enterprises(text)
             + find_initiatives(text))
    cands = link_names(text, resolve_overlaps(cands))
    mentions = []
    for c in cands:
        if text[c.start:c.end] != c.text:  # defensive: the contract is exact spans
            continue
        aliases = tuple(a for a in c.aliases if a != c.name)
        mentions.append(Mention(type=c.type, text=c.text, name=c.name,
                                span=(c.start, c.end), rule=c.rule, aliases=aliases))
    return mentions
