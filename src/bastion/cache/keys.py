"""What a cached answer may serve: the scope a request belongs to, its exact key, and whether it is cacheable.

A cached answer never crosses its scope: tenant, assistant and version (or raw route), system prompt, the
sampling parameters that change output, the reasoning strategy and document filters, and the versions of the
knowledge bases it was drawn from. Every part goes into one SHA-256, so an entry is found only by requests that
agree on all of them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

import orjson

# Request fields that change what the model answers; anything else (user, metadata, stream) does not.
SAMPLING = ("temperature", "top_p", "top_k", "max_tokens", "max_completion_tokens", "seed", "stop",
            "frequency_penalty", "presence_penalty", "logit_bias", "response_format", "min_p", "repeat_penalty",
            "reasoning_effort")
_SPACE = re.compile(r"\s+")
_TRAILING = "?.!\u3002\uff1f\uff01~\u2026"  # also the ideographic full stop and full-width ? !


def normalise(text: str) -> str:
    """Compatibility-normalised, case-folded, whitespace collapsed, without trailing punctuation."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip().rstrip(_TRAILING).strip()


def digest(value: Any) -> str:
    return hashlib.sha256(orjson.dumps(value, option=orjson.OPT_SORT_KEYS)).hexdigest()


def text_of(message: dict[str, Any]) -> str | None:
    """A message's text, or None when it carries anything besides text (images, audio, files)."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                return None
            parts.append(part["text"])
        return "\n".join(parts)
    return None if content is not None else ""


def bypass_reason(body: dict[str, Any], multi_turn: bool) -> str | None:
    """Why this chat request must not be answered from (or stored in) the cache, or None."""
    if body.get("tools") or body.get("functions") or body.get("tool_choice") not in (None, "none"):
        return "tools"
    if int(body.get("n") or 1) > 1:
        return "n"
    if body.get("logprobs") or body.get("top_logprobs"):
        return "logprobs"
    messages = body.get("messages") or []
    turns = [m for m in messages if m.get("role") not in ("system", "developer")]
    if not turns or turns[-1].get("role") != "user":
        return "no-question"
    if len(turns) > 1 and not multi_turn:
        return "multi-turn"
    if any(m.get("role") in ("tool", "function") or m.get("tool_calls") for m in messages):
        return "tools"
    if any(text_of(m) is None for m in messages):
        return "not-text"
    return None


def turns(body: dict[str, Any]) -> int:
    """The conversation's turns besides system prompts."""
    return sum(1 for m in body["messages"] if m.get("role") not in ("system", "developer"))


def question(body: dict[str, Any]) -> str:
    """The text compared semantically: the last user turn."""
    return next((text_of(m) or "" for m in reversed(body["messages"]) if m.get("role") == "user"), "")


def exact_key(body: dict[str, Any]) -> str:
    """The normalised conversation (system prompts are part of the scope instead)."""
    turns = [(m.get("role"), normalise(text_of(m) or "")) for m in body["messages"]
             if m.get("role") not in ("system", "developer")]
    return digest(turns)


def system_text(body: dict[str, Any]) -> str:
    return "\n\n".join(text_of(m) or "" for m in body["messages"] if m.get("role") in ("system", "developer"))


def scope(tenant: str, target: str, body: dict[str, Any], extra: dict[str, Any]) -> str:
    """``target``: "assistant:<name>:<version>" or "route:<name>"; ``extra``: strategy, filters and knowledge-base
    versions for an assistant."""
    sampling = {k: body[k] for k in SAMPLING if body.get(k) is not None}
    return digest({"tenant": tenant, "target": target, "system": hashlib.sha256(system_text(body).encode()).hexdigest(),
                   "sampling": sampling, **extra})
