"""Text fingerprints for de-duplication: a normalized-text hash and a MinHash signature."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from rensa import RMinHash

#: Changing any of these makes stored signatures incomparable: bump SIGNATURE_VERSION
#: (part of every dedup key) when you do. rensa is pinned for the same reason.
SIGNATURE_VERSION = 1
SHINGLE_WORDS = 4
NUM_PERM = 128
SEED = 20240501
BANDS = 20
ROWS = 2
#: Bytes of the stored signature: the low byte of the first SIGNATURE_BYTES minhashes.
SIGNATURE_BYTES = 64
#: Texts with fewer shingles are matched by their exact hash only.
MIN_SHINGLES = 12

# A word is a run of letters/digits, except that each kana or CJK ideograph is a word of
# its own: Japanese and Chinese put no spaces between words.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_MASK64 = (1 << 64) - 1
_GOLDEN = 0x9E3779B97F4A7C15


@dataclass(frozen=True)
class Fingerprint:
    """What dedup stores and compares of one text."""

    text_hash: str
    shingles: int
    signature: bytes = b""
    bands: tuple[int, ...] = ()

    @property
    def comparable(self) -> bool:
        """Whether the text is long enough for near-duplicate matching."""
        return self.shingles >= MIN_SHINGLES


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def shingles(words: list[str]) -> set[str]:
    """Every run of SHINGLE_WORDS consecutive words (a shorter text: one shingle)."""
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def fingerprint(text: str) -> Fingerprint:
    """The text hash, and for a long enough text the signature and its LSH band keys."""
    words = tokens(text)
    text_hash = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).hexdigest()
    grams = shingles(words)
    if len(grams) < MIN_SHINGLES:
        return Fingerprint(text_hash, len(grams))
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(list(grams))  # MinHash is a minimum: the order changes nothing
    digest = minhash.digest()
    return Fingerprint(
        text_hash,
        len(grams),
        bytes(d & 0xFF for d in digest[:SIGNATURE_BYTES]),
        band_keys(digest),
    )


def band_keys(digest: list[int]) -> tuple[int, ...]:
    """One signed 64-bit key per band: its ROWS minhashes packed, mixed with the band number
    so that equal values in different bands never collide (listpack stores them as ints)."""
    keys = []
    for band in range(BANDS):
        packed = 0
        for value in digest[band * ROWS : (band + 1) * ROWS]:
            packed = (packed << 32) | value
        mixed = (packed ^ (band * _GOLDEN)) & _MASK64
        keys.append(mixed - (1 << 64) if mixed >= 1 << 63 else mixed)
    return tuple(keys)


def resemblance(matches: int, size_a: int, size_b: int) -> tuple[float, float]:
    """Jaccard and containment (of the smaller text in the larger) estimated from the
    number of equal signature bytes, corrected for chance equality of one byte (1/256)."""
    chance = 1 / 256
    jaccard = max(0.0, (matches / SIGNATURE_BYTES - chance) / (1 - chance))
    common = jaccard * (size_a + size_b) / (1 + jaccard)
    return jaccard, min(1.0, common / max(1, min(size_a, size_b)))
