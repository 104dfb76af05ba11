"""`bastion export sft|dpo|eval`: the fine-tuning and evaluation exports, run directly on the configured database
(no running gateway needed). The lines are the ones ``GET /admin/export/{kind}`` returns for the same filters:
the same builder, the same PII scrubbing (the default guardrail policy's scanners, loaded here)."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from bastion.cli_admin import _CONFIG, _DATA_DIR


def _when(value: str | None, name: str) -> datetime | None:
    if not value:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"an ISO date or time, e.g. 2026-11-01, not {value!r}", param_hint=name) from None
    return t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC)


@click.command("export")
@click.argument("kind", type=click.Choice(["sft", "dpo", "eval"]))
@click.option("--tenant", default=None, help="Only this tenant's responses (default: every tenant).")
@click.option("--assistant", default=None, help="Only this assistant's responses.")
@click.option("--since", default=None, help="Answers given at or after this ISO date/time (UTC unless stated).")
@click.option("--until", default=None, help="Answers given before this ISO date/time.")
@click.option("--rating", type=click.Choice(["up", "down", "any"]), default=None,
              help="Which rated answers to use (default: up for sft, any for dpo and eval).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="Write here (default: stdout).")
@click.option("--provenance", type=click.Path(path_type=Path), default=None,
              help="The provenance sidecar (default: OUTPUT.provenance.jsonl; none when writing to stdout).")
@_CONFIG
@_DATA_DIR
def export(kind: str, tenant: str | None, assistant: str | None, since: str | None, until: str | None,
           rating: str | None, output: Path | None, provenance: Path | None, config_file: Path | None,
           data_dir: Path | None) -> None:
    """Export rated answers as OpenAI SFT or DPO JSONL, or as an evaluation set, PII-scrubbed and de-duplicated."""
    from bastion.cli import _settings
    from bastion.storage.feedback_export import ExportFilter

    s = _settings(config_file, **({"data_dir": data_dir} if data_dir else {}))
    flt = ExportFilter(tenant, assistant, _when(since, "--since"), _when(until, "--until"))
    out = asyncio.run(_export(s, kind, flt, rating))
    if output is None:
        sys.stdout.buffer.write(out.ndjson())
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(out.ndjson())
        provenance = provenance or output.with_name(output.name + ".provenance.jsonl")
    if provenance is not None:
        provenance.write_bytes(out.provenance_ndjson())
    click.echo(f"{len(out.lines)} {kind} lines; skipped {out.skipped_no_body} responses whose bodies were not kept "
               f"(retention 'metadata') and {out.skipped_unsupported} with tool calls or non-text parts", err=True)


async def _export(s: Any, kind: str, flt: Any, rating: str | None) -> Any:
    from bastion.cli_admin import _audit
    from bastion.feedback.export import export as build
    from bastion.feedback.scrub import Scrubber
    from bastion.guardrails.registry import Guardrails
    from bastion.resources import Resources
    from bastion.storage.db import Database

    db = Database(s.db_url)
    try:
        await db.migrate()
        scrubber = Scrubber.from_guardrails(Guardrails(s.guardrails, Resources()))
        out = await build(db.engine, kind, flt, rating, scrubber)
        await _audit(db, f"export.{kind}", flt.tenant or "default",
                     {"tenant_id": flt.tenant, "assistant": flt.assistant, "since": flt.since, "until": flt.until,
                      "rating": rating, "lines": len(out.lines), "skipped_no_body": out.skipped_no_body})
        return out
    finally:
        await db.close()
