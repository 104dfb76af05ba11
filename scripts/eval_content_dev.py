"""Choose the content classifier's threshold on scripts/content_dev.py (never trained on) and report per category.

    PYTHONPATH=src .venv/bin/python scripts/eval_content_dev.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy as np
from content_dev import DEV as ROWS

from bastion.guardrails.content import ContentScanner
from bastion.guardrails.content_model import HARMS, MIN_SCORE
from bastion.resources import Resources

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)

def dev_report() -> None:
    """Choose the threshold on the development set (rows of (lang, category, text)); report per category."""
    rows = [(lang, cat, text) for lang, cat, text in ROWS]
    print(f"\n== development set: {len(rows)} rows ({sum(c == 'none' for _, c, _ in rows)} none)")
    scanner = ContentScanner(Resources(), {'ml_min_score': 0.01})  # every model finding
    lex_only = ContentScanner(Resources(), {"model": False})
    results = []
    for lang, cat, text in rows:
        lex = {f.category for f in lex_only.scan(text)}
        scores = {f.category: f.score for f in scanner.scan(text) if f.label.endswith(":model")}
        results.append((lang, cat, lex, scores))
    chosen = None
    print("t     R-right  R-any   FPR(model)  FPR(scanner)")
    for t in (0.1, 0.15, 0.2, 0.25, *THRESHOLDS, 0.95):
        right, anyr, fpr_m, fpr_s = _dev_rates(results, t)
        print(f"{t:.2f}  {right:7.3f}  {anyr:5.3f}   {fpr_m:9.3f}  {fpr_s:11.3f}")
        if chosen is None and fpr_s <= 0.03:
            chosen = t
    print(f"lexicon alone: R-right {_dev_rates(results, 2.0)[0]:.3f}, FPR {_dev_rates(results, 2.0)[3]:.3f}")
    print(f"lowest threshold with scanner FPR <= 3%: {chosen}")
    t = chosen if chosen is not None else MIN_SCORE
    for lang in ("en", "ko", "all"):
        sub = [r for r in results if lang in ("all", r[0])]
        cells = []
        for h in HARMS:
            items = [r for r in sub if r[1] == h]
            hit = [h in r[2] or r[3].get(h, 0.0) >= t for r in items]
            lex = [h in r[2] for r in items]
            cells.append(f"{h} {np.mean(hit) if hit else float('nan'):.2f} (lex {np.mean(lex) if lex else 0:.2f}, "
                         f"n={len(items)})")
        right, anyr, fpr_m, fpr_s = _dev_rates(sub, t)
        print(f"{lang} at t={t}: " + ", ".join(cells) + f"; FPR model {fpr_m:.3f}, scanner {fpr_s:.3f}")
    for lang, cat, _lex, scores in results:
        if cat == "none" and any(s >= t for s in scores.values()):
            print(f"   FP {lang} {sorted(k for k, s in scores.items() if s >= t)}")


def _dev_rates(results: list[tuple[str, str, set[str], dict[str, float]]], t: float) -> tuple[float, ...]:
    harm = [r for r in results if r[1] != "none"]
    none = [r for r in results if r[1] == "none"]
    right = np.mean([r[1] in r[2] or r[3].get(r[1], 0.0) >= t for r in harm]) if harm else 0.0
    anyr = np.mean([bool(r[2]) or max(r[3].values(), default=0.0) >= t for r in harm]) if harm else 0.0
    fpr_m = np.mean([max(r[3].values(), default=0.0) >= t for r in none]) if none else 0.0
    fpr_s = np.mean([bool(r[2]) or max(r[3].values(), default=0.0) >= t for r in none]) if none else 0.0
    return float(right), float(anyr), float(fpr_m), float(fpr_s)




if __name__ == '__main__':
    dev_report()
