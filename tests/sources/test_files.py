"""Files become raw documents, and every kind of bad file becomes one clear ItemError."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from .helpers import read_all, read_error, read_one

ARTICLE = "<html><head><title>Joint lab</title></head><body><p>Text.</p></body></html>"


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A one-page PDF drawn with reportlab; no lines gives a page with no text layer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    if title:
        pdf.setTitle(title)
    y = 800
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 16
    if not lines:
        pdf.rect(72, 700, 100, 50)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_html_file_keeps_its_markup_and_absolute_path(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "page.html").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    raw = read_one("page.html")
    assert raw.html == ARTICLE and raw.text is None
    assert raw.source == str(tmp_path / "page.html")
    assert raw.key == raw.source and raw.locator == ""
    assert raw.source_kind == "file"


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Привет</p></body></html>'
    (tmp_path / "ru.htm").write_bytes(page.encode("cp1251"))
    assert "Привет" in (read_one(tmp_path / "ru.htm").html or "")


def test_text_file_takes_its_first_line_as_title(tmp_path: Path) -> None:
    text = "Совместная лаборатория открыта\n\nУниверситеты подписали соглашение.\n"
    (tmp_path / "news.txt").write_text(text, encoding="utf-8")
    raw = read_one(tmp_path / "news.txt")
    assert raw.text == text
    assert raw.title == "Совместная лаборатория открыта"


def test_markdown_is_stripped_and_its_heading_is_the_title(tmp_path: Path) -> None:
    md = ("# Joint **5G** lab opens\n\nThe [lab](https://example.org) tests *base stations*.\n\n"
          "- first item\n- second item\n\n```\ncode line\n```\n")
    (tmp_path / "note.md").write_text(md, encoding="utf-8")
    raw = read_one(tmp_path / "note.md")
    assert raw.title == "Joint 5G lab opens"
    assert raw.text == ("Joint 5G lab opens\n\nThe lab tests base stations.\n\nfirst item\n"
                        "second item\n\ncode line")


def test_pdf_text_and_title_from_metadata(tmp_path: Path) -> None:
    lines = ["Harbin institute and Tomsk university sign", "a laser research agreement."]
    (tmp_path / "report.pdf").write_bytes(make_pdf(lines, title="Laser agreement"))
    raw = read_one(tmp_path / "report.pdf")
    assert raw.title == "Laser agreement"
    assert "laser research agreement" in (raw.text or "")


def test_pdf_title_falls_back_to_its_first_line(tmp_path: Path) -> None:
    (tmp_path / "memo.pdf").write_bytes(make_pdf(["Memo on satellites", "Body line one."]))
    assert read_one(tmp_path / "memo.pdf").title == "Memo on satellites"


def test_pdf_without_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(make_pdf([]))
    assert read_error(tmp_path / "scan.pdf").message == "PDF has no extractable text"


def test_broken_pdf_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pag")
    assert read_error(tmp_path / "broken.pdf").message.startswith("not a readable PDF")


def test_pdf_is_recognised_by_content_whatever_its_name(tmp_path: Path) -> None:
    (tmp_path / "download.html").write_bytes(make_pdf(["Sniffed by its content."]))
    assert "Sniffed by its content." in (read_one(tmp_path / "download.html").text or "")


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256))
    (tmp_path / "photo.jpg").write_bytes(jpeg)
    (tmp_path / "fake.txt").write_bytes(b"\x00\x01\x02binary\x00\x00")
    for name in ("photo.jpg", "fake.txt"):
        assert read_error(tmp_path / name).message == "binary file"


def test_empty_and_blank_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text(" \n\n\t\n", encoding="utf-8")
    for name in ("empty.txt", "blank.md"):
        assert read_error(tmp_path / name).message == "empty file"


def test_text_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes("Café crème, Köln, Zürich".encode("latin-1"))
    assert read_error(tmp_path / "legacy.txt").message.startswith("not UTF-8 text")


def test_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_MAX_BYTES", "1000")
    (tmp_path / "big.txt").write_text("word " * 300, encoding="utf-8")
    (tmp_path / "small.txt").write_text("a short note", encoding="utf-8")
    error = read_error(tmp_path / "big.txt")
    assert error.message == "larger than 1000 bytes (1500 bytes)"
    assert read_one(tmp_path / "small.txt").text == "a short note"


def test_unsupported_text_type_and_missing_path_are_errors(tmp_path: Path) -> None:
    (tmp_path / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert read_error(tmp_path / "table.csv").message == "unsupported file type '.csv'"
    assert read_error(tmp_path / "nowhere.txt").message == "no such file or folder"


def test_folder_is_read_sorted_and_recursively_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two", encoding="utf-8")
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "c.txt").write_text("three", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".git" / "HEAD.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    docs, errors = read_all(tmp_path)
    assert [d.text for d in docs] == ["one", "three", "two"]
    assert [Path(e.source).name for e in errors] == ["empty.txt"]


def test_keys_are_stable_between_runs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    first, _ = read_all(tmp_path)
    (tmp_path / "a.txt").touch()
    second, _ = read_all(tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    third, _ = read_all(tmp_path / "sub" / ".." / "a.txt")
    assert [d.key for d in first] == [d.key for d in second] == [d.key for d in third] == [
        str(tmp_path / "a.txt")]
