"""The Russian perfective gerund and participle of signing ("подписав пакет документов",
"заключив контракт", "подписавшие меморандум стороны") tell a document signed, as the past
tense "подписали" does."""

from __future__ import annotations

from techties.extraction.pipeline import read_signals


def _signals(text: str) -> tuple[list[str], dict[str, int]]:
    signals = read_signals(text, "ru")
    return [t for s in signals for t in s.types], dict(signals[0].stages)


def test_the_gerund_of_signing_tells_a_signed_document() -> None:
    types, stages = _signals("Казанский университет и Цзилиньский университет расширили связи, "
                             "подписав пакет из шести документов.")
    assert "agreement" in types and stages.get("signed")
    _types, stages = _signals("Заключив контракт с харбинским заводом, томская фирма наладила сборку.")
    assert stages.get("signed")
    _types, stages = _signals("Подписавшие меморандум стороны обменялись визитами.")
    assert stages.get("signed")


def test_other_words_sharing_the_letters_are_no_signing() -> None:
    types, stages = _signals("Подпись эксперта стоит на каждой странице отчета.")
    assert "agreement" not in types and not stages.get("signed")
