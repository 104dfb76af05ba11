"""The record stage: every finished request becomes a request-log row, metrics, a JSON access-log line and,
when tracing is on, a span. All of it is in-memory work; the database write happens in batches elsewhere."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from bastion import validate
from bastion.assistants import prompt
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
                 access_log: bool = True, audit: RowSink | None = None, responses: RowSink | None = None) -> None:
        self.metrics = metrics
        self.rows = rows
        self.audit = audit
        self.responses = responses
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
        if self.responses is not None and ctx.endpoint == "chat" and ctx.status == 200 and ctx.response_id:
            self.responses.add(response_row(ctx, route))
        if ctx.cache is not None:
            m.cache.labels(ctx.cache.layer or ctx.cache.status).inc()
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
    if ctx.cache is not None:
        detail["cache"] = ctx.cache.public()
    if ctx.grounding is not None:
        a = ctx.grounding.assistant
        detail["assistant"] = {"name": a.name, "version": a.version}
        detail["refused"] = ctx.grounding.refused
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


def response_row(ctx: RequestContext, route: str) -> dict[str, Any]:
    """What feedback, promotion and the exports refer to: the response's provenance always, its (masked) bodies
    only where the tenant's retention keeps bodies."""
    assert ctx.principal is not None and ctx.response_id is not None
    p = ctx.principal
    g = ctx.grounding
    client = ctx.prompt_messages if ctx.prompt_messages is not None else ctx.body.get("messages") or []
    own = "\n\n".join(t for m in client if m.get("role") in ("system", "developer")
                       for t in validate.message_texts(m))
    keep = p.retention == "full" and ctx.scanned
    own = own if keep else ""  # the client's system text is a body like any other
    system = own
    if g is not None:  # the assistant's system prompt is configuration, not the caller's data
        system = "\n\n".join(x for x in (prompt.system_prompt(g.assistant.cfg, False), own) if x)
    answer = None
    if keep:
        answer = ctx.answers[0] if ctx.answers else "".join(ctx.stream_text) if ctx.stream_text else None
    st = ctx.cache
    check = g.check if g is not None else None
    return {
        "id": ctx.response_id, "request_id": ctx.request_id, "tenant_id": p.tenant_id, "key_id": p.key_id,
        "user_id": p.user_id, "created_at": datetime.now(UTC),
        "assistant": g.assistant.name if g is not None else None,
        "assistant_version": g.assistant.version if g is not None else None,
        "route": g.assistant.model if g is not None else route, "model": ctx.model, "system": system or None,
        "messages": [m for m in client if m.get("role") not in ("system", "developer")] if keep else None,
        "answer": answer,
        "contexts": [text for _, text in g.passages] if keep and g is not None and g.passages else None,
        "sources": list({(h.kb, h.chunk.document): {"kb": h.kb, "document": h.chunk.document}
                         for h in g.hits}.values()) if g is not None and g.hits else None,
        "cache": st.layer if st is not None and st.status == "hit" else None,
        "cache_entry": st.entry if st is not None else None,
        "scope": st.scope if st is not None else None, "exact": st.exact if st is not None else None,
        "vector": st.vector.astype("<f4").tobytes() if st is not None and st.vector is not None else None,
        "guard_ok": not any(v.where == "output" and v.action != "allow" for v in ctx.verdicts),
        "grounded_ok": None if not check else not (check.get("unsupported") or check.get("miscited")),
        "refused": bool(g is not None and g.refused), "regenerate_of": ctx.regenerate_of,
    }
