"""Keys, tenants, roles, limits and budgets through the admin API and the openai SDK (one process)."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import ADMIN_KEY, Gateway, remote
from tests.fakes.upstream import FakeUpstream

HELLO = [{"role": "user", "content": "hello"}]
PRICE = {"input": 1_000.0, "output": 2_000.0}  # USD per million tokens: 11 in + 7 out = $0.025 a request
COST = (11 * 1_000.0 + 7 * 2_000.0) / 1e6


class Admin:
    def __init__(self, gw: Gateway, key: str = ADMIN_KEY) -> None:
        self.gw, self.key = gw, key

    def __call__(self, method: str, path: str, body: Any = None, expect: int | None = 200) -> Any:
        r = httpx.request(method, f"{self.gw.url}/admin{path}", json=body,
                          headers={"authorization": f"Bearer {self.key}"})
        if expect is not None:
            assert r.status_code == expect, r.text
        return r.json()


@pytest.fixture
def gw(make_gateway, upstreams: dict[str, FakeUpstream]) -> Gateway:  # type: ignore[no-untyped-def]
    return make_gateway({
        "deployments": {"a": remote("a", upstreams["a"]), "b": remote("b", upstreams["b"])},
        "routes": {"m": {"targets": ["a"]}, "other": {"targets": ["b"]},
                   "tiered": {"targets": [{"deployment": "a", "tier": 0}, {"deployment": "b", "tier": 1}]}},
        "prices": {"up-a": PRICE, "up-b": PRICE},
        "quotas": {"key_cache_seconds": 0},
    })


def chat(gw: Gateway, key: str, model: str = "m", **kw: Any) -> Any:
    return gw.client(key).chat.completions.create(model=model, messages=HELLO, **kw)


def new_key(admin: Admin, **fields: Any) -> str:
    return str(admin("POST", "/keys", fields, 201)["key"])


def test_keys_are_shown_once_and_stored_as_hashes(gw: Gateway) -> None:
    admin = Admin(gw)
    created = admin("POST", "/keys", {"name": "ci"}, 201)
    assert created["key"].startswith("bst_") and created["prefix"] == created["key"][:10]
    listed = admin("GET", "/keys")["data"]
    assert all("key" not in k and "key_hash" not in k for k in listed)
    assert created["key"] not in httpx.get(f"{gw.url}/admin/keys/{created['id']}",
                                           headers={"authorization": f"Bearer {ADMIN_KEY}"}).text
    assert chat(gw, created["key"]).choices[0].message.content


@pytest.mark.parametrize("bad", ["bst_" + "x" * 40, "not-a-key", "bst_", "Bearer", "x" * 300])
def test_unknown_and_malformed_keys_get_the_same_401(gw: Gateway, bad: str) -> None:
    with pytest.raises(openai.AuthenticationError) as e:
        chat(gw, bad)
    assert e.value.body["message"] == "invalid API key: check the key, or ask an admin for a new one"  # type: ignore[index]


def test_revoked_expired_and_disabled_tenant_keys_get_401(gw: Gateway) -> None:
    admin = Admin(gw)
    admin("POST", "/tenants", {"id": "acme"}, 201)
    revoked = admin("POST", "/keys", {"tenant_id": "acme"}, 201)
    assert chat(gw, revoked["key"])
    admin("DELETE", f"/keys/{revoked['id']}")
    expired = new_key(admin, expires_at=(datetime.now(UTC) - timedelta(seconds=1)).isoformat())
    tenant_key = new_key(admin, tenant_id="acme")
    admin("PATCH", "/tenants/acme", {"disabled": True})
    for key in (revoked["key"], expired, tenant_key):
        with pytest.raises(openai.AuthenticationError) as e:
            chat(gw, key)
        assert e.value.body["message"] == "invalid API key: check the key, or ask an admin for a new one"  # type: ignore[index]


def test_roles(gw: Gateway) -> None:
    admin = Admin(gw)
    for t in ("t1", "t2"):
        admin("POST", "/tenants", {"id": t, "budget": 100}, 201)
    t1_admin = Admin(gw, new_key(admin, tenant_id="t1", role="tenant-admin"))
    t2_key = admin("POST", "/keys", {"tenant_id": "t2"}, 201)
    user = Admin(gw, new_key(admin, tenant_id="t1"))
    assert user("GET", "/keys", expect=403)["error"]["type"] == "permission_error"
    # a tenant-admin sees and manages only its own tenant
    mine = t1_admin("POST", "/keys", {"name": "svc"}, 201)
    assert mine["tenant_id"] == "t1"
    assert {k["tenant_id"] for k in t1_admin("GET", "/keys")["data"]} == {"t1"}
    assert [t["id"] for t in t1_admin("GET", "/tenants")["data"]] == ["t1"]
    t1_admin("GET", f"/keys/{t2_key['id']}", expect=404)  # not 403: existence does not leak
    t1_admin("DELETE", f"/keys/{t2_key['id']}", expect=404)
    t1_admin("GET", "/tenants/t2", expect=404)
    t1_admin("POST", "/keys", {"tenant_id": "t2"}, 403)
    t1_admin("POST", "/keys", {"role": "admin"}, 403)
    t1_admin("POST", "/tenants", {"id": "t3"}, 403)
    t1_admin("PATCH", "/tenants/t1", {"budget": 1000}, 403)
    assert chat(gw, t2_key["key"])  # untouched


def test_admin_api_rejects_bad_input_with_400(gw: Gateway) -> None:
    admin = Admin(gw)
    assert admin("POST", "/tenants", {"id": "Bad Id!"}, 400)["error"]["param"] == "id"
    assert admin("POST", "/keys", {"rpm": 0}, 400)["error"]["param"] == "rpm"
    assert admin("POST", "/keys", {"tenant_id": "nope"}, 400)["error"]["param"] == "tenant_id"
    assert admin("POST", "/keys", {"colour": "red"}, 400)["error"]["param"] == "colour"
    admin("POST", "/tenants", {"id": "dup"}, 201)
    assert admin("POST", "/tenants", {"id": "dup"}, 400)["error"]["code"] == "conflict"
    assert admin("GET", "/spend?group_by=planet", expect=400)["error"]["param"] == "group_by"


def test_allowed_models(gw: Gateway) -> None:
    key = new_key(Admin(gw), allowed_models=["m"])
    assert chat(gw, key)
    with pytest.raises(openai.PermissionDeniedError) as e:
        chat(gw, key, model="other")
    assert e.value.param == "model"


def test_requests_per_minute_with_openai_headers(gw: Gateway) -> None:
    key = new_key(Admin(gw), rpm=3)
    c = gw.client(key)
    remaining = []
    for _ in range(3):
        r = c.chat.completions.with_raw_response.create(model="m", messages=HELLO)
        assert r.headers["x-ratelimit-limit-requests"] == "3"
        remaining.append(int(r.headers["x-ratelimit-remaining-requests"]))
    assert remaining == [2, 1, 0]
    with pytest.raises(openai.RateLimitError) as e:
        c.chat.completions.create(model="m", messages=HELLO)
    assert 1 <= int(e.value.response.headers["retry-after"]) <= 61
    assert e.value.response.headers["x-ratelimit-remaining-requests"] == "0"
    assert "3 requests per minute" in e.value.message


def test_tenant_limit_binds_all_its_keys(gw: Gateway) -> None:
    admin = Admin(gw)
    admin("POST", "/tenants", {"id": "small", "rpm": 2}, 201)
    k1, k2 = new_key(admin, tenant_id="small"), new_key(admin, tenant_id="small")
    chat(gw, k1)
    chat(gw, k2)
    with pytest.raises(openai.RateLimitError):
        chat(gw, k1)
    assert chat(gw, ADMIN_KEY)  # another tenant is unaffected


def test_tokens_per_minute_counts_reserved_then_actual_tokens(gw: Gateway) -> None:
    key = new_key(Admin(gw), tpm=200)
    with pytest.raises(openai.RateLimitError) as e:
        chat(gw, key, max_tokens=500)  # alone larger than the limit
    assert "lower max_tokens" in e.value.message
    for _ in range(8):  # each reserves ~20 + 10 tokens but settles at the 18 the upstream reports
        chat(gw, key, max_tokens=10)
    with pytest.raises(openai.RateLimitError):
        for _ in range(5):
            chat(gw, key, max_tokens=10)


def test_budget_refuses_with_402_and_the_remaining_amount(gw: Gateway) -> None:
    admin = Admin(gw)
    key = admin("POST", "/keys", {"budget": 0.06, "budget_period": "day"}, 201)
    chat(gw, key["key"], max_tokens=10)
    chat(gw, key["key"], max_tokens=10)
    with pytest.raises(openai.APIStatusError) as e:
        chat(gw, key["key"], max_tokens=10)
    assert e.value.status_code == 402 and e.value.code == "budget_exceeded"
    assert "$0.010000 of $0.060000 remains" in e.value.message


def test_streams_settle_like_everything_else_and_spend_is_queryable(gw: Gateway) -> None:
    admin = Admin(gw)
    admin("POST", "/tenants", {"id": "s"}, 201)
    key = admin("POST", "/keys", {"tenant_id": "s", "budget": 10}, 201)
    c = gw.client(key["key"])
    for _ in range(3):
        list(c.chat.completions.create(model="m", messages=HELLO, stream=True))
    c.chat.completions.create(model="tiered", messages=HELLO)
    rows = _wait_spend(admin, "group_by=key,model,day&tenant_id=s", 4)
    assert len(rows) == 1
    row = rows[0]
    assert row["key"] == key["id"] and row["model"] == "up-a"
    assert row["requests"] == 4 and row["prompt_tokens"] == 44 and row["completion_tokens"] == 28
    assert row["cost"] == pytest.approx(4 * COST)
    assert row["day"] == datetime.now(UTC).date().isoformat()
    assert Admin(gw, new_key(admin, tenant_id="s", role="tenant-admin"))(
        "GET", "/spend?group_by=tenant")["data"] == [{"tenant": "s", "requests": 4, "prompt_tokens": 44,
                                                      "completion_tokens": 28, "cost": pytest.approx(4 * COST)}]


def _wait_spend(admin: Admin, query: str, requests: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 5
    while True:
        rows = admin("GET", f"/spend?{query}")["data"]
        if sum(r["requests"] for r in rows) >= requests or time.monotonic() > deadline:
            return rows  # type: ignore[no-any-return]
        time.sleep(0.1)


def test_deployment_quota_spills_to_the_next_tier(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway({"deployments": {"a": remote("a", upstreams["a"], rpm=2), "b": remote("b", upstreams["b"])},
                       "routes": {"m": {"targets": [{"deployment": "a", "tier": 0}, {"deployment": "b", "tier": 1}]}}})
    answers = [chat(gw, ADMIN_KEY).choices[0].message.content[:3] for _ in range(4)]
    assert answers == ["[a]", "[a]", "[b]", "[b]"]


def test_cli_manages_tenants_and_keys(make_gateway, upstreams, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway({"deployments": {"a": remote("a", upstreams["a"])}})
    data = str(gw.services.settings.data_dir)
    cli = [sys.executable, "-m", "bastion.cli"]

    def run(*args: str) -> str:
        r = subprocess.run([*cli, *args, "--data-dir", data], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        return r.stdout

    assert "acme" in run("tenants", "create", "acme", "--rpm", "5", "--budget", "2", "--period", "day")
    out = run("keys", "create", "--tenant", "acme", "--name", "svc", "--models", "up-a")
    key = out.split("key:", 1)[1].split()[0]
    key_id = out.split("id:", 1)[1].split()[0]
    assert chat(gw, key, model="up-a").choices[0].message.content
    assert "acme" in run("keys", "list", "--tenant", "acme") and "svc" in run("keys", "list")
    assert "acme" in run("tenants", "list")
    assert " 7 " in run("tenants", "update", "acme", "--rpm", "7")
    run("keys", "revoke", key_id)
    time.sleep(5.2)  # the key cache of this gateway is 5 s
    with pytest.raises(openai.AuthenticationError):
        chat(gw, key, model="up-a")
    bad = subprocess.run([*cli, "keys", "create", "--tenant", "ghost", "--data-dir", data], capture_output=True,
                         text=True)
    assert bad.returncode == 1 and "no tenant 'ghost'" in bad.stderr
