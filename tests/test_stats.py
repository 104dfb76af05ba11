"""``GET /admin/stats``, the dashboards' numbers, from real traffic through the openai SDK: requests and tokens over
time, latency percentiles, cost per tenant and model, the cache hit rate, blocked and flagged requests by category,
the top abusers, thumbs per assistant and the refusal rate; a tenant-admin sees only its tenant, a user key is
refused, bad parameters are 400s; the same numbers on PostgreSQL; and what it says when the request log is off."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import openai
import pytest

from bastion.resources import Resources
from bastion.storage.stats import Window, default_bucket, percentile
from tests.conftest import ADMIN_KEY, Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import FakeUpstream
from tests.test_knowledge import TRAVEL, new_kb, upload

E5 = {"provider": "local-embedding", "kind": "embedding", "model": "multilingual-e5-small"}
PRICE = {"input": 1.0, "output": 2.0}  # USD per million tokens: the fake upstream's 11 + 7 tokens cost 25e-6
CALL_COST = (11 * 1.0 + 7 * 2.0) / 1e6
SECRET = "store AKIAIOSFODNN7EXAMPLE for me"


def config(ups: dict[str, FakeUpstream], kb: bool = True) -> dict[str, Any]:
    assistants: dict[str, Any] = {"helpdesk": {"route": "up-a", "role": "You are the IT help desk."}}
    if kb:
        assistants["hr"] = {"route": "up-a", "role": "You are the HR help desk.", "cache": {"enabled": False},
                            "retrieval": {"knowledge_bases": ["policies"], "min_relevance": 0.79}}
    return {"deployments": {"a": remote("a", ups["a"]), "e5": E5},
            "routes": {"up-a": {"targets": ["a"]}, "multilingual-e5-small": {"targets": ["e5"]}},
            "prices": {"up-a": PRICE}, "cache": {"enabled": True}, "assistants": assistants,
            "guardrails": {"policies": {"default": {"actions": {"secrets": "block"}},
                                        "lenient": {"actions": {"secrets": "flag"}}}},
            "quotas": {"key_cache_seconds": 0}}


def api(gw: Gateway, path: str, key: str = ADMIN_KEY, method: str = "GET", **kw: Any) -> httpx.Response:
    return httpx.request(method, f"{gw.url}{path}", headers={"authorization": f"Bearer {key}"}, timeout=60, **kw)


def stats(gw: Gateway, key: str = ADMIN_KEY, **params: Any) -> dict[str, Any]:
    r = api(gw, "/admin/stats", key, params=params)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def new_key(gw: Gateway, name: str, role: str = "user", tenant: str = "default") -> str:
    r = api(gw, "/admin/users", method="POST", json={"name": name, "role": role, "tenant_id": tenant})
    assert r.status_code == 201, r.text
    r = api(gw, "/admin/keys", method="POST", json={"name": name, "role": role, "tenant_id": tenant,
                                                    "user_id": r.json()["id"]})
    assert r.status_code == 201, r.text
    return r.json()["key"]  # type: ignore[no-any-return]


def chat(gw: Gateway, key: str, text: str, model: str = "assistant/helpdesk") -> Any:
    return gw.client(key).chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": text}])


def vote(gw: Gateway, key: str, response_id: str, rating: str) -> None:
    r = api(gw, "/v1/feedback", key, method="POST", json={"response_id": response_id, "rating": rating})
    assert r.status_code == 200, r.text


def traffic(gw: Gateway, assistants: bool = True) -> dict[str, str]:
    """Requests of known outcome, in tenants default and acme; returns the keys used."""
    assert api(gw, "/admin/tenants", method="POST", json={"id": "acme", "policy": "lenient"}).status_code == 201
    alice, bob, olga = new_key(gw, "alice"), new_key(gw, "bob"), new_key(gw, "olga", tenant="acme")
    first = chat(gw, alice, "How do I reconnect to the VPN?")
    assert first.headers["x-bastion-cache"] == "miss"
    again = chat(gw, bob, "How do I reconnect to the VPN?")
    assert again.headers["x-bastion-cache"] == "hit"
    chat(gw, alice, "Hello there", model="up-a")  # a raw route: not cached (no opt-in), priced
    with pytest.raises(openai.BadRequestError):
        chat(gw, bob, SECRET, model="up-a")  # blocked in tenant default: an offense of bob's key
    chat(gw, olga, SECRET, model="up-a")  # flagged in tenant acme, passed on
    vote(gw, alice, first.parse().id, "up")
    vote(gw, bob, first.parse().id, "down")
    if assistants:
        refused = chat(gw, alice, "What is the capital of Australia?", model="assistant/hr").parse()
        assert refused.model_extra["bastion"]["refused"] is True
        grounded = chat(gw, alice, "How much is the daily allowance in Busan?", model="assistant/hr").parse()
        assert grounded.model_extra["bastion"]["refused"] is False
        vote(gw, bob, grounded.id, "up")
    return {"alice": alice, "bob": bob, "olga": olga}


def settled(gw: Gateway, check: Any, **params: Any) -> dict[str, Any]:
    """The stats once ``check`` holds (offenses are recorded just after the response), else the last answer."""
    deadline = time.monotonic() + 10
    while True:
        data = stats(gw, **params)
        if check(data) or time.monotonic() > deadline:
            return data
        time.sleep(0.1)


def series_sum(section: dict[str, Any], field: str) -> int:
    return sum(b[field] for b in section["series"])


@pytest.fixture(scope="module")
def gw(servers: LoopThread, tmp_path_factory: pytest.TempPathFactory, scanner_models: Resources,
       upstreams: dict[str, FakeUpstream]) -> Iterator[Gateway]:
    g = start_gateway(servers, tmp_path_factory.mktemp("stats"), config(upstreams), scanner_models)
    new_kb(g)
    upload(g, "policies", [("travel.md", TRAVEL.encode())])
    yield g
    stop_gateway(servers, g)


@pytest.fixture(scope="module")
def keys(gw: Gateway) -> dict[str, str]:
    return traffic(gw)


def test_the_numbers_of_real_traffic(gw: Gateway, keys: dict[str, str]) -> None:
    data = settled(gw, lambda d: d["abusers"])
    assert data["object"] == "admin.stats" and data["tenant"] is None and data["truncated"] is False
    assert data["bucket"] == 1800 and len(data["buckets"]) in (48, 49)  # 24 h by default
    t = data["traffic"]
    assert t["requests"] == 7 and t["errors"] == 1 and data["rows"] == 7
    # every call that reached the fake upstream reports 11 + 7 tokens: the helpdesk miss, the raw call, the
    # flagged call and the grounded hr answer (the cache hit, the refusal and the blocked call did not reach it)
    assert t["prompt_tokens"] >= 4 * 11 and t["completion_tokens"] == 4 * 7
    assert series_sum(t, "requests") == 7 and series_sum(t, "errors") == 1
    lat = data["latency"]
    assert lat["overall"]["count"] == 7 and 0 < lat["overall"]["p50"] <= lat["overall"]["p95"] <= lat["overall"]["p99"]
    assert sum(b["count"] for b in lat["series"]) == 7

    cost = data["cost"]
    assert cost["enabled"] is True and cost["note"] is None
    by = {(c["tenant_id"], c["model"]): c for c in cost["data"]}
    assert by[("acme", "up-a")]["cost"] == pytest.approx(CALL_COST)
    assert sum(c["requests"] for c in cost["data"]) == 7
    assert cost["total"] == pytest.approx(sum(c["cost"] for c in cost["data"])) and cost["total"] >= 2 * CALL_COST

    cache = data["cache"]
    # the helpdesk's first question and both hr questions (its cache is off, but its curated memory is looked up)
    # missed; the raw calls bypassed the cache (raw routes opt in); the blocked call never reached it
    assert (cache["hits"], cache["misses"], cache["bypass"]) == (1, 3, 2) and cache["hit_rate"] == 0.25
    assert cache["layers"] == {"exact": 1} and series_sum(cache, "hits") == 1

    g = data["guardrails"]
    assert (g["blocked"], g["flagged"]) == (1, 1)
    assert g["categories"][0] == {"category": "secrets", "blocked": 1, "flagged": 1, "masked": 0}

    [abuser] = data["abusers"]
    assert abuser["tenant_id"] == "default" and abuser["offenses"] == 1 and abuser["blocked"] == 1
    assert abuser["prefix"] == keys["bob"][: len(abuser["prefix"])] and abuser["name"] == "bob"
    assert abuser["suspended"] is False and abuser["throttled"] is False and abuser["user_id"]

    fb = {f["assistant"]: f for f in data["feedback"]}
    assert fb["helpdesk"] == {"assistant": "helpdesk", "up": 1, "down": 1, "votes": 2, "ratio": 0.5}
    assert fb["hr"]["up"] == 1 and fb["hr"]["ratio"] == 1.0

    r = data["refusals"]
    assert (r["assistant_requests"], r["refused"], r["rate"]) == (4, 1, 0.25)  # helpdesk twice, hr twice
    assert series_sum(r, "refused") == 1


def test_a_tenant_admin_sees_only_its_tenant(gw: Gateway, keys: dict[str, str]) -> None:
    boss = new_key(gw, "acme-boss", role="tenant-admin", tenant="acme")
    mine = stats(gw, boss)
    assert mine["tenant"] == "acme" and mine["traffic"]["requests"] == 1
    assert (mine["guardrails"]["blocked"], mine["guardrails"]["flagged"]) == (0, 1)
    assert [c["tenant_id"] for c in mine["cost"]["data"]] == ["acme"] and mine["feedback"] == []
    assert mine["abusers"] == [] and mine["cache"]["hits"] == 0
    assert stats(gw, boss, tenant="acme")["traffic"] == mine["traffic"]
    r = api(gw, "/admin/stats?tenant=default", boss)
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    as_admin = stats(gw, tenant="acme")
    assert as_admin["traffic"] == mine["traffic"] and as_admin["guardrails"] == mine["guardrails"]
    assert stats(gw, tenant_id="default")["traffic"]["requests"] == 6


def test_a_user_key_is_refused(gw: Gateway, keys: dict[str, str]) -> None:
    r = api(gw, "/admin/stats", keys["alice"])
    assert r.status_code == 403 and r.json()["error"]["type"] == "permission_error"
    assert api(gw, "/admin/stats", "bst_wrong").status_code == 401


def test_the_window_and_its_buckets(gw: Gateway, keys: dict[str, str]) -> None:
    now = datetime.now(UTC)
    hour = stats(gw, since=(now - timedelta(hours=1)).isoformat(), until=(now + timedelta(minutes=1)).isoformat(),
                 bucket=60)
    assert hour["bucket"] == 60 and len(hour["buckets"]) in (61, 62) and hour["traffic"]["requests"] == 7
    assert len(hour["traffic"]["series"]) == len(hour["buckets"]) == len(hour["latency"]["series"])
    unix = stats(gw, since=int(now.timestamp()) - 7 * 86400, until=int(now.timestamp()) + 60)
    assert unix["bucket"] == 3 * 3600 and unix["traffic"]["requests"] == 7
    before = stats(gw, since="2020-01-01", until="2020-01-02T00:00:00Z")
    assert before["traffic"]["requests"] == 0 and before["latency"]["overall"]["p50"] is None
    assert before["cache"]["hit_rate"] is None and before["refusals"]["rate"] is None and before["abusers"] == []
    assert before["bucket"] == 1800 and before["since"] == "2020-01-01T00:00:00+00:00"


@pytest.mark.parametrize(("params", "param"), [
    ({"since": "yesterday"}, "since"), ({"until": "soon"}, "until"), ({"bucket": "fast"}, "bucket"),
    ({"bucket": "0"}, "bucket"), ({"since": "2026-01-02", "until": "2026-01-01"}, "since"),
    ({"since": "2020-01-01", "until": "2026-01-01"}, "since"),
    ({"since": "2026-01-01", "until": "2026-01-02", "bucket": "1"}, "bucket"), ({"since": "1e30"}, "since"),
])
def test_bad_parameters_are_400s(gw: Gateway, keys: dict[str, str], params: dict[str, str], param: str) -> None:
    r = api(gw, "/admin/stats", params=params)
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert err["type"] == "invalid_request_error" and err["param"] == param and err["message"]


def test_window_and_percentile_arithmetic() -> None:
    assert [default_bucket(h * 3600) for h in (1, 24, 24 * 7, 24 * 30)] == [60, 1800, 3 * 3600, 12 * 3600]
    assert default_bucket(365 * 86400) == 7 * 86400 and default_bucket(3600.5) == 60 and default_bucket(3700) == 300
    w = Window(datetime(2026, 1, 1, 0, 10, tzinfo=UTC), datetime(2026, 1, 1, 2, 0, tzinfo=UTC), 3600)
    assert w.count == 2 and w.starts() == ["2026-01-01T00:00:00+00:00", "2026-01-01T01:00:00+00:00"]
    assert w.index(datetime(2026, 1, 1, 1, 59)) == 1  # naive = UTC, as SQLite returns it
    assert percentile([], 0.5) is None and percentile([5.0], 0.99) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5 and percentile([float(x) for x in range(101)], 0.95) == 95.0


def test_the_same_numbers_on_postgresql(make_gateway: Any, pg_url: str, upstreams: dict[str, FakeUpstream]) -> None:
    gw = make_gateway({**config(upstreams, kb=False), "database_url": pg_url})
    traffic(gw, assistants=False)
    data = settled(gw, lambda d: d["abusers"])
    assert data["traffic"]["requests"] == 5 and data["traffic"]["errors"] == 1
    assert data["traffic"]["completion_tokens"] == 3 * 7 and data["latency"]["overall"]["count"] == 5
    assert (data["cache"]["hits"], data["cache"]["misses"]) == (1, 1)
    assert (data["guardrails"]["blocked"], data["guardrails"]["flagged"]) == (1, 1)
    assert [a["name"] for a in data["abusers"]] == ["bob"]
    assert data["feedback"] == [{"assistant": "helpdesk", "up": 1, "down": 1, "votes": 2, "ratio": 0.5}]
    assert sum(c["requests"] for c in data["cost"]["data"]) == 5 and data["cost"]["total"] >= 2 * CALL_COST
    assert data["refusals"]["assistant_requests"] == 2 and data["refusals"]["rate"] == 0.0


def test_without_the_request_log_cost_says_why(make_gateway: Any, upstreams: dict[str, FakeUpstream]) -> None:
    gw = make_gateway({"deployments": {"a": remote("a", upstreams["a"])}, "routes": {"m": {"targets": ["a"]}}},
                      request_log=False)
    gw.client().chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    data = stats(gw)
    assert data["traffic"]["requests"] == 1 and data["traffic"]["completion_tokens"] == 7
    assert data["cost"]["enabled"] is False and data["cost"]["data"] == [] and "request_log" in data["cost"]["note"]
