"""Promotion: well-rated answers and reviewers' corrections become candidates for the generated cache or the curated
memory, wait in a review queue (or are approved at once by policy), and pass the output guardrails again on
approval.

The rule (``feedback.promotion``) looks at one response: at least ``min_up`` thumbs up from distinct voters, at
most ``max_down`` down, no output verdict flagged or blocked it (``require_guardrails``), the grounding check ran
and passed (``require_grounded``: a response no check ran on, such as a raw route's or an assistant's without
retrieval, does not pass; turn the requirement off to promote those), not a refusal, its body kept, and not itself
served from the cache. Raw-route answers have no assistant to be curated under: they go to the cache.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any, Protocol

from bastion.cache.keys import text_of
from bastion.config_cache import CacheConfig, PromotionRule
from bastion.errors import AlreadyExists, NotFound
from bastion.guardrails.policy import ContentBlocked
from bastion.guardrails.registry import Guardrails
from bastion.storage.audit import AuditLog
from bastion.storage.cache import CacheRepo, MemoryRepo
from bastion.storage.feedback import PromotionRepo, ResponseLog

REVIEWERS = frozenset({"reviewer", "tenant-admin", "admin"})


class TenantSource(Protocol):
    async def get_tenant(self, tenant_id: str) -> dict[str, Any] | None: ...


class SourceCheck(Protocol):
    async def __call__(self, tenant: str, sources: list[dict[str, Any]]) -> list[dict[str, Any]]: ...


class AssistantSource(Protocol):
    async def get(self, tenant: str, name: str) -> Any: ...


def question_of(messages: list[dict[str, Any]] | None) -> str:
    """The last user turn's text ('' when there is none, or it is not text)."""
    for m in reversed(messages or []):
        if m.get("role") == "user":
            return text_of(m) or ""
    return ""


def target_of(rule_target: str, resp: dict[str, Any]) -> str:
    return "cache" if rule_target == "curated" and not resp["assistant"] else rule_target


def blocker(resp: dict[str, Any], target: str) -> str | None:
    """Why no candidate can come from this response whatever the votes (None: it can)."""
    if resp["messages"] is None or not question_of(resp["messages"]).strip():
        return ("the prompt was not kept (the tenant's retention is 'metadata')" if resp["messages"] is None
                else "the conversation has no user question in text")
    if target == "cache" and (resp["scope"] is None or resp["exact"] is None):
        return "the request was not cacheable (multi-turn, tools, or a raw route that is not cached)"
    return None


def vote_blocker(resp: dict[str, Any], rule: PromotionRule) -> str | None:
    if resp["cache"] is not None:
        return f"it was served from the cache ({resp['cache']}); the answer it came from is the one to promote"
    if resp["answer"] is None:
        return "the answer was not kept (the tenant's retention is 'metadata')"
    if resp["refused"]:
        return "it is a refusal"
    if rule.require_guardrails and not resp["guard_ok"]:
        return "an output guardrail flagged or blocked it"
    if rule.require_grounded and resp["grounded_ok"] is not True:
        if resp["grounded_ok"] is None:
            return ("no grounding check ran on it (a raw route, or an assistant without retrieval); set "
                    "feedback.promotion.require_grounded: false to promote such answers")
        return "the grounding check found sentences the passages do not support"
    return blocker(resp, target_of(rule.target, resp))


def waiting(up: int, down: int, rule: PromotionRule) -> str | None:
    if down > rule.max_down:
        return f"{down} thumbs down (the rule allows {rule.max_down})"
    if up < rule.min_up:
        return f"{up} of {rule.min_up} thumbs up from distinct users"
    return None


def view(c: dict[str, Any] | None, reason: str | None = None, status: str | None = None) -> dict[str, Any]:
    if c is None:
        return {"id": None, "status": status, "reason": reason}
    return {"id": c["id"], "status": c["status"], "source": c["source"], "target": c["target"],
            "reason": c["reason"]}


class Promoter:
    def __init__(self, *, responses: ResponseLog, promotions: PromotionRepo, cache: CacheRepo, memory: MemoryRepo,
                 guardrails: Guardrails, tenants: TenantSource, assistants: AssistantSource, audit: AuditLog,
                 rule: PromotionRule, cache_cfg: CacheConfig, sources: SourceCheck | None = None) -> None:
        self.responses = responses
        self.promotions = promotions
        self.cache = cache
        self.memory = memory
        self.guardrails = guardrails
        self.tenants = tenants
        self.assistants = assistants
        self.audit = audit
        self.rule = rule
        self.cache_cfg = cache_cfg
        self.sources = sources

    # -- candidates ------------------------------------------------------------------------------------------
    async def after_vote(self, resp: dict[str, Any], up: int, down: int, actor: str) -> dict[str, Any] | None:
        """Evaluate the rule on a response after a vote: propose it, withdraw a pending candidate that no longer
        qualifies, or say why nothing happens. None when promotion is off."""
        if not self.rule.enabled:
            return None
        existing = await self.promotions.find(resp["id"], "votes", "")
        if existing is not None:
            if existing["status"] == "pending" and down > self.rule.max_down:  # withdrawn: it no longer qualifies
                late = f"{down} thumbs down while pending (the rule allows {self.rule.max_down})"
                if await self.promotions.decide(existing["id"], "rejected", "rule", late):
                    existing = {**existing, "status": "rejected", "reason": late}
            return view(existing)
        why = vote_blocker(resp, self.rule)
        if why is not None:
            return view(None, why, "ineligible")
        why = waiting(up, down, self.rule)
        if why is not None:
            return view(None, why, "waiting")
        c = await self.promotions.propose(tenant=resp["tenant_id"], response_id=resp["id"], source="votes",
                                          voter="", target=target_of(self.rule.target, resp),
                                          assistant=resp["assistant"], question=question_of(resp["messages"]),
                                          answer=resp["answer"])
        return view(await self._auto(c, actor))

    async def correction(self, resp: dict[str, Any], voter: str, text: str, actor: str) -> dict[str, Any]:
        """A reviewer's correction: a candidate for the curated memory (the cache for raw routes)."""
        target = target_of("curated", resp)
        why = blocker(resp, target)
        if why is not None:
            return view(None, why, "ineligible")
        c = await self.promotions.propose(tenant=resp["tenant_id"], response_id=resp["id"], source="correction",
                                          voter=voter, target=target, assistant=resp["assistant"],
                                          question=question_of(resp["messages"]), answer=text)
        return view(await self._auto(c, actor))

    async def _auto(self, c: dict[str, Any], actor: str) -> dict[str, Any]:
        if not self.rule.auto_approve or c["status"] != "pending":
            return c
        try:
            decided = await self.approve(c["id"], c["tenant_id"], "auto")
        except AlreadyExists:  # a vote on another replica approved it first
            return await self.promotions.get(c["id"]) or c
        verb = "approve" if decided["status"] == "approved" else "reject"
        detail = {"promotion_id": c["id"], "response_id": c["response_id"], "entry_id": decided.get("entry_id"),
                  "reason": decided.get("reason")}
        self.audit.add(AuditLog.row(created_at=datetime.now(UTC), tenant_id=c["tenant_id"], kind="admin",
                                    action=f"promotion.auto_{verb}", actor=actor, detail=detail))
        return decided

    # -- decisions -------------------------------------------------------------------------------------------
    async def _pending(self, promotion_id: int, tenant: str | None) -> dict[str, Any]:
        c = await self.promotions.get(promotion_id, tenant)
        if c is None:
            raise NotFound(f"no promotion candidate {promotion_id}; GET /admin/promotions lists them",
                           code="promotion_not_found")
        if c["status"] != "pending":
            raise AlreadyExists(f"promotion candidate {promotion_id} is already {c['status']}",
                                code="promotion_decided")
        return c

    async def reject(self, promotion_id: int, tenant: str | None, by: str, reason: str | None) -> dict[str, Any]:
        c = await self._pending(promotion_id, tenant)
        if not await self.promotions.decide(c["id"], "rejected", by, reason):
            raise AlreadyExists(f"promotion candidate {promotion_id} was decided meanwhile", code="promotion_decided")
        return {**c, "status": "rejected", "reason": reason, "decided_by": by}

    async def approve(self, promotion_id: int, tenant: str | None, by: str) -> dict[str, Any]:
        """Run the output guardrails on the candidate again (a block, or a flag when the rule requires clean
        guardrails, rejects it with the category as reason; masks apply), then store the entry."""
        c = await self._pending(promotion_id, tenant)
        resp = await self.responses.find(c["tenant_id"], c["response_id"])
        text, reason = (None, "its response record is gone") if resp is None else await self._checked(c, resp)
        if text is None or resp is None:
            if not await self.promotions.decide(c["id"], "rejected", by, reason):
                raise AlreadyExists(f"promotion candidate {promotion_id} was decided meanwhile",
                                    code="promotion_decided")
            return {**c, "status": "rejected", "reason": reason, "decided_by": by}
        if not await self.promotions.decide(c["id"], "approved", by, answer=text if text != c["answer"] else None):
            raise AlreadyExists(f"promotion candidate {promotion_id} was decided meanwhile", code="promotion_decided")
        try:
            entry_id = await self._store(c, resp, text, by)
        except BaseException:
            await self.promotions.decide(c["id"], "pending", by, expect="approved")
            raise
        await self.promotions.set_entry(c["id"], entry_id)
        return {**c, "answer": text, "status": "approved", "reason": None, "decided_by": by, "entry_id": entry_id}

    async def _checked(self, c: dict[str, Any], resp: dict[str, Any]) -> tuple[str | None, str | None]:
        """(the answer as the output guardrails leave it, None) or (None, why they refuse it)."""
        if c["target"] == "cache" and (resp["scope"] is None or resp["exact"] is None):
            return None, "the request was not cacheable"
        tenant = await self.tenants.get_tenant(c["tenant_id"])
        a = await self.assistants.get(c["tenant_id"], c["assistant"]) if c["assistant"] else None
        policy = self.guardrails.policy_for(c["tenant_id"], resp["route"], (tenant or {}).get("policy"),
                                            a.cfg.policy if a is not None else None)
        try:
            outcome = await asyncio.to_thread(policy.check, c["answer"], "output")
        except ContentBlocked as e:
            return None, f"the output guardrails block it (category: {e.verdict.category})"
        bad = sorted({v.category for v in outcome.verdicts if v.action in ("flag", "error")})
        if bad and self.rule.require_guardrails:
            return None, f"the output guardrails flag it (category: {', '.join(bad)})"
        return outcome.text, None

    async def _store(self, c: dict[str, Any], resp: dict[str, Any], text: str, by: str) -> int:
        if c["target"] == "curated" and c["assistant"]:
            # the documents the answer was drawn from, as they are now (the approval reviews them): the entry goes
            # stale when they change
            sources = await self.sources(c["tenant_id"], resp.get("sources") or []) if self.sources else []
            return await self.memory.add(tenant=c["tenant_id"], assistant=c["assistant"], question=c["question"],
                                         answer=text, paraphrases=[], sources=sources,
                                         origin="promotion" if c["source"] == "votes" else "correction",
                                         created_by=by, request_id=resp["request_id"])
        return await self.cache.add(tenant=c["tenant_id"], scope=resp["scope"], exact=resp["exact"],
                                    assistant=resp["assistant"], route=resp["route"], question=c["question"],
                                    answer=text, extension=None, vector=resp["vector"], origin="promoted",
                                    request_id=resp["request_id"], ttl_seconds=self.cache_cfg.ttl_seconds)
