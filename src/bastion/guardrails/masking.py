"""Reversible masking: values become placeholders like ``<PERSON_1>`` before text reaches the provider, and
come back in the answer.

One :class:`Masker` serves one request (or one conversation, when its mapping is loaded from the vault):
the same value always gets the same placeholder, so the model can still tell two people apart and refer
to them consistently. Restoring a stream is done by :class:`Restorer`, which holds back a trailing ``<...``
until it either completes a known placeholder or clearly isn't one, so a placeholder split across chunks
(``<PER`` + ``SON_1>``) is restored whole and nothing else is delayed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bastion.guardrails.base import Finding

_TAG = re.compile(r"[^A-Z0-9]+")
PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]{0,40}?)_(\d{1,6})>")
_LONGEST = 50  # no placeholder is longer than this; a held-back "<..." longer than it is plain text


_SAME_TAG = {"KR_PERSON": "PERSON", "KR_PHONE": "PHONE_NUMBER", "KR_ADDRESS": "ADDRESS"}


def tag_of(label: str) -> str:
    """The placeholder's name for a finding label: Korean names are PERSONs to the model like any other."""
    tag = _TAG.sub("_", label.upper()).strip("_")
    return _SAME_TAG.get(tag, tag) or "PII"


class Masker:
    def __init__(self, mapping: dict[str, str] | None = None) -> None:
        self.by_placeholder: dict[str, str] = dict(mapping or {})
        self.by_value: dict[tuple[str, str], str] = {}
        self.counts: dict[str, int] = {}
        for ph, value in self.by_placeholder.items():
            m = PLACEHOLDER.fullmatch(ph)
            if m:
                self.by_value[(m.group(1), value)] = ph
                self.counts[m.group(1)] = max(self.counts.get(m.group(1), 0), int(m.group(2)))
        self.added = 0

    def placeholder(self, label: str, value: str) -> str:
        tag = tag_of(label)
        ph = self.by_value.get((tag, value))
        if ph is None:
            n = self.counts[tag] = self.counts.get(tag, 0) + 1
            ph = f"<{tag}_{n}>"
            self.by_value[(tag, value)] = ph
            self.by_placeholder[ph] = value
            self.added += 1
        return ph

    def mask(self, text: str, findings: list[Finding], reversible: frozenset[str] = frozenset({"pii"})) -> str:
        """Replace each finding (overlaps merged, the longer finding's label wins): by a placeholder when its
        category is reversible, otherwise by an irreversible ``[REDACTED:label]``."""
        return replace_spans(text, findings, lambda f, value: self.placeholder(f.label, value)
                             if f.category in reversible else f"[REDACTED:{f.label}]")

    def restore(self, text: str) -> str:
        if "<" not in text or not self.by_placeholder:
            return text
        return PLACEHOLDER.sub(lambda m: self.by_placeholder.get(m.group(0), m.group(0)), text)

    def remask(self, text: str) -> str:
        """``text`` with every value this request masked replaced by its placeholder again (for restored text
        that must go back to a provider, e.g. to a judge); longer values first, so a name inside another stays."""
        for ph, value in sorted(self.by_placeholder.items(), key=lambda kv: -len(kv[1])):
            if value:
                text = text.replace(value, ph)
        return text

    def mapping(self) -> dict[str, str]:
        return dict(self.by_placeholder)


def merge_spans(findings: list[Finding]) -> list[tuple[int, int, Finding]]:
    """Sorted, non-overlapping (start, end, finding) spans; an overlap keeps the longer finding."""
    merged: list[list[Any]] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if f.end <= f.start:
            continue
        if merged and f.start < merged[-1][1]:
            last = merged[-1]
            if f.end - f.start > last[1] - last[0]:
                last[2] = f
            last[1] = max(last[1], f.end)
        else:
            merged.append([f.start, f.end, f])
    return [(s, e, f) for s, e, f in merged]


def replace_spans(text: str, findings: list[Finding], replacement: Callable[[Finding, str], str]) -> str:
    out, pos = [], 0
    for start, end, f in merge_spans(findings):
        out.append(text[pos:start])
        out.append(replacement(f, text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def redact(text: str, findings: list[Finding]) -> str:
    """Irreversible masking (used on answers: a value the model produced is not restored to anyone)."""
    if not findings:
        return text
    return replace_spans(text, findings, lambda f, _: f"[REDACTED:{f.label}]")


class Restorer:
    """Restores placeholders in a stream of text deltas, whatever the chunk boundaries."""

    def __init__(self, masker: Masker) -> None:
        self.masker = masker
        self.pending = ""

    def feed(self, delta: str) -> str:
        text = self.pending + delta
        self.pending = ""
        cut = text.rfind("<")
        if cut != -1 and ">" not in text[cut:] and len(text) - cut < _LONGEST and _could_open(text[cut:]):
            text, self.pending = text[:cut], text[cut:]
        return self.masker.restore(text)

    def finish(self) -> str:
        rest, self.pending = self.pending, ""
        return self.masker.restore(rest)


_OPENING = re.compile(r"<[A-Z0-9_]*")


def _could_open(tail: str) -> bool:
    """True while ``tail`` (starting at '<') can still grow into a placeholder."""
    return _OPENING.fullmatch(tail) is not None
