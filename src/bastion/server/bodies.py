"""Reading a request body within a limit: a clear 413 as soon as it passes, never the whole of it in memory."""

from __future__ import annotations

from starlette.requests import Request

from bastion.errors import InvalidRequest, PayloadTooLarge


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise InvalidRequest("the Content-Length header is not a number") from None
        if size > limit:
            raise PayloadTooLarge(f"the request body is {size} bytes; the limit is {limit}. Send a smaller body "
                                  "or raise max_body_bytes in bastion.yaml")
    chunks = []
    got = 0
    async for chunk in request.stream():
        got += len(chunk)
        if got > limit:
            raise PayloadTooLarge(f"the request body exceeds the limit of {limit} bytes. Send a smaller body "
                                  "or raise max_body_bytes in bastion.yaml")
        chunks.append(chunk)
    return b"".join(chunks)
