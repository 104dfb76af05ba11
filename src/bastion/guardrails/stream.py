"""Output guardrails on a streamed answer: content deltas pass through a :class:`StreamGuard` per choice
and are re-emitted as the scanners release them; every other part of a chunk (roles, tool calls, finish
reasons, usage) passes through untouched and in order."""

from __future__ import annotations

from typing import Any

import orjson

from bastion.guardrails.policy import Policy, StreamGuard, Verdict


class ChunkFilter:
    def __init__(self, policy: Policy, window: int) -> None:
        self.policy = policy
        self.window = window
        self.guards: dict[int, StreamGuard] = {}

    @property
    def verdicts(self) -> list[Verdict]:
        return [v for g in self.guards.values() for v in g.verdicts]

    def _guard(self, index: int) -> StreamGuard:
        g = self.guards.get(index)
        if g is None:
            g = self.guards[index] = StreamGuard(self.policy, self.window)
        return g

    def process(self, raw: bytes, event: dict[str, Any]) -> list[bytes]:
        """The chunks to send for one upstream chunk (none while text is held back). Raises ContentBlocked."""
        choices = event.get("choices") or []
        if not choices:
            return [raw]
        out: list[bytes] = []
        changed = False
        kept = []
        for choice in choices:
            delta = choice.get("delta") or {}
            guard = self._guard(int(choice.get("index", 0)))
            text = delta.get("content")
            released = guard.feed(text) if isinstance(text, str) else None
            if choice.get("finish_reason") is not None:
                rest = (released or "") + guard.finish()
                if rest:
                    out.append(orjson.dumps({**event, "choices": [
                        {**choice, "delta": {"content": rest}, "finish_reason": None, "logprobs": None}]}))
                released = ""
            if released is None:
                kept.append(choice)
                continue
            changed = True
            new_delta = {k: v for k, v in delta.items() if k != "content"}
            if released:
                new_delta["content"] = released
            if new_delta or choice.get("finish_reason") is not None:
                kept.append({**choice, "delta": new_delta})
        if not changed:
            return [raw]
        if kept:
            out.append(orjson.dumps({**event, "choices": kept}))
        return out
