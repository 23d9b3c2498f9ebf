"""MinHash values and LSH banding, bit for bit those of datasketch's `MinHash(scheme="affine32")`
and `MinHashLSH`, in a few lines of numpy.

Every ingest worker signs every document, and importing datasketch pulls in SciPy (half a
second of start-up in each process) for a banding computed once; its `update_batch` also
hashes shingle by shingle through a Python call each. Here the shingles are hashed in one
pass and the banding is integrated with numpy. Signatures stay comparable with those stored
by earlier versions (tests/documents/test_minhash.py checks both against datasketch).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from hashlib import sha1

import numpy as np

_UINT32 = np.uint32
_MAX = np.uint32(0xFFFFFFFF)
# MurmurHash3's 32-bit finalizer: datasketch mixes each input hash with it once
_FMIX = (_UINT32(16), _UINT32(0x85EBCA6B), _UINT32(13), _UINT32(0xC2B2AE35), _UINT32(16))


def permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (a odd, b) that datasketch draws for `seed`."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=_UINT32) * _UINT32(2) + _UINT32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=_UINT32)
    return a, b


def _fmix(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    mixed: np.ndarray = hv ^ (hv >> s3)
    return mixed


_DIGESTS: dict[bytes, bytes] = {}  # shingle → its hash's first four bytes, in this process
_DIGESTS_KEPT = 200_000  # about 20 MB; most words of news recur from one document to the next


def _digest(shingle: bytes) -> bytes:
    """The first four bytes of the shingle's SHA-1, remembered: a dictionary look-up costs a
    third of hashing, and an ingest worker signs thousands of documents."""
    digest = _DIGESTS.get(shingle)
    if digest is None:
        if len(_DIGESTS) >= _DIGESTS_KEPT:
            _DIGESTS.clear()
        digest = _DIGESTS[shingle] = sha1(shingle).digest()[:4]
    return digest


def hash_values(shingles: Iterable[bytes], perms: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """The MinHash of a set of shingles: for each permutation the least a·h + b (mod 2³²)
    over the shingles' SHA-1 hashes (their first four bytes, little-endian); all ones when
    there are none."""
    a, b = perms
    digests = b"".join(_digest(s) for s in shingles)
    if not digests:
        return np.full(len(a), _MAX, dtype=_UINT32)
    hv = _fmix(np.frombuffer(digests, dtype="<u4").astype(_UINT32)).reshape(-1, 1)
    with np.errstate(over="ignore"):
        least: np.ndarray = np.minimum((hv * a + b).min(axis=0), _MAX)
    return least


def _integral(f: Callable[[np.ndarray], np.ndarray], low: float, high: float, points: int) -> float:
    grid = np.linspace(low, high, points)
    values = f(grid)
    return float(((values[1:] + values[:-1]) * (grid[1] - grid[0]) / 2).sum())


@lru_cache(maxsize=16)
def optimal_bands(threshold: float, num_perm: int, false_positive_weight: float,
                  false_negative_weight: float, points: int = 2001) -> tuple[int, int]:
    """(bands, rows) that minimise the weighted false positive and false negative
    probabilities at `threshold`, as datasketch's `_optimal_param` chooses them."""
    best, choice = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            def caught(s: np.ndarray, r: int = rows, b: int = bands) -> np.ndarray:
                return 1 - (1 - s ** float(r)) ** float(b)

            def missed(s: np.ndarray, r: int = rows, b: int = bands) -> np.ndarray:
                return 1 - caught(s, r, b)

            false_positive = _integral(caught, 0.0, threshold, points)
            false_negative = _integral(missed, threshold, 1.0, points)
            error = false_positive * false_positive_weight + false_negative * false_negative_weight
            if error < best:
                best, choice = error, (bands, rows)
    return choice
