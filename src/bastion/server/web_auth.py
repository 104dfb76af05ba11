"""Browser sessions for the web app: ``POST /web/login``, ``GET /web/session``, ``POST /web/logout``, and
``credentials(request)``, the one place every endpoint reads who is calling.

A session is an opaque random token in an HttpOnly, SameSite=Strict cookie; the server keeps its SHA-256 and
the key it acts as. An API-key login acts as that key (revoking the key ends the session). A user login
(name or e-mail + password) mints a key for the session with the user's tenant and role, which expires with
the session and is revoked at logout. Requests other than GET/HEAD authenticated by the cookie must send the
session's CSRF token in ``x-csrf-token`` (the double-submit pattern; SameSite=Strict is the second layer). An
``Authorization`` header wins over the cookie: a browser never sends one by itself, so it needs no CSRF token.
"""

from __future__ import annotations

import hmac
import math
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
from bastion.errors import Authentication, InvalidRequest, PermissionDenied, RateLimited
from bastion.identity.base import Principal, display_prefix, hash_key
from bastion.identity.keys import generate_key
from bastion.identity.passwords import verify_password
from bastion.quotas.base import Charge, Denied, QuotaStore, StoreUnavailable
from bastion.quotas.service import QuotaUnavailable
from bastion.storage.admin import AdminRepo
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

    async def start(self, key_hash: str, tenant_id: str, user_id: str | None,
                    minted_key_id: str | None = None) -> tuple[str, Session]:
        token = secrets.token_urlsafe(32)
        s = Session(hash_key(token), key_hash, minted_key_id, tenant_id, user_id, secrets.token_urlsafe(24),
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
        s = await self.resolve(token)
        h = hash_key(token)
        self._cache.pop(h, None)
        await self.repo.delete(h)
        if s is not None and s.minted_key_id is not None:
            await self.admin.update_key(s.minted_key_id, {"disabled": True})

    async def purge(self) -> int:
        """Drop expired sessions and revoke the keys minted for them; the number purged."""
        minted = await self.repo.purge_expired()
        for kid in minted:
            await self.admin.update_key(kid, {"disabled": True})
        return len(minted)

    async def admit_login(self, client: str) -> None:
        charge = Charge(f"rpm:web-login:{client}", "window", self.cfg.login_per_minute, 1)
        try:
            got = await self.store.reserve([charge], _no_period)
        except StoreUnavailable:
            raise QuotaUnavailable("logins cannot be rate-limited right now (the shared quota store is down); "
                                   "retry shortly") from None
        if isinstance(got, Denied):
            retry = got.retry_after if got.retry_after is not None else 60.0
            raise RateLimited(f"too many login attempts from this address; retry in {math.ceil(retry)} s",
                              retry_after=retry)


async def _no_period(key: str) -> float:
    return 0.0


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


def _answer(s: Session, p: Principal, prefix: str) -> dict[str, Any]:
    return {"name": p.name, "role": p.role, "tenant": p.tenant_id, "user_id": p.user_id, "key_prefix": prefix,
            "csrf_token": s.csrf, "expires_at": s.expires_at.isoformat()}


async def login(request: Request) -> Response:
    services = request.app.state.services
    sessions: Sessions = services.sessions
    await sessions.admit_login(_client(request))
    _same_origin_json(request)
    try:
        body = LoginBody.model_validate_json(await request.body() or b"{}")
    except ValidationError as e:
        err = e.errors()[0]
        raise InvalidRequest(f"{'.'.join(str(x) for x in err['loc']) or 'body'}: {err['msg']}") from None
    minted: str | None = None
    if body.api_key:
        key = body.api_key.strip()
        principal = await services.pipeline.keys.resolve(key)
        if principal is None:
            raise Authentication("invalid API key: check the key, or ask an admin for a new one")
        key_hash, prefix = hash_key(key), display_prefix(key)
    elif body.username and body.password:
        user = await _user(sessions.admin, body.username.strip(), body.tenant, body.password)
        key = generate_key()
        row = await sessions.admin.create_key(
            key, user["tenant_id"], user["role"], name=f"web login {now():%Y-%m-%d %H:%M}", user_id=user["id"],
            expires_at=now() + timedelta(hours=sessions.cfg.session_hours))
        minted, key_hash, prefix = row["id"], hash_key(key), display_prefix(key)
        principal = await services.pipeline.keys.resolve(key)
        if principal is None:  # the tenant is disabled
            await sessions.admin.update_key(row["id"], {"disabled": True})
            raise Authentication("this account cannot log in right now (its tenant is disabled)")
    else:
        raise InvalidRequest("send {\"api_key\": \"bst_...\"} or {\"username\": ..., \"password\": ...}")
    if principal.suspended:
        raise PermissionDenied("this key is suspended after repeated content-policy violations; an admin can "
                               "lift the suspension", code="key_suspended")
    token, s = await sessions.start(key_hash, principal.tenant_id, principal.user_id, minted)
    _audit(services, principal, "web.login", {"by": "api_key" if body.api_key else "password",
                                              "client": _client(request)})
    resp = _json(_answer(s, principal, prefix))
    _set_cookies(resp, token, s, _secure(request, sessions.cfg), sessions.cfg.session_hours)
    return resp


async def _user(admin: AdminRepo, username: str, tenant: str | None, password: str) -> dict[str, Any]:
    found = await admin.login_candidates(username, tenant)
    if len(found) > 1:
        raise InvalidRequest("that name is used in several tenants: add \"tenant\" to the login", param="tenant")
    user = found[0] if found else None
    if not verify_password(password, user["password_hash"] if user else None) or user is None:
        raise Authentication("wrong username or password", code="invalid_login")
    return user


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
    return _json(_answer(s, principal, ""))


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
