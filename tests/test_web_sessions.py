"""Browser sessions over HTTP: login by API key or by user and password, the HttpOnly cookie, CSRF on
unsafe methods, logout, the login rate limit, and the pages' security headers (no browser needed here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import ADMIN_KEY, Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import FakeUpstream
from tests.test_knowledge import api


@pytest.fixture(scope="module")
def gw(servers: LoopThread, upstreams: dict[str, FakeUpstream], tmp_path_factory: pytest.TempPathFactory,
       scanner_models) -> Iterator[Gateway]:  # type: ignore[no-untyped-def]
    cfg = {"deployments": {"up": remote("a", upstreams["a"])}, "routes": {"chat": {"targets": ["up"]}},
           "web": {"login_per_minute": 30}}
    g = start_gateway(servers, tmp_path_factory.mktemp("web"), cfg, scanner_models)
    yield g
    stop_gateway(servers, g)


@pytest.fixture
def browser_like(gw: Gateway) -> Iterator[Callable[..., httpx.Client]]:
    """httpx clients that keep cookies, as a browser does; closed after the test."""
    made: list[httpx.Client] = []

    def make(**kw: Any) -> httpx.Client:
        made.append(httpx.Client(base_url=gw.url, timeout=30, **kw))
        return made[-1]

    yield make
    for c in made:
        c.close()


def _login(make: Callable[..., httpx.Client], **body: str) -> httpx.Client:
    c = make()
    r = c.post("/web/login", json=body)
    assert r.status_code == 200, r.text
    return c


def test_an_api_key_login_sets_an_httponly_strict_cookie_and_never_returns_the_key(
        browser_like: Callable[..., httpx.Client]) -> None:
    c = browser_like()
    r = c.post("/web/login", json={"api_key": ADMIN_KEY})
    assert r.status_code == 200 and r.json()["role"] == "admin" and ADMIN_KEY not in r.text
    cookies = r.headers.get_list("set-cookie")
    session = next(h for h in cookies if h.startswith("bastion_session="))
    csrf = next(h for h in cookies if h.startswith("bastion_csrf="))
    assert "HttpOnly" in session and "SameSite=strict" in session and "Path=/" in session
    assert "HttpOnly" not in csrf and r.json()["csrf_token"] in csrf
    assert ADMIN_KEY not in session  # an opaque token, not the key
    models = c.get("/v1/models")  # the cookie authenticates the API
    assert models.status_code == 200 and any(m["id"] == "chat" for m in models.json()["data"])
    assert c.get("/web/session").json()["csrf_token"] == r.json()["csrf_token"]


def test_unsafe_requests_with_the_cookie_need_the_csrf_token(browser_like: Callable[..., httpx.Client]) -> None:
    c = _login(browser_like, api_key=ADMIN_KEY)
    csrf = c.get("/web/session").json()["csrf_token"]
    body = {"model": "chat", "messages": [{"role": "user", "content": "hello"}]}
    r = c.post("/v1/chat/completions", json=body)
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf_failed"
    r = c.post("/v1/chat/completions", json=body, headers={"x-csrf-token": "wrong"})
    assert r.status_code == 403
    r = c.post("/v1/chat/completions", json=body, headers={"x-csrf-token": csrf})
    assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"]
    r = c.post("/admin/tenants", json={"id": "acme", "name": "Acme"})  # the admin API too
    assert r.status_code == 403
    assert c.post("/admin/tenants", json={"id": "acme", "name": "Acme"},
                  headers={"x-csrf-token": csrf}).status_code == 201


def test_logout_ends_the_session_on_the_server(gw: Gateway, browser_like: Callable[..., httpx.Client]) -> None:
    c = _login(browser_like, api_key=ADMIN_KEY)
    token = c.cookies["bastion_session"]
    csrf = c.get("/web/session").json()["csrf_token"]
    assert c.post("/web/logout").status_code == 403  # a third-party page cannot log the user out
    assert c.post("/web/logout", headers={"x-csrf-token": csrf}).status_code == 204
    stolen = browser_like(cookies={"bastion_session": token})
    r = stolen.get("/v1/models")  # the old token is dead server-side, not just forgotten by the browser
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_expired"
    assert httpx.get(f"{gw.url}/web/session").status_code == 401
    cleared = stolen.post("/web/logout")  # a dead session's cookies are cleared, no CSRF token needed
    assert cleared.status_code == 204 and 'bastion_session=""' in cleared.headers["set-cookie"]


def test_a_user_logs_in_with_a_password_and_gets_their_own_role(
        gw: Gateway, browser_like: Callable[..., httpx.Client]) -> None:
    api(gw, "POST", "/admin/tenants", json={"id": "globex", "name": "Globex"})
    short = api(gw, "POST", "/admin/users", json={"tenant_id": "globex", "name": "mina", "password": "short"})
    assert short.status_code == 400 and short.json()["error"]["param"] == "password"
    user = api(gw, "POST", "/admin/users", json={"tenant_id": "globex", "name": "mina", "email": "mina@globex.test",
                                                 "password": "correct horse battery"}).json()
    assert "password" not in str(user).replace("has_password", "") and user["has_password"] is True
    listed = api(gw, "GET", "/admin/users").json()["data"]
    assert all("password_hash" not in u for u in listed)
    bad = httpx.post(f"{gw.url}/web/login", json={"username": "mina", "password": "wrong password!"})
    assert bad.status_code == 401 and bad.json()["error"]["code"] == "invalid_login"
    nobody = httpx.post(f"{gw.url}/web/login", json={"username": "nobody", "password": "wrong password!"})
    assert nobody.status_code == 401 and nobody.json()["error"]["message"] == bad.json()["error"]["message"]
    c = _login(browser_like, username="mina@globex.test", password="correct horse battery")
    me = c.get("/web/session").json()
    assert me["role"] == "user" and me["tenant"] == "globex" and me["user_id"] == user["id"] and me["name"] == "mina"
    assert c.get("/admin/tenants").status_code == 403  # a user is not an admin
    c.post("/web/logout", headers={"x-csrf-token": me["csrf_token"]})
    events = api(gw, "GET", "/admin/audit?kind=session&tenant_id=globex").json()["data"]
    assert [e["action"] for e in events][:2] in (["web.logout", "web.login"], ["web.login", "web.logout"])
    assert events[0]["detail"]["client"] == "127.0.0.1" and "correct horse" not in str(events)

    # every login acts as the user's one web key: what an admin sets on it (here a suspension) holds
    again = _login(browser_like, username="mina", password="correct horse battery")
    web = [k for k in api(gw, "GET", "/admin/keys").json()["data"] if k["user_id"] == user["id"]]
    assert [k["name"] for k in web] == ["web login"] and not web[0]["disabled"]
    assert api(gw, "PATCH", f"/admin/keys/{web[0]['id']}", json={"disabled": True}).status_code == 200
    off = httpx.post(f"{gw.url}/web/login", json={"username": "mina", "password": "correct horse battery"})
    assert off.status_code == 403 and off.json()["error"]["code"] == "web_access_disabled"
    api(gw, "PATCH", f"/admin/keys/{web[0]['id']}", json={"disabled": False})

    # a new password ends the sessions of the old one; removing it ends web logins
    assert again.get("/web/session").status_code == 200
    assert api(gw, "PATCH", f"/admin/users/{user['id']}", json={"password": "another long one"}).status_code == 200
    assert again.get("/v1/models").status_code == 401
    removed = api(gw, "PATCH", f"/admin/users/{user['id']}", json={"password": None})
    assert removed.status_code == 200 and removed.json()["has_password"] is False
    r = httpx.post(f"{gw.url}/web/login", json={"username": "mina", "password": "another long one"})
    assert r.status_code == 401


def test_a_tenant_admin_cannot_take_over_an_admin_through_a_password(gw: Gateway) -> None:
    api(gw, "POST", "/admin/tenants", json={"id": "initech", "name": "Initech"})
    boss = api(gw, "POST", "/admin/users", json={"tenant_id": "initech", "name": "boss", "role": "tenant-admin"}).json()
    staff = api(gw, "POST", "/admin/users", json={"tenant_id": "initech", "name": "staff"}).json()
    ta = api(gw, "POST", "/admin/keys", json={"tenant_id": "initech", "role": "tenant-admin"}).json()["key"]
    r = api(gw, "PATCH", f"/admin/users/{boss['id']}", key=ta, json={"password": "attacker password"})
    assert r.status_code == 403  # a peer tenant-admin (or an admin) is out of reach
    r = api(gw, "PATCH", f"/admin/users/{staff['id']}", key=ta, json={"password": "a fine password"})
    assert r.status_code == 200
    for body in ({"tenant_id": "initech", "user_id": boss["id"]}, {"tenant_id": "initech", "name": "web login"}):
        r = api(gw, "POST", "/admin/keys", key=ta, json=body)  # a key acting as the boss, or posing as a web key
        assert r.status_code in (400, 403), body
    own = api(gw, "POST", "/admin/keys", key=ta, json={"tenant_id": "initech", "name": "ci"}).json()
    assert api(gw, "PATCH", f"/admin/keys/{own['id']}", key=ta, json={"name": "Web Login"}).status_code == 400
    outsider = api(gw, "POST", "/admin/users", json={"tenant_id": "default", "name": "root", "role": "admin"}).json()
    r = api(gw, "PATCH", f"/admin/users/{outsider['id']}", key=ta, json={"password": "attacker password"})
    assert r.status_code == 404  # another tenant's user is not even found


def test_bad_logins_are_4xx_and_rate_limited(gw: Gateway) -> None:
    r = httpx.post(f"{gw.url}/web/login", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400
    r = httpx.post(f"{gw.url}/web/login", json={"username": "a\u0000b", "password": "x" * 12})
    assert r.status_code == 400 and "NUL" in r.json()["error"]["message"]
    forged = httpx.post(f"{gw.url}/web/login", content=b'{"api_key": "%s"}' % ADMIN_KEY.encode(),
                        headers={"content-type": "text/plain"})  # what a cross-site form can send
    assert forged.status_code == 400 and "set-cookie" not in forged.headers
    elsewhere = httpx.post(f"{gw.url}/web/login", json={"api_key": ADMIN_KEY}, headers={"origin": "https://evil.test"})
    assert elsewhere.status_code == 403 and "set-cookie" not in elsewhere.headers
    r = httpx.post(f"{gw.url}/web/login", json={"api_key": "bst_" + "x" * 40})
    assert r.status_code in (401, 429)
    codes = [httpx.post(f"{gw.url}/web/login", json={"api_key": "nope"}).status_code for _ in range(32)]
    assert codes[-1] == 429 and set(codes) <= {401, 429}


def test_pages_and_assets_allow_nothing_but_bastion_itself(gw: Gateway) -> None:
    for path in ("/", "/admin"):
        r = httpx.get(f"{gw.url}{path}")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    chart = httpx.get(f"{gw.url}/static/vendor/chart.umd.min.js")
    assert chart.status_code == 200 and "Chart" in chart.text[:2000] and len(chart.content) > 100_000
    assert chart.headers["content-encoding"] == "gzip" and chart.num_bytes_downloaded < 100_000
    assert "content-encoding" not in httpx.get(f"{gw.url}/health").headers  # the API is not gzipped
    assert httpx.get(f"{gw.url}/static/vendor/other.js").status_code == 404
    assert httpx.get(f"{gw.url}/static/../server/web.py").status_code == 404
    assert httpx.get(f"{gw.url}/static/common.js").headers["content-type"].startswith("text/javascript")


def test_nul_characters_and_absurd_parameters_are_400s_not_500s(gw: Gateway) -> None:
    """PostgreSQL text cannot hold NUL: such input is refused at the door on every store."""
    for path in ("/v1/conversations/ab%00c", "/v1/conversations?before=ab%00c", "/admin/stats?tenant=ab%00c"):
        r = api(gw, "GET", path)
        assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_url", path
    r = api(gw, "POST", "/v1/conversations", json={"title": "bad\u0000title"})
    assert r.status_code == 400 and "NUL" in r.json()["error"]["message"]
    mention = api(gw, "POST", "/v1/conversations", json={"title": "In JSON a NUL is written \\u0000"})
    assert mention.status_code == 201  # the six characters that spell it are ordinary text
    r = api(gw, "POST", "/admin/tenants", json={"id": "nul", "name": "a\u0000b"})
    assert r.status_code == 400 and "NUL" in r.json()["error"]["message"]
    r = api(gw, "GET", "/admin/stats?bucket=99999999999999999999")
    assert r.status_code == 400 and r.json()["error"]["param"] == "bucket"
