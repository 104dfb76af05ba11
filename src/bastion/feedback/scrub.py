"""PII scrubbing of exported text with the guardrails' own scanners.

Everything an export writes passes through here, including what users typed (comments, corrections): values the
PII and secrets scanners find become placeholders such as ``<EMAIL_ADDRESS_1>``. One export line shares one
:class:`Masker`, so the same value is the same placeholder across the line's texts; placeholders already in the
stored (masked) bodies are kept, and new ones never reuse their numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from bastion.guardrails.base import Finding, Scanner
from bastion.guardrails.masking import PLACEHOLDER, Masker
from bastion.guardrails.registry import Guardrails, make_scanner

SCRUBBED = ("pii", "secrets")


class Scrubber:
    def __init__(self, scanners: Sequence[Scanner], thresholds: dict[str, float] | None = None) -> None:
        self.scanners = list(scanners)
        self.thresholds = dict(thresholds or {})
        self.categories = frozenset(c for s in self.scanners for c in s.categories)

    @classmethod
    def from_guardrails(cls, guardrails: Guardrails) -> Scrubber:
        """The PII and secrets scanners of the default policy (with its thresholds). Exports are always scrubbed:
        when that policy runs no PII scanner (or guardrails are disabled), the PII scanner with default options
        is used."""
        policy = guardrails.static.get(guardrails.cfg.default_policy)
        scanners = [s for s in (policy.scanners if policy is not None else []) if s.name in SCRUBBED]
        if not any(s.name == "pii" for s in scanners):
            scanners.append(make_scanner("pii", guardrails.resources))
        return cls(scanners, policy.thresholds if policy is not None else None)

    def findings(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        for scanner in self.scanners:
            found += [f for f in scanner.scan(text) if f.score >= self.thresholds.get(f.category, 0.0)]
        return found

    def line(self, texts: Sequence[str]) -> list[str]:
        """The texts of one export line, scrubbed with one shared masker (blocking: scanners are CPU-bound)."""
        seeded = {m.group(0): "" for t in texts for m in PLACEHOLDER.finditer(t)}
        masker = Masker(seeded)
        masker.by_value.clear()  # seeded only to number new placeholders after the existing ones
        out = []
        for text in texts:
            found = self.findings(text) if text else []
            out.append(masker.mask(text, found, self.categories) if found else text)
        return out
