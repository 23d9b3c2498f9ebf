"""Exact duplicates by a hash of normalised text; near-duplicates by MinHash LSH.

Shingles are words (cut to five letters in Russian, whose endings change when a
sentence is recast), and characters plus character pairs in Chinese and Japanese.
Longer shingles only match lightly edited copies: a story with 30% of its words
reworded scores a Jaccard of about 0.3 on word 3-grams, but 0.6 on these shingles,
while distinct stories on one topic stay under 0.3, as measured on
the evaluation set. Single characters alone would not do for Chinese: two long
unrelated texts share most common characters. Texts with few shingles are never
near-duplicates: short notices on one topic share most of their words.
"""

from __future__ import annotations

import hashlib
import logging
import re
import struct
from collections.abc import Callable

import numpy as np

from techties.documents.language import HAN, KANA, LETTER, script_language
from techties.documents.minhash import hash_values, optimal_bands, permutations
from techties.model.names import shingle_text

log = logging.getLogger(__name__)

NUM_PERM = 128
SCHEME = "affine32"
MIN_SHINGLES = 20
STEM = 5
VERSION = 1
HEADER = struct.Struct("<BI")  # version, number of distinct shingles
SIGNATURE_SIZE = HEADER.size + NUM_PERM * 4
# LSH banding that favours recall; find() confirms each candidate against the threshold
LSH_WEIGHTS = (0.1, 0.9)

WORD = re.compile(r"\w+")
# fixed permutations (datasketch's for seed 1 and the affine32 scheme): signatures from
# different processes, runs and versions must be comparable
PERMUTATIONS = permutations(NUM_PERM, seed=1)


def content_hash(text: str) -> str:
    """Equal for texts that differ only in case, spacing, punctuation or Unicode form."""
    return hashlib.sha256(shingle_text(text).encode("utf-8")).hexdigest()


def word_shingles(text: str) -> set[bytes]:
    return {w.encode("utf-8") for w in WORD.findall(text)}


def stem_shingles(text: str) -> set[bytes]:
    """Words cut to their first five letters: Russian endings change when a sentence is recast."""
    return {w[:STEM].encode("utf-8") for w in WORD.findall(text)}


def character_shingles(text: str) -> set[bytes]:
    chars = text.replace(" ", "")
    shingles = {c.encode("utf-8") for c in chars}
    shingles.update(chars[i:i + 2].encode("utf-8") for i in range(len(chars) - 1))
    return shingles


SHINGLERS: dict[str, Callable[[str], set[bytes]]] = {
    "zh": character_shingles,
    "ja": character_shingles,
    "ru": stem_shingles,
    "uk": stem_shingles,
}


def _shingler(text: str, lang: str | None) -> Callable[[str], set[bytes]]:
    sample = text[:1000]
    lang = lang or script_language(sample)
    if lang in SHINGLERS:
        return SHINGLERS[lang]
    letters = len(LETTER.findall(sample)) or 1
    if len(HAN.findall(sample)) + len(KANA.findall(sample)) > letters / 2:  # unlabelled CJK
        return character_shingles
    return word_shingles


def _parse(signature: bytes) -> tuple[int, np.ndarray] | None:
    """(shingle count, hash values), or None for a signature of another version."""
    if len(signature) != SIGNATURE_SIZE:
        raise ValueError(f"a near-duplicate signature has {SIGNATURE_SIZE} bytes, "
                         f"not {len(signature)}")
    version, count = HEADER.unpack_from(signature)
    if version != VERSION:
        return None
    return count, np.frombuffer(signature, dtype="<u4", offset=HEADER.size)


def signature(text: str, lang: str | None) -> bytes:
    """A compact MinHash of the text's shingles: a header and 128 little-endian uint32. A pure
    function, so that ingest's worker processes can compute it beside extraction."""
    normalized = shingle_text(text)
    shingles = _shingler(normalized, lang)(normalized)
    values = hash_values(shingles, PERMUTATIONS).astype("<u4", copy=False)
    packed: bytes = values.tobytes()
    return HEADER.pack(VERSION, len(shingles)) + packed


class NearDuplicateIndex:
    """Documents by MinHash signature; find() names the first added that a text nearly copies.

    Banded LSH with datasketch's banding for the threshold (`optimal_bands`), kept in plain
    dictionaries keyed by each band's bytes: the same candidates as `MinHashLSH`, without
    building a MinHash object per look-up (ingest's writer asks once per document). The
    signatures are rows of one matrix, in the order added, so that the candidates are
    checked against the threshold at once."""

    def __init__(self, threshold: float = 0.5):
        self.threshold = threshold
        bands, rows = optimal_bands(threshold, NUM_PERM, *LSH_WEIGHTS)
        self._spans = [(i * rows * 4, (i + 1) * rows * 4) for i in range(bands)]
        self._buckets: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
        self._row: dict[str, int] = {}  # document id → its row, which is its order
        self._ids: list[str] = []
        self._matrix = np.zeros((1024, NUM_PERM), dtype="<u4")

    def __len__(self) -> int:
        return len(self._row)

    def signature(self, text: str, lang: str | None) -> bytes:
        return signature(text, lang)

    def _keys(self, values: np.ndarray) -> list[bytes]:
        raw = values.tobytes()
        return [raw[low:high] for low, high in self._spans]

    def add(self, doc_id: str, signature: bytes) -> None:
        """Index a document; a document already added, or too short to compare, is ignored."""
        parsed = _parse(signature)
        if parsed is None:
            log.warning("ignored the signature of %s: made by another techties version", doc_id)
            return
        count, values = parsed
        if count < MIN_SHINGLES or doc_id in self._row:
            return
        row = len(self._ids)
        if row == len(self._matrix):
            self._matrix = np.concatenate([self._matrix, np.zeros_like(self._matrix)])
        self._matrix[row] = values
        self._row[doc_id] = row
        self._ids.append(doc_id)
        for bucket, key in zip(self._buckets, self._keys(values), strict=True):
            bucket.setdefault(key, []).append(row)

    def remove(self, doc_id: str) -> None:
        """Forget a document (ingest takes back the documents of a batch it failed to save);
        its row stays, but no bucket names it any more."""
        row = self._row.pop(doc_id, None)
        if row is None:
            return
        for bucket, key in zip(self._buckets, self._keys(self._matrix[row]), strict=True):
            members = bucket[key]
            members.remove(row)
            if not members:
                del bucket[key]

    def find(self, signature: bytes) -> str | None:
        """The earliest-added document whose estimated Jaccard similarity reaches the threshold."""
        parsed = _parse(signature)
        if parsed is None or parsed[0] < MIN_SHINGLES:
            return None
        values = parsed[1]
        candidates: set[int] = set()
        for bucket, key in zip(self._buckets, self._keys(values), strict=True):
            members = bucket.get(key)
            if members:
                candidates.update(members)
        if not candidates:
            return None
        rows = np.fromiter(candidates, dtype=np.int64, count=len(candidates))
        similar = np.count_nonzero(self._matrix[rows] == values, axis=1) / NUM_PERM >= self.threshold
        if not similar.any():
            return None
        return self._ids[int(rows[similar].min())]
