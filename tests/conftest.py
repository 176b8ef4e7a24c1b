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
