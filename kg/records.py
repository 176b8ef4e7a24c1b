"""Articles as JSON records: the ``articles.jsonl`` format every later step reads.

One object per article, keys in this order::

    id, source, page, position, kind, headline, kicker, subtitle, date,
    reporters, correspondents, photographers,
    districts, primary_district, streets, communities, compounds,
    enterprises, initiatives, organizations,
    span, headline_span, body, bylines, entities

``bylines`` items: ``{"role", "name", "span"}``. ``entities`` items: ``{"type", "text",
"name", "code", "in_gazetteer", "hierarchy", "span", "rule"}`` where ``hierarchy`` lists
``{"code", "name", "level"}`` from the place itself up to its province. Spans are
``[start, end]`` raw character offsets into the page file's decoded text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import ARTICLE_ENTITY_FIELDS, ROLES, Article

__all__ = ["article_record", "read_records", "record_line"]

_ROLE_FIELDS = {"reporter": "reporters", "correspondent": "correspondents",
                "photographer": "photographers"}


def article_record(article: Article) -> dict:
    rec: dict = {
        "id": article.id,
        "source": article.source,
        "page": article.page,
        "position": article.position,
        "kind": article.kind,
        "headline": article.headline,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "date": article.date,
    }
    for role in ROLES:
        rec[_ROLE_FIELDS[role]] = article.people(role)
    for etype, fieldname in ARTICLE_ENTITY_FIELDS.items():
        rec[fieldname] = article.districts if etype == "district" else article.names(etype)
        if etype == "district":
            rec["primary_district"] = article.primary_district
    rec["span"] = list(article.span)
    rec["headline_span"] = list(article.headline_span) if article.headline_span else None
    rec["body"] = article.body
    rec["bylines"] = [{"role": b.role, "name": b.name, "span": list(b.span)}
                      for b in article.bylines]
    rec["entities"] = [
        {
            "type": m.type,
            "text": m.text,
            "name": m.name,
            "code": m.code,
            "in_gazetteer": m.in_gazetteer,
            "hierarchy": [{"code": p.code, "name": p.name, "level": p.level}
                          for p in m.hierarchy],
            "span": list(m.span),
            "rule": m.rule,
        }
        for m in article.mentions
    ]
    return rec


def record_line(article: Article) -> str:
    return json.dumps(article_record(article), ensure_ascii=False, sort_keys=False)


def read_records(path: Path | str) -> Iterator[dict]:
    """Yield the records of an ``articles.jsonl`` file."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def write_records(articles: Iterable[Article]) -> str:
    return "".join(record_line(a) + "\n" for a in articles)
