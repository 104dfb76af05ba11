"""The admin API under ``/admin``: tenants, users, keys and spend.

``admin`` manages everything; ``tenant-admin`` manages its own tenant's users and keys and reads its
spend; ``user`` keys get a 403. Rows of another tenant answer 404, so their existence does not leak.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.errors import InvalidRequest, NotFound, PermissionDenied
from bastion.identity.base import Principal
from bastion.identity.keys import generate_key
from bastion.identity.passwords import MIN_LENGTH, hash_password
from bastion.pipeline import RequestContext
from bastion.server.bodies import read_body, refuse_nul
from bastion.server.web_auth import credentials
from bastion.storage.admin import WEB_KEY_NAME, Conflict
from bastion.storage.audit import AuditLog

Role = Literal["admin", "tenant-admin", "reviewer", "user"]
Period = Literal["day", "month", "total"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LimitFields(_Body):
    rpm: int | None = Field(None, ge=1, description="requests per minute (sliding window)")
    tpm: int | None = Field(None, ge=1, description="tokens per minute (sliding window)")
    budget: float | None = Field(None, ge=0, description="USD per budget_period")
    budget_period: Period | None = None


class TenantFields(LimitFields):
    policy: str | None = Field(None, description="guardrail policy name (GET /admin/policies); null: default")
    retention: Literal["full", "metadata"] | None = Field(
        None, description="'full' keeps PII-masked prompt and answer bodies in the audit log; 'metadata' none")
    retention_days: int | None = Field(None, ge=1, description="audited bodies older than this are purged")


class TenantCreate(TenantFields):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    name: str | None = None


class TenantUpdate(TenantFields):
    name: str | None = None
    disabled: bool | None = None


class UserCreate(_Body):
    tenant_id: str | None = None
    name: str = Field(min_length=1, max_length=200)
    email: str | None = None
    role: Role = "user"
    password: str | None = Field(None, min_length=MIN_LENGTH, max_length=1024,
                                 description="lets the user log in to the web app; never returned")


class UserUpdate(_Body):
    password: str | None = Field(None, min_length=MIN_LENGTH, max_length=1024,
                                 description="a new web-app password; null removes it (no web login)")


class KeyCreate(LimitFields):
    tenant_id: str | None = None
    name: str = ""
    role: Role = "user"
    user_id: str | None = None
    allowed_models: list[str] | None = None
    allowed_assistants: list[str] | None = None
    groups: list[str] | None = Field(None, description="knowledge-base access groups (users see documents of "
                                                        "these groups and ungrouped ones)")
    expires_at: datetime | None = None


class KeyUpdate(LimitFields):
    name: str | None = None
    disabled: bool | None = None
    allowed_models: list[str] | None = None
    allowed_assistants: list[str] | None = None
    groups: list[str] | None = None
    expires_at: datetime | None = None


ADMIN_MODELS: list[type[BaseModel]] = [TenantCreate, TenantUpdate, UserCreate, UserUpdate, KeyCreate, KeyUpdate]


def _json(data: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type="application/json")


async def caller(request: Request, endpoint: str = "admin") -> tuple[Any, Principal]:
    """The services and the authenticated caller (any role)."""
    s = request.app.state.services
    key, key_hash = await credentials(request)
    ctx = RequestContext(request.scope["bastion.request_id"], endpoint, key, b"", key_hash=key_hash)
    await s.pipeline.authenticate(ctx)
    assert ctx.principal is not None
    return s, ctx.principal


async def _admin(request: Request) -> tuple[Any, Principal]:
    """Authenticate, and refuse callers without an admin role."""
    s, p = await caller(request)
    if p.role not in ("admin", "tenant-admin"):
        raise PermissionDenied("this key may only call models; /admin needs an admin or tenant-admin key")
    return s, p


async def _body(request: Request, model: type[BaseModel]) -> Any:
    raw = await read_body(request, request.app.state.services.settings.max_body_bytes)
    try:
        body = model.model_validate_json(raw or b"{}")
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(x) for x in err["loc"]) or None
        raise InvalidRequest(f"{loc or 'body'}: {err['msg']}", param=loc) from None
    refuse_nul(body.model_dump())
    return body


def _scope(p: Principal) -> str | None:
    return None if p.role == "admin" else p.tenant_id


def _tenant_for(p: Principal, wanted: str | None) -> str:
    if p.role == "admin":
        return wanted or "default"
    if wanted not in (None, p.tenant_id):
        raise PermissionDenied("a tenant-admin manages only its own tenant; leave tenant_id out")
    return p.tenant_id


def _only_admin(p: Principal, what: str) -> None:
    if p.role != "admin":
        raise PermissionDenied(f"only an admin may {what}")


def _set(m: BaseModel) -> dict[str, Any]:
    return m.model_dump(exclude_unset=True)


def _check_policy(s: Any, fields: dict[str, Any]) -> None:
    name = fields.get("policy")
    if name is not None and not s.pipeline.guardrails.known(name):
        raise InvalidRequest(f"no guardrail policy '{name}'; create it with PUT /admin/policies/{name} or define it "
                             "under guardrails.policies", param="policy")


def _audit(s: Any, p: Principal, action: str, tenant: str, detail: dict[str, Any]) -> None:
    """Every admin change joins the hash-chained audit log (never with a secret in it)."""
    s.audit.add(AuditLog.row(created_at=datetime.now(UTC), tenant_id=tenant, kind="admin", action=action,
                             actor=p.key_id, detail=orjson.loads(orjson.dumps(detail, default=str))))


# -- tenants -----------------------------------------------------------------------------------------------
async def list_tenants(request: Request) -> Response:
    s, p = await _admin(request)
    return _json({"data": await s.db.admin.list_tenants(_scope(p))})


async def create_tenant(request: Request) -> Response:
    s, p = await _admin(request)
    _only_admin(p, "create tenants")
    body = await _body(request, TenantCreate)
    fields = _set(body)
    fields.pop("id")
    _check_policy(s, fields)
    try:
        row = await s.db.admin.create_tenant(body.id, **fields)
    except Conflict as e:
        raise InvalidRequest(str(e), param="id", code="conflict") from None
    _audit(s, p, "tenant.create", body.id, fields)
    return _json(row, 201)


async def get_tenant(request: Request) -> Response:
    s, p = await _admin(request)
    tid = request.path_params["tenant"]
    t = await s.db.admin.get_tenant(tid) if _scope(p) in (None, tid) else None
    if t is None:
        raise NotFound(f"no tenant '{tid}'")
    return _json(t)


async def update_tenant(request: Request) -> Response:
    s, p = await _admin(request)
    _only_admin(p, "change a tenant's limits, policy or retention")
    tid = request.path_params["tenant"]
    fields = _set(await _body(request, TenantUpdate))
    _check_policy(s, fields)
    t = await s.db.admin.update_tenant(tid, fields)
    if t is None:
        raise NotFound(f"no tenant '{tid}'")
    s.pipeline.keys.clear()
    _audit(s, p, "tenant.update", tid, fields)
    return _json(t)


# -- users -------------------------------------------------------------------------------------------------
async def list_users(request: Request) -> Response:
    s, p = await _admin(request)
    return _json({"data": await s.db.admin.list_users(_scope(p))})


async def create_user(request: Request) -> Response:
    s, p = await _admin(request)
    body = await _body(request, UserCreate)
    tenant = await _target_tenant(s, p, body.tenant_id, body.role)
    pw = await asyncio.to_thread(hash_password, body.password) if body.password else None
    row = await s.db.admin.create_user(tenant, body.name, body.role, body.email, pw)
    _audit(s, p, "user.create", tenant, {"user_id": row["id"], "role": body.role, "password": pw is not None})
    return _json(row, 201)


async def update_user(request: Request) -> Response:
    s, p = await _admin(request)
    body = await _body(request, UserUpdate)
    uid = request.path_params["user_id"]
    user = await s.db.admin.get_user(uid)
    if user is None or (p.role != "admin" and user["tenant_id"] != p.tenant_id):
        raise NotFound(f"no user '{uid}' you manage; GET /admin/users lists them")
    if p.role != "admin" and user["role"] in ("admin", "tenant-admin"):
        # a tenant-admin who could set an admin's (or a peer's) password could log in as them
        raise PermissionDenied("only an admin may set the password of an admin or tenant-admin")
    pw = await asyncio.to_thread(hash_password, body.password) if body.password else None
    await s.db.admin.set_password(uid, pw)
    await s.sessions.end_user(uid)  # the old password's sessions end with it
    _audit(s, p, "user.password", user["tenant_id"], {"user_id": uid, "password": pw is not None})
    return _json(await s.db.admin.get_user(uid))


async def _target_tenant(s: Any, p: Principal, wanted: str | None, role: str) -> str:
    """The tenant a new user or key goes into: it must exist and be the caller's to manage, and only an
    admin may hand out the admin role."""
    tenant = _tenant_for(p, wanted)
    if role == "admin":
        _only_admin(p, "grant the admin role")
    if await s.db.admin.get_tenant(tenant) is None:
        raise InvalidRequest(f"no tenant '{tenant}'; create it first (POST /admin/tenants)", param="tenant_id")
    return tenant


def _may_act_for(p: Principal, user: dict[str, Any] | None) -> None:
    """A key for (or a change to the key of) an admin or tenant-admin user would let its holder act as them:
    only an admin may make one."""
    if user is not None and user["role"] in ("admin", "tenant-admin") and p.role != "admin":
        raise PermissionDenied("only an admin may create or change keys of an admin or tenant-admin user")


def _not_reserved(name: str | None) -> None:
    if name is not None and name.strip().lower() == WEB_KEY_NAME:
        raise InvalidRequest(f"the key name '{WEB_KEY_NAME}' is reserved for users' web-app keys", param="name")


# -- keys --------------------------------------------------------------------------------------------------
async def list_keys(request: Request) -> Response:
    s, p = await _admin(request)
    return _json({"data": await s.db.admin.list_keys(_scope(p))})


async def create_key(request: Request) -> Response:
    s, p = await _admin(request)
    body = await _body(request, KeyCreate)
    tenant = await _target_tenant(s, p, body.tenant_id, body.role)
    if body.user_id is not None:
        user = await s.db.admin.get_user(body.user_id)
        if user is None or user["tenant_id"] != tenant:
            raise InvalidRequest(f"no user '{body.user_id}' in tenant '{tenant}'", param="user_id")
        _may_act_for(p, user)
    _not_reserved(body.name)
    fields = _set(body)
    fields.pop("tenant_id", None)
    fields.pop("role", None)
    key = generate_key()
    row = await s.db.admin.create_key(key, tenant, body.role, **fields)
    _audit(s, p, "key.create", tenant, {"key_id": row["id"], "prefix": row["prefix"], "role": body.role, **fields})
    return _json({**row, "key": key, "note": "the key is shown only now; Bastion keeps only its hash"}, 201)


async def get_key(request: Request) -> Response:
    s, p = await _admin(request)
    row = await s.db.admin.get_key(request.path_params["key_id"], _scope(p))
    if row is None:
        raise NotFound(f"no key '{request.path_params['key_id']}'")
    return _json(row)


async def update_key(request: Request) -> Response:
    s, p = await _admin(request)
    body = await _body(request, KeyUpdate)
    _not_reserved(body.name)
    fields = _set(body)
    current = await s.db.admin.get_key(request.path_params["key_id"], _scope(p))
    if current is not None and current["user_id"]:
        _may_act_for(p, await s.db.admin.get_user(current["user_id"]))
    row = await s.db.admin.update_key(request.path_params["key_id"], fields, _scope(p))
    if row is None:
        raise NotFound(f"no key '{request.path_params['key_id']}'")
    _audit(s, p, "key.update", row["tenant_id"], {"key_id": row["id"], **fields})
    return _json(row)


async def revoke_key(request: Request) -> Response:
    s, p = await _admin(request)
    row = await s.db.admin.update_key(request.path_params["key_id"], {"disabled": True}, _scope(p))
    if row is None:
        raise NotFound(f"no key '{request.path_params['key_id']}'")
    _audit(s, p, "key.revoke", row["tenant_id"], {"key_id": row["id"], "prefix": row["prefix"]})
    return _json(row)


# -- spend -------------------------------------------------------------------------------------------------
def _when(request: Request, name: str) -> datetime | None:
    raw = request.query_params.get(name)
    return parse_iso(raw, name) if raw else None


def parse_iso(raw: str, name: str, expected: str = "an ISO date or time, e.g. 2026-11-01") -> datetime:
    """An ISO-8601 date or time as UTC (UTC unless it says otherwise); a 400 naming ``name`` when it is not."""
    try:
        t = datetime.fromisoformat(raw)
    except ValueError:
        raise InvalidRequest(f"'{name}' must be {expected}", param=name) from None
    return t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC)


async def spend(request: Request) -> Response:
    s, p = await _admin(request)
    groups = [g for g in request.query_params.get("group_by", "tenant").split(",") if g]
    bad = [g for g in groups if g not in ("key", "tenant", "model", "route", "day")]
    if bad:
        raise InvalidRequest(f"group_by takes key, tenant, model, route, day; not {', '.join(bad)}",
                             param="group_by")
    tenant = request.query_params.get("tenant_id")
    scope = _scope(p)
    if scope is not None:
        if tenant not in (None, scope):
            raise NotFound(f"no tenant '{tenant}'")
        tenant = scope
    rows = await s.db.admin.spend_report(tenant, groups, _when(request, "since"), _when(request, "until"))
    return _json({"group_by": groups, "data": rows})


ROUTES = [
    Route("/admin/tenants", list_tenants, methods=["GET"]),
    Route("/admin/tenants", create_tenant, methods=["POST"]),
    Route("/admin/tenants/{tenant}", get_tenant, methods=["GET"]),
    Route("/admin/tenants/{tenant}", update_tenant, methods=["PATCH"]),
    Route("/admin/users", list_users, methods=["GET"]),
    Route("/admin/users", create_user, methods=["POST"]),
    Route("/admin/users/{user_id}", update_user, methods=["PATCH"]),
    Route("/admin/keys", list_keys, methods=["GET"]),
    Route("/admin/keys", create_key, methods=["POST"]),
    Route("/admin/keys/{key_id}", get_key, methods=["GET"]),
    Route("/admin/keys/{key_id}", update_key, methods=["PATCH"]),
    Route("/admin/keys/{key_id}", revoke_key, methods=["DELETE"]),
    Route("/admin/spend", spend, methods=["GET"]),
]
