"""Server-sent events as a plain ASGI response: one ``send`` per batch of events, and the producer is
cancelled as soon as the client goes away (so a local model stops generating for nobody)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator

from starlette.types import Receive, Scope, Send

_HEADERS = [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-cache"),
            (b"x-accel-buffering", b"no")]


class EventStream:
    def __init__(self, body: AsyncGenerator[bytes, None]) -> None:
        self.body = body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        task = asyncio.current_task()
        assert task is not None
        state = {"finished": False, "client_gone": False}

        async def watch() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    if not state["finished"]:
                        state["client_gone"] = True
                        task.cancel()
                    return

        await send({"type": "http.response.start", "status": 200, "headers": _HEADERS})
        watcher = asyncio.create_task(watch())
        try:
            async for chunk in self.body:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            state["finished"] = True
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except asyncio.CancelledError:
            if not state["client_gone"]:
                raise
            task.uncancel()  # the client left: nothing to report, nobody to report it to
        finally:
            watcher.cancel()
            with contextlib.suppress(BaseException):
                await self.body.aclose()
