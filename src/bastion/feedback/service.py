"""Votes, comments, corrections and tags on answers (``POST /v1/feedback``), with the misuse defences: a per-key
rate limit held in the shared quota store (so it holds across replicas with Redis), one vote per voter and
response (a second call changes the vote), and promotions that count distinct voters only.

A vote on an answer served from the cache counts against the entry it came from (and a vote on an answer that was
stored in the cache counts against that entry): ``cache.evict_downvotes`` thumbs down from distinct voters evict a
generated entry, and send a curated one back to review.
"""

from __future__ import annotations

from typing import Any

from bastion.config_cache import CacheConfig, FeedbackConfig
from bastion.errors import NotFound
from bastion.feedback.promotion import REVIEWERS, Promoter
from bastion.feedback.scrub import Scrubber
from bastion.identity.base import Principal
from bastion.quotas import window
from bastion.quotas.base import QuotaStore
from bastion.storage.cache import CacheRepo, MemoryRepo
from bastion.storage.feedback import FeedbackRepo, ResponseLog

SERVED = ("exact", "semantic")


def voter_of(p: Principal) -> str:
    """Who a vote belongs to: the key's user, or the key itself when it has none."""
    return f"user:{p.user_id}" if p.user_id else f"key:{p.key_id}"


def rating_name(value: int | None) -> str | None:
    return None if value is None else "up" if value > 0 else "down"


class FeedbackService:
    def __init__(self, *, responses: ResponseLog, feedback: FeedbackRepo, cache: CacheRepo, memory: MemoryRepo,
                 promoter: Promoter, scrubber: Scrubber, store: QuotaStore, cfg: FeedbackConfig,
                 cache_cfg: CacheConfig, fail_open: bool = False) -> None:
        self.responses = responses
        self.feedback = feedback
        self.cache = cache
        self.memory = memory
        self.promoter = promoter
        self.scrubber = scrubber  # for the exports
        self.store = store
        self.cfg = cfg
        self.cache_cfg = cache_cfg
        self.fail_open = fail_open

    async def admit(self, p: Principal) -> None:
        """``feedback.rpm`` calls per key per minute (a sliding window in the quota store)."""
        await window.admit(self.store, f"feedback:{p.key_id}", self.cfg.rpm,
                           f"this key may send {self.cfg.rpm} feedback requests per minute (a second vote on the "
                           "same response replaces the first, so there is no need to repeat one)",
                           fail_open=self.fail_open)

    async def vote(self, p: Principal, response_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Store the caller's feedback on one of its tenant's responses, recount the cache entry it came from,
        and evaluate promotion. ``fields``: the rating (1, -1 or None), comment, correction and tags sent."""
        await self.admit(p)
        resp = await self.responses.find(p.tenant_id, response_id)
        if resp is None:
            raise NotFound(f"no response '{response_id}' in this key's tenant: send the `id` of a chat completion "
                           "(the openai SDK's completion.id) or its x-request-id", code="response_not_found",
                           param="response_id")
        voter = voter_of(p)
        row, created = await self.feedback.upsert(tenant=p.tenant_id, response_id=resp["id"], voter=voter,
                                                  key_id=p.key_id, fields=fields)
        up, down = await self.feedback.counts(resp["id"])
        entry = await self._recount(resp)
        correction = fields.get("correction")
        promotion: dict[str, Any] | None
        if correction and p.role in REVIEWERS:
            promotion = await self.promoter.correction(resp, voter, correction, p.key_id)
        else:
            promotion = await self.promoter.after_vote(resp, up, down, p.key_id)
        return {"object": "feedback", "id": row["id"], "response_id": resp["id"], "request_id": resp["request_id"],
                "created": created, "rating": rating_name(row["rating"]), "comment": row["comment"],
                "correction": row["correction"], "tags": row["tags"], "votes": {"up": up, "down": down},
                "cache_entry": entry, "promotion": promotion}

    async def _recount(self, resp: dict[str, Any]) -> dict[str, Any] | None:
        """Set the vote counts of the cache or memory entry the response came from (or went into)."""
        tenant, at = resp["tenant_id"], self.cache_cfg.evict_downvotes
        if resp["cache"] == "curated" and resp["cache_entry"] is not None:
            eid = int(resp["cache_entry"])
            if await self.memory.get(eid, tenant) is None:
                return None
            up, down = await self.feedback.entry_counts(tenant, ("curated",), eid)
            status = await self.memory.votes(eid, up, down, review_at=at)
            return {"kind": "curated", "id": eid, "status": status, "up": up, "down": down}
        if resp["cache"] in SERVED and resp["cache_entry"] is not None:
            ids = [int(resp["cache_entry"])]
        elif resp["cache"] is None:
            ids = await self.feedback.generated_entries(tenant, resp["request_id"])
        else:
            return None
        out = None
        for eid in ids:
            e = await self.cache.get(eid, live=False)
            if e is None or e["tenant_id"] != tenant:
                continue
            origin = e["request_id"] if e["origin"] == "generated" else None
            up, down = await self.feedback.entry_counts(tenant, SERVED, eid, origin)
            status = await self.cache.votes(eid, up, down, evict_at=at)
            out = out or {"kind": "cache", "id": eid, "status": status, "up": up, "down": down}
        return out
