"""Quotation marks after normalisation (all straight: '"' and "'"), read by their position.

A mark after a space or an opening bracket and before a letter opens a quotation; a mark after a
letter or a stop and before a space or punctuation closes one. Pairs are matched left to right;
a closing mark without an opening (the site lost it) and an opening without a closing are kept
apart as orphans, because news loses marks often.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTE = re.compile(r"[\"']")
_OPEN_BEFORE = frozenset(" \t([{-–—:,")
_CLOSE_AFTER = frozenset(" \t,.;:।॥?!)]}-–—")
MAX_QUOTE = 600  # longer "quotations" are more likely mismatched marks than one quote


@dataclass(frozen=True, slots=True)
class Marks:
    """Quotation marks of one paragraph: ``pairs`` of (open, close) indexes, and orphans."""

    pairs: tuple[tuple[int, int], ...]
    orphan_closes: tuple[int, ...]
    orphan_opens: tuple[int, ...]


def read_marks(par: str) -> Marks:
    pairs: list[tuple[int, int]] = []
    orphan_closes: list[int] = []
    open_at: dict[str, int] = {}
    for match in _QUOTE.finditer(par):
        i = match.start()
        mark = par[i]
        before = par[i - 1] if i > 0 else " "
        after = par[i + 1] if i + 1 < len(par) else " "
        opens = before in _OPEN_BEFORE and not after.isspace()
        closes = not before.isspace() and after in _CLOSE_AFTER
        if closes and mark in open_at:
            start = open_at.pop(mark)
            if i - start <= MAX_QUOTE:
                pairs.append((start, i))
        elif closes and mark == '"':
            orphan_closes.append(i)
        elif opens:
            open_at[mark] = i
    orphan_opens = tuple(sorted(open_at.values()))
    return Marks(tuple(pairs), tuple(orphan_closes), orphan_opens)


def quotation_spans(par: str) -> list[tuple[int, int]]:
    """(open, close) mark indexes of the quotations whose both marks are present."""
    return list(read_marks(par).pairs)
