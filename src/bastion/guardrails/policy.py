"""Policies: run a set of scanners over text and apply the configured action per category.

``mask`` replaces the finding by ``[REDACTED:<label>]`` before the text goes further (to the provider on
input, to the client on output); ``block`` refuses the whole request with a 400
``content_policy_violation`` that names the category, never the matched text; ``flag`` only records;
``allow`` ignores. A scanner that raises follows ``on_error``: ``closed`` blocks, ``open`` lets the text
through; either way the verdict says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from bastion.errors import InvalidRequest
from bastion.guardrails.base import Action, Finding, Scanner, Where

log = logging.getLogger("bastion.guardrails")


@dataclass(frozen=True, slots=True)
class Verdict:
    scanner: str
    category: str
    action: Action | str  # "error" when the scanner failed
    score: float
    labels: tuple[str, ...]
    where: Where

    def as_dict(self) -> dict[str, Any]:
        return {"scanner": self.scanner, "category": self.category, "action": self.action,
                "score": round(self.score, 3), "labels": list(self.labels), "where": self.where}


class ContentBlocked(InvalidRequest):
    code = "content_policy_violation"

    def __init__(self, verdict: Verdict) -> None:
        whose = "the request" if verdict.where == "input" else "the answer"
        super().__init__(f"{whose} was blocked by the content policy (category: {verdict.category}). Remove that "
                         "content and try again, or ask an admin about the policy.")
        self.verdict = verdict


@dataclass(slots=True)
class Outcome:
    text: str
    verdicts: list[Verdict] = field(default_factory=list)


class Policy:
    def __init__(self, name: str, scanners: list[Scanner], actions: dict[str, Action],
                 thresholds: dict[str, float], fail_open: bool) -> None:
        self.name = name
        self.scanners = scanners
        self.actions = actions
        self.thresholds = thresholds
        self.fail_open = fail_open
        self.max_span = max((s.max_span for s in scanners), default=0)

    def _action(self, f: Finding) -> Action:
        if f.score < self.thresholds.get(f.category, 0.0):
            return "allow"
        return self.actions.get(f.category, "flag")

    def findings(self, text: str, where: Where) -> tuple[list[Finding], list[Verdict]]:
        """Every finding that needs an action, and the verdicts to record; raises ContentBlocked."""
        acted: list[Finding] = []
        verdicts: list[Verdict] = []
        for scanner in self.scanners:
            try:
                found = scanner.scan(text)
            except Exception:  # a scanner bug must not take the request down, nor let it through silently
                log.exception("scanner %s failed", scanner.name)
                failed = Verdict(scanner.name, "scanner_error", "error" if self.fail_open else "block", 1.0, (), where)
                if not self.fail_open:
                    raise ContentBlocked(failed) from None
                verdicts.append(failed)
                continue
            by_category: dict[str, list[Finding]] = {}
            for f in found:
                if self._action(f) != "allow":
                    by_category.setdefault(f.category, []).append(f)
            for category, fs in by_category.items():
                action = self.actions.get(category, "flag")
                verdict = Verdict(scanner.name, category, action, max(f.score for f in fs),
                                  tuple(sorted({f.label for f in fs})), where)
                if action == "block":
                    raise ContentBlocked(verdict)
                verdicts.append(verdict)
                if action == "mask":
                    acted.extend(fs)
        return acted, verdicts

    def check(self, text: str, where: Where) -> Outcome:
        masks, verdicts = self.findings(text, where)
        return Outcome(apply_masks(text, masks), verdicts)


def apply_masks(text: str, masks: list[Finding]) -> str:
    """Replace every masked span (overlaps merged) by a placeholder naming its label."""
    if not masks:
        return text
    spans = sorted((f.start, f.end, f.label) for f in masks)
    merged: list[list[Any]] = []
    for start, end, label in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, label])
    out, pos = [], 0
    for start, end, label in merged:
        out.append(text[pos:start])
        out.append(f"[REDACTED:{label}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


class StreamGuard:
    """Holds back the last ``window`` characters of a streamed answer until they are scanned.

    Text is released only after the whole pending buffer was scanned, and never closer than ``window``
    characters to its end, so a finding still being generated (shorter than the window) cannot be
    partly released. A block ends the stream; what was held back is never sent. The window is the
    latency budget: a longer one catches longer findings whole, and delays the first token more.
    """

    def __init__(self, policy: Policy, window: int) -> None:
        self.policy = policy
        self.window = window
        self.pending = ""
        self.verdicts: list[Verdict] = []

    def feed(self, delta: str) -> str:
        self.pending += delta
        cut = len(self.pending) - self.window
        if cut <= 0:
            return ""
        return self._release(cut)

    def finish(self) -> str:
        return self._release(len(self.pending))

    def _release(self, cut: int) -> str:
        masks, verdicts = self.policy.findings(self.pending, "output")
        self.verdicts.extend(v for v in verdicts if v not in self.verdicts)
        for f in masks:  # never cut through a finding: hold it back whole
            if f.start < cut < f.end:
                cut = f.start
        released = apply_masks(self.pending[:cut], [f for f in masks if f.end <= cut])
        self.pending = self.pending[cut:]
        return released
