"""The sampling inspector, POST /v1/inspect/next-token: the sampling math on hand-computed numbers, the real
SmolLM2 logits through the HTTP API, and the logprobs path against a fake OpenAI-compatible upstream."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from typing import Any

import httpx
import numpy as np
import pytest
from aiohttp import web

from bastion import sampling
from tests.conftest import ADMIN_KEY, Gateway, LoopThread, remote
from tests.fakes.upstream import FakeUpstream

PATH = "/v1/inspect/next-token"
FRANCE = [{"role": "user", "content": "What is the capital of France?"}]
AWS = "AKIAIOSFODNN7EXAMPLE"


def inspect(gw: Gateway, key: str | None = ADMIN_KEY, **body: Any) -> httpx.Response:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    return httpx.post(f"{gw.url}{PATH}", json=body, headers=headers, timeout=120)


def ok(gw: Gateway, **body: Any) -> dict[str, Any]:
    r = inspect(gw, **body)
    assert r.status_code == 200, r.text
    out: dict[str, Any] = r.json()
    return out


# -- the math, on numbers computed by hand ----------------------------------------------------------------
# softmax([2, 1, 0]) = e^2, e^1, e^0 over 11.107338 = 0.665241, 0.244728, 0.090031 (cumulative 0.665, 0.910, 1)
P_RAW = [0.665241, 0.244728, 0.090031]


def test_temperature_alone_rescales_the_whole_vocabulary() -> None:
    for t, expected in ((1.0, P_RAW),
                        (0.5, [0.866813, 0.117310, 0.015876]),  # softmax([4, 2, 0])
                        (2.0, [0.506480, 0.307196, 0.186324])):  # softmax([1, 0.5, 0])
        d = sampling.distribution([2.0, 1.0, 0.0], t, 1.0)
        assert np.allclose(d.p_raw, P_RAW, atol=1e-6)
        assert np.allclose(d.p_sampled, expected, atol=1e-6) and d.kept.all() and d.n_kept == 3
    assert np.allclose(sampling.distribution([2.0, 1.0, 0.0], 1.0, 1.0).logprob, np.log(P_RAW), atol=1e-6)


def test_llama_cpp_order_cuts_at_temperature_one_then_rescales_the_survivors() -> None:
    # top_p 0.9: 0.665 < 0.9 <= 0.910, so two tokens survive whatever the temperature
    for t, expected in ((1.0, [0.731059, 0.268941, 0.0]),  # softmax([2, 1])
                        (0.5, [0.880797, 0.119203, 0.0]),  # softmax([4, 2])
                        (2.0, [0.622459, 0.377541, 0.0])):  # softmax([1, 0.5])
        d = sampling.distribution([2.0, 1.0, 0.0], t, 0.9, "top_p_first")
        assert np.allclose(d.p_sampled, expected, atol=1e-6)
        assert d.kept.tolist() == [True, True, False] and d.n_kept == 2


def test_temperature_first_order_cuts_the_rescaled_distribution() -> None:
    # T=2: 0.506, 0.307, 0.186 (cumulative 0.506, 0.814, 1): top_p 0.9 keeps all three
    d = sampling.distribution([2.0, 1.0, 0.0], 2.0, 0.9, "temperature_first")
    assert np.allclose(d.p_sampled, [0.506480, 0.307196, 0.186324], atol=1e-6) and d.n_kept == 3
    # T=0.5: 0.867, 0.117 (cumulative 0.984): two survive, renormalised = softmax([4, 2])
    d = sampling.distribution([2.0, 1.0, 0.0], 0.5, 0.9, "temperature_first")
    assert np.allclose(d.p_sampled, [0.880797, 0.119203, 0.0], atol=1e-6) and d.n_kept == 2


def test_nucleus_keeps_the_token_that_crosses_top_p_and_at_least_one() -> None:
    p = [0.5, 0.3, 0.2]
    assert [sampling.nucleus_size(p, q) for q in (0.01, 0.5, 0.51, 0.79, 0.81, 1.0)] == [1, 1, 2, 2, 3, 3]
    d = sampling.distribution([2.0, 1.0, 0.0], 1.0, 0.5)
    assert d.p_sampled.tolist() == [1.0, 0.0, 0.0] and d.n_kept == 1


def test_greedy_and_entropies() -> None:
    d = sampling.distribution([1.0, 3.0, 2.0], 0.0, 0.5)
    assert d.p_sampled.tolist() == [0.0, 1.0, 0.0] and d.kept.tolist() == [False, True, False]
    d = sampling.distribution([2.0, 1.0, 0.0], 1.0, 0.9)
    # -(0.665241 log2 0.665241 + 0.244728 log2 0.244728 + 0.090031 log2 0.090031) = 1.200893 bits
    assert sampling.entropy_bits(d.p_raw) == pytest.approx(1.200893, abs=1e-6)
    # -(0.731059 log2 0.731059 + 0.268941 log2 0.268941) = 0.839941 bits
    assert sampling.entropy_bits(d.p_sampled) == pytest.approx(0.839941, abs=1e-6)
    assert sampling.entropy_bits([1.0, 0.0]) == 0.0 and sampling.entropy_bits([0.5, 0.5]) == 1.0


def test_shown_tokens_and_summary() -> None:
    d = sampling.distribution([0.0, 3.0, 1.0, 3.0, 2.0], 1.0, 0.5)
    ids = sampling.shown(d, 3)
    assert ids.tolist() == [1, 3, 4]  # by logit; the tie keeps id order
    s = sampling.summary(d, ids)
    assert s["kept"] == 2 and s["mass_shown"]["sampled"] == pytest.approx(1.0)
    assert s["mass_shown"]["raw"] == pytest.approx(float(d.p_raw[[1, 3, 4]].sum()))
    assert [r["kept"] for r in sampling.rows(d, ids)] == [True, True, False]
    big = sampling.distribution(np.linspace(5, 0, 1000), 0.7, 0.95)  # a large vocabulary stays normalised
    assert big.p_raw.sum() == pytest.approx(1.0) and big.p_sampled.sum() == pytest.approx(1.0)


# -- the real local model (SmolLM2-135M) -------------------------------------------------------------------
@pytest.mark.slow
def test_real_logits_before_and_after(local_gateway: Gateway) -> None:
    r = ok(local_gateway, model="smollm2", messages=FRANCE)
    assert r["object"] == "inspect.next_token" and r["source"] == "logits" and r["order"] == "top_p_first"
    assert r["model"] == "smollm2" and r["deployment"] == "smollm2-local" and r["prompt_tokens"] > 10
    assert (r["temperature"], r["top_p"], r["top_k"]) == (1.0, 1.0, 10)
    toks = r["tokens"]
    assert len(toks) == 10 and all(isinstance(t["id"], int) and t["token"] for t in toks)
    p_raw = [t["p_raw"] for t in toks]
    assert p_raw == sorted(p_raw, reverse=True) and 0 < sum(p_raw) <= 1 + 1e-9
    assert r["mass_shown"]["raw"] == pytest.approx(sum(p_raw))
    for t in toks:  # at T=1 and top_p=1 nothing changes
        assert t["logprob"] == pytest.approx(math.log(t["p_raw"]), abs=1e-9)
        assert t["p_sampled"] == pytest.approx(t["p_raw"], rel=1e-9) and t["kept"]
    assert r["kept"] > 10_000  # top_p=1 keeps the whole vocabulary
    assert r["entropy"]["raw"] == pytest.approx(r["entropy"]["sampled"]) and r["entropy"]["raw"] > 0


@pytest.mark.slow
def test_low_temperature_is_peaked_high_temperature_is_flat(local_gateway: Gateway) -> None:
    cold = ok(local_gateway, model="smollm2", messages=FRANCE, temperature=0.3)
    hot = ok(local_gateway, model="smollm2", messages=FRANCE, temperature=1.5)
    assert cold["entropy"]["sampled"] < cold["entropy"]["raw"] < hot["entropy"]["sampled"]
    assert cold["entropy"]["raw"] == pytest.approx(hot["entropy"]["raw"])  # the model's own view is unchanged
    assert cold["tokens"][0]["p_sampled"] > cold["tokens"][0]["p_raw"] > hot["tokens"][0]["p_sampled"]
    for r, t in ((cold, 0.3), (hot, 1.5)):  # p_sampled ∝ exp(logprob / T): check the ratios independently
        a, b = r["tokens"][0], r["tokens"][3]
        assert a["p_sampled"] / b["p_sampled"] == pytest.approx(math.exp((a["logprob"] - b["logprob"]) / t), rel=1e-6)


@pytest.mark.slow
def test_top_p_keeps_a_nucleus_cut_before_temperature(local_gateway: Gateway) -> None:
    full = ok(local_gateway, model="smollm2", messages=FRANCE, top_p=1.0)
    half = ok(local_gateway, model="smollm2", messages=FRANCE, top_p=0.5)
    assert half["kept"] < full["kept"] and half["kept"] <= len(half["tokens"])  # the nucleus fits in the list
    kept = [t for t in half["tokens"] if t["kept"]]
    assert len(kept) == half["kept"] and half["tokens"][: len(kept)] == kept  # a prefix by p_raw
    assert sum(t["p_sampled"] for t in kept) == pytest.approx(1.0, abs=1e-9)
    assert half["mass_shown"]["sampled"] == pytest.approx(1.0, abs=1e-9)
    cum = sum(t["p_raw"] for t in kept)  # llama.cpp: the smallest prefix whose p_raw reaches top_p
    assert cum >= 0.5 > cum - kept[-1]["p_raw"]
    assert all(t["p_sampled"] == 0 for t in half["tokens"] if not t["kept"])
    # llama.cpp cuts at temperature 1, so a hot temperature keeps the same nucleus and reshapes only it
    hot = ok(local_gateway, model="smollm2", messages=FRANCE, top_p=0.5, temperature=2.0)
    assert hot["kept"] == half["kept"]
    z = sum(math.exp(t["logprob"] / 2.0) for t in kept)
    for t, h in zip(kept, hot["tokens"], strict=False):
        assert h["p_sampled"] == pytest.approx(math.exp(t["logprob"] / 2.0) / z, rel=1e-6)


@pytest.mark.slow
def test_temperature_zero_is_greedy_and_matches_a_chat_request(local_gateway: Gateway) -> None:
    r = ok(local_gateway, model="smollm2", messages=FRANCE, temperature=0, top_k=5)
    assert [t["p_sampled"] for t in r["tokens"]] == [1.0, 0.0, 0.0, 0.0, 0.0]
    assert [t["kept"] for t in r["tokens"]] == [True, False, False, False, False]
    assert r["kept"] == 1 and r["entropy"]["sampled"] == 0.0
    # the chat template is the chat endpoint's: its greedy first token is the inspector's top token
    chat = local_gateway.client().chat.completions.create(model="smollm2", messages=FRANCE, temperature=0,
                                                           max_tokens=1)
    assert chat.choices[0].message.content == r["tokens"][0]["token"]


@pytest.mark.slow
def test_raw_prompt(local_gateway: Gateway) -> None:
    r = ok(local_gateway, model="smollm2", prompt="The capital of France is", top_k=3)
    assert r["tokens"][0]["token"] == " Paris" and r["tokens"][0]["p_raw"] > 0.5 and len(r["tokens"]) == 3


@pytest.mark.slow
def test_errors(local_gateway: Gateway) -> None:
    def error(status: int, key: str | None = ADMIN_KEY, **body: Any) -> dict[str, Any]:
        r = inspect(local_gateway, key, **body)
        assert r.status_code == status, r.text
        err: dict[str, Any] = r.json()["error"]
        return err

    assert error(404, model="nope", messages=FRANCE)["code"] == "model_not_found"
    assert error(401, None, model="smollm2", messages=FRANCE)["code"] == "missing_api_key"
    assert error(401, "bst_wrong", model="smollm2", messages=FRANCE)["code"] == "invalid_api_key"
    for field, value in (("temperature", 2.5), ("temperature", -1), ("top_p", 0), ("top_p", 1.5), ("top_k", 0),
                         ("top_k", 51), ("temperature", "hot")):
        assert error(400, model="smollm2", messages=FRANCE, **{field: value})["param"] == field
    assert error(400, model="smollm2", messages=FRANCE, max_tokens=3)["param"] == "max_tokens"
    assert error(400, model="smollm2")["param"] == "messages"
    assert error(400, model="smollm2", messages=FRANCE, prompt="x")["param"] == "messages"
    assert error(400, model="smollm2", messages=[{"role": "wizard", "content": "hi"}])["param"] == "messages[0].role"
    assert error(400, model="multilingual-e5-small", messages=FRANCE)["param"] == "model"
    too_long = error(400, model="smollm2", prompt="word " * 5000)
    assert too_long["code"] == "context_length_exceeded" and "context window" in too_long["message"]
    assert error(400, model="smollm2", messages=[{"role": "user", "content": "word " * 5000}])["param"] == "messages"
    auth = {"authorization": f"Bearer {ADMIN_KEY}"}
    key = httpx.post(f"{local_gateway.url}/admin/keys", json={"allowed_models": ["multilingual-e5-small"]},
                     headers=auth).json()["key"]
    assert error(403, key, model="smollm2", messages=FRANCE)["param"] == "model"
    assert ok(local_gateway, model="smollm2", messages=FRANCE, top_k=1)["tokens"]  # still serving afterwards


# -- remote: the logprobs path against a fake OpenAI-compatible upstream -----------------------------------
TOPS = [(" Paris", 0.6), (" Lyon", 0.2), (" Nice", 0.1), (" the", 0.05)]  # 0.95 of the mass


class LogprobsUpstream(FakeUpstream):
    """Answers every chat completion with one token and its top logprobs (as many as asked, up to 4)."""

    async def chat(self, request: web.Request) -> web.StreamResponse:
        _, body = await self._begin(request)
        tops = [{"token": t, "logprob": math.log(p), "bytes": list(t.encode())} for t, p in TOPS]
        tops = tops[: int(body.get("top_logprobs") or 0)]
        content = [{**tops[0], "top_logprobs": tops}] if body.get("logprobs") else None
        return web.json_response({
            "id": "chatcmpl-lp", "object": "chat.completion", "created": int(time.time()), "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": " Paris"},
                         "logprobs": {"content": content} if content else None, "finish_reason": "length"}],
            "usage": {"prompt_tokens": 9, "completion_tokens": 1, "total_tokens": 10}})


@pytest.fixture
def lp_upstream(servers: LoopThread) -> Iterator[LogprobsUpstream]:
    u = LogprobsUpstream("lp")
    servers.run(u.start())
    yield u
    servers.run(u.stop())


@pytest.fixture
def rgw(make_gateway, lp_upstream: LogprobsUpstream, upstreams: dict[str, FakeUpstream]) -> Gateway:  # type: ignore[no-untyped-def]
    return make_gateway({
        "deployments": {"r": remote("r", lp_upstream),
                        "n": remote("n", upstreams["a"], capabilities={"logprobs": False})},
        "routes": {"remote": {"targets": ["r"]}, "plain": {"targets": ["n"]}},
        "guardrails": {"policies": {"default": {"scanners": ["secrets"], "actions": {"secrets": "mask"}}}}})


def test_remote_route_uses_top_logprobs(rgw: Gateway, lp_upstream: LogprobsUpstream) -> None:
    r = ok(rgw, model="remote", messages=[{"role": "user", "content": f"My key is {AWS}. Capital of France?"}],
           top_k=30)
    sent = lp_upstream.seen[-1].body
    assert (sent["model"], sent["max_tokens"], sent["logprobs"], sent["top_logprobs"]) == ("up-r", 1, True, 20)
    assert sent["temperature"] == 1.0 and sent["top_p"] == 1.0
    assert sent["messages"][0]["content"] == "My key is [REDACTED:aws_access_key]. Capital of France?"
    assert r["source"] == "logprobs" and r["order"] == "temperature_first" and "top 4 tokens" in r["note"]
    assert r["deployment"] == "r" and r["prompt_tokens"] == 9
    assert [t["token"] for t in r["tokens"]] == [t for t, _ in TOPS] and all(t["id"] is None for t in r["tokens"])
    assert [t["p_raw"] for t in r["tokens"]] == pytest.approx([0.6, 0.2, 0.1, 0.05])
    assert r["mass_shown"]["raw"] == pytest.approx(0.95)
    # T=1, top_p=1: renormalised within the shown tokens, 0.6/0.95, 0.2/0.95, ...
    assert [t["p_sampled"] for t in r["tokens"]] == pytest.approx([0.631579, 0.210526, 0.105263, 0.052632], abs=1e-6)
    metrics = httpx.get(f"{rgw.url}/metrics").text
    assert 'bastion_requests_total{endpoint="inspect",route="remote",status="200"} 1.0' in metrics


def test_remote_temperature_and_top_p_are_applied_by_the_gateway(rgw: Gateway) -> None:
    # T=0.5: p^2 = 0.36, 0.04, 0.01, 0.0025 over 0.4125
    r = ok(rgw, model="remote", messages=FRANCE, temperature=0.5, top_k=4)
    assert [t["p_sampled"] for t in r["tokens"]] == pytest.approx([0.872727, 0.096970, 0.024242, 0.006061], abs=1e-6)
    # T=1, top_p=0.7: 0.632 < 0.7 <= 0.842, two kept: 0.6/0.8, 0.2/0.8
    r = ok(rgw, model="remote", messages=FRANCE, top_p=0.7, top_k=4)
    assert [t["p_sampled"] for t in r["tokens"]] == pytest.approx([0.75, 0.25, 0.0, 0.0])
    assert r["kept"] == 2 and [t["kept"] for t in r["tokens"]] == [True, True, False, False]


def test_remote_refusals(rgw: Gateway) -> None:
    r = inspect(rgw, model="plain", messages=FRANCE)
    assert r.status_code == 400 and r.json()["error"]["code"] == "next_token_unavailable"
    assert "inspect one of: remote" in r.json()["error"]["message"]
    r = inspect(rgw, model="remote", prompt="The capital of France is")
    assert r.status_code == 400 and r.json()["error"]["param"] == "prompt"
