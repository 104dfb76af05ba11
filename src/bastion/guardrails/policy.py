"""Policies: run a set of scanners over text and apply the configured action per category.

``mask`` replaces the finding before the text goes further: on input by a reversible placeholder such as
``<PERSON_1>`` for the ``reversible`` categories (see :mod:`bastion.guardrails.masking`), otherwise and on
output by ``[REDACTED:<label>]``; ``block`` refuses the whole request with a 400
``content_policy_violation`` that names the category, never the matched text; ``flag`` only records;
``allow`` ignores. A scanner that raises follows ``on_error``: ``closed`` blocks, ``open`` lets the text
through; either way the verdict says so.

Actions are looked up per category and severity: ``actions["violence:high"]`` wins over
``actions["violence"]``, so one policy can block severe content and only flag the rest. ``thresholds`` is
the minimum score a finding needs to count at all. The ``allow_list`` names values (or ``re:`` patterns)
that are never findings: a tenant's known false positives.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from bastion.errors import InvalidRequest
from bastion.guardrails.base import Action, Finding, Scanner, Where
from bastion.guardrails.masking import Masker, redact

log = logging.getLogger("bastion.guardrails")
_SENTENCE_END = re.compile(r"[.!?。\n]")


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

    def to_dict(self) -> dict[str, Any]:
        """OpenAI's error shape plus ``category`` (never the matched text), for clients that name it to users."""
        out = super().to_dict()
        out["error"]["category"] = self.verdict.category
        return out


class ScanCache:
    """What each scanner found in recently seen texts, by a digest of the text (bounded LRU, thread-safe).

    A chat request carries the whole conversation, so without this every turn would scan the history again:
    scanners are deterministic, and a message seen a moment ago gives the same findings. Only input is kept
    (streamed answers are scanned as ever-changing buffers), only texts up to ``max_chars`` with at most
    ``max_findings`` findings (so memory stays bounded whatever is sent), and the key includes the caller's scope
    (the tenant), so one tenant cannot time whether another sent a text."""

    def __init__(self, entries: int = 4096, max_chars: int = 16_384, max_findings: int = 64) -> None:
        self.entries = entries
        self.max_chars = max_chars
        self.max_findings = max_findings
        self._data: OrderedDict[tuple[int, bytes], list[Finding]] = OrderedDict()
        self._lock = threading.Lock()

    def key(self, scanner: Scanner, text: str, scope: str) -> tuple[int, bytes] | None:
        if len(text) > self.max_chars:
            return None
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16, person=b"bastion-scan",
                                 salt=hashlib.blake2b(scope.encode(), digest_size=16).digest())
        return id(scanner), digest.digest()

    def get(self, key: tuple[int, bytes]) -> list[Finding] | None:
        with self._lock:
            found = self._data.get(key)
            if found is not None:
                self._data.move_to_end(key)
        return None if found is None else list(found)

    def put(self, key: tuple[int, bytes], found: list[Finding]) -> None:
        if len(found) > self.max_findings:
            return
        with self._lock:
            self._data[key] = list(found)
            if len(self._data) > self.entries:
                self._data.popitem(last=False)


@dataclass(slots=True)
class Outcome:
    text: str
    verdicts: list[Verdict] = field(default_factory=list)


class Policy:
    def __init__(self, name: str, scanners: list[Scanner], actions: dict[str, Action],
                 thresholds: dict[str, float], fail_open: bool, allow_list: list[str] | tuple[str, ...] = (),
                 reversible: frozenset[str] = frozenset({"pii"}),
                 output_scanners: list[Scanner] | None = None, max_scan_chars: int | None = None,
                 judge: Any = None) -> None:
        self.name = name
        self.scanners = scanners
        self.output_scanners = scanners if output_scanners is None else output_scanners
        self.actions = actions
        self.thresholds = thresholds
        self.fail_open = fail_open
        self.max_span = max((s.max_span for s in self.output_scanners), default=0)
        self._allowed_values = {a.strip().casefold() for a in allow_list if not a.startswith("re:")}
        patterns = [a[3:] for a in allow_list if a.startswith("re:")]
        self._allowed_pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None
        self.reversible = reversible
        self.max_scan_chars = max_scan_chars
        self.judge = judge  # a JudgeConfig: an LLM's second opinion on borderline findings (pipeline calls it)
        # whether input masks make placeholders that answers need restored (and a mapping to keep)
        self.restores = any(a == "mask" and k.split(":")[0] in reversible for k, a in actions.items())
        self.cache = ScanCache()  # the policy owns its scanners' results: they live and go with it

    def action(self, f: Finding) -> Action:
        if f.score < self.thresholds.get(f.category, 0.0):
            return "allow"
        if f.severity:
            sharp = self.actions.get(f"{f.category}:{f.severity}")
            if sharp is not None:
                return sharp
        return self.actions.get(f.category, "flag")

    def _allowed(self, text: str, f: Finding) -> bool:
        if not self._allowed_values and self._allowed_pattern is None:
            return False
        value = text[f.start:f.end].strip()
        if value.casefold() in self._allowed_values:
            return True
        return self._allowed_pattern is not None and self._allowed_pattern.fullmatch(value) is not None

    def _scan(self, scanner: Scanner, text: str, where: Where, scope: str) -> list[Finding] | Verdict:
        key = self.cache.key(scanner, text, scope) if where == "input" else None
        cached = None if key is None else self.cache.get(key)
        if cached is not None:
            return cached
        try:
            found = scanner.scan(text)
            if key is not None:
                self.cache.put(key, found)
            return found
        except Exception:  # a scanner bug must not take the request down, nor let it through silently
            log.exception("scanner %s failed", scanner.name)
            failed = Verdict(scanner.name, "scanner_error", "error" if self.fail_open else "block", 1.0, (), where)
            if not self.fail_open:
                raise ContentBlocked(failed) from None
            return failed

    def findings(self, text: str, where: Where, scope: str = "") -> tuple[list[Finding], list[Verdict]]:
        """Every finding to mask, and the verdicts to record; raises ContentBlocked."""
        acted: list[Finding] = []
        verdicts: list[Verdict] = []
        for scanner in self.scanners if where == "input" else self.output_scanners:
            found = self._scan(scanner, text, where, scope)
            if isinstance(found, Verdict):
                verdicts.append(found)
                continue
            grouped: dict[tuple[str, Action], list[Finding]] = {}
            for f in found:
                action = self.action(f)
                if action != "allow" and not self._allowed(text, f):
                    grouped.setdefault((f.category, action), []).append(f)
            for (category, action), fs in sorted(grouped.items(), key=lambda kv: kv[0][1] != "block"):
                verdict = Verdict(scanner.name, category, action, max(f.score for f in fs),
                                  tuple(sorted({f.label for f in fs})), where)
                if action == "block":
                    raise ContentBlocked(verdict)
                verdicts.append(verdict)
                if action == "mask":
                    acted.extend(fs)
        return acted, verdicts

    def check(self, text: str, where: Where, masker: Masker | None = None, scope: str = "") -> Outcome:
        """Scan one text. Input masks become the masker's reversible placeholders; output masks are redacted.
        ``scope`` (the tenant) separates what the scan cache shares."""
        masks, verdicts = self.findings(text, where, scope)
        if not masks:
            return Outcome(text, verdicts)
        masked = masker.mask(text, masks, self.reversible) if masker is not None else redact(text, masks)
        return Outcome(masked, verdicts)


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
        self.step = 1 + window // 8  # scan again once this much more could be released, or at a sentence end
        self.pending = ""
        self.verdicts: list[Verdict] = []

    def feed(self, delta: str) -> str:
        self.pending += delta
        cut = len(self.pending) - self.window
        if cut <= 0 or (cut < self.step and not _SENTENCE_END.search(delta)):
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
        released = redact(self.pending[:cut], [f for f in masks if f.end <= cut])
        self.pending = self.pending[cut:]
        return released
