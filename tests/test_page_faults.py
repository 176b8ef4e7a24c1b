"""One page that fails or never ends is reported and left out; the other pages are built."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest

import kg.build as kg_build
from kg.build import build
from kg.cli import main
from kg.pages import PageTimeout, page_seconds, time_limit

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
BAD, GOOD = "001_6766ef3e08e9dbe2", "000_fae9c35db4d8e8d4"


@pytest.fixture
def two_pages(tmp_path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in (GOOD, BAD):
        shutil.copy(SAMPLES / f"{name}.txt", pages)
    return pages


def _sources(out: Path) -> set[str]:
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["source"] for line in lines}


def _failing_on(bad: str, real, fault):
    def run(first, *rest):
        source = first if isinstance(first, str) else None
        if source == f"{bad}.txt" or (source is None and first[0].page == bad):
            fault()
        return real(first, *rest)
    return run


def _raise():
    raise IndexError("list index out of range")


def _loop():
    while True:
        pass


def test_a_fault_reading_one_page_leaves_it_out_and_builds_the_rest(two_pages, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(kg_build, "extract_text",
                        _failing_on(BAD, kg_build.extract_text, _raise))
    summary = build([two_pages], tmp_path / "out", jobs=1, cache_dir=None)
    assert [str(e) for e in summary.errors] == [
        f"{two_pages / BAD}.txt: internal error while reading this page (IndexError: list "
        "index out of range); please report it with the page"]
    assert summary.pages == 1
    assert _sources(tmp_path / "out") == {f"{GOOD}.txt"}


def test_a_fault_in_the_entities_pass_leaves_the_page_out_and_uncached(two_pages, tmp_path,
                                                                       monkeypatch):
    real = kg_build.enrich_articles
    monkeypatch.setattr(kg_build, "enrich_articles", _failing_on(BAD, real, _raise))
    cache = tmp_path / "cache"
    summary = build([two_pages], tmp_path / "out", jobs=1, cache_dir=cache)
    assert len(summary.errors) == 1 and "internal error" in str(summary.errors[0])
    assert (summary.pages, _sources(tmp_path / "out")) == (1, {f"{GOOD}.txt"})
    monkeypatch.setattr(kg_build, "enrich_articles", real)  # fixed: the page is read again
    summary = build([two_pages], tmp_path / "again", jobs=1, cache_dir=cache)
    assert (summary.errors, summary.pages) == ([], 2)
    assert _sources(tmp_path / "again") == {f"{GOOD}.txt", f"{BAD}.txt"}


def test_a_page_that_never_ends_is_stopped_in_a_worker_process(two_pages, tmp_path,
                                                                monkeypatch):
    monkeypatch.setenv("KG_PAGE_SECONDS", "1")
    monkeypatch.setattr(kg_build, "extract_text",
                        _failing_on(BAD, kg_build.extract_text, _loop))
    summary = build([two_pages], tmp_path / "out", jobs=2, cache_dir=None)
    assert [str(e) for e in summary.errors] == [
        f"{two_pages / BAD}.txt: stopped after 1 s, still being read (raise the limit with "
        "KG_PAGE_SECONDS=<seconds>, 0 for none)"]
    assert _sources(tmp_path / "out") == {f"{GOOD}.txt"}


def test_the_command_lists_the_page_and_exits_1(two_pages, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(kg_build, "extract_text",
                        _failing_on(BAD, kg_build.extract_text, _raise))
    code = main(["build", str(two_pages), "-o", str(tmp_path / "out"), "-j", "1",
                 "--no-cache"])
    assert code == 1
    assert f"{BAD}.txt: internal error while reading this page" in capsys.readouterr().err


def test_the_time_limit_grows_with_the_page_and_can_be_set(monkeypatch):
    monkeypatch.delenv("KG_PAGE_SECONDS", raising=False)
    assert page_seconds(20_000) == 80.0  # a minute, and a second a kB
    assert page_seconds(4_000_000) == 4060.0
    monkeypatch.setenv("KG_PAGE_SECONDS", "0")
    assert page_seconds(20_000) == 0.0  # no limit
    for bad in ("-1", "abc", "nan", "inf"):
        monkeypatch.setenv("KG_PAGE_SECONDS", bad)
        with pytest.raises(ValueError, match="KG_PAGE_SECONDS must be a number of seconds"):
            page_seconds(20_000)


def test_the_time_limit_stops_the_block_and_restores_the_timer():
    with pytest.raises(PageTimeout), time_limit(0.2):
        _loop()
    with time_limit(0.2):
        pass
    time.sleep(0.3)  # the timer was cancelled: nothing fires after the block


def test_off_the_main_thread_the_block_runs_unlimited():
    outcome = []

    def work():
        with time_limit(0.05):
            time.sleep(0.2)
        outcome.append("finished")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["finished"]
