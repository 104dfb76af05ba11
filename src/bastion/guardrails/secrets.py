"""Secrets in prompts and answers: cloud and API keys, tokens, private keys, passwords in connection strings.

Each pattern targets a documented, fixed format (a vendor prefix and a length), so a match is a
high-confidence finding; generic high-entropy strings are deliberately not flagged (too many false
positives on ids and hashes). Private keys are recognised by their PEM header alone, so a stream is
stopped before the key body is released.
"""

from __future__ import annotations

import re

from bastion.guardrails.base import Finding

_PATTERNS: list[tuple[str, float, re.Pattern[str]]] = [
    ("private_key", 1.0, re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")),
    ("aws_access_key", 0.95, re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("aws_secret_key", 0.9, re.compile(
        r"(?i)aws.{0,20}?(?:secret|private).{0,20}?['\"=:\s]\s*([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])")),
    ("openai_key", 0.95, re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}")),
    ("openai_key", 0.9, re.compile(r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}")),
    ("anthropic_key", 0.95, re.compile(r"\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}")),
    ("github_token", 0.95, re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})")),
    ("gitlab_token", 0.95, re.compile(r"\bglpat-[A-Za-z0-9_-]{20,}")),
    ("slack_token", 0.95, re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("google_api_key", 0.95, re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("stripe_key", 0.95, re.compile(r"\b[sr]k_live_[0-9A-Za-z]{20,}")),
    ("azure_storage_key", 0.9, re.compile(r"AccountKey=[A-Za-z0-9+/]{86}==")),
    ("bastion_key", 0.95, re.compile(r"\bbst_[A-Za-z0-9]{40}\b")),
    ("jwt", 0.85, re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")),
    ("connection_string_password", 0.9, re.compile(
        r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]{1,64}:([^\s@/]{1,128})@[^\s/]+")),
    ("password_assignment", 0.75, re.compile(
        r"(?i)\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token)\s*[:=]\s*['\"]?([^\s'\"]{8,128})")),
]


_SLICE = 64 * 1024


class SecretsScanner:
    name: str = "secrets"
    categories: tuple[str, ...] = ("secrets",)
    max_span: int = 200

    def scan(self, text: str) -> list[Finding]:
        """Scan in overlapping slices: one regular-expression call holds the GIL for its whole run, so short
        slices keep the event loop (and other requests) moving while a big body is scanned in a thread."""
        found: dict[tuple[str, int], Finding] = {}
        step = _SLICE
        for base in range(0, max(1, len(text)), step):
            piece = text[base : base + step + self.max_span]
            for label, score, pattern in _PATTERNS:
                for m in pattern.finditer(piece):
                    # mask the secret itself where the pattern captures it (keep "password=" readable)
                    start, end = (m.start(1), m.end(1)) if m.lastindex else (m.start(), m.end())
                    start, end = start + base, end + base
                    if label == "private_key":
                        end = len(text)  # everything after the header is key material
                    found.setdefault((label, start), Finding("secrets", label, score, start, end))
        return list(found.values())
