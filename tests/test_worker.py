"""Ingestion jobs on `bastion worker` processes through Redis (knowledge.queue: redis): the gateway only queues,
a worker process runs the job on the shared index, a job whose worker is killed is finished by another, a
job delivered twice changes nothing; and the queues on their own (in-process, and Redis with real workers in
this process) for ordering, drain, resume, heartbeat, release and give-up."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
import yaml

from bastion.config import load_settings
from bastion.config_grounding import KnowledgeConfig
from bastion.errors import ConfigError
from bastion.knowledge.queue import MAX_DELIVERIES, InProcessQueue, QueueUnavailable, RedisQueue
from bastion.knowledge.service import Knowledge, Upload
from bastion.knowledge.sqlite_index import SqliteIndex
from bastion.resources import Resources
from tests.conftest import ADMIN_KEY, REDIS_URL, LoopThread, start_gateway, stop_gateway

ADMIN = {"authorization": f"Bearer {ADMIN_KEY}"}
POLICY = """# Travel policy

## Per diem

Employees travelling to Busan receive a per diem of KRW 60,000 for meals.

## Receipts

Submit receipts within 15 calendar days of your return.
"""


# -- the in-process queue ----------------------------------------------------------------------------------
def test_inprocess_queue_resumes_pending_first_runs_in_order_and_drains() -> None:
    async def go() -> list[str]:
        q = InProcessQueue()
        ran: list[str] = []

        async def run(job_id: str) -> None:
            await asyncio.sleep(0.01)
            ran.append(job_id)
            if job_id == "bad":
                raise RuntimeError("boom")  # the worker task survives a runner error

        await q.put("new")  # queued before start: runs after the resumed ones
        q.start(run, ["left-1", "left-2"])
        await q.put("bad")
        await q.put("last")
        await asyncio.wait_for(q.drain(), 5)
        await q.put("after-drain")
        await asyncio.wait_for(q.drain(), 5)
        await q.stop()
        return ran

    assert asyncio.run(go()) == ["new", "left-1", "left-2", "bad", "last", "after-drain"]


# -- the Redis queue, with workers in this process -------------------------------------------------------
class Workers:
    """Redis-queue workers on one event loop, each with its own runner log."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.ran: list[tuple[str, str]] = []  # (worker, job)
        self.gave_up: list[str] = []
        self.gate = asyncio.Event()  # jobs named "slow*" wait for it

    def start(self, name: str, reclaim_after: float = 60, grace: float = 5) -> tuple[RedisQueue, asyncio.Event,
                                                                                   asyncio.Task[None]]:
        q = RedisQueue(REDIS_URL, self.prefix, reclaim_after)

        async def run(job_id: str) -> str:
            self.ran.append((name, job_id))
            if job_id.startswith("slow"):
                await self.gate.wait()
            return "done"

        async def give_up(job_id: str, why: str) -> None:
            self.gave_up.append(job_id)

        stop = asyncio.Event()
        return q, stop, asyncio.create_task(q.serve(run, give_up, 1, stop, grace))


async def _until(cond: Any, within: float = 15) -> None:
    deadline = time.monotonic() + within
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def _halt(*workers: tuple[RedisQueue, asyncio.Event, asyncio.Task[None]]) -> None:
    for q, stop, task in workers:
        stop.set()
        await asyncio.wait_for(task, 15)
        await q.stop()


def test_a_worker_keeps_a_long_job_and_a_dead_workers_job_is_taken_over(redis_prefix: str) -> None:
    async def go() -> None:
        w = Workers(redis_prefix)
        api = RedisQueue(REDIS_URL, redis_prefix)
        a = w.start("a", reclaim_after=1)
        await api.put("slow-1")
        await _until(lambda: w.ran == [("a", "slow-1")])
        b = w.start("b", reclaim_after=1)
        await asyncio.sleep(3)  # three reclaim periods: a's heartbeat keeps the job, b does not take it
        assert w.ran == [("a", "slow-1")]
        # a dies without a word: its heartbeat stops, nothing is acknowledged or released
        a[2].cancel()
        a[0].broker.held.clear()
        await asyncio.gather(a[2], return_exceptions=True)
        w.gate.set()
        await _until(lambda: ("b", "slow-1") in w.ran, 10)
        await asyncio.wait_for(api.drain(), 10)
        await _halt(b)
        await a[0].stop()
        await api.stop()

    asyncio.run(go())


def test_a_stopping_worker_releases_its_job_at_once_and_a_crashing_job_is_given_up(redis_prefix: str) -> None:
    async def go() -> None:
        w = Workers(redis_prefix)
        api = RedisQueue(REDIS_URL, redis_prefix)
        a = w.start("a", grace=0.2)
        await api.put("slow-2")
        await _until(lambda: w.ran == [("a", "slow-2")])
        await _halt(a)  # the job did not finish within the grace: cut short and handed back, not lost
        b = w.start("b", reclaim_after=600)  # no waiting for a heartbeat to go silent: released
        await _until(lambda: ("b", "slow-2") in w.ran, 10)
        w.gate.set()
        await asyncio.wait_for(api.drain(), 10)
        assert w.gave_up == []

        # a job that kills its worker every time: after MAX_DELIVERIES it is failed, not retried forever
        w.gate.clear()
        await api.put("slow-3")
        for i in range(MAX_DELIVERIES):
            await _until(lambda n=i + 1: w.ran.count(("b", "slow-3")) == n)
            b[1].set()  # b stops and releases the job (as a crash would, only faster), a new b takes it
            await asyncio.wait_for(b[2], 10)
            await b[0].stop()
            b = w.start("b", grace=0)
        await _until(lambda: w.gave_up == ["slow-3"], 10)
        assert w.ran.count(("b", "slow-3")) == MAX_DELIVERIES
        await asyncio.wait_for(api.drain(), 10)
        await _halt(b)
        await api.stop()

    asyncio.run(go())


# -- the service with either queue -----------------------------------------------------------------------------
async def _embed(route: str, texts: list[str], kind: str) -> np.ndarray:
    v = np.random.default_rng(len(texts)).standard_normal((len(texts), 8)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_an_upload_the_queue_cannot_take_is_refused_and_not_left_queued(tmp_path: Path,
                                                                        scanner_models: Resources) -> None:
    async def go() -> None:
        k = Knowledge(SqliteIndex(tmp_path / "knowledge.db"), _embed, scanner_models, KnowledgeConfig(),
                      queue=RedisQueue("redis://127.0.0.1:1/0", "nowhere:"))  # nothing listens there
        kb = await k.create_kb("default", "policies")
        k.start()
        with pytest.raises(QueueUnavailable) as e:
            await k.submit(kb, [Upload("travel.md", POLICY.encode())])
        assert e.value.status == 503 and "try again" in e.value.message
        assert k.index.unfinished_jobs() == []  # the job is failed with the reason, not queued forever
        await k.stop()

    asyncio.run(go())


# -- a job delivered twice ----------------------------------------------------------------------------------
def test_a_job_delivered_again_changes_nothing(tmp_path: Path, scanner_models: Resources) -> None:
    """At least once: the worker may die after a file is stored but before the job says so, or deliver a
    finished job again. Re-running stores nothing new (same bytes: 'unchanged'), a finished job is skipped."""

    async def go() -> None:
        index = SqliteIndex(tmp_path / "knowledge.db")
        k = Knowledge(index, _embed, scanner_models, KnowledgeConfig())  # the positional form still works
        kb = await k.create_kb("default", "policies")
        job = await k.submit(kb, [Upload("travel.md", POLICY.encode())])
        k.start()
        await k.drain()
        first = await k.job(kb, job.id)
        assert first.status == "done" and first.files[0]["status"] == "done"
        assert await k.run_queued(job.id) == "done"  # delivered again when finished: skipped
        assert (await k.get_kb("default", "policies")).version == 1

        # the worker died after storing the file, before recording it: the job is still running
        files = [{"name": "travel.md", "bytes": len(POLICY), "tags": [], "groups": [], "status": "running",
                  "chunks_done": 0, "chunks_total": None}]
        index.create_job("kjob_again", kb.id, files, [POLICY.encode()])
        index.update_job("kjob_again", "running", files)
        assert await k.run_queued("kjob_again") == "done"
        again = await k.job(kb, "kjob_again")
        assert again.files[0]["status"] == "unchanged" and again.files[0]["version"] == 1
        docs = await k.documents(kb)
        assert [(d.name, d.version) for d in docs] == [("travel.md", 1)]
        assert (await k.get_kb("default", "policies")).version == 1
        await k.stop()

    asyncio.run(go())


def test_a_redis_queue_needs_redis_url(tmp_path: Path) -> None:
    cfg = tmp_path / "bastion.yaml"
    cfg.write_text(yaml.safe_dump({"knowledge": {"queue": "redis"}}))
    with pytest.raises(ConfigError) as e:
        load_settings(cfg, data_dir=tmp_path)
    assert "knowledge.queue" in str(e.value) and "redis_url" in str(e.value)
    r = subprocess.run([sys.executable, "-m", "bastion.cli", "worker", "--data-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "knowledge.queue is 'inprocess'" in r.stderr


# -- the gateway and `bastion worker` processes ---------------------------------------------------------------
class Cluster:
    """The gateway in this process and `bastion worker` processes, on one data dir, config and Redis prefix."""

    def __init__(self, lt: LoopThread, data: Path, prefix: str, resources: Resources) -> None:
        self.lt, self.data, self.config = lt, data, data / "bastion.yaml"
        cfg = {"redis_url": REDIS_URL, "redis_prefix": prefix, "demo": False,
               "knowledge": {"queue": "redis", "chunk_size": 200, "chunk_overlap": 0}}  # short chunks: quick
        self.gw = start_gateway(lt, data, cfg, resources)  # writes data/bastion.yaml, which the workers read
        self.workers: list[subprocess.Popen[bytes]] = []
        self.files: list[Any] = []

    def worker(self, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.data / f"worker{len(self.workers)}.log", "wb")  # noqa: SIM115 - closed in close()
        self.files.append(log)
        p = subprocess.Popen([sys.executable, "-m", "bastion.cli", "worker", "--config", str(self.config),
                              "--data-dir", str(self.data), *args], stdout=log, stderr=subprocess.STDOUT,
                             env={**os.environ, "HF_HUB_OFFLINE": "1"})
        self.workers.append(p)
        return p

    def close(self) -> None:
        for p in self.workers:
            if p.poll() is None:
                p.kill()
            p.wait(30)
        for f in self.files:
            f.close()
        stop_gateway(self.lt, self.gw)

    def logs(self) -> str:
        return "\n".join(f.read_text(errors="replace")[-3000:] for f in sorted(self.data.glob("worker*.log")))

    def api(self, method: str, path: str, **kw: Any) -> httpx.Response:
        return httpx.request(method, f"{self.gw.url}{path}", headers=ADMIN, timeout=60, **kw)

    def upload(self, kb: str, name: str, data: bytes) -> dict[str, Any]:
        r = self.api("POST", f"/v1/knowledge/{kb}/documents", files=[("file", (name, data))])
        assert r.status_code == 202, r.text
        return r.json()  # type: ignore[no-any-return]

    def job(self, kb: str, job_id: str) -> dict[str, Any]:
        return self.api("GET", f"/v1/knowledge/{kb}/jobs/{job_id}").json()  # type: ignore[no-any-return]

    def wait(self, kb: str, job_id: str, until: Any, timeout: float = 120) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = self.job(kb, job_id)
            if until(job):
                return job
            time.sleep(0.2)
        raise AssertionError(f"job {job_id} did not get there: {self.job(kb, job_id)}\n{self.logs()}")


@pytest.fixture
def cluster(servers: LoopThread, tmp_path: Path, redis_prefix: str, scanner_models: Resources) -> Iterator[Cluster]:
    c = Cluster(servers, tmp_path / "data", redis_prefix, scanner_models)
    yield c
    c.close()


def test_the_gateway_queues_and_a_worker_process_ingests(cluster: Cluster) -> None:
    r = cluster.api("POST", "/v1/knowledge", json={"name": "policies"})
    assert r.status_code == 201, r.text
    job = cluster.upload("policies", "travel.md", POLICY.encode())
    time.sleep(2)
    assert cluster.job("policies", job["id"])["status"] == "queued"  # the gateway does not run it

    w = cluster.worker()
    done = cluster.wait("policies", job["id"], lambda j: j["status"] in ("done", "failed"))
    assert done["status"] == "done" and done["files"][0]["status"] == "done", done
    r = cluster.api("POST", "/v1/knowledge/policies/search", json={"query": "per diem in Busan"})
    assert r.status_code == 200 and r.json()["data"][0]["document"] == "travel.md", r.text

    # delivered again (a duplicate on the stream): the worker skips the finished job
    knowledge = cluster.gw.services.knowledge
    cluster.lt.run(knowledge.queue.put(job["id"]))
    cluster.lt.run(knowledge.drain(), timeout=60)
    assert cluster.job("policies", job["id"])["updated_at"] == done["updated_at"]
    kb = cluster.api("GET", "/v1/knowledge/policies").json()
    assert kb["version"] == 1 and kb["documents"] == 1, kb

    w.send_signal(signal.SIGTERM)  # a clean stop
    assert w.wait(30) == 0, cluster.logs()
    log = cluster.logs()
    assert f"ingestion job {job['id']} started" in log and f"ingestion job {job['id']} ended: done" in log
    assert "worker stopped" in log


def _long_document(sections: int) -> bytes:
    """A handbook of short sections: one chunk each, and enough of them to take a worker some seconds."""
    topics = ["hotel", "flight", "meal", "taxi", "visa", "laptop", "training", "conference", "client", "gift"]
    parts = ["# Expense handbook\n"]
    for i in range(sections):
        t = topics[i % len(topics)]
        parts.append(f"\n## Rule {i}: {t}\n\nA {t} expense of up to {i * 10 + 50} dollars needs the approval "
                     f"of manager number {i % 13}, a receipt, and a note on the business purpose.\n")
    return "".join(parts).encode()


def test_a_job_whose_worker_is_killed_is_finished_by_another(cluster: Cluster) -> None:
    assert cluster.api("POST", "/v1/knowledge", json={"name": "handbook"}).status_code == 201
    first = cluster.worker("--reclaim-after", "3")
    job = cluster.upload("handbook", "handbook.md", _long_document(120))
    running = cluster.wait("handbook", job["id"],
                           lambda j: (j["files"][0].get("chunks_done") or 0) > 0 and j["status"] == "running")
    total = running["files"][0]["chunks_total"]
    assert running["files"][0]["chunks_done"] < total, "the job finished before the worker could be killed"
    first.send_signal(signal.SIGKILL)  # no goodbye: the job is neither acknowledged nor released
    first.wait(30)
    assert cluster.job("handbook", job["id"])["status"] == "running"

    cluster.worker("--reclaim-after", "3")
    done = cluster.wait("handbook", job["id"], lambda j: j["status"] in ("done", "failed"))
    f = done["files"][0]
    assert done["status"] == "done" and f["status"] == "done" and f["chunks_done"] == f["chunks_total"], done
    assert f["version"] == 1
    assert "(delivery 2)" in cluster.logs()
    r = cluster.api("POST", "/v1/knowledge/handbook/search", json={"query": "hotel approval"})
    assert r.status_code == 200 and r.json()["data"], r.text
