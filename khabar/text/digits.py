"""Numbers written in Devanagari or Latin digits, read the same way.

News mixes ASCII digits and Devanagari digits (२०२३ = 2023) even within one site; everything
that reads a number (sentence splitting of decimals and list numbers, dates, times) goes through
here, so both are understood alike.
"""

from __future__ import annotations

DEVANAGARI_DIGITS = "०१२३४५६७८९"
DIGIT_CHARS = frozenset("0123456789" + DEVANAGARI_DIGITS)
DIGIT_CLASS = "0-9\u0966-\u096f"  # for use inside a regular-expression character class

_TO_ASCII = str.maketrans(DEVANAGARI_DIGITS, "0123456789")


def ascii_digits(text: str) -> str:
    """``text`` with Devanagari digits written as ASCII digits (same length)."""
    return text.translate(_TO_ASCII)


def is_digit(ch: str) -> bool:
    return ch in DIGIT_CHARS


def parse_int(text: str) -> int | None:
    """The integer written in ``text`` with either kind of digits (and , separators), else None."""
    cleaned = ascii_digits(text.strip()).replace(",", "")
    if cleaned.isascii() and cleaned.isdigit():
        return int(cleaned)
    return None
