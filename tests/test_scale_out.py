"""Scale-out: replicas (separate `bastion serve` processes) sharing PostgreSQL and Redis enforce one set of
limits and budgets exactly; Redis or PostgreSQL going away fails cleanly and recovers."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.conftest import ADMIN_KEY, REDIS_URL, Gateway, remote
from tests.fakes.upstream import FakeUpstream

pytestmark = pytest.mark.postgres
PRICE = {"input": 1_000.0, "output": 2_000.0}
COST = (11 * 1_000.0 + 7 * 2_000.0) / 1e6  # what one fake-upstream answer (11 + 7 tokens) costs
AUTH = {"authorization": f"Bearer {ADMIN_KEY}"}
BODY = {"model": "m", "messages": [{"role": "user", "content": "hello"}], "max_tokens": 10}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Replica:
    def __init__(self, config: Path, data_dir: Path, *args: str) -> None:
        self.port = free_port()
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log = data_dir / f"replica-{self.port}.log"
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bastion.cli", "serve", "--config", str(config), "--data-dir", str(data_dir),
                 "--port", str(self.port), *args],
                stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "BASTION_ADMIN_KEY": ADMIN_KEY})
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        raise AssertionError(f"replica did not start:\n{self.log.read_text()}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def replicas(tmp_path: Path, pg_url: str, redis_prefix: str,
             upstreams: dict[str, FakeUpstream]) -> Iterator[Callable[..., list[Replica]]]:
    started: list[Replica] = []

    def start(n: int = 2, *args: str, **extra: Any) -> list[Replica]:
        cfg = {"database_url": pg_url, "redis_url": REDIS_URL, "redis_prefix": redis_prefix,
               "deployments": {"a": remote("a", upstreams["a"])}, "routes": {"m": {"targets": ["a"]}},
               "prices": {"up-a": PRICE}, "quotas": {"key_cache_seconds": 1}, "access_log": False,
               # these tests are about limits and budgets under concurrency; scanners (and their models) are
               # tested elsewhere, and would only add CPU time per request to 300-request bursts here
               "guardrails": {"enabled": False}, **extra}
        path = tmp_path / "bastion.yaml"
        path.write_text(yaml.safe_dump(cfg))
        for i in range(n):
            started.append(Replica(path, tmp_path / f"r{len(started)}-{i}", *args))
        return started[-n:]

    yield start
    for r in started:
        r.stop()


def admin(r: Replica, method: str, path: str, body: Any = None, expect: int = 200) -> Any:
    resp = httpx.request(method, f"{r.url}/admin{path}", json=body, headers=AUTH, timeout=10)
    assert resp.status_code == expect, resp.text
    return resp.json()


def hammer(urls: list[str], key: str, n: int, body: dict[str, Any], workers: int = 32) -> list[int]:
    """n requests spread over the replicas from `workers` concurrent clients; their status codes."""
    def one(i: int) -> int:
        with httpx.Client(timeout=30) as c:
            r = c.post(f"{urls[i % len(urls)]}/v1/chat/completions", json=body,
                       headers={"authorization": f"Bearer {key}"})
            if body.get("stream"):
                assert r.status_code != 200 or r.text.rstrip().endswith("data: [DONE]")
            return r.status_code

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, range(n)))


def test_two_replicas_admit_at_most_the_limit(replicas) -> None:  # type: ignore[no-untyped-def]
    r1, r2 = replicas(2)
    key = admin(r1, "POST", "/keys", {"rpm": 100}, 201)["key"]
    codes = hammer([r1.url, r2.url], key, 300, BODY)
    assert set(codes) <= {200, 429}
    assert codes.count(200) <= 101
    assert codes.count(200) >= 100  # and nothing was refused below the limit
    # both replicas appended to one audit chain concurrently, and it still verifies
    verdict = admin(r2, "GET", "/audit/verify")
    assert verdict["ok"], verdict
    admin(r1, "GET", "/audit/verify")  # r1 flushes its buffer too
    verdict = admin(r2, "GET", "/audit/verify")
    assert verdict["ok"] and verdict["checked"] >= 301, verdict  # 300 requests and the key's creation


def test_budget_is_exact_under_concurrent_streams(replicas) -> None:  # type: ignore[no-untyped-def]
    r1, r2 = replicas(2)
    budget = 40 * COST + 0.0001
    created = admin(r1, "POST", "/keys", {"budget": budget, "budget_period": "day"}, 201)
    codes = hammer([r1.url, r2.url], created["key"], 200, {**BODY, "stream": True})
    admitted = codes.count(200)
    assert set(codes) <= {200, 402} and 0 < admitted <= 40
    rows = _spend(r1, created["id"], admitted)
    assert rows["requests"] == admitted
    assert rows["prompt_tokens"] == 11 * admitted and rows["completion_tokens"] == 7 * admitted
    assert rows["cost"] == pytest.approx(admitted * COST)  # settled spend = the upstream's usage, priced
    reservation = (13 * PRICE["input"] + 10 * PRICE["output"]) / 1e6
    assert rows["cost"] <= budget + reservation
    # once everything settled, requests are admitted until less than one reservation remains: nothing leaked
    while hammer([r2.url], created["key"], 1, BODY) == [200]:
        admitted += 1
    assert budget - reservation < admitted * COST <= budget


def _spend(r: Replica, key_id: str, requests: int) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while True:
        rows = [x for x in admin(r, "GET", "/spend?group_by=key")["data"] if x["key"] == key_id]
        if (rows and rows[0]["requests"] >= requests) or time.monotonic() > deadline:
            return rows[0] if rows else {"requests": 0}
        time.sleep(0.2)


def test_revoking_on_one_replica_stops_the_key_on_the_other(replicas) -> None:  # type: ignore[no-untyped-def]
    r1, r2 = replicas(2)
    created = admin(r1, "POST", "/keys", {}, 201)
    assert hammer([r2.url], created["key"], 1, BODY) == [200]
    admin(r1, "DELETE", f"/keys/{created['id']}")
    deadline = time.monotonic() + 3  # key_cache_seconds is 1
    while hammer([r2.url], created["key"], 1, BODY) == [200]:
        assert time.monotonic() < deadline, "the revoked key still works on the other replica"
        time.sleep(0.1)
    assert hammer([r2.url], created["key"], 1, BODY) == [401]


def test_workers_share_limits_through_redis(replicas) -> None:  # type: ignore[no-untyped-def]
    (r,) = replicas(1, "--workers", "2")
    key = admin(r, "POST", "/keys", {"rpm": 10}, 201)["key"]
    codes = hammer([r.url], key, 40, BODY, workers=8)
    assert codes.count(200) == 10 and codes.count(429) == 30


# -- Redis going away: a private redis-server we can stop ------------------------------------------------
class PrivateRedis:
    def __init__(self, tmp: Path) -> None:
        self.port = free_port()
        self.tmp = tmp
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", str(self.tmp)], stdout=subprocess.DEVNULL)
        for _ in range(100):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise AssertionError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    if shutil.which("redis-server") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is required in CI")
        pytest.skip("redis-server is not installed")
    r = PrivateRedis(tmp_path)
    r.start()
    yield r
    r.stop()


def test_redis_outage_fails_closed_or_open_and_recovers(make_gateway, upstreams, private_redis) -> None:  # type: ignore[no-untyped-def]
    base = {"deployments": {"a": remote("a", upstreams["a"])}, "routes": {"m": {"targets": ["a"]}},
            "redis_url": private_redis.url}
    closed: Gateway = make_gateway(base)
    opened: Gateway = make_gateway({**base, "quotas": {"on_store_failure": "open"}})
    keys = {}
    for gw in (closed, opened):
        r = httpx.post(f"{gw.url}/admin/keys", json={"rpm": 1000, "budget": 10}, headers=AUTH)
        keys[gw.url] = r.json()["key"]
        assert hammer([gw.url], keys[gw.url], 1, BODY) == [200]
    private_redis.stop()
    r = httpx.post(f"{closed.url}/v1/chat/completions", json=BODY,
                   headers={"authorization": f"Bearer {keys[closed.url]}"})
    assert r.status_code == 503 and r.json()["error"]["code"] == "quota_store_unavailable"
    assert r.headers["retry-after"] == "1"
    assert hammer([opened.url], keys[opened.url], 1, BODY) == [200]
    assert "bastion_quota_fail_open_total 1.0" in httpx.get(f"{opened.url}/metrics").text
    assert httpx.get(f"{closed.url}/ready").status_code == 503
    private_redis.start()  # empty: counters are rebuilt (spend from the request log)
    deadline = time.monotonic() + 10
    while hammer([closed.url], keys[closed.url], 1, BODY) != [200]:
        assert time.monotonic() < deadline, "did not recover after Redis came back"
        time.sleep(0.2)
    assert httpx.get(f"{closed.url}/ready").status_code == 200


# -- PostgreSQL restarting: a private server we can stop ----------------------------------------------------
class PrivatePostgres:
    """A throw-away PostgreSQL cluster from the machine's own binaries, run as the postgres user."""

    def __init__(self, root: Path) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        if not bins or os.geteuid() != 0:
            if os.environ.get("CI") == "true":
                pytest.fail("the PostgreSQL server binaries (and root, to run them as postgres) are needed in CI")
            pytest.skip("no PostgreSQL server binaries here, or not root")
        self.bin = bins[-1].parent
        self.root = root
        self.data = root / "pgdata"
        self.port = free_port()
        root.mkdir(parents=True, exist_ok=True)
        shutil.chown(root, "postgres")
        self._as_postgres(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres")

    def _as_postgres(self, *cmd: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *cmd], check=True, capture_output=True, timeout=120)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"), "-w",
                          "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1", "start")

    def stop(self) -> None:
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")


def test_postgres_restart_fails_requests_cleanly_and_recovers(make_gateway, upstreams, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pg = PrivatePostgres(Path("/tmp") / f"bastion-pg-{tmp_path.name}")
    pg.start()
    try:
        gw: Gateway = make_gateway({"deployments": {"a": remote("a", upstreams["a"])},
                                    "routes": {"m": {"targets": ["a"]}}, "database_url": pg.url,
                                    "quotas": {"key_cache_seconds": 0}})
        assert hammer([gw.url], ADMIN_KEY, 1, BODY) == [200]
        pg.stop()
        started = time.monotonic()
        r = httpx.post(f"{gw.url}/v1/chat/completions", json=BODY, headers=AUTH, timeout=30)
        assert r.status_code == 503 and r.json()["error"]["code"] == "database_unavailable"
        assert time.monotonic() - started < 10  # a clean, prompt failure; no hang
        assert httpx.get(f"{gw.url}/ready").status_code == 503
        pg.start()
        deadline = time.monotonic() + 15
        while hammer([gw.url], ADMIN_KEY, 1, BODY) != [200]:
            assert time.monotonic() < deadline, "did not recover after PostgreSQL came back"
            time.sleep(0.2)
        assert httpx.get(f"{gw.url}/ready").status_code == 200
    finally:
        if (pg.data / "postmaster.pid").exists():
            pg.stop()
        shutil.rmtree(pg.root, ignore_errors=True)
