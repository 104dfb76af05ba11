"""Prometheus metrics, one registry per app (no module-level state).

Names follow the OpenTelemetry GenAI semantic conventions where they exist
(``gen_ai.client.operation.duration``, ``gen_ai.client.token.usage``, ``gen_ai.server.time_to_first_token``),
translated to Prometheus style; Bastion-specific series are prefixed ``bastion_``.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144)
_OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1)


class Metrics:
    def __init__(self) -> None:
        r = self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("bastion_requests", "Requests served", ["endpoint", "route", "status"],
                                registry=r)
        self.duration = Histogram("gen_ai_client_operation_duration_seconds",
                                  "GenAI operation duration (whole request, as the client sees it)",
                                  ["gen_ai_operation_name", "gen_ai_request_model", "error_type"],
                                  buckets=_LATENCY_BUCKETS, registry=r)
        self.tokens = Histogram("gen_ai_client_token_usage", "Tokens used per request",
                                ["gen_ai_operation_name", "gen_ai_request_model", "gen_ai_token_type"],
                                buckets=_TOKEN_BUCKETS, registry=r)
        self.ttft = Histogram("gen_ai_server_time_to_first_token_seconds", "Time to the first streamed token",
                              ["gen_ai_request_model"], buckets=_LATENCY_BUCKETS, registry=r)
        self.overhead = Histogram("bastion_gateway_overhead_seconds",
                                  "Time spent in Bastion itself (request time minus upstream time)",
                                  ["endpoint"], buckets=_OVERHEAD_BUCKETS, registry=r)
        self.upstream_errors = Counter("bastion_upstream_errors", "Failed upstream calls",
                                       ["deployment", "error_type"], registry=r)
        self.cooldowns = Counter("bastion_deployment_cooldowns", "Times a deployment was put in cooldown",
                                 ["deployment", "reason"], registry=r)
        self.breaker_open = Gauge("bastion_circuit_open", "1 while a deployment's circuit breaker is open",
                                  ["deployment"], registry=r)
        self.inflight = Gauge("bastion_deployment_inflight", "Requests in flight per deployment",
                              ["deployment"], registry=r)
        self.routed = Counter("bastion_router_requests", "Requests the router sent to each tier",
                              ["route", "tier"], registry=r)
        self.spills = Counter("bastion_router_spills",
                              "Requests that spilled past the route's first tier (reserved capacity full)",
                              ["route", "from_tier", "to_tier"], registry=r)
        self.retries = Counter("bastion_router_retries", "Retried upstream attempts", ["route"], registry=r)
        self.cache = Counter("bastion_cache_lookups", "Chat requests by cache outcome (exact, semantic, curated, "
                             "miss, bypass)", ["outcome"], registry=r)
        self.fallbacks = Counter("bastion_router_fallbacks", "Requests served by a fallback route",
                                 ["route", "fallback"], registry=r)
        self.quota_fail_open = Counter("bastion_quota_fail_open", "Requests admitted unchecked because the quota "
                                       "store was down and on_store_failure is 'open'", registry=r)
        self.rate_limited = Counter("bastion_rate_limited", "Requests refused by a limit or budget", ["scope"],
                                    registry=r)
        self.abuse_actions = Counter("bastion_abuse_actions", "Keys throttled or suspended by the abuse monitor",
                                     ["action"], registry=r)
        self.log_dropped = Counter("bastion_request_log_dropped", "Request-log rows dropped (writer full)",
                                   registry=r)

    def render(self) -> bytes:
        return generate_latest(self.registry)
