"""OpenTelemetry tracing, off by default. When on, every request becomes a span with GenAI attributes,
exported over OTLP/HTTP (or kept in memory for tests when no endpoint is set)."""

from __future__ import annotations

from typing import Any


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

    def span(self, name: str, attributes: dict[str, Any], start_ns: int, end_ns: int) -> None:
        """Record a finished operation as one span."""
        span = self.tracer.start_span(name, start_time=start_ns, attributes=attributes)
        span.end(end_time=end_ns)

    def shutdown(self) -> None:
        self.provider.shutdown()
