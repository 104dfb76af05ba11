"""Cheap structural checks of request bodies: enough to turn bad input into a clear 400 naming the field,
without building a model of a body the gateway only forwards."""

from __future__ import annotations

from typing import Any

import orjson

from bastion.errors import InvalidRequest

_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
_PART_TYPES = frozenset({"text", "image_url", "input_audio", "file", "refusal"})
MAX_EMBED_INPUTS = 2048


def parse_json(raw: bytes) -> dict[str, Any]:
    if not raw:
        raise InvalidRequest("the request body is empty: send a JSON object (Content-Type: application/json)")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as e:
        raise InvalidRequest(f"the request body is not valid JSON ({e.msg} at position {e.pos}); "
                             "send a JSON object") from None
    if not isinstance(body, dict):
        raise InvalidRequest("the request body must be a JSON object, e.g. {\"model\": ..., \"messages\": [...]}")
    return body


def _num(body: dict[str, Any], key: str, lo: float, hi: float, *, integer: bool = False) -> None:
    v = body.get(key)
    if v is None:
        return
    ok_type = isinstance(v, int) if integer else isinstance(v, int | float)
    if isinstance(v, bool) or not ok_type:
        kind = "an integer" if integer else "a number"
        raise InvalidRequest(f"'{key}' must be {kind}, got {type(v).__name__}", param=key)
    if not lo <= v <= hi:
        raise InvalidRequest(f"'{key}' must be between {lo:g} and {hi:g}, got {v}", param=key)


def _model(body: dict[str, Any]) -> str:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise InvalidRequest("'model' is required: name a model from GET /v1/models", param="model")
    return model


def _message(i: int, m: Any) -> None:
    where = f"messages[{i}]"
    if not isinstance(m, dict):
        raise InvalidRequest(f"{where} must be an object with 'role' and 'content'", param=where)
    role = m.get("role")
    if role not in _ROLES:
        raise InvalidRequest(f"{where}.role must be one of system, developer, user, assistant, tool; got {role!r}",
                             param=f"{where}.role")
    content = m.get("content")
    if content is None:
        if role in ("user", "system", "developer"):
            raise InvalidRequest(f"{where}.content is required for role '{role}'", param=f"{where}.content")
        return
    if isinstance(content, str):
        return
    if not isinstance(content, list):
        raise InvalidRequest(f"{where}.content must be a string or a list of content parts",
                             param=f"{where}.content")
    for j, part in enumerate(content):
        if not isinstance(part, dict) or part.get("type") not in _PART_TYPES:
            raise InvalidRequest(f"{where}.content[{j}] must be a part with type 'text' or 'image_url'",
                                 param=f"{where}.content[{j}]")
        if part["type"] == "image_url":
            img = part.get("image_url")
            if not isinstance(img, dict) or not isinstance(img.get("url"), str):
                raise InvalidRequest(f"{where}.content[{j}].image_url.url must be a URL or data: URI",
                                     param=f"{where}.content[{j}].image_url")
        elif part["type"] == "text" and not isinstance(part.get("text"), str):
            raise InvalidRequest(f"{where}.content[{j}].text must be a string", param=f"{where}.content[{j}].text")


def message_texts(m: dict[str, Any]) -> list[str]:
    """The text of a validated message: its string content, or its text parts (images are not text)."""
    content = m.get("content")
    if isinstance(content, str):
        return [content]
    if isinstance(content, list):
        return [p["text"] for p in content if p.get("type") == "text"]
    return []


def chat(body: dict[str, Any]) -> str:
    """Check a chat completion body; return its model (route) name."""
    model = _model(body)
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InvalidRequest("'messages' must be a non-empty list of {role, content} objects", param="messages")
    for i, m in enumerate(messages):
        _message(i, m)
    for key in ("stream", "logprobs"):
        if key in body and body[key] is not None and not isinstance(body[key], bool):
            raise InvalidRequest(f"'{key}' must be true or false", param=key)
    _num(body, "temperature", 0, 2)
    _num(body, "top_p", 0, 1)
    _num(body, "n", 1, 16, integer=True)
    _num(body, "max_tokens", 1, 1_000_000, integer=True)
    _num(body, "max_completion_tokens", 1, 1_000_000, integer=True)
    _num(body, "top_logprobs", 0, 20, integer=True)
    _num(body, "top_k", 0, 1_000_000, integer=True)
    _num(body, "presence_penalty", -2, 2)
    _num(body, "frequency_penalty", -2, 2)
    _num(body, "seed", -(2**63), 2**64 - 1, integer=True)
    stop = body.get("stop")
    if stop is not None and not (isinstance(stop, str) or (
            isinstance(stop, list) and len(stop) <= 4 and all(isinstance(s, str) for s in stop))):
        raise InvalidRequest("'stop' must be a string or a list of at most 4 strings", param="stop")
    _check_tools(body)
    rf = body.get("response_format")
    if rf is not None:
        kind = rf.get("type") if isinstance(rf, dict) else None
        if kind not in ("text", "json_object", "json_schema"):
            raise InvalidRequest("response_format.type must be 'text', 'json_object' or 'json_schema'",
                                 param="response_format")
        if kind == "json_schema" and not isinstance((rf.get("json_schema") or {}).get("schema"), dict):
            raise InvalidRequest("response_format.json_schema.schema must be a JSON Schema object",
                                 param="response_format")
    so = body.get("stream_options")
    if so is not None and not isinstance(so, dict):
        raise InvalidRequest("'stream_options' must be an object like {\"include_usage\": true}",
                             param="stream_options")
    return model


def _check_tools(body: dict[str, Any]) -> None:
    tools = body.get("tools")
    if tools is None:
        return
    if not isinstance(tools, list):
        raise InvalidRequest("'tools' must be a list of {type: function, function: {...}}", param="tools")
    for i, t in enumerate(tools):
        fn = t.get("function") if isinstance(t, dict) else None
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            raise InvalidRequest(f"tools[{i}] must be {{\"type\": \"function\", \"function\": {{\"name\": ...}}}}",
                                 param=f"tools[{i}]")
    choice = body.get("tool_choice")
    if choice is not None and not (choice in ("auto", "none", "required") or isinstance(choice, dict)):
        raise InvalidRequest("'tool_choice' must be 'auto', 'none', 'required' or {type: function, ...}",
                             param="tool_choice")


def embeddings(body: dict[str, Any]) -> tuple[str, list[str]]:
    model = _model(body)
    raw = body.get("input")
    inputs = [raw] if isinstance(raw, str) else raw
    if not isinstance(inputs, list) or not inputs or not all(isinstance(s, str) for s in inputs):
        raise InvalidRequest("'input' must be a string or a non-empty list of strings", param="input")
    if len(inputs) > MAX_EMBED_INPUTS:
        raise InvalidRequest(f"'input' has {len(inputs)} items; send at most {MAX_EMBED_INPUTS} per request",
                             param="input")
    if any(not s for s in inputs):
        raise InvalidRequest("'input' must not contain empty strings", param="input")
    fmt = body.get("encoding_format", "float")
    if fmt not in ("float", "base64", None):
        raise InvalidRequest("'encoding_format' must be 'float' or 'base64'", param="encoding_format")
    return model, inputs
