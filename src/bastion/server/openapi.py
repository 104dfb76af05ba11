"""The OpenAPI 3.1 document, generated from the wire models in :mod:`bastion.types`."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from bastion import __version__
from bastion import types as t
from bastion.server.admin import ADMIN_MODELS
from bastion.server.conversations_api import CONVERSATION_MODELS
from bastion.server.feedback_api import FeedbackBody

_ERRORS = {
    "400": "Invalid request (bad JSON, wrong types, a model that cannot take the input)",
    "401": "Missing or invalid API key",
    "404": "Unknown model",
    "413": "Body larger than max_body_bytes",
    "429": "Rate limited, or the model's queue is full (see Retry-After)",
    "502": "The upstream provider failed",
    "503": "No deployment is available",
    "504": "The upstream provider timed out",
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _responses(ok: dict[str, Any], codes: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {"200": ok}
    for code in codes:
        out[code] = {"description": _ERRORS[code],
                     "content": {"application/json": {"schema": _ref("ErrorResponse")}}}
    return out


def document() -> dict[str, Any]:
    models: list[type[BaseModel]] = [
        t.ChatCompletionRequest, t.ChatCompletion, t.ChatCompletionChunk, t.EmbeddingRequest,
        t.EmbeddingResponse, t.ModelList, t.Model, t.ErrorResponse]
    models += [*ADMIN_MODELS, FeedbackBody, *CONVERSATION_MODELS]
    _, schemas = models_json_schema([(m, "validation") for m in models],
                                    ref_template="#/components/schemas/{model}")
    all_errors = tuple(_ERRORS)
    bearer: list[dict[str, list[str]]] = [{"bearer": []}]
    json_ok = lambda name, desc: {"description": desc,  # noqa: E731
                                  "content": {"application/json": {"schema": _ref(name)}}}
    paths = {
        "/v1/chat/completions": {"post": {
            "summary": "Create a chat completion (streamed as server-sent events with stream: true)",
            "operationId": "createChatCompletion", "security": bearer,
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": _ref("ChatCompletionRequest")}}},
            "responses": _responses({"description": "A completion, or an SSE stream of chunks", "content": {
                "application/json": {"schema": _ref("ChatCompletion")},
                "text/event-stream": {"schema": _ref("ChatCompletionChunk")}}}, all_errors)}},
        "/v1/embeddings": {"post": {
            "summary": "Create embeddings (float or base64)", "operationId": "createEmbedding",
            "security": bearer,
            "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("EmbeddingRequest")}}},
            "responses": _responses(json_ok("EmbeddingResponse", "Embeddings"), all_errors)}},
        "/v1/models": {"get": {"summary": "List the models (routes) this gateway serves",
                               "operationId": "listModels", "security": bearer,
                               "responses": _responses(json_ok("ModelList", "Models"), ("401",))}},
        "/v1/models/{model}": {"get": {
            "summary": "Describe one model", "operationId": "retrieveModel", "security": bearer,
            "parameters": [{"name": "model", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": _responses(json_ok("Model", "The model"), ("401", "404"))}},
        "/health": {"get": {"summary": "Liveness", "operationId": "health",
                            "responses": {"200": {"description": "The process is up"}}}},
        "/ready": {"get": {"summary": "Readiness: the database and the deployments answer", "operationId": "ready",
                           "responses": {"200": {"description": "Ready"}, "503": {"description": "Not ready"}}}},
        "/metrics": {"get": {"summary": "Prometheus metrics", "operationId": "metrics",
                             "responses": {"200": {"description": "Prometheus text format",
                                                   "content": {"text/plain": {}}}}}},
    }
    paths["/v1/feedback"] = {"post": {
        "summary": "Rate, comment on or correct a response (one vote per user; a second call changes it)",
        "operationId": "createFeedback", "security": bearer,
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("FeedbackBody")}}},
        "responses": _responses({"description": "The vote, the response's counts, its cache entry and promotion",
                                 "content": {"application/json": {}}}, ("400", "401", "404", "429"))}}
    paths.update(_admin_paths(bearer))
    paths.update(_web_paths(bearer))
    return {
        "openapi": "3.1.0",
        "info": {"title": "Bastion", "version": __version__,
                 "description": "OpenAI-compatible LLM gateway. Errors use OpenAI's shape: "
                                "{\"error\": {\"message\", \"type\", \"param\", \"code\"}}."},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {"schemas": schemas["$defs"],
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }


def _admin_paths(bearer: list[dict[str, list[str]]]) -> dict[str, Any]:
    """The admin API: JSON in and out, admin or tenant-admin keys only (403 for user keys)."""
    def op(summary: str, body: str | None = None, status: str = "200") -> dict[str, Any]:
        o: dict[str, Any] = {"summary": summary, "security": bearer, "tags": ["admin"],
                             "responses": {status: {"description": "OK", "content": {"application/json": {}}},
                                           "400": {"description": _ERRORS["400"]},
                                           "401": {"description": _ERRORS["401"]},
                                           "403": {"description": "Not an admin or tenant-admin key"},
                                           "404": {"description": "No such row in the caller's tenants"}}}
        if body:
            o["requestBody"] = {"required": True, "content": {"application/json": {"schema": _ref(body)}}}
        return o

    pid = {"in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "/admin/tenants": {"get": op("List tenants"), "post": op("Create a tenant (admin)", "TenantCreate", "201")},
        "/admin/tenants/{tenant}": {"parameters": [{"name": "tenant", **pid}], "get": op("Get a tenant"),
                                    "patch": op("Change a tenant's name, limits, budget (admin)", "TenantUpdate")},
        "/admin/users": {"get": op("List users"), "post": op("Create a user", "UserCreate", "201")},
        "/admin/users/{user_id}": {"parameters": [{"name": "user_id", **pid}],
                                   "patch": op("Set or remove a user's web-app password", "UserUpdate")},
        "/admin/stats": {"get": op("The dashboards' numbers over a time range (since, until, bucket, tenant)")},
        "/admin/keys": {"get": op("List keys (never their secrets)"),
                        "post": op("Create a key; the secret is in the answer, once", "KeyCreate", "201")},
        "/admin/keys/{key_id}": {"parameters": [{"name": "key_id", **pid}], "get": op("Get a key"),
                                 "patch": op("Change a key's limits, models, expiry or disabled flag", "KeyUpdate"),
                                 "delete": op("Revoke a key (it stops working within the key cache time)")},
        "/admin/spend": {"get": {**op("Spend and tokens grouped by key, tenant, model, route and/or day"),
                                 "parameters": [
                                     {"name": "group_by", "in": "query", "schema": {"type": "string"},
                                      "description": "comma-separated: key, tenant, model, route, day"},
                                     {"name": "tenant_id", "in": "query", "schema": {"type": "string"}},
                                     {"name": "since", "in": "query", "schema": {"type": "string"}},
                                     {"name": "until", "in": "query", "schema": {"type": "string"}}]}},
    }


def _web_paths(bearer: list[dict[str, list[str]]]) -> dict[str, Any]:
    """Browser sessions and conversation history (docs/webapp.md)."""
    def op(summary: str, status: str = "200", secured: bool = True) -> dict[str, Any]:
        o: dict[str, Any] = {"summary": summary, "tags": ["web"],
                             "responses": {status: {"description": "OK", "content": {"application/json": {}}},
                                           "400": {"description": _ERRORS["400"]},
                                           "401": {"description": _ERRORS["401"]}}}
        if secured:
            o["security"] = bearer
        return o

    cid = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    return {
        "/web/login": {"post": op("Log in with {api_key} or {username, password}: sets the HttpOnly session cookie "
                                  "and answers the CSRF token", secured=False)},
        "/web/session": {"get": op("The current session (and its CSRF token)", secured=False)},
        "/web/logout": {"post": op("End the session (x-csrf-token required)", "204", secured=False)},
        "/v1/conversations": {"get": op("The caller's conversations, newest first"),
                              "post": op("Start a conversation", "201")},
        "/v1/conversations/{id}": {"parameters": cid, "get": op("A conversation with its messages"),
                                   "patch": op("Rename a conversation"),
                                   "delete": op("Delete a conversation and its messages", "204")},
        "/v1/conversations/{id}/messages": {"parameters": cid, "post": op("Append messages", "201")},
    }
