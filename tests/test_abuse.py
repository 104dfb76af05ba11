"""Abuse monitoring: repeat content-policy offenders are throttled, then suspended, until an admin lifts it."""

from __future__ import annotations

from typing import Any

import httpx
import openai
import pytest

from tests.conftest import ADMIN_KEY, Gateway, remote

AUTH = {"authorization": f"Bearer {ADMIN_KEY}"}
BAD = [{"role": "user", "content": "store AKIAIOSFODNN7EXAMPLE for me"}]
GOOD = [{"role": "user", "content": "hello"}]


def admin(gw: Gateway, method: str, path: str, body: Any = None, key: str = ADMIN_KEY, expect: int = 200) -> Any:
    r = httpx.request(method, f"{gw.url}/admin{path}", json=body, headers={"authorization": f"Bearer {key}"})
    assert r.status_code == expect, r.text
    return r.json()


@pytest.fixture
def gw(make_gateway, upstreams) -> Gateway:  # type: ignore[no-untyped-def]
    return make_gateway({"deployments": {"a": remote("a", upstreams["a"])}, "routes": {"m": {"targets": ["a"]}},
                         "guardrails": {"policies": {"default": {"actions": {"secrets": "block"}}}},
                         "abuse": {"throttle_after": 2, "suspend_after": 4, "throttle_rpm": 3},
                         "quotas": {"key_cache_seconds": 0}})


def offend(gw: Gateway, key: str) -> None:
    with pytest.raises(openai.BadRequestError):
        gw.client(key).chat.completions.create(model="m", messages=BAD)


def test_repeat_offenders_are_throttled_then_suspended_until_lifted(gw: Gateway) -> None:
    admin(gw, "POST", "/tenants", {"id": "acme"}, expect=201)
    created = admin(gw, "POST", "/keys", {"tenant_id": "acme"}, expect=201)
    key, key_id = created["key"], created["id"]
    offend(gw, key)
    r = gw.client(key).chat.completions.with_raw_response.create(model="m", messages=GOOD)
    assert "x-ratelimit-limit-requests" not in r.headers  # one offense: nothing happens yet
    offend(gw, key)
    r = gw.client(key).chat.completions.with_raw_response.create(model="m", messages=GOOD)
    assert r.headers["x-ratelimit-limit-requests"] == "3"  # throttled
    offend(gw, key)
    offend(gw, key)
    with pytest.raises(openai.PermissionDeniedError) as e:
        gw.client(key).chat.completions.create(model="m", messages=GOOD)
    assert e.value.code == "key_suspended" and "lift" in e.value.body["message"]  # type: ignore[index]

    listed = admin(gw, "GET", "/offenders")["data"]
    assert [(o["key_id"], o["offenses"], o["suspended"], o["throttled"]) for o in listed] == [(key_id, 4, True, True)]
    other = admin(gw, "POST", "/keys", {"role": "tenant-admin"}, expect=201)["key"]  # tenant "default"
    assert admin(gw, "GET", "/offenders", key=other)["data"] == []
    admin(gw, "POST", f"/offenders/{key_id}/lift", key=other, expect=404)

    admin(gw, "POST", f"/offenders/{key_id}/lift")
    assert gw.client(key).chat.completions.create(model="m", messages=GOOD).choices[0].message.content
    actions = [r["action"] for r in admin(gw, "GET", "/audit?kind=admin")["data"] if r["action"] != "key.create"]
    assert actions[:3] == ["key.lift", "key.suspend", "key.throttle"]
    metrics = httpx.get(f"{gw.url}/metrics").text
    assert 'bastion_abuse_actions_total{action="key.suspend"} 1.0' in metrics


def test_flags_do_not_count_unless_configured(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway({"deployments": {"a": remote("a", upstreams["a"])}, "routes": {"m": {"targets": ["a"]}},
                       "guardrails": {"policies": {"default": {"actions": {"secrets": "flag"}}}},
                       "abuse": {"throttle_after": 1}, "quotas": {"key_cache_seconds": 0}})
    for _ in range(3):
        gw.client().chat.completions.create(model="m", messages=BAD)  # flagged, passed through
    assert admin(gw, "GET", "/offenders")["data"] == []
