"""Output guardrails on a streamed answer. Content deltas pass through a :class:`StreamGuard` per choice
(scan, then release) and a :class:`Restorer` (placeholders back to the caller's values), and are re-emitted
as they are released; tool-call argument deltas are restored too. Every other part of a chunk (roles,
finish reasons, usage) passes through untouched and in order."""

from __future__ import annotations

from typing import Any

import orjson

from bastion.guardrails.masking import Masker, Restorer
from bastion.guardrails.policy import Policy, StreamGuard, Verdict


class ChunkFilter:
    def __init__(self, policy: Policy | None, window: int, masker: Masker | None = None,
                 collect: bool = False) -> None:
        self.policy = policy if policy is not None and policy.output_scanners else None
        self.window = window
        self.masker = masker if masker is not None and masker.by_placeholder else None
        self.guards: dict[int, StreamGuard] = {}
        self.restorers: dict[tuple[int, int], Restorer] = {}
        self.collected: dict[int, list[str]] | None = {} if collect else None

    @property
    def active(self) -> bool:
        return self.policy is not None or self.masker is not None or self.collected is not None

    @property
    def verdicts(self) -> list[Verdict]:
        return [v for g in self.guards.values() for v in g.verdicts]

    def text(self) -> list[str]:
        """The answer per choice as released (scanned, masked, before restoring): what retention keeps."""
        return ["".join(parts) for _, parts in sorted((self.collected or {}).items())]

    def _release(self, index: int, text: str, final: bool) -> str:
        if self.policy is not None:
            guard = self.guards.get(index)
            if guard is None:
                guard = self.guards[index] = StreamGuard(self.policy, self.window)
            text = guard.feed(text) + (guard.finish() if final else "")
        if self.collected is not None and text:
            self.collected.setdefault(index, []).append(text)
        return self._restore((index, -1), text, final)

    def _restore(self, key: tuple[int, int], text: str, final: bool) -> str:
        if self.masker is None:
            return text
        r = self.restorers.get(key)
        if r is None:
            r = self.restorers[key] = Restorer(self.masker)
        return r.feed(text) + (r.finish() if final else "")

    def _tool_calls(self, index: int, calls: list[Any], final: bool) -> list[Any]:
        out = []
        for call in calls:
            fn = call.get("function") or {}
            args = fn.get("arguments")
            if isinstance(args, str):
                restored = self._restore((index, int(call.get("index", 0))), args, final)
                call = {**call, "function": {**fn, "arguments": restored}}
            out.append(call)
        return out

    def _flush_tools(self, index: int, done: set[int]) -> list[Any]:
        """At a choice's end, what tool-call restorers still hold (a trailing '<...' that never closed)."""
        out = []
        for (i, ti), r in self.restorers.items():
            if i == index and ti >= 0 and ti not in done:
                rest = r.finish()
                if rest:
                    out.append({"index": ti, "function": {"arguments": rest}})
        return out

    def process(self, raw: bytes, event: dict[str, Any]) -> list[bytes]:
        """The chunks to send for one upstream chunk (none while text is held back). Raises ContentBlocked."""
        choices = event.get("choices") or []
        if not choices:
            return [raw]
        kept = []
        for choice in choices:
            index = int(choice.get("index", 0))
            final = choice.get("finish_reason") is not None
            delta = choice.get("delta") or {}
            new_delta = dict(delta)
            text = delta.get("content")
            if isinstance(text, str) or final:
                released = self._release(index, text if isinstance(text, str) else "", final)
                new_delta.pop("content", None)
                if released:
                    new_delta["content"] = released
            if self.masker is not None and (delta.get("tool_calls") or final):
                calls = self._tool_calls(index, delta.get("tool_calls") or [], final)
                calls += self._flush_tools(index, {int(c.get("index", 0)) for c in calls}) if final else []
                if calls:
                    new_delta["tool_calls"] = calls
            if new_delta or final:
                kept.append({**choice, "delta": new_delta})
        if not kept:
            return []
        return [orjson.dumps({**event, "choices": kept})]
