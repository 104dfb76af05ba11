"""The record stage: every finished request becomes a request-log row, metrics, a JSON access-log line and,
when tracing is on, a span. All of it is in-memory work; the database write happens in batches elsewhere."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from bastion.observability.metrics import Metrics

if TYPE_CHECKING:
    from bastion.pipeline import RequestContext

access = logging.getLogger("bastion.access")

_OPERATION = {"chat": "chat", "embeddings": "embeddings"}


class RowSink(Protocol):
    def add(self, row: dict[str, Any]) -> None: ...


class SpanSink(Protocol):
    def span(self, name: str, attributes: dict[str, Any], start_ns: int, end_ns: int) -> None: ...


class Recorder:
    def __init__(self, metrics: Metrics, rows: RowSink | None, spans: SpanSink | None = None,
                 access_log: bool = True, audit: RowSink | None = None) -> None:
        self.metrics = metrics
        self.rows = rows
        self.audit = audit
        self.spans = spans
        self.access_log = access_log

    def record(self, ctx: RequestContext) -> None:
        if ctx.recorded:
            return
        ctx.recorded = True
        end = time.perf_counter()
        seconds = end - ctx.started
        # Bastion's own time: the whole request minus the upstream's share, or for a stream, the time to its
        # first byte minus the upstream's time to its first chunk (the rest is the model generating).
        until = ctx.ttft if ctx.stream and ctx.ttft is not None else seconds
        overhead = max(0.0, until - ctx.upstream_seconds)
        served = ctx.served
        route = served.route if served else ctx.route
        usage = ctx.usage or {}
        op = _OPERATION.get(ctx.endpoint, ctx.endpoint)
        m = self.metrics
        m.requests.labels(ctx.endpoint, route or "-", str(ctx.status)).inc()
        if ctx.status in (402, 429) and ctx.error_code in ("rate_limit_exceeded", "budget_exceeded"):
            m.rate_limited.labels("key_or_tenant").inc()
        m.duration.labels(op, route or "-", ctx.error_code or "").observe(seconds)
        m.overhead.labels(ctx.endpoint).observe(overhead)
        if ctx.ttft is not None:
            m.ttft.labels(route or "-").observe(ctx.ttft)
        for kind, key in (("input", "prompt_tokens"), ("output", "completion_tokens")):
            if usage.get(key):
                m.tokens.labels(op, route or "-", kind).observe(usage[key])
        tenant = ctx.principal.tenant_id if ctx.principal else "-"
        if self.rows is not None:
            self.rows.add({
                "id": ctx.request_id, "created_at": datetime.now(UTC), "tenant_id": tenant,
                "key_id": ctx.principal.key_id if ctx.principal else None, "endpoint": ctx.endpoint,
                "route": route or None, "deployment": served.deployment if served else None,
                "status": ctx.status, "stream": ctx.stream, "latency_ms": seconds * 1000.0,
                "overhead_ms": overhead * 1000.0, "attempts": served.attempts if served else 0,
                "prompt_tokens": usage.get("prompt_tokens"), "completion_tokens": usage.get("completion_tokens"),
                "total_tokens": usage.get("total_tokens"), "error_code": ctx.error_code,
                "model": ctx.model, "cost": ctx.cost,
            })
        if self.audit is not None:
            self.audit.add(audit_row(ctx, tenant, route, usage, seconds))
        if self.access_log and access.isEnabledFor(logging.INFO):
            access.info("request", extra={"fields": {
                "request_id": ctx.request_id, "endpoint": ctx.endpoint, "route": route,
                "deployment": served.deployment if served else None, "status": ctx.status,
                "stream": ctx.stream, "latency_ms": round(seconds * 1000.0, 3),
                "tenant": tenant, "tokens": usage.get("total_tokens"), "cost": ctx.cost, "error": ctx.error_code}})
        if self.spans is not None:
            now_ns = time.time_ns()
            self.spans.span(f"{op} {route}", _span_attributes(ctx, op, route, usage),
                            now_ns - int(seconds * 1e9), now_ns)


def _span_attributes(ctx: RequestContext, op: str, route: str, usage: dict[str, Any]) -> dict[str, Any]:
    """OpenTelemetry GenAI semantic-convention attributes for one request."""
    attrs: dict[str, Any] = {"gen_ai.operation.name": op, "gen_ai.request.model": route,
                             "bastion.request_id": ctx.request_id, "http.response.status_code": ctx.status}
    if ctx.served:
        attrs["bastion.deployment"] = ctx.served.deployment
    if usage.get("prompt_tokens") is not None:
        attrs["gen_ai.usage.input_tokens"] = usage["prompt_tokens"]
    if usage.get("completion_tokens") is not None:
        attrs["gen_ai.usage.output_tokens"] = usage["completion_tokens"]
    if ctx.error_code:
        attrs["error.type"] = ctx.error_code
    return attrs


BODY_LIMIT = 256 * 1024  # characters of prompt and answer kept per audited request


def audit_body(ctx: RequestContext) -> dict[str, Any] | None:
    """For tenants with retention "full": the prompt as the provider saw it and the answer as the client
    got it before placeholders were restored, so masked PII stays masked at rest. Huge bodies are cut."""
    if ctx.answers is None or not ctx.scanned:  # refused by (or never given to) the input scanners: never
        return None  # masked, so nothing of it is kept
    request: Any = ctx.inputs if ctx.endpoint == "embeddings" else ctx.body.get("messages")
    body = {"request": request, "response": ctx.answers}
    size = len(orjson.dumps(body))
    if size > BODY_LIMIT:
        text = orjson.dumps(body).decode()[:BODY_LIMIT]
        body = {"truncated": True, "size": size, "json_prefix": text}
    return body


def audit_row(ctx: RequestContext, tenant: str, route: str, usage: dict[str, Any], seconds: float) -> dict[str, Any]:
    """Who called what, what the guardrails decided, and how it ended; bodies only where retention keeps them."""
    detail: dict[str, Any] = {"stream": ctx.stream}
    if ctx.served:
        detail["deployment"] = ctx.served.deployment
    if ctx.error_code:
        detail["error"] = ctx.error_code
    return {"created_at": datetime.now(UTC), "tenant_id": tenant, "kind": "request", "action": ctx.endpoint,
            "actor": ctx.principal.key_id if ctx.principal else None, "request_id": ctx.request_id,
            "route": route or None, "model": ctx.model, "status": ctx.status,
            "prompt_tokens": usage.get("prompt_tokens"), "completion_tokens": usage.get("completion_tokens"),
            "latency_ms": round(seconds * 1000.0, 3), "verdicts": [v.as_dict() for v in ctx.verdicts],
            "detail": detail, "body": audit_body(ctx)}
