"""Router behaviour under upstream faults: retries, cooldowns, tiers, fallbacks, breaker, cut streams."""

from __future__ import annotations

import re
import threading
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import Gateway, remote
from tests.fakes.upstream import Act, FakeUpstream

HELLO = [{"role": "user", "content": "hello"}]


def metric(gw: Gateway, name: str, **labels: str) -> float:
    text = httpx.get(f"{gw.url}/metrics").text
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(re.search(f'{k}="{re.escape(v)}"', line) for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


def config(ups: dict[str, FakeUpstream], targets: list[dict[str, Any]], *, router: dict[str, Any] | None = None,
           deps: dict[str, dict[str, Any]] | None = None, **route: Any) -> dict[str, Any]:
    deployments = {n: remote(n, ups[n], **(deps or {}).get(n, {})) for n in ("a", "b", "c")}
    # no guardrails here: these tests are about transport, and output scanning holds stream text back
    return {"deployments": deployments, "router": {"backoff_base": 0.01, **(router or {})},
            "routes": {"main": {"targets": targets, **route}, "backup": {"targets": ["c"]}},
            "guardrails": {"enabled": False}}


def ask(gw: Gateway) -> str:
    r = gw.client().chat.completions.create(model="main", messages=HELLO)
    return r.choices[0].message.content or ""


def test_429_cools_the_deployment_down_for_retry_after_and_spills(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, [{"deployment": "a", "tier": 0}, {"deployment": "b", "tier": 1}]))
    upstreams["a"].script(Act(status=429, headers={"retry-after": "30"}))
    assert ask(gw).startswith("[b]")
    assert ask(gw).startswith("[b]")  # a is still cooling down: not even tried
    assert len(upstreams["a"].seen) == 1
    assert metric(gw, "bastion_deployment_cooldowns_total", deployment="a", reason="rate_limited") == 1
    assert metric(gw, "bastion_router_spills_total", route="main") == 2


def test_5xx_is_retried_with_backoff(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"]))
    upstreams["a"].script(Act(status=500), Act(status=503))
    assert ask(gw).startswith("[a]")
    assert len(upstreams["a"].seen) == 3
    assert metric(gw, "bastion_router_retries_total", route="main") == 2


def test_timeouts_are_retried_then_reported_as_504(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"], deps={"a": {"read_timeout": 0.3}}, retries=1))
    upstreams["a"].script(Act(delay=1.0), Act(delay=1.0))
    with pytest.raises(openai.APIStatusError) as e:
        ask(gw)
    assert e.value.status_code == 504
    assert e.value.code == "upstream_timeout"
    assert "read_timeout" in e.value.message


def test_connection_reset_is_retried(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"]))
    upstreams["a"].script(Act(reset=True))
    assert ask(gw).startswith("[a]")
    assert len(upstreams["a"].seen) == 2


def test_unreachable_deployment_falls_over_to_the_next(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    cfg = config(upstreams, [{"deployment": "dead", "tier": 0}, {"deployment": "b", "tier": 1}])
    cfg["deployments"]["dead"] = {"provider": "openai-compatible", "base_url": "http://127.0.0.1:9/v1"}
    gw = make_gateway(cfg)
    assert ask(gw).startswith("[b]")


def test_fallback_route_serves_when_the_route_is_exhausted(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"], fallbacks=["backup"], retries=1))
    upstreams["a"].script(Act(status=500), Act(status=500))
    assert ask(gw).startswith("[c]")
    assert metric(gw, "bastion_router_fallbacks_total", route="main", fallback="backup") == 1


def test_circuit_breaker_opens_after_consecutive_failures(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"], retries=0, router={"breaker_failures": 2, "breaker_reset": 60}))
    upstreams["a"].script(Act(status=500), Act(status=500))
    for _ in range(2):
        with pytest.raises(openai.InternalServerError):
            ask(gw)
    with pytest.raises(openai.APIStatusError) as e:
        ask(gw)
    assert e.value.status_code == 503 and e.value.code == "upstream_unavailable"
    assert int(e.value.response.headers["retry-after"]) > 1
    assert len(upstreams["a"].seen) == 2  # the open breaker kept the third call away
    assert metric(gw, "bastion_circuit_open", deployment="a") == 1


def test_half_open_probe_closes_the_breaker(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"], retries=0, router={"breaker_failures": 1, "breaker_reset": 0.2}))
    upstreams["a"].script(Act(status=500))
    with pytest.raises(openai.InternalServerError):
        ask(gw)
    with pytest.raises(openai.APIStatusError):
        ask(gw)  # open
    threading.Event().wait(0.3)
    assert ask(gw).startswith("[a]")  # half-open probe succeeds
    assert ask(gw).startswith("[a]")


def test_reserved_tier_saturation_spills_to_pay_as_you_go(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, [{"deployment": "a", "tier": 0}, {"deployment": "b", "tier": 1}],
                             deps={"a": {"max_concurrency": 1}}))
    upstreams["a"].script(Act(delay=0.5))
    answers: list[str] = []
    first = threading.Thread(target=lambda: answers.append(ask(gw)))
    first.start()
    threading.Event().wait(0.2)
    answers.append(ask(gw))
    first.join()
    assert sorted(a[:3] for a in answers) == ["[a]", "[b]"]
    assert metric(gw, "bastion_router_spills_total", route="main", from_tier="0", to_tier="1") == 1
    assert metric(gw, "bastion_router_requests_total", route="main", tier="0") == 1


def test_client_errors_pass_through_without_retry(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a", "b"]))
    upstreams["a"].script(Act(status=400, body={"error": {"message": "temperature too high", "type":
                                                          "invalid_request_error", "param": "temperature",
                                                          "code": "invalid_value"}}))
    upstreams["b"].script(Act(status=400, body={"error": {"message": "temperature too high", "type":
                                                          "invalid_request_error", "param": "temperature",
                                                          "code": "invalid_value"}}))
    with pytest.raises(openai.BadRequestError) as e:
        ask(gw)
    assert e.value.code == "invalid_value" and e.value.param == "temperature"
    assert len(upstreams["a"].seen) + len(upstreams["b"].seen) == 1


def test_bad_upstream_credentials_are_the_operators_problem(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"]))
    upstreams["a"].script(Act(status=401))
    with pytest.raises(openai.APIStatusError) as e:
        ask(gw)
    assert e.value.status_code == 502 and e.value.code == "upstream_auth_failed"


def test_cut_stream_before_any_content_is_retried_invisibly(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"]))
    upstreams["a"].script(Act(cut_after=1))  # only the empty role chunk went out
    chunks = list(gw.client().chat.completions.create(model="main", messages=HELLO, stream=True))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip() == "[a] Hello from the fake upstream."
    assert len(upstreams["a"].seen) == 2


def test_cut_stream_after_content_ends_with_an_error_event(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"]))
    upstreams["a"].script(Act(cut_after=3, chunk_delay=0.02))
    got: list[str] = []
    with pytest.raises(openai.APIError) as e:
        for c in gw.client().chat.completions.create(model="main", messages=HELLO, stream=True):
            got.append(c.choices[0].delta.content or "")
    assert "interrupted" in e.value.message
    assert "".join(got).strip() == "[a] Hello"  # what arrived, and then a clear failure: never a clean end
    upstreams["a"].script(Act(cut_after=3, chunk_delay=0.02))
    raw = httpx.post(f"{gw.base_url}/chat/completions", json={"model": "main", "messages": HELLO, "stream": True},
                     headers={"authorization": f"Bearer {gw.client().api_key}"}).text
    events = [line[6:] for line in raw.splitlines() if line.startswith("data: ")]
    assert "[DONE]" not in events
    assert events[-1].startswith('{"error":')


def test_malformed_chunk_is_an_error_not_garbage(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"]))
    upstreams["a"].script(Act(malformed_at=3, chunk_delay=0.02))  # arrives after content went out
    with pytest.raises(openai.APIError) as e:
        list(gw.client().chat.completions.create(model="main", messages=HELLO, stream=True))
    assert "malformed" in e.value.message


def test_malformed_chunk_before_any_content_is_retried(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a"]))
    upstreams["a"].script(Act(malformed_at=0))
    chunks = list(gw.client().chat.completions.create(model="main", messages=HELLO, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks).strip() == "[a] Hello from the fake upstream."
    assert len(upstreams["a"].seen) == 2


def test_weighted_strategy_follows_the_weights(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, [{"deployment": "a", "weight": 3}, {"deployment": "b", "weight": 1}]))
    for _ in range(200):
        ask(gw)
    share = len(upstreams["a"].seen) / 200
    assert 0.62 < share < 0.88


def test_least_busy_spreads_concurrent_requests(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a", "b"], strategy="least-busy"))
    upstreams["a"].script(*[Act(delay=0.3)] * 4)
    upstreams["b"].script(*[Act(delay=0.3)] * 4)
    threads = [threading.Thread(target=ask, args=(gw,)) for _ in range(4)]
    for t in threads:
        t.start()
        threading.Event().wait(0.02)
    for t in threads:
        t.join()
    assert len(upstreams["a"].seen) == 2 and len(upstreams["b"].seen) == 2


def test_lowest_latency_prefers_the_fast_deployment(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, ["a", "b"], strategy="lowest-latency"))
    upstreams["a"].script(*[Act(delay=0.1)] * 20)
    for _ in range(12):
        ask(gw)
    assert len(upstreams["b"].seen) >= 10
