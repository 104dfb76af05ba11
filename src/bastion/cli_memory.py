"""`bastion memory add|list|delete`: an assistant's curated answers (the long-term memory), directly on the configured
database like the other admin commands. Cited documents are looked up in the configured knowledge index for their
current sha256; the questions are embedded by the gateway the first time it loads the entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from bastion.cli_admin import _CONFIG, _DATA_DIR, _audit, _print, _run

COLUMNS = ("id", "assistant", "status", "origin", "question")


@click.group()
def memory() -> None:
    """Curated question → answer entries that assistants serve before calling a model."""


def _sources(settings: Any, tenant: str, specs: tuple[str, ...]) -> list[dict[str, Any]]:
    """``KB/DOCUMENT`` specs with each document's current sha256; an error names the first that does not exist."""
    if not specs:
        return []
    from bastion.knowledge.indexes import open_index

    index = open_index(settings.knowledge, settings.data_dir)
    try:
        out = []
        for spec in specs:
            kb_name, _, doc_name = spec.partition("/")
            if not kb_name or not doc_name:
                raise click.BadParameter(f"'{spec}' is not KB/DOCUMENT, e.g. policies/travel.md", param_hint="--source")
            kb = index.get_kb(tenant, kb_name)
            doc = index.get_document(kb.id, doc_name) if kb is not None else None
            if doc is None:
                raise click.ClickException(f"no document '{doc_name}' in a knowledge base '{kb_name}' of tenant "
                                           f"'{tenant}'; `GET /v1/knowledge/{kb_name}/documents` lists them")
            out.append({"kb": kb_name, "document": doc_name, "sha256": doc.sha256})
        return out
    finally:
        index.close()


@memory.command("add")
@click.argument("assistant")
@click.option("--question", "-q", required=True, help="The question the entry answers.")
@click.option("--answer", "-a", required=True, help="The answer served, word for word.")
@click.option("--paraphrase", "-p", multiple=True, help="Another wording of the question (repeatable).")
@click.option("--source", "-s", multiple=True, help="A cited document as KB/DOCUMENT (repeatable): the entry goes "
              "stale when it changes.")
@click.option("--tenant", default="default", show_default=True)
@click.option("--json", "as_json", is_flag=True)
@_CONFIG
@_DATA_DIR
def memory_add(assistant: str, question: str, answer: str, paraphrase: tuple[str, ...], source: tuple[str, ...],
               tenant: str, as_json: bool, config_file: Path | None, data_dir: Path | None) -> None:
    """Add a curated answer to ASSISTANT's memory."""
    from bastion.cli import _settings
    from bastion.storage.cache import MemoryRepo

    if not question.strip() or not answer.strip():
        raise click.BadParameter("question and answer must not be empty")
    sources = _sources(_settings(config_file, data_dir=data_dir), tenant, source)

    async def work(db: Any) -> dict[str, Any]:
        repo = MemoryRepo(db.engine)
        entry = await repo.add(tenant=tenant, assistant=assistant, question=question.strip(), answer=answer.strip(),
                               paraphrases=[p.strip() for p in paraphrase if p.strip()], sources=sources,
                               origin="admin", created_by="cli")
        await _audit(db, "memory.create", tenant, {"entry_id": entry, "assistant": assistant})
        row = await repo.get(entry)
        assert row is not None
        return row

    _print(_run(config_file, data_dir, work), as_json, COLUMNS)


@memory.command("list")
@click.option("--assistant", default=None)
@click.option("--status", type=click.Choice(["active", "stale", "review", "disabled"]), default=None)
@click.option("--tenant", default=None, help="Only this tenant (default: every tenant).")
@click.option("--json", "as_json", is_flag=True)
@_CONFIG
@_DATA_DIR
def memory_list(assistant: str | None, status: str | None, tenant: str | None, as_json: bool,
                config_file: Path | None, data_dir: Path | None) -> None:
    """List curated entries (stale ones wait for review: a document they cite changed)."""
    from bastion.storage.cache import MemoryRepo

    async def work(db: Any) -> list[dict[str, Any]]:
        return await MemoryRepo(db.engine).list(tenant, assistant, status)

    _print(_run(config_file, data_dir, work), as_json, COLUMNS)


@memory.command("delete")
@click.argument("entry_id", type=int)
@_CONFIG
@_DATA_DIR
def memory_delete(entry_id: int, config_file: Path | None, data_dir: Path | None) -> None:
    """Delete a curated entry."""
    from bastion.storage.cache import MemoryRepo

    async def work(db: Any) -> bool:
        repo = MemoryRepo(db.engine)
        row = await repo.get(entry_id)
        if row is None or not await repo.delete(entry_id):
            return False
        await _audit(db, "memory.delete", row["tenant_id"], {"entry_id": entry_id, "assistant": row["assistant"]})
        return True

    if not _run(config_file, data_dir, work):
        raise click.ClickException(f"no curated entry {entry_id}; `bastion memory list` shows them")
    click.echo(f"deleted entry {entry_id}")
