"""The corpus store: SQLite by default (a file in WAL mode), PostgreSQL for ``postgresql://`` URLs."""

from khabar.store.store import DEFAULT_DB, PutResult, Store, open_store

__all__ = ["DEFAULT_DB", "PutResult", "Store", "open_store"]
