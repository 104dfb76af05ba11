"""Conversation history over HTTP (docs/webapp.md): create, append, list newest first with a cursor, reopen,
rename and delete; history is private to its owner (another user's conversation, or another tenant's, is a 404 for
every verb, even for an admin); content parts keep their text and only an [image] marker; the limits answer 400 or
413 in OpenAI's error shape; the web session cookie works with its CSRF token; and the same on PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bastion.resources import Resources
from tests.conftest import ADMIN_KEY, Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import FakeUpstream
from tests.test_knowledge import api


def config(ups: dict[str, FakeUpstream]) -> dict[str, Any]:
    return {"deployments": {"up": remote("a", ups["a"])}, "routes": {"chat": {"targets": ["up"]}}}


@pytest.fixture(scope="module")
def gw(servers: LoopThread, upstreams: dict[str, FakeUpstream], tmp_path_factory: pytest.TempPathFactory,
       scanner_models: Resources) -> Iterator[Gateway]:
    g = start_gateway(servers, tmp_path_factory.mktemp("conversations"), config(upstreams), scanner_models)
    yield g
    stop_gateway(servers, g)


def user_key(gw: Gateway, name: str, tenant: str | None = None, role: str = "user") -> str:
    """The key of a new user (``tenant`` is created when missing)."""
    where = {"tenant_id": tenant} if tenant else {}
    if tenant and api(gw, "GET", f"/admin/tenants/{tenant}").status_code == 404:
        assert api(gw, "POST", "/admin/tenants", json={"id": tenant}).status_code == 201
    r = api(gw, "POST", "/admin/users", json={"name": name, "role": role, **where})
    assert r.status_code == 201, r.text
    r = api(gw, "POST", "/admin/keys", json={"name": name, "role": role, "user_id": r.json()["id"], **where})
    assert r.status_code == 201, r.text
    return str(r.json()["key"])


def bare_key(gw: Gateway) -> str:
    """A key without a user: its history is the key's own."""
    r = api(gw, "POST", "/admin/keys", json={"name": "no-user"})
    assert r.status_code == 201, r.text
    return str(r.json()["key"])


def new(gw: Gateway, key: str, **body: Any) -> dict[str, Any]:
    r = api(gw, "POST", "/v1/conversations", key, json=body)
    assert r.status_code == 201, r.text
    return dict(r.json())


def append(gw: Gateway, key: str, cid: str, *messages: dict[str, Any]) -> httpx.Response:
    return api(gw, "POST", f"/v1/conversations/{cid}/messages", key, json={"messages": list(messages)})


def error(r: httpx.Response, status: int) -> dict[str, Any]:
    """The OpenAI-shaped error of a response that must have ``status``."""
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"} and err["message"]
    return dict(err)


def listed(gw: Gateway, key: str, **params: Any) -> dict[str, Any]:
    r = api(gw, "GET", "/v1/conversations", key, params=params)
    assert r.status_code == 200, r.text
    return dict(r.json())


def lifecycle(gw: Gateway, key: str) -> None:
    """Create, append, list, reopen, rename and delete: the chat page's whole use of the API."""
    first = new(gw, key, assistant="assistant/demo", title="  Leave   policy\n questions  ")
    assert first["title"] == "Leave policy questions" and first["assistant"] == "assistant/demo"
    assert len(first["id"]) == 32 and int(first["id"], 16) >= 0
    second = new(gw, key)
    assert second["title"] == "New conversation" and second["assistant"] is None
    time.sleep(0.01)
    r = append(gw, key, first["id"], {"role": "user", "content": "How many vacation days do I get?"},
               {"role": "assistant", "content": "15 days [1].", "response_id": "chatcmpl-abc",
                "meta": {"sources": [{"index": 1, "document": "leave.md", "page": 2}], "cache": None,
                         "refused": False}})
    assert r.status_code == 201, r.text
    stored = r.json()["data"]
    assert [m["role"] for m in stored] == ["user", "assistant"] and stored[0]["id"] < stored[1]["id"]
    assert stored[1]["response_id"] == "chatcmpl-abc" and stored[1]["meta"]["sources"][0]["page"] == 2
    page = listed(gw, key)
    assert page["object"] == "list" and [c["id"] for c in page["data"]] == [first["id"], second["id"]]
    assert set(page["data"][0]) >= {"id", "title", "assistant", "created_at", "updated_at"}
    assert page["data"][0]["updated_at"] > first["updated_at"], "appending bumps updated_at"
    got = api(gw, "GET", f"/v1/conversations/{first['id']}", key).json()
    assert [m["content"] for m in got["messages"]] == ["How many vacation days do I get?", "15 days [1]."]
    assert set(got["messages"][0]) >= {"id", "role", "content", "response_id", "meta", "created_at"}
    assert got["messages"][0]["response_id"] is None and got["messages"][0]["meta"] is None
    renamed = api(gw, "PATCH", f"/v1/conversations/{second['id']}", key, json={"title": "x" * 500})
    assert renamed.status_code == 200 and renamed.json()["title"] == "x" * 200, "long titles are cut, not refused"
    assert [c["id"] for c in listed(gw, key)["data"]] == [second["id"], first["id"]], "renaming bumps it too"
    assert api(gw, "DELETE", f"/v1/conversations/{first['id']}", key).status_code == 204
    error(api(gw, "GET", f"/v1/conversations/{first['id']}", key), 404)
    error(api(gw, "DELETE", f"/v1/conversations/{first['id']}", key), 404)
    assert [c["id"] for c in listed(gw, key)["data"]] == [second["id"]]


def test_the_lifecycle_on_sqlite(gw: Gateway) -> None:
    lifecycle(gw, user_key(gw, "ana"))


def test_a_deleted_conversation_takes_its_messages_with_it(gw: Gateway, servers: LoopThread) -> None:
    key = user_key(gw, "del")
    cid = new(gw, key)["id"]
    assert append(gw, key, cid, {"role": "user", "content": "bye"}).status_code == 201
    assert api(gw, "DELETE", f"/v1/conversations/{cid}", key).status_code == 204

    async def left() -> int:
        from sqlalchemy import func, select

        from bastion.storage.tables import conversation_messages as cm
        async with gw.services.db.engine.connect() as conn:
            return int((await conn.execute(select(func.count()).select_from(cm)
                                           .where(cm.c.conversation_id == cid))).scalar_one())

    assert servers.run(left()) == 0


def test_paging_newest_first_with_a_cursor(gw: Gateway) -> None:
    key = user_key(gw, "pager")
    ids = [new(gw, key, title=f"c{i}")["id"] for i in range(5)]
    one = listed(gw, key, limit=2)
    assert [c["id"] for c in one["data"]] == [ids[4], ids[3]] and one["has_more"] is True
    two = listed(gw, key, limit=2, before=one["last_id"])
    three = listed(gw, key, limit=2, before=two["last_id"])
    assert [c["id"] for c in two["data"]] == [ids[2], ids[1]]
    assert [c["id"] for c in three["data"]] == [ids[0]] and three["has_more"] is False
    for bad in ("0", "201", "ten"):
        assert error(api(gw, "GET", "/v1/conversations", key, params={"limit": bad}), 400)["param"] == "limit"
    assert len(listed(gw, key, limit=200)["data"]) == 5
    assert error(api(gw, "GET", "/v1/conversations", key, params={"before": "f" * 32}), 400)["param"] == "before"


def test_history_is_private_to_its_owner(gw: Gateway) -> None:
    """Another user, another tenant's user and even the admin get 404 for every verb, and see none in their list."""
    owner = user_key(gw, "owner")
    cid = new(gw, owner, title="mine")["id"]
    assert append(gw, owner, cid, {"role": "user", "content": "secret plans"}).status_code == 201
    for other in (user_key(gw, "neighbour"), user_key(gw, "stranger", tenant="globex"), ADMIN_KEY,
                  user_key(gw, "boss", role="tenant-admin"), bare_key(gw)):
        path = f"/v1/conversations/{cid}"
        for r in (api(gw, "GET", path, other), api(gw, "PATCH", path, other, json={"title": "stolen"}),
                  append(gw, other, cid, {"role": "user", "content": "injected"}),
                  api(gw, "DELETE", path, other)):
            assert error(r, 404)["code"] == "not_found" and "secret" not in r.text
        assert cid not in {c["id"] for c in listed(gw, other)["data"]}
    got = api(gw, "GET", f"/v1/conversations/{cid}", owner).json()
    assert got["title"] == "mine" and [m["content"] for m in got["messages"]] == ["secret plans"]
    error(httpx.get(f"{gw.url}/v1/conversations", timeout=10), 401)


def test_a_key_without_a_user_has_a_history_of_its_own(gw: Gateway) -> None:
    one, two = bare_key(gw), bare_key(gw)
    cid = new(gw, one)["id"]
    assert [c["id"] for c in listed(gw, one)["data"]] == [cid]
    assert listed(gw, two)["data"] == []
    error(api(gw, "GET", f"/v1/conversations/{cid}", two), 404)


def test_image_parts_are_kept_as_a_marker_only(gw: Gateway) -> None:
    key = user_key(gw, "photo")
    cid = new(gw, key)["id"]
    uri = "data:image/png;base64," + "iVBORw0KGgo" * 1000
    r = append(gw, key, cid, {"role": "user", "content": [
        {"type": "text", "text": "What is in this photo?"}, {"type": "image_url", "image_url": {"url": uri}}]})
    assert r.status_code == 201, r.text
    assert r.json()["data"][0]["content"] == "What is in this photo?\n[image]"
    assert "base64" not in api(gw, "GET", f"/v1/conversations/{cid}", key).text
    bad = append(gw, key, cid, {"role": "user", "content": [{"type": "video", "url": "x"}]})
    assert error(bad, 400)["param"] == "messages.0.content.0"
    assert error(append(gw, key, cid, {"role": "user", "content": 7}), 400)["param"] == "messages.0.content"


def test_invalid_bodies_are_400_with_the_field_named(gw: Gateway) -> None:
    key = user_key(gw, "typo")
    cid = new(gw, key)["id"]
    cases = [({"role": "tool", "content": "x"}, "messages.0.role"),
             ({"role": "user"}, "messages.0.content"),
             ({"role": "user", "content": "x", "response_id": "r" * 129}, "messages.0.response_id"),
             ({"role": "user", "content": "x", "meta": [1]}, "messages.0.meta"),
             ({"role": "user", "content": "x", "colour": "red"}, "messages.0.colour")]
    for message, param in cases:
        err = error(append(gw, key, cid, message), 400)
        assert err["type"] == "invalid_request_error" and err["param"] == param, err
    assert error(api(gw, "POST", f"/v1/conversations/{cid}/messages", key, json={"messages": []}), 400)["param"] \
        == "messages"
    assert error(api(gw, "POST", f"/v1/conversations/{cid}/messages", key, content=b"{not json"), 400)
    assert error(api(gw, "POST", "/v1/conversations", key, json={"assistant": "a" * 129}), 400)["param"] \
        == "assistant"
    assert error(api(gw, "PATCH", f"/v1/conversations/{cid}", key, json={"title": "   "}), 400)["param"] == "title"
    assert error(api(gw, "PATCH", f"/v1/conversations/{cid}", key, json={}), 400)["param"] == "title"
    assert api(gw, "GET", f"/v1/conversations/{cid}", key).json()["messages"] == [], "nothing half-stored"


def test_the_limits_are_enforced(gw: Gateway) -> None:
    key = user_key(gw, "chatty")
    cid = new(gw, key)["id"]
    many = [{"role": "user", "content": str(i)} for i in range(51)]
    err = error(append(gw, key, cid, *many), 400)
    assert err["param"] == "messages" and "50" in err["message"]
    err = error(append(gw, key, cid, {"role": "user", "content": "x" * 100_001}), 413)
    assert err["param"] == "messages.0.content" and err["code"] == "request_too_large"
    assert append(gw, key, cid, {"role": "user", "content": "x" * 100_000}).status_code == 201
    err = error(append(gw, key, cid, {"role": "assistant", "content": "a", "meta": {"blob": "m" * 70_000}}), 413)
    assert err["param"] == "messages.0.meta"
    for _ in range(39):  # 1 + 39 * 50 = 1951 messages
        assert append(gw, key, cid, *many[:50]).status_code == 201
    assert append(gw, key, cid, *many[:49]).status_code == 201  # 2000: full
    err = error(append(gw, key, cid, {"role": "user", "content": "one more"}), 400)
    assert err["code"] == "conversation_full" and "new conversation" in err["message"]
    assert len(api(gw, "GET", f"/v1/conversations/{cid}", key).json()["messages"]) == 2000


def test_the_web_session_cookie_works_with_its_csrf_token(gw: Gateway) -> None:
    key = user_key(gw, "browser")
    with httpx.Client(base_url=gw.url, timeout=30) as c:
        login = c.post("/web/login", json={"api_key": key})
        assert login.status_code == 200, login.text
        error(c.post("/v1/conversations", json={}), 403)
        csrf = {"x-csrf-token": login.json()["csrf_token"]}
        cid = c.post("/v1/conversations", json={"title": "from the browser"}, headers=csrf).json()["id"]
        assert c.get("/v1/conversations").json()["data"][0]["id"] == cid
    assert listed(gw, key)["data"][0]["id"] == cid, "the session acts as the key's user"


@pytest.mark.postgres
def test_the_lifecycle_and_privacy_on_postgresql(make_gateway: Any, pg_url: str,
                                                 upstreams: dict[str, FakeUpstream]) -> None:
    pg = make_gateway({**config(upstreams), "database_url": pg_url})
    owner = user_key(pg, "pg-owner")
    lifecycle(pg, owner)
    cid = new(pg, owner)["id"]
    assert append(pg, owner, cid, {"role": "user", "content": [{"type": "text", "text": "hi"}]}).status_code == 201
    error(api(pg, "GET", f"/v1/conversations/{cid}", user_key(pg, "pg-other")), 404)
    assert api(pg, "DELETE", f"/v1/conversations/{cid}", owner).status_code == 204
