"""The ``bastion`` command: serve, chat, models list, db upgrade, config check."""

from __future__ import annotations

import asyncio
import gc
import os
import shlex
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import click
import orjson

from bastion.cli_admin import audit, keys, spend, tenants
from bastion.cli_feedback import export
from bastion.cli_knowledge import ingest
from bastion.cli_memory import memory
from bastion.cli_worker import worker
from bastion.config import DEFAULT_CHAT_ROUTE, WORKER_ARGS_ENV, Settings, load_settings
from bastion.errors import ConfigError

_CONFIG = click.option("--config", "config_file", type=click.Path(path_type=Path),
                       envvar="BASTION_CONFIG", help="bastion.yaml to read (default: the embedded default).")
_DATA_DIR = click.option("--data-dir", type=click.Path(path_type=Path), default=None,
                         help="Where all state lives (default: $XDG_DATA_HOME/bastion or ~/.local/share/bastion).")


def _settings(config_file: Path | None, **overrides: Any) -> Settings:
    try:
        return load_settings(config_file, **overrides)
    except ConfigError as e:
        click.echo(f"bastion: invalid configuration\n  {e}", err=True)
        sys.exit(2)


def _check_providers(s: Settings, config_file: Path | None) -> None:
    """Validate every deployment's provider options (construction does no I/O)."""
    from bastion.guardrails.registry import Guardrails
    from bastion.providers import registry

    try:
        Guardrails(s.guardrails)
        providers = registry.build(s.deployments)
    except (ConfigError, FileNotFoundError) as e:
        where = f"{config_file}: " if config_file else ""
        click.echo(f"bastion: invalid configuration\n  {where}{e}", err=True)
        sys.exit(2)

    async def close_all() -> None:
        for p in providers.values():
            await p.aclose()

    asyncio.run(close_all())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bastion")
def main() -> None:
    """Bastion: a self-hosted, OpenAI-compatible LLM gateway."""


@main.command()
@_CONFIG
@_DATA_DIR
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port to bind (default 8000).")
@click.option("--workers", type=int, default=None, help="Worker processes (default 1).")
@click.option("--log-level", default=None, help="debug, info, warning or error.")
def serve(config_file: Path | None, data_dir: Path | None, host: str | None, port: int | None,
          workers: int | None, log_level: str | None) -> None:
    """Run the gateway. Prints the URL, the admin key on first run, and a curl line that works."""
    _one_math_thread()
    overrides = {"data_dir": data_dir, "host": host, "port": port, "workers": workers, "log_level": log_level}
    s = _settings(config_file, **overrides)
    _check_providers(s, config_file)
    if s.workers > 1 and not s.redis_url:
        click.echo("bastion: --workers > 1 shares limits, budgets and counters through Redis: set redis_url "
                   "(or BASTION_REDIS_URL). Without it every worker would enforce its own limits.", err=True)
        sys.exit(2)
    from bastion.observability.logging import configure

    configure(s.log_level)
    if s.workers > 1:
        _serve_workers(s, config_file, overrides)
        return
    try:
        import uvloop

        uvloop.run(_serve(s))
    except KeyboardInterrupt:
        pass


def _one_math_thread() -> None:
    """One BLAS/OpenMP thread per process unless the operator says otherwise. The gateway runs many small numeric
    jobs at once (spaCy's NER in the PII scanner, e5 embeddings); with a thread pool per library they oversubscribe
    the cores: on 2 loaded cores a cached answer's p95 went from 20 ms to 242 ms (docs/benchmarks.md). Set before
    numpy or the models load, which read these once."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


async def _first_run_key(s: Settings) -> str | None:
    """Create an admin key when none exists (and none is given); return it so it can be shown once."""
    from bastion.identity.keys import generate_key
    from bastion.storage.db import Database

    db = Database(s.db_url)
    try:
        await db.migrate()
        if s.admin_key is not None or await db.count_admin_keys():
            return None
        key = generate_key()
        await db.add_key(key, role="admin", name="first-run admin key")
        return key
    finally:
        await db.close()


async def _serve(s: Settings) -> None:
    import uvicorn

    from bastion.server.app import create_app

    new_key = await _first_run_key(s)
    config = uvicorn.Config(create_app(s), host=s.host, port=s.port, http="httptools", loop="none",
                            log_config=None, access_log=False, lifespan="on", timeout_graceful_shutdown=10)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started and not task.done():  # noqa: ASYNC110 - uvicorn offers no startup event
        await asyncio.sleep(0.05)
    if server.started:
        # Everything built at startup lives for the whole process: move it out of the collector's sight, and
        # collect the young generation less often (a request allocates many short-lived objects).
        gc.freeze()
        gc.set_threshold(20_000, 50, 100)
        _banner(s, new_key)
    await task
    if not server.started:
        sys.exit(1)


def _serve_workers(s: Settings, config_file: Path | None, overrides: dict[str, Any]) -> None:
    """N worker processes on one port (uvicorn's supervisor). Each worker loads the same settings."""
    import threading
    import urllib.request

    import uvicorn

    new_key = asyncio.run(_first_run_key(s))  # migrate and seed once, before the workers start
    os.environ[WORKER_ARGS_ENV] = orjson.dumps(
        {"config_file": str(config_file) if config_file else None,
         "overrides": {k: str(v) if isinstance(v, Path) else v for k, v in overrides.items() if v is not None}},
    ).decode()

    def announce() -> None:
        url = f"http://{'127.0.0.1' if s.host in ('0.0.0.0', '::') else s.host}:{s.port}/health"
        for _ in range(600):
            try:
                with urllib.request.urlopen(url, timeout=1):
                    _banner(s, new_key)
                    return
            except OSError:
                threading.Event().wait(0.1)

    threading.Thread(target=announce, daemon=True).start()
    uvicorn.run("bastion.server.app:worker_app", factory=True, host=s.host, port=s.port, workers=s.workers,
                loop="uvloop", http="httptools", log_config=None, access_log=False, lifespan="on",
                timeout_graceful_shutdown=10)


def _banner(s: Settings, new_key: str | None) -> None:
    host = "127.0.0.1" if s.host in ("0.0.0.0", "::") else s.host
    url = f"http://{host}:{s.port}"
    if new_key:
        key_line = f"admin key:  {new_key}\n            (shown once; store it now, only its hash is kept)"
        key_ref = new_key
    elif s.admin_key is not None:
        key_line = "admin key:  from BASTION_ADMIN_KEY"
        key_ref = "$BASTION_ADMIN_KEY"
    else:
        key_line = "admin key:  created on the first run and shown then; set BASTION_ADMIN_KEY to choose one"
        key_ref = "$BASTION_ADMIN_KEY"
    model = DEFAULT_CHAT_ROUTE if DEFAULT_CHAT_ROUTE in s.routes else next(iter(s.routes), "MODEL")
    body = orjson.dumps({"model": model, "messages": [{"role": "user", "content": "Say hello"}],
                         "max_tokens": 32}).decode()
    auth = f"Authorization: Bearer {key_ref}"
    curl = (f"curl -s {url}/v1/chat/completions -H {shlex.quote('Content-Type: application/json')} "
            f"-H \"{auth}\" -d {shlex.quote(body)}")
    web = (f"chat:       {url}/  (log in with the admin key, or a user's name and password)\n"
           f"admin:      {url}/admin\n") if s.web.enabled else ""
    click.echo(f"Bastion is running at {url}  (OpenAI base_url: {url}/v1)\n{web}{key_line}\n"
               f"data dir:   {s.data_dir}\ntry:\n  {curl}", err=False)
    sys.stdout.flush()


@main.command()
@click.argument("prompt")
@click.option("--model", "-m", default=DEFAULT_CHAT_ROUTE, show_default=True, help="Model (route) to ask.")
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="The gateway's address.")
@click.option("--key", envvar=["BASTION_API_KEY", "BASTION_ADMIN_KEY"], help="API key (or BASTION_API_KEY).")
@click.option("--system", default=None, help="Optional system message.")
@click.option("--max-tokens", type=int, default=256, show_default=True)
@click.option("--temperature", type=float, default=None)
def chat(prompt: str, model: str, url: str, key: str | None, system: str | None, max_tokens: int,
         temperature: float | None) -> None:
    """Ask one question and stream the answer to the terminal."""
    if not key:
        raise click.UsageError("no API key: pass --key or set BASTION_API_KEY")
    messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": prompt}]
    body: dict[str, Any] = {"model": model, "messages": messages, "stream": True, "max_tokens": max_tokens}
    if temperature is not None:
        body["temperature"] = temperature
    req = urllib.request.Request(f"{url.rstrip('/')}/v1/chat/completions", data=orjson.dumps(body), method="POST",
                                 headers={"content-type": "application/json", "authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(req, timeout=300) as resp:
            _print_stream(resp)
    except urllib.error.HTTPError as e:
        raise click.ClickException(_error_text(e.read())) from None
    except urllib.error.URLError as e:
        raise click.ClickException(f"cannot reach {url} ({e.reason}); is `bastion serve` running?") from None


def _print_stream(resp: Any) -> None:
    for line in resp:
        if not line.startswith(b"data: "):
            continue
        payload = line[6:].strip()
        if payload == b"[DONE]":
            click.echo()
            return
        event = orjson.loads(payload)
        if "error" in event:
            click.echo()
            raise click.ClickException(event["error"].get("message", "the stream failed"))
        for choice in event.get("choices") or ():
            text = (choice.get("delta") or {}).get("content")
            if text:
                click.echo(text, nl=False)
                sys.stdout.flush()
    raise click.ClickException("the stream ended without [DONE]")


def _error_text(raw: bytes) -> str:
    try:
        return str(orjson.loads(raw)["error"]["message"])
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return raw.decode(errors="replace")[:500]


@main.group()
def models() -> None:
    """Inspect the configured models."""


@models.command("list")
@_CONFIG
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def models_list(config_file: Path | None, as_json: bool) -> None:
    """List the models (routes) and the deployments behind each."""
    s = _settings(config_file)
    rows = []
    for name, route in sorted(s.routes.items()):
        deps = [f"{t.deployment}({s.deployments[t.deployment].provider}, tier {t.tier}, w {t.weight:g})"
                for t in route.targets]
        kind = s.deployments[route.targets[0].deployment].kind
        rows.append({"model": name, "kind": kind, "strategy": route.strategy, "deployments": deps,
                     "fallbacks": route.fallbacks})
    if as_json:
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return
    for r in rows:
        fb = f"  fallbacks: {', '.join(r['fallbacks'])}" if r["fallbacks"] else ""
        click.echo(f"{r['model']:<28} {r['kind']:<9} {r['strategy']:<14} {'; '.join(r['deployments'])}{fb}")


@main.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
@_CONFIG
@_DATA_DIR
def db_upgrade(config_file: Path | None, data_dir: Path | None) -> None:
    """Apply the database migrations (serve also does this at startup)."""
    from bastion.storage.db import migrate, normalise_url

    s = _settings(config_file, data_dir=data_dir)
    if s.database_url is None:
        s.data_dir.mkdir(parents=True, exist_ok=True)
    migrate(s.db_url)
    click.echo(f"database is at the newest revision: {normalise_url(s.db_url).split('@')[-1]}")


@main.group()
def config() -> None:
    """Configuration tools."""


@config.command("check")
@_CONFIG
def config_check(config_file: Path | None) -> None:
    """Validate bastion.yaml (including each provider's options) without starting anything."""

    s = _settings(config_file)
    _check_providers(s, config_file)
    click.echo(f"ok: {len(s.deployments)} deployments, {len(s.routes)} models "
               f"({', '.join(sorted(s.routes))}){' from ' + str(config_file) if config_file else ''}")


main.add_command(audit)
main.add_command(keys)
main.add_command(tenants)
main.add_command(spend)
main.add_command(ingest)
main.add_command(worker)
main.add_command(export)
main.add_command(memory)

if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
