"""`bastion keys ...`, `bastion tenants ...` and `bastion spend`: the admin API's operations, run directly on the
database named by the configuration (so they work before the server runs, and on any replica's host)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click
import orjson

T = TypeVar("T")

_CONFIG = click.option("--config", "config_file", type=click.Path(path_type=Path), envvar="BASTION_CONFIG",
                       help="bastion.yaml naming the database (default: the embedded default).")
_DATA_DIR = click.option("--data-dir", type=click.Path(path_type=Path), default=None, help="The data directory.")
_LIMITS = [
    click.option("--rpm", type=int, default=None, help="Requests per minute."),
    click.option("--tpm", type=int, default=None, help="Tokens per minute."),
    click.option("--budget", type=float, default=None, help="Spend limit in USD per budget period."),
    click.option("--period", "budget_period", type=click.Choice(["day", "month", "total"]), default=None,
                 help="Budget period (default month)."),
]


def _limits(f: Any) -> Any:
    for opt in reversed(_LIMITS):
        f = opt(f)
    return f


def _run(config_file: Path | None, data_dir: Path | None, work: Callable[[Any], Awaitable[T]]) -> T:
    from bastion.cli import _settings
    from bastion.storage.db import Database

    s = _settings(config_file, data_dir=data_dir)

    async def go() -> T:
        db = Database(s.db_url)
        try:
            await db.migrate()
            return await work(db)
        finally:
            await db.close()

    return asyncio.run(go())


async def _audit(db: Any, action: str, tenant: str, detail: dict[str, Any]) -> None:
    """Admin changes made from the command line join the audit chain too (actor "cli")."""
    from datetime import UTC

    from bastion.storage.audit import AuditLog

    row = AuditLog.row(created_at=datetime.now(UTC), tenant_id=tenant, kind="admin", action=action, actor="cli",
                       detail=orjson.loads(orjson.dumps(detail, default=str)))
    await AuditLog(db.engine).write([row])


def _print(data: Any, as_json: bool, columns: tuple[str, ...]) -> None:
    if as_json:
        click.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        return
    rows = data if isinstance(data, list) else [data]
    for r in rows:
        click.echo("  ".join(f"{r.get(c)!s:<14}" if c != "id" else f"{r.get(c)!s}" for c in columns))


@click.group()
def keys() -> None:
    """Create, list and revoke API keys."""


@keys.command("create")
@_CONFIG
@_DATA_DIR
@click.option("--tenant", default="default", show_default=True)
@click.option("--role", type=click.Choice(["admin", "tenant-admin", "reviewer", "user"]), default="user",
              show_default=True)
@click.option("--name", default="")
@click.option("--models", default=None, help="Comma-separated models this key may use (default: all).")
@click.option("--expires", type=click.DateTime(), default=None, help="Expiry (UTC), e.g. 2027-01-01.")
@_limits
def keys_create(config_file: Path | None, data_dir: Path | None, tenant: str, role: str, name: str,
                models: str | None, expires: datetime | None, **limits: Any) -> None:
    """Create a key. The key is printed once; only its hash is stored."""
    from bastion.identity.keys import generate_key

    key = generate_key()

    async def work(db: Any) -> dict[str, Any]:
        if await db.admin.get_tenant(tenant) is None:
            raise click.ClickException(f"no tenant '{tenant}': create it with `bastion tenants create {tenant}`")
        allowed = [m.strip() for m in models.split(",") if m.strip()] if models else None
        row = dict(await db.admin.create_key(key, tenant, role, name=name, allowed_models=allowed,
                                             expires_at=expires, **limits))
        await _audit(db, "key.create", tenant, {"key_id": row["id"], "prefix": row["prefix"], "role": role,
                                                "allowed_models": allowed, **limits})
        return row

    row = _run(config_file, data_dir, work)
    click.echo(f"key:  {key}\nid:   {row['id']}\n(shown once; Bastion keeps only its hash)")


@keys.command("list")
@_CONFIG
@_DATA_DIR
@click.option("--tenant", default=None, help="Only this tenant's keys.")
@click.option("--json", "as_json", is_flag=True)
def keys_list(config_file: Path | None, data_dir: Path | None, tenant: str | None, as_json: bool) -> None:
    """List keys (prefix, tenant, role, limits; never the secret)."""
    rows = _run(config_file, data_dir, lambda db: db.admin.list_keys(tenant))
    _print(rows, as_json, ("id", "prefix", "tenant_id", "role", "name", "disabled", "rpm", "tpm", "budget"))


@keys.command("revoke")
@_CONFIG
@_DATA_DIR
@click.argument("key_id")
def keys_revoke(config_file: Path | None, data_dir: Path | None, key_id: str) -> None:
    """Revoke a key by id; every replica refuses it within the key cache time (5 s by default)."""
    async def work(db: Any) -> Any:
        row = await db.admin.update_key(key_id, {"disabled": True})
        if row is not None:
            await _audit(db, "key.revoke", row["tenant_id"], {"key_id": key_id, "prefix": row["prefix"]})
        return row

    row = _run(config_file, data_dir, work)
    if row is None:
        raise click.ClickException(f"no key with id '{key_id}' (see `bastion keys list`)")
    click.echo(f"revoked {row['prefix']}… ({key_id})")


@click.group()
def tenants() -> None:
    """Create, list and change tenants."""


@tenants.command("create")
@_CONFIG
@_DATA_DIR
@click.argument("tenant_id")
@click.option("--name", default=None)
@_limits
def tenants_create(config_file: Path | None, data_dir: Path | None, tenant_id: str, name: str | None,
                   **limits: Any) -> None:
    """Create a tenant, optionally with limits and a budget."""
    from bastion.storage.admin import Conflict

    async def work(db: Any) -> Any:
        try:
            row = await db.admin.create_tenant(tenant_id, name, **limits)
        except Conflict as e:
            raise click.ClickException(str(e)) from None
        await _audit(db, "tenant.create", tenant_id, limits)
        return row

    _print(_run(config_file, data_dir, work), False, ("id", "name", "rpm", "tpm", "budget", "budget_period"))


@tenants.command("list")
@_CONFIG
@_DATA_DIR
@click.option("--json", "as_json", is_flag=True)
def tenants_list(config_file: Path | None, data_dir: Path | None, as_json: bool) -> None:
    """List tenants and their limits."""
    rows = _run(config_file, data_dir, lambda db: db.admin.list_tenants())
    _print(rows, as_json, ("id", "name", "disabled", "rpm", "tpm", "budget", "budget_period"))


@tenants.command("update")
@_CONFIG
@_DATA_DIR
@click.argument("tenant_id")
@click.option("--name", default=None)
@click.option("--disable/--enable", "disabled", default=None)
@_limits
def tenants_update(config_file: Path | None, data_dir: Path | None, tenant_id: str, **fields: Any) -> None:
    """Change a tenant's name, limits or budget, or disable it."""
    changes = {k: v for k, v in fields.items() if v is not None}

    async def work(db: Any) -> Any:
        row = await db.admin.update_tenant(tenant_id, changes)
        if row is not None:
            await _audit(db, "tenant.update", tenant_id, changes)
        return row

    row = _run(config_file, data_dir, work)
    if row is None:
        raise click.ClickException(f"no tenant '{tenant_id}'")
    _print(row, False, ("id", "name", "disabled", "rpm", "tpm", "budget", "budget_period"))


@click.command()
@_CONFIG
@_DATA_DIR
@click.option("--group-by", default="tenant,model,day", show_default=True,
              help="Comma-separated: key, tenant, model, route, day.")
@click.option("--tenant", default=None)
@click.option("--json", "as_json", is_flag=True)
def spend(config_file: Path | None, data_dir: Path | None, group_by: str, tenant: str | None, as_json: bool) -> None:
    """Spend (USD) and tokens from the request log."""
    groups = [g for g in group_by.split(",") if g]
    bad = [g for g in groups if g not in ("key", "tenant", "model", "route", "day")]
    if bad:
        raise click.BadParameter(f"unknown group {', '.join(bad)}", param_hint="--group-by")
    rows = _run(config_file, data_dir, lambda db: db.admin.spend_report(tenant, groups, None, None))
    _print(rows, as_json, (*groups, "requests", "prompt_tokens", "completion_tokens", "cost"))


@click.group()
def audit() -> None:
    """Verify, export and purge the hash-chained audit log."""


@audit.command("verify")
@_CONFIG
@_DATA_DIR
def audit_verify(config_file: Path | None, data_dir: Path | None) -> None:
    """Recompute the hash chain; exit 1 and name the row if any was edited, inserted or deleted."""
    from bastion.storage.audit import AuditLog

    v = _run(config_file, data_dir, lambda db: AuditLog(db.engine).verify())
    if not v.ok:
        raise click.ClickException(f"audit chain broken after {v.checked} good rows: {v.problem}")
    click.echo(f"ok: {v.checked} rows, chain intact")


@audit.command("export")
@_CONFIG
@_DATA_DIR
@click.option("--tenant", default=None, help="Only this tenant's rows.")
@click.option("--output", "-o", type=click.File("wb"), default="-", help="File to write (default stdout).")
def audit_export(config_file: Path | None, data_dir: Path | None, tenant: str | None, output: Any) -> None:
    """Write the audit log as JSON lines, in chain order, hashes included."""
    from bastion.storage.audit import AuditLog

    async def work(db: Any) -> int:
        n = 0
        async for line in AuditLog(db.engine).export(tenant):
            output.write(line)
            n += 1
        return n

    n = _run(config_file, data_dir, work)
    click.echo(f"exported {n} rows", err=True)


@audit.command("purge")
@_CONFIG
@_DATA_DIR
@click.option("--older-than", "days", type=click.IntRange(min=0), required=True, help="Age in days.")
@click.option("--bodies", is_flag=True, help="Drop only the stored prompt/answer bodies, keep the rows.")
@click.option("--tenant", default=None, help="With --bodies: only this tenant's.")
def audit_purge(config_file: Path | None, data_dir: Path | None, days: int, bodies: bool, tenant: str | None) -> None:
    """Delete rows (or with --bodies, only bodies) older than N days; the chain still verifies."""
    from datetime import UTC, timedelta

    from bastion.storage.audit import AuditLog

    cutoff = datetime.now(UTC) - timedelta(days=days)
    if bodies:
        n = _run(config_file, data_dir, lambda db: AuditLog(db.engine).purge_bodies(cutoff, tenant))
        click.echo(f"purged {n} bodies older than {cutoff.date().isoformat()}")
        return
    if tenant is not None:
        raise click.UsageError("--tenant needs --bodies: whole rows are purged for all tenants at once, so the "
                               "chain stays one verifiable prefix")
    n = _run(config_file, data_dir, lambda db: AuditLog(db.engine).purge(cutoff))
    click.echo(f"purged {n} rows older than {cutoff.date().isoformat()}")
