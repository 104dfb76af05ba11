"""Reasoning strategies: model calls made before the answer, whose result goes into the answer's prompt as
the model's own notes. Each has a hard call budget and leaves a trace of its thoughts (kept for the API,
not shown to the end user).

- ``cot``: one call writes step-by-step reasoning.
- ``tot``: a breadth-limited tree search (beam): each kept path is extended by ``breadth`` proposed next
  steps, the model scores every new path from 1 to 10, the best ``breadth`` paths survive, ``depth`` times.
- ``got``: ``breadth`` independent drafts are merged into one (thoughts combined across branches), and the
  merged thought is refined ``depth - 1`` times.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from bastion.config_grounding import StrategyConfig

Call = Callable[[list[dict[str, Any]]], Awaitable[str]]
_NUMBER = re.compile(r"\b(10|[1-9])\b")


class Budget:
    def __init__(self, calls: int) -> None:
        self.left = calls

    def take(self) -> bool:
        if self.left <= 0:
            return False
        self.left -= 1
        return True


def _ask(messages: list[dict[str, Any]], instruction: str) -> list[dict[str, Any]]:
    return [*messages, {"role": "user", "content": instruction}]


async def cot(messages: list[dict[str, Any]], cfg: StrategyConfig, call: Call,
              trace: list[dict[str, Any]]) -> str | None:
    if not Budget(cfg.max_calls).take():
        return None
    text = await call(_ask(messages, "Think step by step about the question above, using only the passages. Write "
                                     "your reasoning as short numbered steps. Do not write the final answer yet."))
    trace.append({"step": "reason", "text": text})
    return text


def _score(text: str) -> float:
    m = _NUMBER.search(text)
    return float(m.group(1)) if m else 0.0


async def tot(messages: list[dict[str, Any]], cfg: StrategyConfig, call: Call,
              trace: list[dict[str, Any]]) -> str | None:
    budget = Budget(cfg.max_calls)
    beam: list[tuple[float, str]] = [(0.0, "")]
    for depth in range(1, cfg.depth + 1):
        grown: list[tuple[float, str]] = []
        for _, path in beam:
            for _ in range(cfg.breadth):
                if not budget.take():
                    break
                so_far = f"Reasoning so far:\n{path}\n\n" if path else ""
                step = await call(_ask(messages, f"{so_far}Propose the next single step of reasoning towards "
                                                 "answering the question from the passages. One or two sentences."))
                candidate = f"{path}\n{step}".strip()
                if not budget.take():
                    grown.append((0.0, candidate))
                    break
                rating = await call(_ask(messages, f"Reasoning:\n{candidate}\n\nRate from 1 to 10 how likely this "
                                                   "reasoning leads to a correct answer supported by the passages. "
                                                   "Reply with the number only."))
                score = _score(rating)
                trace.append({"step": "propose", "depth": depth, "text": step, "score": score})
                grown.append((score, candidate))
        if not grown:
            break
        beam = sorted(grown, key=lambda t: -t[0])[: cfg.breadth]
    best = beam[0][1] if beam and beam[0][1] else None
    if best is not None:
        trace.append({"step": "chosen", "text": best, "score": beam[0][0]})
    return best


async def got(messages: list[dict[str, Any]], cfg: StrategyConfig, call: Call,
              trace: list[dict[str, Any]]) -> str | None:
    budget = Budget(cfg.max_calls)
    drafts = []
    for i in range(cfg.breadth):
        if not budget.take():
            break
        text = await call(_ask(messages, f"Draft {i + 1}: reason briefly about how to answer the question from the "
                                         "passages. Short numbered steps; no final answer yet."))
        trace.append({"step": "draft", "index": i + 1, "text": text})
        drafts.append(text)
    if not drafts:
        return None
    thought = drafts[0]
    if len(drafts) > 1 and budget.take():
        joined = "\n\n".join(f"Draft {i}:\n{d}" for i, d in enumerate(drafts, 1))
        thought = await call(_ask(messages, f"{joined}\n\nMerge these drafts into one consistent line of reasoning: "
                                            "keep what they agree on and what the passages support, drop the rest."))
        trace.append({"step": "merge", "text": thought})
    for r in range(cfg.depth - 1):
        if not budget.take():
            break
        thought = await call(_ask(messages, f"Reasoning:\n{thought}\n\nImprove this reasoning: fix mistakes and remove "
                                            "anything the passages do not support. Reply with the improved steps."))
        trace.append({"step": "refine", "round": r + 1, "text": thought})
    return thought


STRATEGIES: dict[str, Callable[[list[dict[str, Any]], StrategyConfig, Call, list[dict[str, Any]]],
                               Awaitable[str | None]]] = {"cot": cot, "tot": tot, "got": got}
