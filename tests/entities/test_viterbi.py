"""FastCRF finds the same tag paths as slovnet's own CRF decode, padding included."""

import numpy as np
from slovnet.exec.model import CRF, Weight

from techties.entities.russian_names import _models
from techties.entities.viterbi import FastCRF


def _crf(tags: int, rng: np.random.Generator) -> tuple[CRF, FastCRF]:
    transitions = Weight((tags, tags), "float32", array=rng.normal(size=(tags, tags)).astype("float32"))
    return CRF(transitions), FastCRF(transitions)


def test_same_paths_as_slovnet_on_random_scores() -> None:
    rng = np.random.default_rng(7)
    for batch, length, tags in ((1, 1, 5), (1, 40, 7), (3, 25, 9), (8, 60, 7)):
        slow, fast = _crf(tags, rng)
        emissions = rng.normal(size=(batch, length, tags)).astype("float32")
        sizes = rng.integers(1, length + 1, size=batch)
        mask = np.arange(length)[None, :] < sizes[:, None]  # each row padded after its own length
        expected = slow.decode(emissions, mask)
        got = fast.decode(emissions, mask)
        assert len(got) == len(expected)
        for a, b in zip(got, expected, strict=True):
            assert a.dtype == b.dtype
            assert a.tolist() == b.tolist()


def test_ties_take_the_first_best_as_slovnet_does() -> None:
    rng = np.random.default_rng(1)
    slow, fast = _crf(4, rng)
    emissions = np.zeros((2, 12, 4), dtype="float32")  # every path scores alike but for transitions
    slow.transitions.array[:] = 0
    mask = np.ones((2, 12), dtype=bool)
    assert [a.tolist() for a in fast.decode(emissions, mask)] == [a.tolist() for a in slow.decode(emissions, mask)]


def test_the_tagger_decodes_with_fast_crf() -> None:
    _, ner, _, _ = _models()
    assert isinstance(ner.infer.model.head.crf, FastCRF)
    markup = ner("Томский государственный университет подписал соглашение с компанией Хуавэй в Москве.")
    assert any(span.type == "ORG" for span in markup.spans)
