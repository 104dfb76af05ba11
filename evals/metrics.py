"""Metric code for scripts/eval_guardrails.py: span matching, rates, threshold sweeps, latency percentiles.

Pure functions over plain data, so they can be checked by hand (see the examples in each docstring).
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Iterable, Sequence
from pathlib import Path

GOLD_PII = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
            "URL_WITH_CREDENTIALS", "ADDRESS", "KR_RRN", "KR_ARN", "KR_BRN", "KR_PASSPORT", "KR_DRIVER_LICENSE",
            "KR_BANK_ACCOUNT")

# Predicted label -> gold label, for the label-aware numbers. Upper-cased gold names map to themselves; anything
# not listed (Presidio's DATE_TIME, NRP, US_SSN, ...) maps to None: it still masks text, so it counts in the
# label-agnostic numbers, but is a wrong-label prediction in the label-aware ones.
LABEL_MAP = {
    "PER": "PERSON", "NAME": "PERSON", "PERSON_NAME": "PERSON", "KR_NAME": "PERSON", "KR_PERSON": "PERSON",
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE": "PHONE_NUMBER", "KR_PHONE": "PHONE_NUMBER", "KR_PHONE_NUMBER": "PHONE_NUMBER", "MOBILE": "PHONE_NUMBER",
    "CARD": "CREDIT_CARD", "CARD_NUMBER": "CREDIT_CARD", "PAYMENT_CARD": "CREDIT_CARD",
    "IBAN": "IBAN_CODE",
    "IP": "IP_ADDRESS", "IPV4": "IP_ADDRESS", "IPV6": "IP_ADDRESS",
    "URL": "URL_WITH_CREDENTIALS", "URL_CREDENTIALS": "URL_WITH_CREDENTIALS", "CREDENTIAL_URL": "URL_WITH_CREDENTIALS",
    "LOCATION": "ADDRESS", "STREET_ADDRESS": "ADDRESS", "KR_ADDRESS": "ADDRESS", "POSTAL_ADDRESS": "ADDRESS",
    "KR_FRN": "KR_ARN", "KR_ALIEN_REGISTRATION": "KR_ARN",
    "KR_BUSINESS_REGISTRATION": "KR_BRN",
    "BANK_ACCOUNT": "KR_BANK_ACCOUNT", "KR_ACCOUNT": "KR_BANK_ACCOUNT",
    "KR_DRIVERS_LICENSE": "KR_DRIVER_LICENSE", "KR_DL": "KR_DRIVER_LICENSE",
}


def map_label(label: str) -> str | None:
    up = label.strip().upper().replace("-", "_")
    return up if up in GOLD_PII else LABEL_MAP.get(up)


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------- spans

Span = tuple[int, int]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Union of intervals: merge([(0, 3), (2, 5), (7, 8)]) == [(0, 5), (7, 8)]."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def covered(span: Span, by: Sequence[Span]) -> float:
    """Share of span's characters inside the (merged, disjoint) intervals `by`: covered((0, 10), [(5, 20)]) == 0.5."""
    s, e = span
    if e <= s:
        return 0.0
    inside = sum(max(0, min(e, b) - max(s, a)) for a, b in by)
    return inside / (e - s)


class SpanCounts:
    """Accumulates span-level counts over prompts. A gold span is found when predictions cover >= `need` of its
    characters; a (merged) predicted span is correct when gold spans cover >= `need` of its characters. The
    label-aware variant does the same per gold label, predictions mapped through LABEL_MAP (unmapped ones are
    wrong-label predictions)."""

    def __init__(self, need: float = 0.5) -> None:
        self.need = need
        self.gold = self.found = self.pred = self.correct = 0
        self.found_l = self.pred_l = self.correct_l = 0
        self.clean = self.clean_flagged = 0
        self.by_label: dict[str, list[int]] = {}  # gold label -> [gold, found (label-agnostic)]

    def add(self, gold: list[dict], pred: list[tuple[int, int, str]]) -> None:
        g_all = merge((g["start"], g["end"]) for g in gold)
        p_all = merge((s, e) for s, e, _ in pred)
        if not gold:
            self.clean += 1
            self.clean_flagged += bool(p_all)
        for g in gold:
            ok = covered((g["start"], g["end"]), p_all) >= self.need
            self.gold += 1
            self.found += ok
            row = self.by_label.setdefault(g["label"], [0, 0])
            row[0] += 1
            row[1] += ok
        self.pred += len(p_all)
        self.correct += sum(covered(p, g_all) >= self.need for p in p_all)
        mapped: dict[str | None, list[Span]] = {}
        for s, e, label in pred:
            mapped.setdefault(map_label(label), []).append((s, e))
        for label, spans in mapped.items():
            merged = merge(spans)
            self.pred_l += len(merged)
            if label is not None:
                g_lab = merge((g["start"], g["end"]) for g in gold if g["label"] == label)
                self.correct_l += sum(covered(p, g_lab) >= self.need for p in merged)
        for g in gold:
            p_lab = merge(mapped.get(g["label"], []))
            self.found_l += covered((g["start"], g["end"]), p_lab) >= self.need

    def summary(self) -> dict:
        p, r = ratio(self.correct, self.pred), ratio(self.found, self.gold)
        pl, rl = ratio(self.correct_l, self.pred_l), ratio(self.found_l, self.gold)
        return {"gold": self.gold, "pred": self.pred, "precision": p, "recall": r, "f1": f1(p, r),
                "precision_labeled": pl, "recall_labeled": rl, "f1_labeled": f1(pl, rl),
                "clean_prompts": self.clean, "fpr_clean": ratio(self.clean_flagged, self.clean),
                "recall_by_label": {k: ratio(v[1], v[0]) for k, v in sorted(self.by_label.items())}}


# ---------------------------------------------------------------- rates

def ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def binary(scores: Sequence[float | None], truth: Sequence[bool], t: float | None = None) -> dict:
    """Detection metrics. scores[i] is the best score of item i (None: nothing returned); with t=None an item counts
    as flagged when anything was returned, else when its score >= t."""
    flag = [s is not None and (t is None or s >= t) for s in scores]
    tp = sum(f and y for f, y in zip(flag, truth, strict=True))
    fp = sum(f and not y for f, y in zip(flag, truth, strict=True))
    pos = sum(truth)
    neg = len(truth) - pos
    p, r = ratio(tp, tp + fp), ratio(tp, pos)
    return {"n": len(truth), "tp": tp, "fp": fp, "precision": p, "recall": r, "f1": f1(p, r), "fpr": ratio(fp, neg),
            "accuracy": ratio(sum(f == y for f, y in zip(flag, truth, strict=True)), len(truth))}


def sweep(scores: Sequence[float | None], truth: Sequence[bool], lo: float = 0.3, hi: float = 0.95,
          step: float = 0.05) -> list[dict]:
    out = []
    n = round((hi - lo) / step)
    for i in range(n + 1):
        t = round(lo + i * step, 2)
        out.append({"t": t, **binary(scores, truth, t)})
    return out


def percentile(xs: Sequence[float], q: float) -> float:
    """Nearest-rank percentile: percentile([1, 2, 3, 4], 0.5) == 2."""
    ys = sorted(xs)
    return ys[max(0, math.ceil(q * len(ys)) - 1)]


def latency(ms: Sequence[float]) -> dict:
    return {"n": len(ms), "median_ms": statistics.median(ms), "p95_ms": percentile(ms, 0.95), "max_ms": max(ms)}


def fmt(x: float | None, pct: bool = True) -> str:
    if x is None:
        return "-"
    return f"{100 * x:.1f}%" if pct else f"{x:.3f}"
