"""Reading page files (kg.pages): encodings, bad files and paths, the size limit."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from kg.pages import (
    MAX_PAGE_BYTES,
    PageError,
    decode_page,
    find_page_files,
    max_page_bytes,
    read_page_text,
)
from kg.pipeline import extract_text
from kg.records import article_record

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))

ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
}


def _records(path: Path) -> list[dict]:
    text = read_page_text(path)
    return [{k: v for k, v in article_record(a).items() if k != "source"}
            for a in extract_text(path.name, text)]


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_every_encoding_gives_the_same_articles(tmp_path, encoding):
    for sample in SAMPLE_FILES:
        text = sample.read_text(encoding="utf-8")
        page = tmp_path / sample.name
        page.write_bytes(ENCODINGS[encoding](text))
        original = _records(sample)
        assert len(original) >= 5
        assert _records(page) == original, (sample.name, encoding)


def test_decoded_text_is_identical_so_offsets_hold():
    text = SAMPLE_FILES[0].read_text(encoding="utf-8")
    for encoding, encode in ENCODINGS.items():
        assert decode_page(encode(text), encoding) == text


def test_undecodable_file_gets_one_line_error_naming_it(tmp_path):
    bad = tmp_path / "乱码.txt"
    bad.write_bytes(bytes(range(0x80, 0x100)) * 4 + b"\x01\x02\x03\x04" * 100)
    with pytest.raises(PageError) as err:
        read_page_text(bad)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(str(bad) + ": ")
    assert "cannot decode" in message


def test_broken_text_after_a_bom_is_an_error():
    with pytest.raises(PageError, match="not valid utf-8 after its BOM"):
        decode_page(codecs.BOM_UTF8 + "本报讯".encode() + b"\xff\xfe\xfd", "x.txt")


@pytest.mark.parametrize("data,problem", [
    (b"", "empty file"),
    (b"  \n\r\n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
])
def test_empty_and_binary_files(data, problem):
    with pytest.raises(PageError, match=problem):
        decode_page(data, "x.txt")


def test_file_names_in_messages_stay_on_one_line(tmp_path):
    err = PageError(tmp_path / "a\nb\x1b.txt", "empty file")
    assert "\n" not in str(err) and "\x1b" not in str(err)
    assert str(err).endswith("a\\nb\\x1b.txt: empty file")


# --- finding files ---------------------------------------------------------------------

def test_missing_path_and_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    files, errors = find_page_files([tmp_path / "nope.txt", tmp_path / "empty"])
    assert files == []
    assert [e.problem for e in errors] == ["no such file or directory",
                                           "no page files (*.txt) in this directory"]
    assert errors[0].path == str(tmp_path / "nope.txt")


def test_symlink_loops_are_named(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "up").symlink_to(tmp_path / "dir")  # a directory loop: not followed
    (tmp_path / "dir" / "a.txt").write_text("本报讯", encoding="utf-8")
    files, errors = find_page_files([tmp_path / "loop.txt", tmp_path / "dir"])
    assert files == [tmp_path / "dir" / "a.txt"]
    assert [(Path(e.path).name, e.problem) for e in errors] == [("loop.txt",
                                                               "symbolic link loop")]
    # a page-named loop inside a directory is found, then fails by name when read
    files, _ = find_page_files([tmp_path])
    assert tmp_path / "loop.txt" in files
    with pytest.raises(PageError, match="symbolic link loop"):
        read_page_text(tmp_path / "loop.txt")


def test_directories_named_like_pages_and_hidden_files_are_skipped(tmp_path):
    (tmp_path / "x.txt").mkdir()
    (tmp_path / ".hidden.txt").write_text("本报讯", encoding="utf-8")
    (tmp_path / "b.TXT").write_text("本报讯", encoding="utf-8")
    files, errors = find_page_files([tmp_path])
    assert files == [tmp_path / "b.TXT"] and errors == []


def test_files_are_sorted_and_deduplicated(tmp_path):
    for name in ("c.txt", "a.txt", "sub/b.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("本报讯", encoding="utf-8")
    files, _ = find_page_files([tmp_path / "sub", tmp_path, tmp_path / "a.txt"])
    assert [str(f.relative_to(tmp_path)) for f in files] == ["a.txt", "c.txt", "sub/b.txt"]


def test_unreadable_file_is_an_error_naming_it(tmp_path, monkeypatch):
    page = tmp_path / "locked.txt"
    page.write_text("本报讯", encoding="utf-8")
    page.chmod(0)
    if os.access(page, os.R_OK):  # running as root: chmod does not stop reading
        real_open = open

        def deny(path, *args, **kwargs):
            if Path(path) == page:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(PageError) as err:
        read_page_text(page)
    assert str(err.value) == f"{page}: Permission denied"


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(PageError, match="not a regular file"):
        read_page_text(fifo)


# --- size limit ------------------------------------------------------------------------

def test_size_limit_names_itself_and_how_to_raise_it(tmp_path, monkeypatch):
    page = tmp_path / "big.txt"
    page.write_bytes(SAMPLE_FILES[0].read_bytes())
    assert read_page_text(page)
    monkeypatch.setenv("KG_MAX_PAGE_BYTES", "1000")
    assert max_page_bytes() == 1000
    with pytest.raises(PageError) as err:
        read_page_text(page)
    assert "over the 1000-byte page size limit" in str(err.value)
    assert "KG_MAX_PAGE_BYTES" in str(err.value)
    monkeypatch.setenv("KG_MAX_PAGE_BYTES", str(page.stat().st_size))
    assert read_page_text(page) == SAMPLE_FILES[0].read_text(encoding="utf-8")


def test_bad_limit_setting_is_named(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_MAX_PAGE_BYTES", raising=False)
    assert max_page_bytes() == MAX_PAGE_BYTES
    monkeypatch.setenv("KG_MAX_PAGE_BYTES", "10MB")
    page = tmp_path / "a.txt"
    page.write_text("本报讯", encoding="utf-8")
    with pytest.raises(PageError, match="KG_MAX_PAGE_BYTES must be a positive number"):
        read_page_text(page)


def test_file_growing_past_the_limit_is_read_in_bounded_memory(tmp_path, monkeypatch):
    """The size on disk is checked, and the read itself stops at limit + 1 bytes."""
    page = tmp_path / "grows.txt"
    page.write_bytes(b"a" * 5000)
    monkeypatch.setenv("KG_MAX_PAGE_BYTES", "100")
    real_fstat = os.fstat

    def stale_fstat(fd):  # as if the file grew after it was opened
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid,
                               st.st_gid, 10, st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(os, "fstat", stale_fstat)
    with pytest.raises(PageError, match="more than 100 bytes"):
        read_page_text(page)


def test_source_names_are_bare_unless_two_files_give_one_page_id(tmp_path):
    from kg.pages import source_names

    names = ["a/p1.txt", "b/p1.txt", "b/p2.txt", "b/sub/p3.txt", "c/p3.TXT", "d/x.TXT",
             "d/x.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("本报讯", encoding="utf-8")
    files, _ = find_page_files([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == names
    assert source_names(files) == ["a/p1.txt", "b/p1.txt", "p2.txt", "b/sub/p3.txt",
                                   "c/p3.TXT", "x.TXT", "x~2.txt"]
    # the clashing files' nearest shared folder counts, not where the build starts
    assert source_names(files[:2]) == ["a/p1.txt", "b/p1.txt"]
    assert source_names([tmp_path / "a" / "p1.txt"]) == ["p1.txt"]
    assert source_names(SAMPLE_FILES) == [f.name for f in SAMPLE_FILES]


def test_one_file_given_two_ways_is_read_once(tmp_path, monkeypatch):
    (tmp_path / "p1.txt").write_text("本报讯", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    files, errors = find_page_files([tmp_path / "p1.txt", Path("p1.txt"), Path(".")])
    assert len(files) == 1 and errors == []


def test_same_file_name_in_two_folders_builds_two_pages(tmp_path):
    from kg.build import build

    pages = tmp_path / "pages"
    for folder, sample in (("a", SAMPLE_FILES[0]), ("b", SAMPLE_FILES[1])):
        (pages / folder).mkdir(parents=True)
        (pages / folder / "p1.txt").write_bytes(sample.read_bytes())
    summary = build([pages], tmp_path / "out")
    assert summary.errors == [] and summary.pages == 2
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    by_page: dict[str, list[str]] = {}
    for r in records:
        by_page.setdefault(r["page"], []).append(r["id"])
    assert sorted(by_page) == ["a/p1", "b/p1"]
    assert {r["source"] for r in records} == {"a/p1.txt", "b/p1.txt"}
    assert len({r["id"] for r in records}) == len(records)
    assert by_page["a/p1"][0] == "a/p1#01"
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "page/a%2Fp1>" in ttl and "article/b%2Fp1/01>" in ttl
    assert [r["headline"] for r in records if r["page"] == "a/p1"] == \
        [r["headline"] for r in _sample_records(SAMPLE_FILES[0])]


def _sample_records(path: Path) -> list[dict]:
    from kg.build import extract_articles

    return [article_record(a) for a in extract_articles([path])]
