"""Which index a configuration names: the SQLite file (embedded default) or PostgreSQL with pgvector."""

from __future__ import annotations

from pathlib import Path

from bastion.config_grounding import KnowledgeConfig
from bastion.knowledge.base import Index


def open_index(cfg: KnowledgeConfig, data_dir: Path) -> Index:
    if cfg.index_url:
        from bastion.knowledge.pg_index import PgIndex

        return PgIndex(cfg.index_url)
    from bastion.knowledge.sqlite_index import SqliteIndex

    return SqliteIndex(cfg.path or data_dir / "knowledge.db")
