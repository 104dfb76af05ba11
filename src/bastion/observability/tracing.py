"""OpenTelemetry tracing, off by default. When on, every request becomes a span with GenAI attributes,
exported over OTLP/HTTP (or kept in memory for tests when no endpoint is set)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bastion.pipeline import RequestContext


class Tracer:
    def __init__(self, service_name: str, otlp_endpoint: str | None) -> None:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        self.provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
        self.memory: Any = None
        if otlp_endpoint:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            self.provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=otlp_endpoint)))
        else:
            self.memory = InMemorySpanExporter()
            self.provider.add_span_processor(SimpleSpanProcessor(self.memory))
        self.tracer = self.provider.get_tracer("bastion")

    def span(self, ctx: RequestContext, start_ns: int, end_ns: int) -> None:
        usage = ctx.usage or {}
        attrs: dict[str, Any] = {
            "gen_ai.operation.name": "chat" if ctx.endpoint == "chat" else ctx.endpoint,
            "gen_ai.request.model": ctx.route,
            "bastion.request_id": ctx.request_id,
            "http.response.status_code": ctx.status,
        }
        if ctx.served:
            attrs["bastion.deployment"] = ctx.served.deployment
        if usage.get("prompt_tokens") is not None:
            attrs["gen_ai.usage.input_tokens"] = usage["prompt_tokens"]
        if usage.get("completion_tokens") is not None:
            attrs["gen_ai.usage.output_tokens"] = usage["completion_tokens"]
        if ctx.error_code:
            attrs["error.type"] = ctx.error_code
        span = self.tracer.start_span(f"{attrs['gen_ai.operation.name']} {ctx.route}", start_time=start_ns,
                                      attributes=attrs)
        span.end(end_time=end_ns)

    def shutdown(self) -> None:
        self.provider.shutdown()
