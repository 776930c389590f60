"""The catalogue of errors khabar reports about its input, each with a code and a way out.

Exception tree::

    KhabarError                 base of everything the library raises on purpose
    ├── InputError              an article that cannot be analysed (carries a catalogue code)
    └── PipelineError           stages that do not fit together (all gaps named at once)

The CLI turns an :class:`InputError` into the contract's ``{"id", "error"}`` object and goes on
with the next article.
"""

from __future__ import annotations

from enum import Enum


class Problem(Enum):
    """Codes and message templates: what was wrong, and what to do about it."""

    EMPTY = ("E001", "the article is empty: no text is left after cleaning")
    BINARY = ("E002", "the input looks binary, not text ({detail}); give a text, HTML or JSONL file")
    DECODING = ("E003", "the input is not valid text in any encoding tried ({detail}); save it as UTF-8")
    LEGACY_FONT = (
        "E004",
        "the text is in a legacy Hindi font encoding (Kruti Dev style: {detail}), not Unicode; "
        "convert it to Unicode Devanagari first",
    )
    BAD_JSON = ("E005", "line {line} is not valid JSON: {detail}")
    BAD_RECORD = ("E006", "line {line}: {detail}")
    TOO_LARGE = (
        "E007",
        "the article is too large: {size:,} characters, the limit is {limit:,} "
        "(raise it with --max-chars or max_chars=)",
    )
    UNREADABLE = ("E008", "cannot read {detail}")
    BAD_HTML = ("E009", "the HTML page holds no article text ({detail})")

    @property
    def code(self) -> str:
        return self.value[0]

    def format(self, **kwargs: object) -> str:
        return self.value[1].format(**kwargs)


class KhabarError(Exception):
    """Base class of the errors khabar raises on purpose."""


class InputError(KhabarError):
    """An article that cannot be analysed; ``code`` is its catalogue code (E001...)."""

    def __init__(self, problem: Problem, **details: object) -> None:
        self.problem = problem
        self.code = problem.code
        super().__init__(problem.format(**details))


class PipelineError(KhabarError):
    """Stages whose requirements are not met; the message names every gap."""
