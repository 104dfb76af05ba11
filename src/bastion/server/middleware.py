"""Pure-ASGI middleware (no per-request objects beyond a closure): every response carries
``x-request-id`` and ``x-bastion-overhead-ms``, the time Bastion itself spent before the response started
(wall time minus the upstream's share)."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_SAFE_ID = re.compile(rb"^[A-Za-z0-9._:-]{1,64}$")
OVERHEAD_HEADER = b"x-bastion-overhead-ms"


class RequestHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        rid = b""
        for k, v in scope["headers"]:
            if k == b"x-request-id" and _SAFE_ID.match(v):
                rid = v
                break
        if not rid:
            rid = uuid.uuid4().hex.encode()
        scope["bastion.request_id"] = rid.decode()
        if "\x00" in scope["path"] or b"%00" in scope["query_string"]:
            # no identifier or filter holds NUL, and PostgreSQL text cannot: a clear 400 instead of a 500 there
            body = (b'{"error":{"message":"the URL may not contain NUL characters (%00)","type":'
                    b'"invalid_request_error","param":null,"code":"invalid_url"}}')
            await send({"type": "http.response.start", "status": 400,
                        "headers": [(b"content-type", b"application/json"), (b"x-request-id", rid)]})
            await send({"type": "http.response.body", "body": body})
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                ctx: Any = scope.get("bastion.ctx")
                upstream = ctx.upstream_seconds if ctx is not None else 0.0
                overhead = max(0.0, time.perf_counter() - started - upstream) * 1000.0
                headers = list(message.get("headers", ()))
                headers.append((b"x-request-id", rid))
                headers.append((OVERHEAD_HEADER, f"{overhead:.3f}".encode()))
                cache = getattr(ctx, "cache", None)
                if cache is not None:
                    headers.append((b"x-bastion-cache", cache.status.encode()))
                    if cache.layer is not None:
                        headers.append((b"x-bastion-cache-layer", cache.layer.encode()))
                    if cache.entry is not None and cache.status == "hit":
                        headers.append((b"x-bastion-cache-entry", str(cache.entry).encode()))
                    if cache.similarity is not None:
                        headers.append((b"x-bastion-cache-similarity", f"{cache.similarity:.4f}".encode()))
                    if cache.reason is not None:
                        headers.append((b"x-bastion-cache-reason", cache.reason.encode()))
                reservation = getattr(ctx, "reservation", None)
                if reservation is not None and reservation.headers:
                    headers.extend((k.encode(), v.encode()) for k, v in reservation.headers.items())
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
