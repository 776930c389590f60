"""The server's settings: one frozen object, from options or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

TOKEN_ENV = "KHABAR_TOKEN"  # noqa: S105 (the variable's name, not a secret)
MAX_BODY = 2_000_000  # bytes; an article of the reader's 2,000,000-character limit fits as UTF-8 mostly
MAX_LIMIT = 100


@dataclass(frozen=True, slots=True)
class Settings:
    db: str
    token: str | None = None          # write endpoints need it; none set: writes are refused
    protect_reads: bool = False       # read endpoints need the token too
    max_body: int = MAX_BODY          # larger request bodies get 413
    page_cache: int = 2048            # rendered story and entity pages kept while the store is unchanged

    @staticmethod
    def from_env(db: str, *, token: str | None = None, protect_reads: bool = False,
                 max_body: int = MAX_BODY) -> Settings:
        return Settings(db=db, token=token or os.environ.get(TOKEN_ENV) or None, protect_reads=protect_reads,
                        max_body=max_body)
