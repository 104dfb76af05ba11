"""The guardrail seam: a scanner looks at text and reports findings; a policy turns them into actions.

Scanners are plain objects with one method; each lives in its own module and registers by name in
:mod:`bastion.guardrails.registry`. They never see the policy: whether a finding is allowed, flagged,
masked or blocks the request is the policy's decision (:mod:`bastion.guardrails.policy`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

Action = Literal["allow", "flag", "mask", "block"]
Where = Literal["input", "output", "retrieved"]  # retrieved: a knowledge passage, scanned as input


@dataclass(frozen=True, slots=True)
class Finding:
    category: str  # what kind of problem: "secrets", "pii", "injection", ...
    label: str  # what exactly: "aws_access_key", "private_key", ...
    score: float  # confidence in [0, 1]
    start: int
    end: int
    severity: str = ""  # "low" | "medium" | "high" where the scanner grades it; policies may act per severity


class Scanner(Protocol):
    """Looks at one text and reports what it found. Must be thread-safe (big bodies are scanned in a worker
    thread), must not do I/O, and must return in bounded time whatever the input (huge, binary-looking...)."""

    name: str
    categories: tuple[str, ...]
    max_span: int  # the longest text one finding can cover; streams hold back at least this much

    def scan(self, text: str) -> list[Finding]: ...
