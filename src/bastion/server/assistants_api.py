"""Assistants over HTTP.

``GET /v1/assistants`` lists the caller's tenant's assistants with their intro and example prompts (for chat
UIs); ``/admin/assistants/{name}`` creates a new version (PUT), shows the configuration and its versions (GET)
or deletes it (DELETE); ``GET /v1/traces/{id}`` returns the intermediate thoughts of a reasoning strategy.
"""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.config_grounding import AssistantConfig, check_name
from bastion.errors import InvalidRequest, NotFound, PermissionDenied
from bastion.server.knowledge_api import _caller, _json


async def list_assistants(request: Request) -> Response:
    s, p = await _caller(request)
    data = [_public(s, a) for a in await s.assistants.list(p.tenant_id) if p.may_use_assistant(a.name)]
    return _json({"object": "list", "data": data})


async def get_assistant(request: Request) -> Response:
    s, p = await _caller(request)
    a = await s.assistants.get(p.tenant_id, request.path_params["name"])
    if a is None or not p.may_use_assistant(a.name):
        raise NotFound(f"no assistant '{request.path_params['name']}' for this key; GET /v1/assistants lists them")
    return _json(_public(s, a))


def _public(s: Any, a: Any) -> dict[str, Any]:
    """An assistant as chat clients see it, with ``vision``: whether its route takes images (so a UI can say so
    before sending one)."""
    route = s.router.routes.get(a.cfg.route)
    vision = route is not None and all(d.cfg.capabilities.vision for d, _ in route.targets)
    return {**a.public(), "vision": vision}


def _tenant(p: Any, request: Request) -> str:
    wanted = request.query_params.get("tenant")
    if p.role not in ("admin", "tenant-admin"):
        raise PermissionDenied("managing assistants needs an admin or tenant-admin key")
    if wanted and wanted != p.tenant_id and p.role != "admin":
        raise PermissionDenied("a tenant-admin manages only its own tenant's assistants; leave ?tenant out")
    return str(wanted or p.tenant_id)


async def put_assistant(request: Request) -> Response:
    s, p = await _caller(request)
    tenant = _tenant(p, request)
    name = request.path_params["name"]
    try:
        check_name(name)
        raw = orjson.loads(await request.body() or b"{}")
        if not isinstance(raw, dict):
            raise InvalidRequest("the body must be a JSON object with the assistant's configuration")
        raw.pop("tenant", None)
        cfg = AssistantConfig.model_validate({**raw, "tenant": tenant})
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(x) for x in err["loc"]) or None
        raise InvalidRequest(f"{loc or 'body'}: {err['msg']}", param=loc) from None
    except (ValueError, orjson.JSONDecodeError) as e:
        raise InvalidRequest(str(e), param="name" if not isinstance(e, orjson.JSONDecodeError) else None) from None
    _check_refs(s, cfg)
    before = await s.assistants.get(tenant, name)
    a = await s.assistants.put(name, cfg, "api", p.key_id)
    return _json({**a.public(), "config": cfg.model_dump(mode="json", exclude={"tenant"})},
                 201 if before is None else 200)


def _kind(s: Any, route: str) -> str | None:
    return s.router.kind(route) if route in s.router.routes else None


def _check_refs(s: Any, cfg: AssistantConfig) -> None:
    if _kind(s, cfg.route) != "chat":
        raise InvalidRequest(f"route '{cfg.route}' is not a chat model; pick one from GET /v1/models", param="route")
    if cfg.policy is not None and not s.pipeline.guardrails.known(cfg.policy):
        raise InvalidRequest(f"no guardrail policy '{cfg.policy}'", param="policy")
    if cfg.grounding.judge_route is not None and _kind(s, cfg.grounding.judge_route) != "chat":
        raise InvalidRequest(f"grounding.judge_route '{cfg.grounding.judge_route}' is not a chat model",
                             param="grounding.judge_route")
    rerank = cfg.retrieval.rerank_route if cfg.retrieval is not None else None
    if rerank is not None and _kind(s, rerank) != "rerank":
        raise InvalidRequest(f"retrieval.rerank_route '{rerank}' is not a rerank model; pick one whose kind is "
                             "rerank from GET /v1/models", param="retrieval.rerank_route")


async def admin_get_assistant(request: Request) -> Response:
    s, p = await _caller(request)
    tenant = _tenant(p, request)
    name = request.path_params["name"]
    versions = await s.assistants.repo.history(tenant, name)
    if not versions:
        raise NotFound(f"no assistant '{name}' in tenant '{tenant}'")
    return _json({"object": "assistant.history", "name": name, "tenant": tenant, "current": versions[-1],
                  "versions": [{k: v for k, v in row.items() if k != "config"} for row in versions]})


async def delete_assistant(request: Request) -> Response:
    s, p = await _caller(request)
    tenant = _tenant(p, request)
    name = request.path_params["name"]
    if not await s.assistants.delete(tenant, name, p.key_id):
        raise NotFound(f"no assistant '{name}' in tenant '{tenant}'")
    return _json({"object": "assistant.deleted", "id": name, "deleted": True})


async def get_trace(request: Request) -> Response:
    s, p = await _caller(request)
    trace = await s.traces.get(request.path_params["id"], p.tenant_id)
    if trace is None or (p.role == "user" and trace["key_id"] != p.key_id):
        raise NotFound("no such trace for this key; a trace id comes in a response's bastion.trace_id")
    return _json(trace)


ROUTES = [
    Route("/v1/assistants", list_assistants, methods=["GET"]),
    Route("/v1/assistants/{name}", get_assistant, methods=["GET"]),
    Route("/v1/traces/{id}", get_trace, methods=["GET"]),
    Route("/admin/assistants/{name}", put_assistant, methods=["PUT"]),
    Route("/admin/assistants/{name}", admin_get_assistant, methods=["GET"]),
    Route("/admin/assistants/{name}", delete_assistant, methods=["DELETE"]),
]
