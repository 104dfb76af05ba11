"""`bastion ingest KB PATH...`: put files into a knowledge base from the command line.

It runs on the configured index directly (the SQLite file or the shared PostgreSQL), in this process, with the
configured embedding route, so it works with or without a running server; a server sharing the index serves
the new documents at once. Each file shows a progress bar over its chunks and ends with its own result; a
file that fails (corrupt, encrypted, empty, unsupported, too large) is reported and the others go on. The
exit status is 1 when any file failed.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import click

from bastion.cli_admin import _CONFIG, _DATA_DIR


def _files(paths: tuple[Path, ...], suffixes: set[str]) -> list[Path]:
    """The files named (each is tried: an unsupported one gets its converter's error and hint), and the
    supported files in the folders named, recursively, hidden ones skipped."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes
                            and not any(part.startswith(".") for part in f.relative_to(p).parts))
        else:
            found.append(p)
    return found


@click.command()
@click.argument("kb")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--tenant", default="default", show_default=True, help="The tenant that owns the knowledge base.")
@click.option("--create/--no-create", default=True, show_default=True,
              help="Create the knowledge base when the tenant has none by that name.")
@click.option("--description", default="", help="Description of a knowledge base created here.")
@click.option("--tag", "tags", multiple=True, help="Tag for every file (repeatable); searches can filter by tag.")
@click.option("--group", "groups", multiple=True,
              help="Access group for every file (repeatable); only keys in one of them see the file.")
@_CONFIG
@_DATA_DIR
def ingest(kb: str, paths: tuple[Path, ...], tenant: str, create: bool, description: str, tags: tuple[str, ...],
           groups: tuple[str, ...], config_file: Path | None, data_dir: Path | None) -> None:
    """Ingest files and folders into knowledge base KB (PDF, DOCX, PPTX, XLSX, CSV, HTML, Markdown, text)."""
    from bastion.cli import _settings
    from bastion.knowledge.convert import SUPPORTED

    s = _settings(config_file, **({"data_dir": data_dir} if data_dir else {}))
    files = _files(paths, set(SUPPORTED))
    if not files:
        raise click.ClickException(f"no files to ingest: the folders hold none of {', '.join(SUPPORTED)}")
    failed = asyncio.run(_ingest(s, kb, files, tenant, create, description, tags, groups))
    raise SystemExit(1 if failed else 0)


async def _ingest(s: Any, name: str, files: list[Path], tenant: str, create: bool, description: str,
                  tags: tuple[str, ...], groups: tuple[str, ...]) -> int:
    from bastion.errors import BastionError, NotFound
    from bastion.knowledge.service import ConversionError, Upload
    from bastion.server.knowledge_runtime import standalone

    rt = await standalone(s)
    failed = 0
    try:
        k = rt.knowledge
        try:
            kb = await k.get_kb(tenant, name)
        except NotFound:
            if not create:
                raise click.ClickException(f"no knowledge base '{name}' in tenant '{tenant}' (drop --no-create "
                                           "to create it)") from None
            try:
                kb = await k.create_kb(tenant, name, description)
            except BastionError as e:
                raise click.ClickException(e.message) from None
            click.echo(f"created knowledge base '{name}' in tenant '{tenant}'")
        width = max(len(f.name) for f in files)
        limit = s.knowledge.max_upload_bytes
        for path in files:
            if path.stat().st_size > limit:  # not read into memory at all
                click.echo(f"{path}: failed: too_large: {path.stat().st_size} bytes; the limit is {limit} "
                           "(knowledge.max_upload_bytes). Split the document or raise the limit", err=True)
                failed += 1
                continue
            failed += not await _one(k, kb, path, width, Upload(path.name, path.read_bytes(), tags, groups),
                                     (ConversionError, BastionError))
        kb = await k.get_kb(tenant, name)
        click.echo(f"'{name}': {kb.documents} documents, {kb.chunks} chunks, version {kb.version}"
                   + (f"; {failed} file(s) failed" if failed else ""))
    finally:
        await rt.close()
    return failed


async def _one(k: Any, kb: Any, path: Path, width: int, up: Any, errors: tuple[type[Exception], ...]) -> bool:
    """Ingest one file under a progress bar; True when it went in (or was already there unchanged)."""
    shown: Any = click.progressbar(length=1, label=path.name.ljust(width), show_pos=True, width=30, file=sys.stderr)
    with shown as bar:
        async def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

        try:
            doc, changed = await k.ingest(kb, up, progress)
        except errors as e:
            outcome, ok = f"failed: {getattr(e, 'code', 'error')}: {getattr(e, 'message', None) or e}", False
        except Exception as e:  # the embedding route down, the disk full: report it, go on with the next file
            outcome, ok = f"failed: {type(e).__name__}: {e}", False
        else:
            bar.length = max(bar.length or 1, doc.chunks)
            bar.update(bar.length - bar.pos)
            outcome, ok = (f"{doc.chunks} chunks, version {doc.version}" if changed else "unchanged"), True
    click.echo(f"{path}: {outcome}", err=not ok)
    return ok
