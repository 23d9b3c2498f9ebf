"""documents/minhash.py gives datasketch's values bit for bit: signatures stored by earlier
versions (made with datasketch) stay comparable with those made now."""

from __future__ import annotations

import numpy as np
import pytest

from techties.documents import minhash
from techties.documents.duplicates import LSH_WEIGHTS, NUM_PERM, PERMUTATIONS, SCHEME, signature


def test_permutations_are_datasketchs() -> None:
    from datasketch import MinHash

    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
    assert a.dtype == PERMUTATIONS[0].dtype
    assert (a == PERMUTATIONS[0]).all() and (b == PERMUTATIONS[1]).all()


@pytest.mark.parametrize("count", [0, 1, 2, 7, 300])
def test_hash_values_are_datasketchs(count: int) -> None:
    from datasketch import MinHash

    rng = np.random.default_rng(count)
    shingles = [rng.bytes(int(rng.integers(1, 12))) for _ in range(count)]
    reference = MinHash(num_perm=NUM_PERM, permutations=PERMUTATIONS, scheme=SCHEME)
    if shingles:
        reference.update_batch(shingles)
    assert (minhash.hash_values(shingles, PERMUTATIONS) == reference.hashvalues).all()


def test_a_signature_is_the_one_datasketch_made() -> None:
    from datasketch import MinHash

    from techties.documents.duplicates import HEADER, VERSION, word_shingles
    from techties.model.names import shingle_text

    text = "Two institutes will build a shared wind tunnel for testing drone wings, officials said."
    shingles = word_shingles(shingle_text(text))
    reference = MinHash(num_perm=NUM_PERM, permutations=PERMUTATIONS, scheme=SCHEME)
    reference.update_batch(list(shingles))
    expected = HEADER.pack(VERSION, len(shingles)) + reference.hashvalues.astype("<u4").tobytes()
    assert signature(text, "en") == expected


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.8])
@pytest.mark.parametrize("weights", [LSH_WEIGHTS, (0.5, 0.5)])
def test_the_banding_is_datasketchs(threshold: float, weights: tuple[float, float]) -> None:
    from datasketch.lsh import _optimal_param

    assert minhash.optimal_bands(threshold, NUM_PERM, *weights) == _optimal_param(threshold, NUM_PERM, *weights)
