"""One error tree, mapped to OpenAI's error JSON.

Every error a client sees is ``{"error": {"message", "type", "param", "code"}}`` with the right HTTP
status. Messages say how to fix the problem. Upstream errors are mapped from their status and body fields
(see :func:`from_upstream`), never from message substrings.
"""

from __future__ import annotations

from typing import Any

import orjson


class BastionError(Exception):
    """Base of every error that reaches a client."""

    status: int = 500
    type: str = "server_error"
    code: str | None = None

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code
        self.headers: dict[str, str] = headers or {}

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}

    def to_json(self) -> bytes:
        return orjson.dumps(self.to_dict())


class InvalidRequest(BastionError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_request"


class Unsupported(InvalidRequest):
    """The chosen model cannot do what the request asks (images, tools, json_schema, ...)."""

    code = "unsupported_parameter"


class Authentication(BastionError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class PermissionDenied(BastionError):
    status = 403
    type = "permission_error"
    code = "permission_denied"


class NotFound(BastionError):
    status = 404
    type = "invalid_request_error"
    code = "not_found"


class ModelNotFound(NotFound):
    code = "model_not_found"


class AlreadyExists(BastionError):
    status = 409
    type = "invalid_request_error"
    code = "already_exists"


class PayloadTooLarge(BastionError):
    status = 413
    type = "invalid_request_error"
    code = "request_too_large"


class RateLimited(BastionError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after
        if retry_after is not None:
            self.headers.setdefault("retry-after", str(max(1, round(retry_after))))


class StorageUnavailable(BastionError):
    """The database cannot be reached; the request fails cleanly and the next one tries again."""

    status = 503
    type = "api_error"
    code = "database_unavailable"
    retry_after = 1.0


class UpstreamError(BastionError):
    """An upstream provider failed. ``retriable`` tells the router whether another try may succeed."""

    status = 502
    type = "api_error"
    code: str | None = "upstream_error"

    def __init__(
        self,
        message: str,
        *,
        upstream_status: int | None = None,
        retriable: bool = True,
        retry_after: float | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(message, **kw)
        self.upstream_status = upstream_status
        self.retriable = retriable
        self.retry_after = retry_after


class UpstreamTimeout(UpstreamError):
    status = 504
    type = "timeout_error"
    code = "upstream_timeout"


class UpstreamUnavailable(UpstreamError):
    """No deployment could serve the request (all cooling down, broken or failing)."""

    status = 503
    type = "api_error"
    code = "upstream_unavailable"


class StreamCut(UpstreamError):
    """The upstream ended a stream before ``[DONE]``."""

    code = "upstream_stream_cut"


class ConfigError(Exception):
    """Invalid configuration: names the file, the key and how to fix it. Raised at startup, never served."""

    def __init__(self, file: str | None, key: str, problem: str, fix: str) -> None:
        self.file, self.key, self.problem, self.fix = file, key, problem, fix
        where = f"{file}: " if file else ""
        super().__init__(f"{where}{key}: {problem}\n  fix: {fix}")


def _retry_after(headers: dict[str, str]) -> float | None:
    raw = headers.get("retry-after-ms")
    if raw:
        try:
            return float(raw) / 1000.0
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw:
        try:
            return float(raw)
        except ValueError:
            return None  # an HTTP date; rare from LLM providers, fall back to the default cooldown
    return None


def from_upstream(status: int, body: bytes, headers: dict[str, str], deployment: str) -> UpstreamError:
    """Map an upstream HTTP error to our tree by status code and the body's ``error`` fields."""
    err: dict[str, Any] = {}
    try:
        parsed = orjson.loads(body) if body else None
        if isinstance(parsed, dict) and isinstance(parsed.get("error"), dict):
            err = parsed["error"]
    except orjson.JSONDecodeError:
        pass
    upstream_message = str(err.get("message") or "")[:500]
    detail = f": {upstream_message}" if upstream_message else ""
    retry_after = _retry_after(headers)
    if status == 429:
        e: UpstreamError = UpstreamError(
            f"deployment '{deployment}' is rate limited upstream{detail}. Retry later, or add deployments "
            "or fallbacks to this route.",
            upstream_status=status,
            retriable=True,
            retry_after=retry_after,
        )
        e.status, e.type, e.code = 429, "rate_limit_error", "rate_limit_exceeded"
        return e
    if status in (408, 409) or status >= 500:
        return UpstreamError(
            f"deployment '{deployment}' failed with HTTP {status}{detail}",
            upstream_status=status,
            retriable=True,
            retry_after=retry_after,
        )
    # Any other 4xx is the request's fault: pass the provider's verdict through, with its fields.
    e = UpstreamError(
        f"deployment '{deployment}' rejected the request (HTTP {status}){detail}",
        upstream_status=status,
        retriable=False,
        param=err.get("param") if isinstance(err.get("param"), str) else None,
    )
    e.status = status if 400 <= status < 500 else 502
    e.type = str(err.get("type") or "invalid_request_error")
    code: Any = err.get("code")
    e.code = str(code) if code is not None else None
    if status in (401, 403):
        # The client's key is fine (it passed our auth); the deployment's own credentials are not.
        e.status, e.type, e.code = 502, "api_error", "upstream_auth_failed"
        e.message = (
            f"deployment '{deployment}' refused Bastion's credentials (HTTP {status}). "
            "An operator must fix the deployment's api_key in bastion.yaml."
        )
    return e
