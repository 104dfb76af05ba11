"""Guardrail policies through the admin API: ``/admin/policies``.

Policies defined in the configuration file are listed read-only (``source: "config"``); policies stored
here (``source: "api"``) can be created, replaced and deleted by an admin, take effect on this replica at
once and on the others within the key-cache interval, and every change joins the audit log. A tenant uses
a policy through ``PATCH /admin/tenants/{id} {"policy": name}``.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.config import PolicyConfig
from bastion.errors import ConfigError, InvalidRequest, NotFound
from bastion.server.admin import _admin, _audit, _body, _json, _only_admin
from bastion.server.background import load_policies

_NAME = r"^[a-z0-9][a-z0-9_-]{0,63}$"


def _name(request: Request) -> str:
    name = str(request.path_params["name"])
    if not re.fullmatch(_NAME, name):
        raise InvalidRequest("a policy name is 1-64 lower-case letters, digits, '-' or '_'", param="name")
    return name


async def list_policies(request: Request) -> Response:
    s, _ = await _admin(request)
    cfg = s.settings.guardrails
    data: list[dict[str, Any]] = [{"name": n, "source": "config", "default": n == cfg.default_policy,
                                   "config": p.model_dump(mode="json")} for n, p in sorted(cfg.policies.items())]
    data += [{**row, "source": "api", "default": False} for row in await s.policies.rows()]
    return _json({"data": data})


async def get_policy(request: Request) -> Response:
    s, _ = await _admin(request)
    name = _name(request)
    static = s.settings.guardrails.policies.get(name)
    if static is not None:
        return _json({"name": name, "source": "config", "config": static.model_dump(mode="json")})
    for row in await s.policies.rows():
        if row["name"] == name:
            return _json({**row, "source": "api"})
    raise NotFound(f"no guardrail policy '{name}'")


async def put_policy(request: Request) -> Response:
    s, p = await _admin(request)
    _only_admin(p, "change guardrail policies")
    name = _name(request)
    if name in s.settings.guardrails.policies:
        raise InvalidRequest(f"the policy '{name}' is defined in the configuration file; change it there, or "
                             "store this one under another name", param="name", code="conflict")
    body: PolicyConfig = await _body(request, PolicyConfig)
    if body.judge is not None and body.judge.route not in s.router.routes:
        raise InvalidRequest(f"judge.route: unknown route '{body.judge.route}'; use one of: "
                             f"{', '.join(sorted(s.router.routes))}", param="judge.route")
    try:  # build it once before storing, so a bad one is refused here and not skipped later by every replica
        await asyncio.to_thread(s.pipeline.guardrails.build, name, body)
    except ConfigError as e:
        raise InvalidRequest(f"{e.problem}; {e.fix}", param=e.key.rpartition(".")[2]) from None
    config = body.model_dump(mode="json")
    created = await s.policies.put(name, config, p.key_id)
    await load_policies(s)
    _audit(s, p, "policy.create" if created else "policy.update", p.tenant_id, {"policy": name, "config": config})
    return _json({"name": name, "source": "api", "config": config}, 201 if created else 200)


async def delete_policy(request: Request) -> Response:
    s, p = await _admin(request)
    _only_admin(p, "delete guardrail policies")
    name = _name(request)
    users = await s.policies.delete(name)
    if users is None:
        raise NotFound(f"no stored guardrail policy '{name}'")
    if users:
        raise InvalidRequest(f"tenants still use the policy '{name}': {', '.join(users)}; move them to another "
                             "policy first (PATCH /admin/tenants/{id})", param="name", code="conflict")
    await load_policies(s)
    _audit(s, p, "policy.delete", p.tenant_id, {"policy": name})
    return Response(status_code=204)


ROUTES = [
    Route("/admin/policies", list_policies, methods=["GET"]),
    Route("/admin/policies/{name}", get_policy, methods=["GET"]),
    Route("/admin/policies/{name}", put_policy, methods=["PUT"]),
    Route("/admin/policies/{name}", delete_policy, methods=["DELETE"]),
]
