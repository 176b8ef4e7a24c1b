"""Shared fixtures: the bundled sample pages, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = ROOT / "kg" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """`kg build` of the bundled sample pages into a temporary folder."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("sample_build")
    assert main(["build", str(SAMPLES), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def sample_articles():
    """Articles of the bundled sample pages, with entities, keyed by page id."""
    from kg.build import extract_articles

    by_page: dict[str, list] = {}
    for article in extract_articles([SAMPLES]):
        by_page.setdefault(article.page, []).append(article)
    return by_page


def fixture_places(name: str, home: str | None):
    """Places of a fixture file whose first line is the headline and the rest the body;
    every mention's span is checked against the text."""
    from kg.places import resolve_places

    headline, body = (FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)
    text = headline + "\n" + body.rstrip("\n")
    result = resolve_places(text, len(headline) + 1, home)
    for m in result.mentions:
        assert text[m.span[0] : m.span[1]] == m.text
    return result


def mention_names(result, kind: str) -> list[str]:
    """The distinct names of one kind of place, in order."""
    return list(dict.fromkeys(m.name for m in result.mentions if m.type == kind))


def fixture_entity_names(name: str, kind: str) -> set[str]:
    """Names of one kind of entity in a fixture file whose first line is the headline;
    every mention's span is checked against the text."""
    from kg.entities import find_entities

    text = (FIXTURES / name).read_text(encoding="utf-8").rstrip("\n")
    mentions = find_entities(text, text.index("\n") + 1, None)
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.text
    return {m.name for m in mentions if m.type == kind}
