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


def contains_nul(value: object) -> bool:
    """Whether any string in a decoded JSON value holds the NUL character (PostgreSQL text cannot store it)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(contains_nul(k) or contains_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(contains_nul(v) for v in value)
    return False


def refuse_nul(value: object) -> None:
    if contains_nul(value):
        raise InvalidRequest("text may not contain NUL characters (\\u0000); remove them and send again")
