"""Language data (word lists), kept apart from the logic that uses it.

Each language has a folder (``hi``, ``en``) of plain UTF-8 word lists: one entry a line,
``#`` starts a comment. Users and developers edit the lists, not the code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=64)
def word_list(lang: str, name: str) -> frozenset[str]:
    """The entries of ``khabar/lang/<lang>/<name>.txt`` (comments and blank lines skipped)."""
    path = resources.files(__package__).joinpath(lang, f"{name}.txt")
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry)
    return frozenset(entries)
