"""Text that is not UTF-8: UTF-16 without a byte-order mark and the legacy encodings of
Russian and Chinese are recognised; what fits none is refused with what was tried."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import read_error, read_one

RU = ("Госкорпорация «Росатом» и Китайская национальная ядерная корпорация подписали "
      "контракт на поставку топлива — об этом сообщили в понедельник.")
RU_PLAIN = RU.replace("«", '"').replace("»", '"').replace("—", "-")  # KOI8-R has no guillemets
ZH = "俄罗斯国家原子能公司与中国核工业集团签署了供应燃料组件的合同，双方表示将继续深化合作。"
EN = "Rosatom and CNNC signed a contract to supply fuel assemblies, the companies said."


@pytest.mark.parametrize(("text", "codec"), [(RU, "cp1251"), (RU_PLAIN, "koi8_r"), (ZH, "gb18030")])
def test_legacy_russian_and_chinese_text_files_are_read(tmp_path: Path, text: str, codec: str) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(f"Заголовок 标题\n{text}\n".encode(codec, errors="ignore"))
    assert text in (read_one(path).text or "")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [EN, RU, ZH])
def test_utf16_without_a_byte_order_mark_is_text(tmp_path: Path, codec: str, text: str) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(f"Headline\n{text}\n".encode(codec))
    assert text in (read_one(path).text or "")


def test_legacy_chinese_page_without_a_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><body><p>{ZH}</p></body></html>".encode("gb18030"))
    assert ZH in (read_one(path).html or "")


def test_unknown_declared_charset_is_named(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = '<html><head><meta charset="x-martian"></head><body><p>Caf\xe9 cr\xe8me</p></body></html>'
    path.write_bytes(page.encode("latin-1"))
    message = read_error(path).message
    assert "declared charset 'x-martian' is unknown" in message, message
    assert "no charset" not in message


def test_chinese_utf16_without_ascii_or_mark_is_text(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(ZH.encode("utf-16-le"))
    assert read_one(path).text == ZH
