"""Near-duplicates: MinHash signatures of word shingles, banded for candidate lookup (LSH).

An article's folded words (khabar.corpus.fold) are cut into overlapping 4-word shingles; 64
multiply-shift hashes give its signature; 16 bands of 4 rows each are stored in ``lsh_bands``.
Articles sharing a band are candidates; one whose estimated Jaccard similarity is at least
:data:`THRESHOLD` is a near-duplicate, and ``duplicate_of`` names the earliest stored article of
its group (the group's first version, whatever the outlet).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from khabar.corpus.fold import words
from khabar.store.store import Store

N_HASHES = 64
BANDS = 16
ROWS = N_HASHES // BANDS
SHINGLE = 4
THRESHOLD = 0.7
MAX_CANDIDATES = 200  # the earliest candidates are compared; bounds the cost of very common texts
Signature = npt.NDArray[np.uint64]


@lru_cache(maxsize=1)
def _params() -> tuple[Signature, Signature]:
    rng = np.random.default_rng(20200101)
    a = rng.integers(1, 2**63, size=N_HASHES, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 2**63, size=N_HASHES, dtype=np.uint64)
    return a, b


def shingles(text: str) -> set[str]:
    ws = words(text)
    if len(ws) < SHINGLE:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


def signature(text: str) -> Signature | None:
    """The MinHash signature of ``text``, or None for a text without words."""
    sh = shingles(text)
    if not sh:
        return None
    x = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") for s in sh],
                 dtype=np.uint64)
    a, b = _params()
    with np.errstate(over="ignore"):
        hashed = (x[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)
    result: Signature = hashed.min(axis=0)
    return result


def similarity(s1: Signature, s2: Signature) -> float:
    return float(np.mean(s1 == s2))


def bands(sig: Signature, lang: str) -> list[str]:
    return [f"{lang}:{i}:" + sig[i * ROWS:(i + 1) * ROWS].tobytes().hex() for i in range(BANDS)]


def index_article(store: Store, aid: int, text: str, lang: str) -> str | None:
    """Store the article's signature and bands; return the id it near-duplicates, or None.
    Call inside the transaction that wrote the article."""
    sig = signature(text)
    if sig is None:
        store.execute("UPDATE articles SET minhash = NULL, duplicate_of = NULL WHERE aid = ?", (aid,))
        return None
    keys = bands(sig, lang)
    marks = ",".join("?" * len(keys))
    candidates = store.execute(
        f"SELECT DISTINCT a.aid, a.id, a.duplicate_of, a.minhash FROM lsh_bands l JOIN articles a ON a.aid = l.aid "  # noqa: S608
        f"WHERE l.band IN ({marks}) AND l.aid <> ? ORDER BY a.aid LIMIT ?", (*keys, aid, MAX_CANDIDATES))
    duplicate_of: str | None = None
    for _, cid, cdup, cmh in candidates:
        if cmh is None:
            continue
        other: Signature = np.frombuffer(bytes(cmh), dtype=np.uint64)
        if similarity(sig, other) >= THRESHOLD:
            duplicate_of = str(cdup or cid)
            break
    store.db.executemany("INSERT INTO lsh_bands (band, aid) VALUES (?, ?) ON CONFLICT DO NOTHING",
                         [(k, aid) for k in keys])
    store.execute("UPDATE articles SET minhash = ?, duplicate_of = ? WHERE aid = ?", (sig.tobytes(), duplicate_of, aid))
    return duplicate_of
