"""Reranking through a rerank model route (a fake vLLM/Jina/Cohere-style ``/rerank`` upstream): it reorders the
passages an assistant puts in its prompt and the hits of the search API, the request it sends has the rerank API's
shape, a failing or nonsensical rerank model leaves the fused order (never a 5xx), and configuration mistakes
are refused with clear errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from bastion.assistants.prompt import label
from bastion.config import load_settings
from bastion.errors import ConfigError
from bastion.providers import registry
from bastion.resources import Resources
from tests.conftest import ADMIN_KEY, Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import Act, FakeUpstream, overlap
from tests.test_knowledge import TRAVEL, api, new_kb, upload

EXPENSES = """# Expenses

## Hotels

Hotel stays are reimbursed up to KRW 150,000 per night in Busan and JPY 18,000 per night in Tokyo.

## Taxis

Taxis are reimbursed between 22:00 and 06:00, or when you carry equipment for work.
"""
QUESTION = "How much is the daily allowance in Busan?"
HR: dict[str, Any] = {"route": "up-a", "role": "You are the HR help desk.",
                      "retrieval": {"knowledge_bases": ["policies"], "min_relevance": -1, "top_k": 3,
                                    "rerank_route": "up-rr", "rerank_candidates": 10}}
E5 = {"provider": "local-embedding", "kind": "embedding", "model": "multilingual-e5-small"}


def config(ups: dict[str, FakeUpstream]) -> dict[str, Any]:
    return {"deployments": {"a": remote("a", ups["a"]), "rr": remote("rr", ups["b"], kind="rerank"), "e5": E5},
            "routes": {"up-a": {"targets": ["a"]}, "up-rr": {"targets": ["rr"], "retries": 0},
                       "multilingual-e5-small": {"targets": ["e5"]}},
            "router": {"breaker_failures": 100},  # the failures scripted here must not open the circuit
            "assistants": {"hr": HR}}


@pytest.fixture(scope="module")
def gw(servers: LoopThread, tmp_path_factory: pytest.TempPathFactory, scanner_models: Resources,
       upstreams: dict[str, FakeUpstream]) -> Iterator[Gateway]:
    g = start_gateway(servers, tmp_path_factory.mktemp("rerank"), config(upstreams), scanner_models)
    new_kb(g)
    upload(g, "policies", [("travel.md", TRAVEL.encode()), ("expenses.md", EXPENSES.encode())])
    yield g
    stop_gateway(servers, g)


def search(gw: Gateway, **body: Any) -> dict[str, Any]:
    r = api(gw, "POST", "/v1/knowledge/policies/search", json={"query": QUESTION, **body})
    assert r.status_code == 200, r.text
    return r.json()


def fused(gw: Gateway, top_k: int = 10) -> list[dict[str, Any]]:
    out = search(gw, top_k=top_k)
    assert "rerank" not in out and all(h["rerank_score"] is None for h in out["data"])
    return out["data"]


def ask(gw: Gateway) -> Any:
    return gw.client().chat.completions.create(model="assistant/hr", messages=[{"role": "user", "content": QUESTION}])


def test_reranking_reorders_the_passages_in_the_prompt(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    order = fused(gw)
    texts = [h["text"] for h in order]
    assert len(texts) >= 4
    # the rerank model prefers what fusion ranked last
    upstreams["b"].script(Act(scorer=lambda q, d: float(texts.index(d))))
    upstreams["a"].script(Act(text="Busan's per diem is KRW 60,000 [1]."))
    r = ask(gw)
    want = list(reversed(order))[:3]

    sent = upstreams["b"].seen[-1]
    assert sent.path == "/v1/rerank"
    assert sent.body == {"model": "up-rr", "query": QUESTION, "documents": texts, "top_n": len(texts)}

    ext = r.model_extra["bastion"]
    assert ext["evidence"]["rerank"] == {"route": "up-rr", "ok": True} and ext["refused"] is False
    assert [s["chunk_id"] for s in ext["sources"]] == [h["chunk_id"] for h in want]
    assert [s["index"] for s in ext["sources"]] == [1, 2, 3]
    scores = [s["rerank_score"] for s in ext["sources"]]
    assert scores == sorted(scores, reverse=True) == [float(len(texts) - 1 - i) for i in range(3)]
    # the similarity (the evidence measure) is the cosine one, whatever the rerank model said
    assert [s["similarity"] for s in ext["sources"]] == [h["similarity"] for h in want]

    prompt = upstreams["a"].seen[-1].body["messages"][-1]["content"]
    at = [prompt.index(f"[{i}] {label(h['title'], h['section'], h['page'])}\n") for i, h in enumerate(want, 1)]
    assert at == sorted(at) and "[4] " not in prompt


def test_the_search_api_reranks_on_request(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    out = search(gw, rerank="up-rr", top_k=2)
    assert out["rerank"] == {"route": "up-rr", "ok": True}
    hits = out["data"]
    scores = [h["rerank_score"] for h in hits]
    assert len(hits) == 2 and all(isinstance(s, float) for s in scores) and scores == sorted(scores, reverse=True)
    # the fake scores by the share of the question's words a passage has; ties keep the fused order
    best = sorted(fused(gw), key=lambda h: -overlap(QUESTION, h["text"]))[:2]
    assert [h["chunk_id"] for h in hits] == [h["chunk_id"] for h in best]
    assert scores == [overlap(QUESTION, h["text"]) for h in best]
    assert all(h["similarity"] is not None for h in hits)
    sent = upstreams["b"].seen[-1].body
    assert sent["query"] == QUESTION and sent["top_n"] == len(sent["documents"]) >= 4  # every chunk (< 20)

    search(gw, rerank="up-rr", top_k=2, rerank_candidates=3)
    assert len(upstreams["b"].seen[-1].body["documents"]) == 3
    # top_k above rerank_candidates: the rerank model scores top_k candidates
    assert len(search(gw, rerank="up-rr", top_k=4, rerank_candidates=2)["data"]) == 4
    assert len(upstreams["b"].seen[-1].body["documents"]) == 4


def scored(indexes: Any) -> dict[str, Any]:
    return {"results": [{"index": i, "relevance_score": 1.0 / (1 + i)} for i in indexes]}


FAILURES: dict[str, Callable[[int], Act]] = {  # n documents sent -> what the rerank upstream does
    "http-500": lambda n: Act(status=500),
    "connection-reset": lambda n: Act(reset=True),
    "index-out-of-range": lambda n: Act(body=scored([*range(n - 1), n])),
    "index-missing": lambda n: Act(body={"results": [{"relevance_score": 0.5}] * n}),
    "index-twice": lambda n: Act(body=scored([0, *range(n - 1)])),
    "too-few-results": lambda n: Act(body=scored(range(n - 1))),
    "score-not-a-number": lambda n: Act(body={"results": [{"index": i, "relevance_score": "high"} for i in range(n)]}),
    "no-results": lambda n: Act(body={"data": []}),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_failed_rerank_keeps_the_fused_order(gw: Gateway, upstreams: dict[str, FakeUpstream], failure: str) -> None:
    n = len(fused(gw))
    want = [h["chunk_id"] for h in fused(gw, top_k=2)]
    upstreams["b"].script(FAILURES[failure](n))
    out = search(gw, rerank="up-rr", top_k=2)
    assert out["rerank"] == {"route": "up-rr", "ok": False}
    assert [h["chunk_id"] for h in out["data"]] == want and all(h["rerank_score"] is None for h in out["data"])
    assert len(upstreams["b"].seen) == 1 and len(upstreams["b"].seen[0].body["documents"]) == n


def test_an_assistant_whose_rerank_fails_answers_in_the_fused_order(gw: Gateway,
                                                                     upstreams: dict[str, FakeUpstream]) -> None:
    want = [h["chunk_id"] for h in fused(gw, top_k=3)]
    upstreams["b"].script(Act(status=503, body={"error": {"message": "reranker down"}}))
    upstreams["a"].script(Act(text="KRW 60,000 [1]."))
    r = ask(gw)
    ext = r.model_extra["bastion"]
    assert ext["evidence"]["rerank"] == {"route": "up-rr", "ok": False}
    assert [s["chunk_id"] for s in ext["sources"]] == want and ext["refused"] is False
    assert r.choices[0].message.content.startswith("[a] KRW 60,000")


def test_rerank_routes_are_checked_where_they_are_named(gw: Gateway) -> None:
    r = api(gw, "POST", "/v1/knowledge/policies/search", json={"query": QUESTION, "rerank": "nope"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "model_not_found"
    r = api(gw, "POST", "/v1/knowledge/policies/search", json={"query": QUESTION, "rerank": "up-a"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "rerank"
    assert "not a rerank model" in r.json()["error"]["message"]
    bad = {**HR, "retrieval": {**HR["retrieval"], "rerank_route": "up-a"}}
    r = api(gw, "PUT", "/admin/assistants/other", json=bad)
    assert r.status_code == 400 and r.json()["error"]["param"] == "retrieval.rerank_route"
    bad = {**HR, "retrieval": {**HR["retrieval"], "rerank_candidates": 2}}
    r = api(gw, "PUT", "/admin/assistants/other", json=bad)
    assert r.status_code == 400 and "rerank_candidates (2) must be at least top_k (3)" in r.json()["error"]["message"]

    models = {m.id: (m.model_extra or {})["bastion"]["kind"] for m in gw.client().models.list()}
    assert models["up-rr"] == "rerank" and models["up-a"] == "chat"
    with pytest.raises(openai.BadRequestError, match="not a chat model"):
        gw.client().chat.completions.create(model="up-rr", messages=[{"role": "user", "content": "x"}])
    r = httpx.post(f"{gw.base_url}/embeddings", json={"model": "up-rr", "input": "x"},
                   headers={"authorization": f"Bearer {ADMIN_KEY}"})
    assert r.status_code == 400 and "not a embedding model" in r.json()["error"]["message"]


def _settings(tmp_path: Path, retrieval: dict[str, Any], **deployments: dict[str, Any]) -> Any:
    deps = {"chat": {"provider": "openai-compatible", "base_url": "http://127.0.0.1:1/v1", "model": "up-a"},
            "rr": {"provider": "openai-compatible", "base_url": "http://127.0.0.1:1/v1", "model": "up-rr",
                   "kind": "rerank"}, "e5": E5, **deployments}
    hr = {**HR, "retrieval": {**HR["retrieval"], **retrieval}}
    return load_settings(None, data_dir=tmp_path, deployments=deps, assistants={"hr": hr})


@pytest.mark.parametrize(("retrieval", "key", "problem", "fix"), [
    ({"rerank_route": "up-a"}, "assistants.hr.retrieval.rerank_route", "'up-a' is not a rerank route",
     "use one of: up-rr"),
    ({"rerank_route": "nope"}, "assistants.hr.retrieval.rerank_route", "'nope' is not a rerank route",
     "use one of: up-rr"),
    ({"rerank_candidates": 2}, "assistants.hr.retrieval", "rerank_candidates (2) must be at least top_k (3)",
     "docs/configuration.md"),
    ({"rerank_candidates": 101}, "assistants.hr.retrieval.rerank_candidates", "less than or equal to 100",
     "docs/configuration.md"),
])
def test_rerank_settings_are_checked_at_load(tmp_path: Path, retrieval: dict[str, Any], key: str, problem: str,
                                             fix: str) -> None:
    with pytest.raises(ConfigError) as e:
        _settings(tmp_path, retrieval)
    assert e.value.key == key and problem in e.value.problem and fix in e.value.fix


def test_rerank_deployments_are_checked_at_load(tmp_path: Path) -> None:
    s = _settings(tmp_path, {})
    assert s.assistants["hr"].retrieval.rerank_route == "up-rr"
    assert s.deployments["rr"].kind == "rerank" and set(s.routes) == {"up-a", "up-rr", "multilingual-e5-small"}
    providers = registry.build(s.deployments)  # openai-compatible serves rerank deployments
    assert callable(getattr(providers["rr"], "rerank", None))

    with pytest.raises(ConfigError) as e:
        load_settings(None, data_dir=tmp_path, deployments={"chat": {"provider": "local"}, "rr": {
            "provider": "openai-compatible", "base_url": "http://127.0.0.1:1/v1", "kind": "rerank"}},
            routes={"both": {"targets": ["chat", "rr"]}})
    assert e.value.key == "routes.both.targets" and e.value.problem == "mixes chat and rerank deployments"

    for provider in ({"provider": "openai", "api_key": "sk-x", "model": "rerank-v3"},
                     {"provider": "local-embedding", "model": "multilingual-e5-small"}):
        s = load_settings(None, data_dir=tmp_path, deployments={"r": {**provider, "kind": "rerank"}})
        with pytest.raises(ConfigError) as e:
            registry.build(s.deployments)
        assert e.value.key == "deployments.r.kind" and "cannot serve rerank models" in e.value.problem
        assert "openai-compatible" in e.value.fix
