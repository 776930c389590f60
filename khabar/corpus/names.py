"""Names across scripts without translation: a consonant skeleton of Hindi and English words.

``skeleton("सीतारमण") == skeleton("Sitharaman") == "strmn"``: Devanagari is romanised letter by
letter (aspirates as plain consonants, vowels dropped), English is lower-cased with its digraphs
folded the same way, and both keep only their consonants. Stories use it to let a Hindi and an
English report meet through the names they share. Only words that are not common Hindi words
(:file:`data/hi_common.txt`, built from the IL-NER training tokens tagged O by
``python -m khabar.corpus.names build``) and capitalised English words are compared.

``python -m khabar.corpus.names titles`` prints the most frequent title words of newsonair, from
which the hand-written table :file:`data/names_hi_en.tsv` was read.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from khabar.corpus.fold import fold, words

_DEV: dict[str, str] = {}
for _chars, _latin in (
    ("कख", "k"), ("गघ", "g"), ("ङ", "n"), ("चछ", "c"), ("जझ", "j"), ("ञ", "n"), ("टठतथ", "t"),
    ("डढदध", "d"), ("णन", "n"), ("पफ", "p"), ("बभ", "b"), ("म", "m"), ("र", "r"), ("ल", "l"),
    ("वव", "v"), ("शषस", "s"), ("ह", ""), ("य", ""), ("ं", "n"),
):
    for _c in _chars:
        _DEV[_c] = _latin
_EN_DIGRAPHS = (("sh", "s"), ("ch", "c"), ("th", "t"), ("dh", "d"), ("bh", "b"), ("kh", "k"), ("gh", "g"),
                ("ph", "p"), ("jh", "j"), ("ck", "k"), ("q", "k"), ("w", "v"), ("f", "p"), ("z", "j"), ("x", "ks"))
_EN_DROP = re.compile(r"[aeiouhy]")
_DEV_RE = re.compile(r"[\u0900-\u097f]")


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """The consonant skeleton of a Hindi or English word (see the module docstring)."""
    w = fold(word)
    if _DEV_RE.search(w):
        out = "".join(_DEV.get(ch, "") for ch in w)
    else:
        w = re.sub(r"c(?=[eiy])", "s", w.lower())
        for a, b in _EN_DIGRAPHS:
            w = w.replace(a, b)
        out = _EN_DROP.sub("", w)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"m(?=[bp])", "n", out))


@lru_cache(maxsize=1)
def common_hindi() -> frozenset[str]:
    text = resources.files("khabar.corpus").joinpath("data/hi_common.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def build_common(train: Path, out: Path, *, min_count: int = 3, max_name_share: float = 0.35) -> int:
    """Write the common Hindi words of an IL-NER file (tagged O at least 65% of the time)."""
    total: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for line in train.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        for w in words(parts[0]):
            total[w] += 1
            if parts[1].strip() != "O":
                named[w] += 1
    keep = sorted(w for w, n in total.items() if n >= min_count and named[w] / n <= max_name_share)
    out.write_text("# common Hindi words (folded), from IL-NER train tokens tagged O; "
                   "rebuild: python -m khabar.corpus.names build\n" + "\n".join(keep) + "\n", encoding="utf-8")
    return len(keep)


def main(argv: list[str]) -> int:
    from khabar.evaluation.corpora import newsonair, shared_dir

    if argv[:1] == ["build"]:
        n = build_common(shared_dir() / "data" / "il-ner" / "hindi-train.txt",
                         Path(__file__).parent / "data" / "hi_common.txt")
        print(f"{n} common Hindi words written")  # noqa: T201 (a command's output)
        return 0
    if argv[:1] == ["titles"]:
        for lang in ("hi", "en"):
            c: Counter[str] = Counter()
            for item in newsonair(lang):
                c.update(set(words(item.title)))
            print(lang, " ".join(f"{w}:{n}" for w, n in c.most_common(300)))  # noqa: T201 (a command's output)
        return 0
    print("usage: python -m khabar.corpus.names build|titles", file=sys.stderr)  # noqa: T201 (a command's output)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
