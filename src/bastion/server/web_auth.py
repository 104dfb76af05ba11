"""Browser sessions for the web app: ``POST /web/login``, ``GET /web/session``, ``POST /web/logout``, and
``credentials(request)``, the one place every endpoint reads who is calling.

A session is an opaque random token in an HttpOnly, SameSite=Strict cookie; the server keeps its SHA-256 and
the key it acts as. An API-key login acts as that key (revoking the key ends the session). A password login
(name or e-mail) acts as the user's own web key (created at their first login, named "web login"), so the
limits, models, groups and suspensions an admin sets on it hold across logins; changing or removing the
password ends the user's sessions. Requests other than GET/HEAD authenticated by the cookie must send the
session's CSRF token in ``x-csrf-token`` (the double-submit pattern; SameSite=Strict is the second layer). An
``Authorization`` header wins over the cookie: a browser never sends one by itself, so it needs no CSRF token.
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
import time
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.config_cache import WebConfig
from bastion.errors import Authentication, InvalidRequest, PermissionDenied
from bastion.identity.base import Principal, hash_key
from bastion.identity.keys import generate_key
from bastion.identity.passwords import verify_password
from bastion.quotas import window
from bastion.quotas.base import QuotaStore
from bastion.server.bodies import refuse_nul
from bastion.storage.admin import WEB_KEY_NAME, AdminRepo
from bastion.storage.audit import AuditLog
from bastion.storage.clock import now
from bastion.storage.web import Session, SessionRepo

SESSION_COOKIE = "bastion_session"
CSRF_COOKIE = "bastion_csrf"
CSRF_HEADER = "x-csrf-token"
_SAFE = frozenset({"GET", "HEAD", "OPTIONS"})


class Sessions:
    """Starts, resolves (cached for ``cache_seconds``, as keys are) and ends browser sessions."""

    def __init__(self, repo: SessionRepo, admin: AdminRepo, store: QuotaStore, cfg: WebConfig,
                 cache_seconds: float = 5.0) -> None:
        self.repo = repo
        self.admin = admin
        self.store = store
        self.cfg = cfg
        self.cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, Session | None]] = {}

    async def start(self, key_hash: str, tenant_id: str, user_id: str | None) -> tuple[str, Session]:
        token = secrets.token_urlsafe(32)
        s = Session(hash_key(token), key_hash, tenant_id, user_id, secrets.token_urlsafe(24),
                    now() + timedelta(hours=self.cfg.session_hours))
        await self.repo.create(s)
        return token, s

    async def resolve(self, token: str) -> Session | None:
        if not token or len(token) > 100:
            return None
        h = hash_key(token)
        t = time.monotonic()
        hit = self._cache.get(h)
        if hit is not None and hit[0] > t:
            return hit[1]
        s = await self.repo.get(h)
        if len(self._cache) >= 10_000:
            self._cache.clear()
        self._cache[h] = (t + self.cache_seconds, s)
        return s

    async def end(self, token: str) -> None:
        h = hash_key(token)
        self._cache.pop(h, None)
        await self.repo.delete(h)

    async def end_user(self, user_id: str) -> None:
        """End every password session of a user: here at once, on other replicas within ``cache_seconds``."""
        await self.repo.delete_user(user_id)
        self._cache.clear()

    async def purge(self) -> int:
        return await self.repo.purge_expired()

    async def admit_login(self, client: str) -> None:
        await window.admit(self.store, f"web-login:{client}", self.cfg.login_per_minute,
                           "too many login attempts from this address")


# -- credentials: who is calling ------------------------------------------------------------------------------
async def credentials(request: Request) -> tuple[str | None, str | None]:
    """``(api_key, key_hash)``: the key from ``Authorization: Bearer`` or ``api-key``; otherwise the hash of the
    key the session cookie acts as (after the CSRF check on unsafe methods); otherwise ``(None, None)``."""
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, token = auth.partition(" ")
        return (token.strip() if scheme.lower() == "bearer" else None), None
    key = request.headers.get("api-key")  # Azure-style clients
    if key:
        return key, None
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None, None
    sessions: Sessions = request.app.state.services.sessions
    s = await sessions.resolve(cookie)
    if s is None:
        raise Authentication("your session has expired or ended: log in again", code="session_expired")
    _check_csrf(request, s)
    return None, s.key_hash


def _check_csrf(request: Request, s: Session) -> None:
    if request.method in _SAFE:
        return
    sent = request.headers.get(CSRF_HEADER, "")
    if not hmac.compare_digest(sent.encode(), s.csrf.encode()):
        raise PermissionDenied(f"missing or wrong {CSRF_HEADER} header: a request made with the session cookie "
                               "must carry the session's CSRF token (GET /web/session returns it)", code="csrf_failed")


# -- endpoints ---------------------------------------------------------------------------------------------------
class LoginBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    api_key: str | None = Field(None, max_length=200)
    username: str | None = Field(None, min_length=1, max_length=320)
    password: str | None = Field(None, max_length=1024)
    tenant: str | None = Field(None, max_length=64)


def _json(data: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type="application/json",
                    headers={"cache-control": "no-store"})


def _same_origin_json(request: Request) -> None:
    """Login CSRF: a page elsewhere could post a form (text/plain that parses as JSON) to log the victim in as
    the attacker. A form cannot send application/json without a CORS preflight, which Bastion never grants,
    and a browser names the page's origin in ``Origin``."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise InvalidRequest("send the login as JSON (content-type: application/json)")
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise PermissionDenied("a login must come from Bastion's own pages", code="csrf_failed")


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _secure(request: Request, cfg: WebConfig) -> bool:
    if cfg.secure_cookies != "auto":
        return cfg.secure_cookies == "always"
    proto = request.headers.get("x-forwarded-proto", request.url.scheme)
    return proto.split(",")[0].strip() == "https"


def _answer(s: Session, p: Principal, name: str) -> dict[str, Any]:
    """Who the session is: a user's name for a password login, the key's name otherwise."""
    return {"name": name or p.name or f"key {p.key_id[:8]}", "role": p.role, "tenant": p.tenant_id,
            "user_id": p.user_id, "csrf_token": s.csrf, "expires_at": s.expires_at.isoformat()}


async def login(request: Request) -> Response:
    services = request.app.state.services
    sessions: Sessions = services.sessions
    await sessions.admit_login(_client(request))
    _same_origin_json(request)
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > 8192:
            raise InvalidRequest("a login is a small JSON object (at most 8 KiB)")
    try:
        body = LoginBody.model_validate_json(raw or b"{}")
    except ValidationError as e:
        err = e.errors()[0]
        raise InvalidRequest(f"{'.'.join(str(x) for x in err['loc']) or 'body'}: {err['msg']}") from None
    refuse_nul(body.model_dump())
    name, session_user = "", None
    if body.api_key:
        key = body.api_key.strip()
        principal = await services.pipeline.keys.resolve(key)
        if principal is None:
            raise Authentication("invalid API key: check the key, or ask an admin for a new one")
        key_hash = hash_key(key)
    elif body.username and body.password:
        user = await _user(sessions.admin, body.username.strip(), body.tenant, body.password)
        key_hash, principal = await _web_key(services, user)
        name, session_user = user["name"], user["id"]
    else:
        raise InvalidRequest("send {\"api_key\": \"bst_...\"} or {\"username\": ..., \"password\": ...}")
    if principal.suspended:
        raise PermissionDenied("this key is suspended after repeated content-policy violations; an admin can "
                               "lift the suspension", code="key_suspended")
    token, s = await sessions.start(key_hash, principal.tenant_id, session_user)
    _audit(services, principal, "web.login", {"by": "api_key" if body.api_key else "password",
                                              "client": _client(request)})
    resp = _json(_answer(s, principal, name))
    _set_cookies(resp, token, s, _secure(request, sessions.cfg), sessions.cfg.session_hours)
    return resp


async def _user(admin: AdminRepo, username: str, tenant: str | None, password: str) -> dict[str, Any]:
    """The one user this name (or e-mail) and password fit. Hashing runs off the event loop, and an unknown
    name costs the same hash as a wrong password, so neither the time nor the answer tells which names exist."""
    found = [u for u in await admin.login_candidates(username, tenant) if u["password_hash"]]
    checks = [asyncio.to_thread(verify_password, password, u["password_hash"]) for u in found] or \
        [asyncio.to_thread(verify_password, password, None)]
    matched = [u for u, ok in zip(found, await asyncio.gather(*checks), strict=False) if ok]
    if len(matched) > 1:
        raise InvalidRequest("that name and password fit users in several tenants: add \"tenant\" to the login",
                             param="tenant")
    if not matched:
        raise Authentication("wrong username or password", code="invalid_login")
    return matched[0]


async def _web_key(services: Any, user: dict[str, Any]) -> tuple[str, Principal]:
    """The key a user's password sessions act as: one per user, created at their first login and kept, so its
    limits, models, groups and abuse state (a suspension) hold across logins. Its secret is never known to
    anyone: sessions refer to it by hash. An admin disables it to stop the user's web access."""
    admin: AdminRepo = services.sessions.admin
    found = await admin.web_key(user["id"])
    if found is None:
        made = await admin.create_key(generate_key(), user["tenant_id"], user["role"], name=WEB_KEY_NAME,
                                      user_id=user["id"])
        found = await admin.web_key(user["id"])
        assert found is not None
        if found[2] != made["id"]:  # a simultaneous first login made one too: keep the oldest, retire ours
            await admin.update_key(made["id"], {"disabled": True})
    key_hash, disabled, _ = found
    principal = None if disabled else await services.pipeline.keys.resolve_hash(key_hash)
    if principal is None:
        raise PermissionDenied(f"web access for this user is switched off (their '{WEB_KEY_NAME}' key is disabled, "
                               "expired or in a disabled tenant); ask an admin", code="web_access_disabled")
    return key_hash, principal


def _audit(services: Any, p: Principal, action: str, detail: dict[str, Any]) -> None:
    """Logins and logouts join the hash-chained audit log as security events (kind "session")."""
    services.audit.add(AuditLog.row(created_at=now(), tenant_id=p.tenant_id, kind="session", action=action,
                                    actor=p.key_id, detail=detail))


def _set_cookies(resp: Response, token: str, s: Session, secure: bool, hours: float) -> None:
    age = int(hours * 3600)
    resp.set_cookie(SESSION_COOKIE, token, max_age=age, path="/", httponly=True, samesite="strict", secure=secure)
    resp.set_cookie(CSRF_COOKIE, s.csrf, max_age=age, path="/", httponly=False, samesite="strict", secure=secure)


async def session(request: Request) -> Response:
    services = request.app.state.services
    token = request.cookies.get(SESSION_COOKIE, "")
    s = await services.sessions.resolve(token) if token else None
    if s is None:
        raise Authentication("not logged in: POST /web/login", code="not_logged_in")
    principal = await services.pipeline.keys.resolve_hash(s.key_hash)
    if principal is None:
        raise Authentication("the key behind this session was revoked: log in again", code="session_expired")
    user = await services.db.admin.get_user(s.user_id) if s.user_id else None
    return _json(_answer(s, principal, user["name"] if user else ""))


async def logout(request: Request) -> Response:
    services = request.app.state.services
    token = request.cookies.get(SESSION_COOKIE, "")
    s = await services.sessions.resolve(token) if token else None
    if s is not None:  # (an expired or unknown session only needs its cookies cleared)
        _check_csrf(request, s)  # a third-party page must not log anyone out
        principal = await services.pipeline.keys.resolve_hash(s.key_hash)
        await services.sessions.end(token)
        if principal is not None:
            _audit(services, principal, "web.logout", {"client": _client(request)})
    resp = Response(status_code=204, headers={"cache-control": "no-store"})
    resp.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    resp.delete_cookie(CSRF_COOKIE, path="/", samesite="strict")
    return resp


ROUTES = [
    Route("/web/login", login, methods=["POST"]),
    Route("/web/session", session, methods=["GET"]),
    Route("/web/logout", logout, methods=["POST"]),
]
