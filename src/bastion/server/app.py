"""The app factory: ``create_app(settings)`` wires every concrete part from settings, at startup only."""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.abuse import AbuseMonitor
from bastion.assistants import demo
from bastion.assistants.grounded import Grounder
from bastion.assistants.registry import Assistants
from bastion.cache_memory import Memory
from bastion.cache_stage import Cache
from bastion.config import DEFAULT_CHAT_ROUTE, Settings
from bastion.errors import BastionError
from bastion.feedback.service import FeedbackService
from bastion.ground_stage import Ground
from bastion.guardrails.registry import Guardrails
from bastion.guardrails.vault import BlobStore, MemoryBlobs, RedisBlobs, Vault, load_key
from bastion.identity.base import Limits
from bastion.identity.keys import KeyCache
from bastion.knowledge.indexes import open_index
from bastion.knowledge.service import Knowledge
from bastion.observability.metrics import Metrics
from bastion.observability.tracing import Tracer
from bastion.pipeline import Pipeline
from bastion.providers import registry
from bastion.providers.base import CallInfo, Provider
from bastion.quotas.base import QuotaStore
from bastion.quotas.memory import MemoryStore
from bastion.quotas.redis import RedisStore
from bastion.quotas.service import Price, Quotas
from bastion.recorder import Recorder
from bastion.resources import Resources
from bastion.router.router import Router
from bastion.router.state import Deployment
from bastion.server import (
    admin,
    admin_audit,
    admin_policies,
    assistants_api,
    cache_api,
    conversations_api,
    inspect_api,
    knowledge_api,
    routes,
    stats_api,
    web,
    web_auth,
)
from bastion.server.background import Tasks, load_policies
from bastion.server.export_api import ROUTES as EXPORT_ROUTES
from bastion.server.feedback_api import ROUTES as FEEDBACK_ROUTES
from bastion.server.feedback_api import build as build_feedback
from bastion.server.knowledge_runtime import embedder, job_queue, reranker
from bastion.server.memory_api import ROUTES as MEMORY_ROUTES
from bastion.server.middleware import RequestHeaders
from bastion.server.web_auth import Sessions
from bastion.storage.assistants import AssistantRepo, TraceRepo
from bastion.storage.audit import AuditLog
from bastion.storage.cache import CacheRepo, MemoryRepo
from bastion.storage.conversations import ConversationRepo
from bastion.storage.db import Database
from bastion.storage.feedback import ResponseLog
from bastion.storage.policies import PolicyRepo
from bastion.storage.requestlog import RequestLog
from bastion.storage.web import SessionRepo

log = logging.getLogger("bastion.server")


@dataclass
class Services:
    """Everything a request handler may use; built once in the lifespan and kept on ``app.state``."""

    settings: Settings
    db: Database
    metrics: Metrics
    providers: dict[str, Provider]
    router: Router
    pipeline: Pipeline
    request_log: RequestLog | None
    tracer: Tracer | None
    started_at: int
    store: QuotaStore
    audit: AuditLog
    policies: PolicyRepo
    tasks: Tasks
    knowledge: Knowledge
    assistants: Assistants
    traces: TraceRepo
    responses: ResponseLog
    cache: Cache
    feedback: FeedbackService
    sessions: Sessions
    conversations: ConversationRepo


async def seed_admin_key(db: Database, settings: Settings) -> None:
    if settings.admin_key is not None:
        await db.add_key(settings.admin_key.get_secret_value(), role="admin", name="BASTION_ADMIN_KEY")


def _vault(settings: Settings, store: QuotaStore) -> Vault:
    blobs: BlobStore = (RedisBlobs(store.client, settings.redis_prefix) if isinstance(store, RedisStore)
                        else MemoryBlobs())
    key = settings.guardrails.vault.key
    return Vault(blobs, load_key(key.get_secret_value() if key else None, settings.data_dir),
                 settings.guardrails.vault.ttl_seconds)


async def build_services(settings: Settings, resources: Resources | None = None) -> Services:
    db = Database(settings.db_url)
    await db.migrate()
    await seed_admin_key(db, settings)
    metrics = Metrics()
    store: QuotaStore = RedisStore(settings.redis_url, settings.redis_prefix) if settings.redis_url else MemoryStore()
    providers = registry.build(settings.deployments)
    for p in providers.values():
        start = getattr(p, "start", None)
        if start is not None:
            await start()
    deployments = {name: Deployment(name, providers[name], cfg) for name, cfg in settings.deployments.items()}
    router = Router(settings.routes, deployments, settings.router, metrics)
    request_log = None
    if settings.request_log:
        request_log = RequestLog(db.engine, on_drop=metrics.log_dropped.inc)
        request_log.start()
    tracer = Tracer(settings.tracing.service_name, settings.tracing.otlp_endpoint) if settings.tracing.enabled else None
    audit = AuditLog(db.engine, on_drop=metrics.log_dropped.inc)
    audit.start()
    responses = ResponseLog(db.engine, on_drop=metrics.log_dropped.inc)
    responses.start()
    recorder = Recorder(metrics, request_log, tracer, access_log=settings.access_log, audit=audit,
                        responses=responses)
    quotas = Quotas(store, db.admin, {m: Price(p.input, p.output) for m, p in settings.prices.items()},
                    fail_open=settings.quotas.on_store_failure == "open",
                    default_max_tokens=settings.quotas.default_max_tokens, on_fail_open=metrics.quota_fail_open.inc)

    async def gate(dep: Deployment, info: CallInfo) -> bool:
        r = await quotas.admit_deployment(dep.name, Limits(dep.cfg.rpm, dep.cfg.tpm), info.tokens)
        if r is None:
            metrics.rate_limited.labels("deployment").inc()
            return False
        info.reservations.append((dep.name, r))
        return True

    router.gate = gate
    abuse = AbuseMonitor(settings.abuse, db.admin, audit, on_action=lambda a: metrics.abuse_actions.labels(a).inc())
    resources = resources or Resources()
    guardrails = Guardrails(settings.guardrails, resources)
    embed = embedder(router, quotas)
    knowledge = Knowledge(open_index(settings.knowledge, settings.data_dir), embed, resources, settings.knowledge,
                          job_queue(settings), reranker(router, quotas))
    assistants = Assistants(AssistantRepo(db.engine), ttl=settings.quotas.key_cache_seconds)
    traces = TraceRepo(db.engine)
    ground = Ground(Grounder(assistants, knowledge), router, quotas, traces, resources, embed)
    cache_route = settings.cache.embedding_route or settings.knowledge.embedding_route
    memory = Memory(MemoryRepo(db.engine), embed,
                    cache_route if cache_route in router.routes and router.kind(cache_route) == "embedding" else None,
                    knowledge)
    knowledge.on_change = memory.on_document_change
    cache = Cache(settings.cache, CacheRepo(db.engine), memory, embed, cache_route, router, quotas, resources,
                  knowledge)
    pipeline = Pipeline(KeyCache(db, ttl=settings.quotas.key_cache_seconds), router, recorder, quotas,
                        guardrails, abuse, settings.guardrails.stream_window, _vault(settings, store), ground, cache)
    await db.record_config(
        settings.model_dump(mode="json", exclude={"admin_key", "config_file"}),
        str(settings.config_file) if settings.config_file else None,
        [{"name": n, "provider": c.provider, "kind": c.kind, "model": c.model,
          "config": _redacted(c.model_dump(mode="json"))} for n, c in settings.deployments.items()],
    )
    feedback = build_feedback(settings, db, responses, guardrails, assistants, audit, store, memory.current_sources)
    services = Services(settings, db, metrics, providers, router, pipeline, request_log, tracer, int(time.time()),
                        store, audit, PolicyRepo(db.engine), Tasks(), knowledge, assistants, traces, responses, cache,
                        feedback, Sessions(SessionRepo(db.engine), db.admin, store, settings.web,
                                           settings.quotas.key_cache_seconds), ConversationRepo(db.engine))
    await load_policies(services)  # stored policies, and every model the policies need, loaded before serving
    await assistants.sync(settings.assistants)
    if settings.demo:
        await _install_demo(services)
    knowledge.start()
    services.tasks.start(services)
    return services


async def _install_demo(s: Services) -> None:
    routes = s.router.routes
    chat = DEFAULT_CHAT_ROUTE if DEFAULT_CHAT_ROUTE in routes else next(
        (n for n in routes if s.router.kind(n) == "chat"), None)
    embedding = s.settings.knowledge.embedding_route
    if chat is None or embedding not in routes or s.router.kind(embedding) != "embedding":
        log.warning("demo skipped: it needs a chat route and the embedding route '%s'",
                    s.settings.knowledge.embedding_route)
        return
    await demo.install(s.knowledge, s.assistants, chat)


def _redacted(cfg: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if "key" in k.lower() or "secret" in k.lower() else v) for k, v in cfg.items()}


async def close_services(s: Services) -> None:
    await s.tasks.stop()
    await s.knowledge.stop()
    if s.request_log is not None:
        await s.request_log.close()
    await s.audit.close()
    await s.responses.close()
    for p in s.providers.values():
        with contextlib.suppress(Exception):
            await p.aclose()
    if s.tracer is not None:
        s.tracer.shutdown()
    await s.store.aclose()
    await s.db.close()


def create_app(settings: Settings, resources: Resources | None = None) -> Starlette:
    """The ASGI app. ``resources`` lets several apps in one process (tests) share loaded scanner models."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        services = await build_services(settings, resources)
        app.state.services = services
        try:
            yield
        finally:
            await close_services(services)

    app = Starlette(
        routes=[
            Route("/v1/chat/completions", routes.chat_completions, methods=["POST"]),
            Route("/v1/embeddings", routes.embeddings, methods=["POST"]),
            Route("/v1/models", routes.list_models, methods=["GET"]),
            Route("/v1/models/{model:path}", routes.get_model, methods=["GET"]),
            Route("/health", routes.health, methods=["GET"]),
            Route("/ready", routes.ready, methods=["GET"]),
            Route("/metrics", routes.metrics, methods=["GET"]),
            Route("/openapi.json", routes.openapi, methods=["GET"]),
            *admin.ROUTES,
            *admin_audit.ROUTES,
            *admin_policies.ROUTES,
            *knowledge_api.ROUTES,
            *assistants_api.ROUTES,
            *inspect_api.ROUTES,
            *cache_api.ROUTES,
            *FEEDBACK_ROUTES,
            *MEMORY_ROUTES,
            *EXPORT_ROUTES,
            *conversations_api.ROUTES,
            *stats_api.ROUTES,
            *web_auth.ROUTES,
            *web.routes(settings),  # last: its static mount and pages must not shadow an API path
        ],
        exception_handlers={BastionError: _bastion_error, HTTPException: _http_error, Exception: _crash},
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(RequestHeaders)
    return app


async def _bastion_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BastionError)
    headers = exc.headers
    retry_after = getattr(exc, "retry_after", None)
    if retry_after and exc.status in (429, 503) and "retry-after" not in headers:
        headers = {**headers, "retry-after": str(max(1, math.ceil(retry_after)))}
    return Response(exc.to_json(), status_code=exc.status, headers=headers, media_type="application/json")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        e = BastionError(f"no endpoint {request.method} {request.url.path}; see /openapi.json for the API",
                         code="unknown_url")
        e.type = "invalid_request_error"
    elif exc.status_code == 405:
        e = BastionError(f"{request.method} is not allowed on {request.url.path}; see /openapi.json",
                         code="method_not_allowed")
        e.type = "invalid_request_error"
    else:
        e = BastionError(str(exc.detail))
        e.type = "invalid_request_error"
    e.status = exc.status_code
    return Response(e.to_json(), status_code=exc.status_code, headers=exc.headers, media_type="application/json")


async def _crash(request: Request, exc: Exception) -> Response:
    rid = request.scope.get("bastion.request_id", "")
    log.error("unhandled error", exc_info=exc, extra={"fields": {"request_id": rid}})
    e = BastionError(f"internal error; report request id {rid} to the operator", code="internal_error")
    return Response(e.to_json(), status_code=500, media_type="application/json")


def worker_app() -> Starlette:
    """Entry point of each `bastion serve --workers N` process: the same settings the parent loaded."""
    import gc
    import os
    from pathlib import Path

    import orjson

    from bastion.config import WORKER_ARGS_ENV, load_settings
    from bastion.observability.logging import configure

    args = orjson.loads(os.environ[WORKER_ARGS_ENV])
    settings = load_settings(Path(args["config_file"]) if args["config_file"] else None, **args["overrides"])
    configure(settings.log_level)
    gc.set_threshold(20_000, 50, 100)
    return create_app(settings)
