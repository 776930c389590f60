"""Versioned schema migrations, the same for SQLite and PostgreSQL.

Each migration is a version number and its statements, written once with a few placeholders
that each dialect fills in ({pk}: an auto-numbered key; {blob}: bytes). Migrations only ever add:
a new version appends to :data:`MIGRATIONS`, and :func:`migrate` applies, in one transaction
each, those a store has not had yet, recording them in ``schema_migrations``. The article
object itself is kept whole as JSON (``articles.doc``), so fields later stages add to it are
stored without a migration; the side tables index what queries filter on.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.store.backend import Backend, Dialect


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]
    sqlite_only: tuple[str, ...] = ()
    postgresql_only: tuple[str, ...] = ()


_V1 = (
    """CREATE TABLE articles (
        aid {pk}, id TEXT NOT NULL UNIQUE, url TEXT, source TEXT, lang TEXT, published TEXT,
        title TEXT, raw_hash TEXT NOT NULL, text_hash TEXT NOT NULL, version INTEGER NOT NULL,
        doc TEXT NOT NULL, story TEXT, duplicate_of TEXT, minhash {blob},
        ingested_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX articles_url ON articles (url)",
    "CREATE INDEX articles_published ON articles (published)",
    "CREATE INDEX articles_story ON articles (story)",
    "CREATE INDEX articles_updated ON articles (updated_at)",
    """CREATE TABLE article_history (
        aid BIGINT NOT NULL, version INTEGER NOT NULL, id TEXT NOT NULL, url TEXT,
        text_hash TEXT NOT NULL, doc TEXT NOT NULL, replaced_at TEXT NOT NULL,
        PRIMARY KEY (aid, version))""",
    """CREATE TABLE entities (
        aid BIGINT NOT NULL, idx INTEGER NOT NULL, start_pos INTEGER, end_pos INTEGER, text TEXT,
        label TEXT, kb_id TEXT, name TEXT, wikidata TEXT, key TEXT NOT NULL, PRIMARY KEY (aid, idx))""",
    "CREATE INDEX entities_key ON entities (key)",
    """CREATE TABLE quotes (
        aid BIGINT NOT NULL, idx INTEGER NOT NULL, start_pos INTEGER, end_pos INTEGER, text TEXT,
        direct INTEGER, cue TEXT, speaker_text TEXT, speaker_id TEXT, speaker_name TEXT, speaker_key TEXT,
        PRIMARY KEY (aid, idx))""",
    "CREATE INDEX quotes_speaker ON quotes (speaker_key)",
    """CREATE TABLE events (
        aid BIGINT NOT NULL, idx INTEGER NOT NULL, type TEXT, mode TEXT, source_text TEXT, source_key TEXT,
        target_text TEXT, target_key TEXT, date TEXT, negated INTEGER, modality TEXT, doc TEXT NOT NULL,
        PRIMARY KEY (aid, idx))""",
    "CREATE INDEX events_type ON events (type)",
    "CREATE INDEX events_pair ON events (source_key, target_key)",
    """CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT, first_published TEXT, last_published TEXT,
        n_articles INTEGER NOT NULL, doc TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX stories_updated ON stories (updated_at)",
    # Story features: an inverted index from feature to the articles that have it, by day.
    """CREATE TABLE article_features (
        feature TEXT NOT NULL, aid BIGINT NOT NULL, day TEXT NOT NULL, PRIMARY KEY (feature, aid))""",
    "CREATE INDEX article_features_aid ON article_features (aid)",
    "CREATE INDEX article_features_day ON article_features (feature, day)",
    """CREATE TABLE article_masses (
        aid BIGINT PRIMARY KEY, mass_all REAL NOT NULL, mass_neutral REAL NOT NULL)""",
    "CREATE TABLE feature_df (feature TEXT PRIMARY KEY, df INTEGER NOT NULL)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE feed_state (
        url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, fetched_at TEXT NOT NULL, status INTEGER)""",
    "CREATE TABLE lsh_bands (band TEXT NOT NULL, aid BIGINT NOT NULL, PRIMARY KEY (band, aid))",
    "CREATE INDEX lsh_bands_aid ON lsh_bands (aid)",
    """CREATE TABLE watches (
        id {pk}, kind TEXT NOT NULL, value TEXT NOT NULL, created_at TEXT NOT NULL, last_check TEXT,
        UNIQUE (kind, value))""",
    """CREATE TABLE ingest_errors (
        id {pk}, record_id TEXT NOT NULL, origin TEXT, raw_hash TEXT NOT NULL, error TEXT NOT NULL,
        code TEXT, at TEXT NOT NULL, UNIQUE (record_id, raw_hash))""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1, "articles, their analysis, history, stories, near-duplicate bands, watches, ingest errors",
        _V1,
        sqlite_only=(
            # Full text over the folded title and body (khabar.corpus.fold); rowid = articles.aid.
            "CREATE VIRTUAL TABLE article_search USING fts5(title, body, "
            "tokenize = \"unicode61 categories 'L* N* M* Co' remove_diacritics 0\")",
        ),
        postgresql_only=(
            "CREATE TABLE article_search (aid BIGINT PRIMARY KEY, tsv tsvector NOT NULL)",
            "CREATE INDEX article_search_tsv ON article_search USING GIN (tsv)",
        ),
    ),
    Migration(
        2, "a story's members by date (stories compare a new article with the story's recent members)",
        ("CREATE INDEX articles_story_published ON articles (story, published)",),
    ),
)

_FILL: dict[Dialect, dict[str, str]] = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY", "blob": "BLOB"},
    "postgresql": {"pk": "BIGSERIAL PRIMARY KEY", "blob": "BYTEA"},
}


def current_version(db: Backend) -> int:
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
               "description TEXT NOT NULL, applied_at TEXT NOT NULL)")
    rows = db.execute("SELECT MAX(version) FROM schema_migrations")
    return int(rows[0][0] or 0)


def migrate(db: Backend, *, now: str) -> list[int]:
    """Apply the migrations ``db`` lacks; returns the versions applied."""
    applied: list[int] = []
    if db.dialect == "postgresql":  # one migrator at a time
        db.execute("SELECT pg_advisory_lock(7400001)")
    try:
        have = current_version(db)
        for m in MIGRATIONS:
            if m.version <= have:
                continue
            extra = m.sqlite_only if db.dialect == "sqlite" else m.postgresql_only
            with db.transaction():
                for stmt in (*m.statements, *extra):
                    db.execute(stmt.format(**_FILL[db.dialect]))
                db.execute("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                           (m.version, m.description, now))
            applied.append(m.version)
    finally:
        if db.dialect == "postgresql":
            db.execute("SELECT pg_advisory_unlock(7400001)")
    return applied
