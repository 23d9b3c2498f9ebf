"""Exact duplicates survive reformatting; near-duplicates are rewrites, not other stories."""

from __future__ import annotations

import numpy as np
import pytest

from techties.documents.duplicates import (
    MIN_SHINGLES,
    NUM_PERM,
    SIGNATURE_SIZE,
    NearDuplicateIndex,
    content_hash,
)

from . import texts

STORIES = {
    "en": (texts.EN_STORY, texts.EN_REWRITE, texts.EN_OTHER),
    "ru": (texts.RU_STORY, texts.RU_REWRITE, texts.RU_OTHER),
    "zh": (texts.ZH_STORY, texts.ZH_REWRITE, texts.ZH_OTHER),
}


def test_reformatted_copy_has_the_same_content_hash() -> None:
    copy = ("  TSINGHUA University and the Skolkovo Institute of Science & Technology have agreed "
            "— to set up a joint laboratory\n\n for battery research in Moscow, ")
    assert content_hash(copy) == content_hash(
        "Tsinghua University and the Skolkovo Institute of Science Technology have agreed to set "
        "up a joint laboratory for battery research in Moscow")
    russian = content_hash("«Росатом» подписал контракт.")
    assert russian == content_hash('"РОСАТОМ"  подписал контракт')
    assert content_hash("华为公司，与MTS。") == content_hash("华为公司 与ＭＴＳ")  # full-width
    assert content_hash(texts.EN_STORY) != content_hash(texts.EN_REWRITE)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_rewrite_is_found_and_other_story_is_not(lang: str) -> None:
    story, rewrite, other = STORIES[lang]
    index = NearDuplicateIndex()
    index.add("doc_story", index.signature(story, lang))
    assert index.find(index.signature(rewrite, lang)) == "doc_story"
    assert index.find(index.signature(rewrite, None)) == "doc_story"  # language guessed by script
    assert index.find(index.signature(other, lang)) is None


def test_find_names_the_earliest_added_match() -> None:
    index = NearDuplicateIndex()
    index.add("doc_other", index.signature(texts.EN_OTHER, "en"))
    index.add("doc_first", index.signature(texts.EN_STORY, "en"))
    index.add("doc_second", index.signature(texts.EN_STORY + " It said so again.", "en"))
    index.add("doc_first", index.signature(texts.EN_OTHER, "en"))  # ignored: already there
    assert index.find(index.signature(texts.EN_REWRITE, "en")) == "doc_first"
    assert len(index) == 3


def test_signature_is_compact_and_deterministic() -> None:
    index = NearDuplicateIndex()
    signature = index.signature(texts.RU_STORY, "ru")
    assert len(signature) == SIGNATURE_SIZE == 5 + NUM_PERM * 4
    assert signature == NearDuplicateIndex().signature(texts.RU_STORY, "ru")


def test_short_texts_are_never_near_duplicates() -> None:
    index = NearDuplicateIndex()
    short = "Huawei and MTS test 5G in Moscow"
    index.add("doc_short", index.signature(short, "en"))
    assert len(index) == 0
    assert index.find(index.signature(short, "en")) is None
    words = " ".join(f"word{i}" for i in range(MIN_SHINGLES))
    index.add("doc_enough", index.signature(words, "en"))
    assert index.find(index.signature(words, "en")) == "doc_enough"


def test_a_malformed_signature_is_refused() -> None:
    with pytest.raises(ValueError, match="517 bytes"):
        NearDuplicateIndex().add("doc_x", b"\x01" * 10)


def test_index_of_twenty_thousand_documents() -> None:
    rng = np.random.default_rng(11)
    index = NearDuplicateIndex()
    header = bytes([1]) + (500).to_bytes(4, "little")
    values = rng.integers(0, 2**32, size=(20_000, NUM_PERM), dtype=np.uint32)
    for n, row in enumerate(values):
        index.add(f"doc_{n}", header + row.astype("<u4").tobytes())
    twin = values[123].copy()
    twin[:40] = rng.integers(0, 2**32, size=40, dtype=np.uint32)  # estimated Jaccard 0.69
    found = index.find(header + twin.astype("<u4").tobytes())
    assert found == "doc_123"


def test_index_finds_what_datasketch_lsh_finds() -> None:
    """The index keeps datasketch's banding: the same candidates, so the same document found."""
    from datasketch import MinHash, MinHashLSH

    from techties.documents.duplicates import HEADER, LSH_WEIGHTS, PERMUTATIONS, SCHEME, VERSION

    rng = np.random.default_rng(5)
    bases = rng.integers(0, 2**32, size=(30, NUM_PERM), dtype=np.uint64).astype("<u4")
    signatures = []
    for n in range(300):  # copies of 30 stories, each with a share of its values changed
        values = bases[n % 30].copy()
        changed = rng.random(NUM_PERM) < rng.uniform(0.2, 0.8)
        values[changed] = rng.integers(0, 2**32, size=int(changed.sum()), dtype=np.uint64)
        signatures.append(HEADER.pack(VERSION, MIN_SHINGLES) + values.astype("<u4").tobytes())
    index = NearDuplicateIndex()
    reference = MinHashLSH(threshold=0.5, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    order: dict[str, int] = {}
    stored: dict[str, np.ndarray] = {}
    for n, signature in enumerate(signatures):
        values = np.frombuffer(signature, dtype="<u4", offset=HEADER.size)
        minhash = MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME, permutations=PERMUTATIONS)
        matches = [d for d in reference.query(minhash) if np.count_nonzero(stored[d] == values) / NUM_PERM >= 0.5]
        expected = min(matches, key=order.__getitem__) if matches else None
        assert index.find(signature) == expected
        if expected is None:
            doc_id = f"doc_{n}"
            index.add(doc_id, signature)
            reference.insert(doc_id, minhash)
            order[doc_id], stored[doc_id] = n, values
    assert 30 <= len(index) < 300
