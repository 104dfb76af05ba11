"""Feedback over HTTP: ``POST /v1/feedback`` for every key, and the review queue under ``/admin``.

Reviewers (role ``reviewer``), tenant-admins and admins list their tenant's feedback and promotion candidates and
approve or reject candidates; admins see every tenant and may narrow with ``?tenant_id=``. See docs/feedback.md.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.config import Settings
from bastion.errors import InvalidRequest, PermissionDenied
from bastion.feedback.promotion import REVIEWERS, AssistantSource, Promoter, SourceCheck
from bastion.feedback.scrub import Scrubber
from bastion.feedback.service import FeedbackService, voter_of
from bastion.guardrails.registry import Guardrails
from bastion.identity.base import Principal
from bastion.quotas.base import QuotaStore
from bastion.server.admin import _audit, _body, _json, _when, caller
from bastion.storage.audit import AuditLog
from bastion.storage.cache import CacheRepo, MemoryRepo
from bastion.storage.db import Database
from bastion.storage.feedback import FeedbackRepo, PromotionRepo, ResponseLog

STATUSES = ("pending", "approved", "rejected")


def build(settings: Settings, db: Database, responses: ResponseLog, guardrails: Guardrails,
          assistants: AssistantSource, audit: AuditLog, store: QuotaStore,
          sources: SourceCheck | None = None) -> FeedbackService:
    """The feedback service with its repositories (startup only; nothing here does I/O)."""
    cache, memory = CacheRepo(db.engine), MemoryRepo(db.engine)
    promoter = Promoter(responses=responses, promotions=PromotionRepo(db.engine), cache=cache, memory=memory,
                        guardrails=guardrails, tenants=db.admin, assistants=assistants, audit=audit,
                        rule=settings.feedback.promotion, cache_cfg=settings.cache, sources=sources)
    return FeedbackService(responses=responses, feedback=FeedbackRepo(db.engine), cache=cache, memory=memory,
                           promoter=promoter, scrubber=Scrubber.from_guardrails(guardrails), store=store,
                           cfg=settings.feedback, cache_cfg=settings.cache,
                           fail_open=settings.quotas.on_store_failure == "open")


class FeedbackBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    response_id: str = Field(min_length=1, max_length=128, description="a chat completion's id (or x-request-id)")
    rating: Literal["up", "down", 1, -1] | None = Field(None, description="thumbs up or down; null: no vote")
    comment: str | None = None
    correction: str | None = Field(None, description="the answer that should have been given")
    tags: list[str] | None = None

    @field_validator("rating", mode="before")
    @classmethod
    def _not_bool(cls, v: Any) -> Any:
        if isinstance(v, bool):  # JSON true would otherwise pass as 1
            raise ValueError('rating is "up", "down", 1, -1 or null')
        return v


class RejectBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str | None = Field(None, max_length=2000)


def _fields(body: FeedbackBody, cfg: Any) -> dict[str, Any]:
    """What this call sets (fields left out keep their earlier value), checked against ``feedback`` settings."""
    sent = body.model_fields_set - {"response_id"}
    if not sent:
        raise InvalidRequest("send at least one of rating, comment, correction or tags", param="rating")
    fields: dict[str, Any] = {}
    if "rating" in sent:
        fields["rating"] = None if body.rating is None else 1 if body.rating in ("up", 1) else -1
    for name in ("comment", "correction"):
        if name not in sent:
            continue
        text = getattr(body, name)
        if text is not None and not text.strip():
            raise InvalidRequest(f"{name} is empty; leave it out or send text", param=name)
        if text is not None and len(text) > cfg.max_comment_chars:
            raise InvalidRequest(f"{name} has {len(text)} characters; at most {cfg.max_comment_chars} are accepted "
                                 "(feedback.max_comment_chars)", param=name)
        fields[name] = text
    if "tags" in sent:
        tags = body.tags or []
        if len(tags) > cfg.max_tags:
            raise InvalidRequest(f"{len(tags)} tags; at most {cfg.max_tags} are accepted (feedback.max_tags)",
                                 param="tags")
        if any(not t.strip() or len(t) > 64 for t in tags):
            raise InvalidRequest("each tag is 1-64 characters", param="tags")
        fields["tags"] = sorted({t.strip() for t in tags})
    return fields


async def post_feedback(request: Request) -> Response:
    s, p = await caller(request, "feedback")
    body: FeedbackBody = await _body(request, FeedbackBody)
    return _json(await s.feedback.vote(p, body.response_id, _fields(body, s.settings.feedback)))


# -- the review queue --------------------------------------------------------------------------------------
async def reviewer(request: Request) -> tuple[Any, Principal]:
    s, p = await caller(request)
    if p.role not in REVIEWERS:
        raise PermissionDenied("this needs a reviewer, tenant-admin or admin key")
    return s, p


def tenant_scope(request: Request, p: Principal) -> str | None:
    """The tenant a request reads: admins every tenant (or ``?tenant_id=``), everyone else their own."""
    wanted = request.query_params.get("tenant_id") or None
    if p.role == "admin":
        return wanted
    if wanted not in (None, p.tenant_id):
        raise PermissionDenied("this key reads only its own tenant; leave tenant_id out")
    return p.tenant_id


def page(request: Request) -> tuple[int, int]:
    try:
        limit = int(request.query_params.get("limit", "100"))
        offset = int(request.query_params.get("offset", "0"))
    except ValueError:
        raise InvalidRequest("limit and offset are whole numbers", param="limit") from None
    if not 1 <= limit <= 1000 or offset < 0:
        raise InvalidRequest("limit is 1-1000 and offset at least 0", param="limit")
    return limit, offset


def _choice(request: Request, name: str, allowed: tuple[str, ...]) -> str | None:
    value = request.query_params.get(name) or None
    if value is not None and value not in allowed:
        raise InvalidRequest(f"{name} is one of {', '.join(allowed)}", param=name)
    return value


async def list_promotions(request: Request) -> Response:
    s, p = await reviewer(request)
    limit, offset = page(request)
    rows = await s.feedback.promoter.promotions.list(
        tenant_scope(request, p), status=_choice(request, "status", STATUSES),
        assistant=request.query_params.get("assistant") or None, limit=limit, offset=offset)
    return _json({"object": "list", "data": rows})


def _promotion_id(request: Request) -> int:
    try:
        value = int(request.path_params["id"])
    except ValueError:
        value = 0
    if not 1 <= value < 2**31:
        raise InvalidRequest("a promotion id is a positive number; GET /admin/promotions lists them", param="id")
    return value


def _decided(s: Any, p: Principal, c: dict[str, Any]) -> Response:
    action = "promotion.approve" if c["status"] == "approved" else "promotion.reject"
    _audit(s, p, action, c["tenant_id"], {"promotion_id": c["id"], "response_id": c["response_id"],
                                          "target": c["target"], "entry_id": c.get("entry_id"),
                                          "reason": c.get("reason")})
    return _json(c)


async def approve(request: Request) -> Response:
    s, p = await reviewer(request)
    scope = None if p.role == "admin" else p.tenant_id
    pid = _promotion_id(request)
    c = await s.feedback.promoter.promotions.get(pid, scope)
    if c is not None and c["source"] == "correction" and c["voter"] == voter_of(p):
        raise PermissionDenied("a reviewer may not approve their own correction: another reviewer or an admin decides")
    return _decided(s, p, await s.feedback.promoter.approve(pid, scope, p.key_id))


async def reject(request: Request) -> Response:
    s, p = await reviewer(request)
    body: RejectBody = await _body(request, RejectBody)
    scope = None if p.role == "admin" else p.tenant_id
    return _decided(s, p, await s.feedback.promoter.reject(_promotion_id(request), scope, p.key_id, body.reason))


async def list_feedback(request: Request) -> Response:
    s, p = await reviewer(request)
    limit, offset = page(request)
    rating = _choice(request, "rating", ("up", "down"))
    rows = await s.feedback.feedback.list(
        tenant_scope(request, p), assistant=request.query_params.get("assistant") or None,
        rating=None if rating is None else 1 if rating == "up" else -1, since=_when(request, "since"),
        until=_when(request, "until"), limit=limit, offset=offset)
    for r in rows:
        r["rating"] = None if r["rating"] is None else "up" if r["rating"] > 0 else "down"
    return _json({"object": "list", "data": rows})


ROUTES = [
    Route("/v1/feedback", post_feedback, methods=["POST"]),
    Route("/admin/feedback", list_feedback, methods=["GET"]),
    Route("/admin/promotions", list_promotions, methods=["GET"]),
    Route("/admin/promotions/{id}/approve", approve, methods=["POST"]),
    Route("/admin/promotions/{id}/reject", reject, methods=["POST"]),
]
