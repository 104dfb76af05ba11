"""The injection scanner on the project's own development sets (never trained on): recall per language and kind,
false positives, and a threshold sweep. This is where the reporting threshold (``EMIT``) is chosen; the held-out
set in evals/data is only measured (scripts/eval_guardrails.py).

    PYTHONPATH=src .venv/bin/python scripts/eval_injection_dev.py [--sets DEV,DEV2,DEV3,DEV4] [--misses]

DEV was read while writing rules (it flatters the scanner); DEV2, DEV3, DEV4, DEV5 and DEV6 were written afterwards by
other hands and are used only to choose the threshold and to measure (the misses of DEV3-DEV6 have been read: DEV6's
after its first measurement; see docs/security.md for what that flatters).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bastion.guardrails.registry import make_scanner
from bastion.resources import Resources

SETS = {"DEV": "injection_corpus_dev", "DEV2": "injection_corpus_dev", "DEV3": "injection_corpus_dev3",
        "DEV4": "injection_corpus_dev4", "DEV5": "injection_corpus_dev5", "DEV6": "injection_corpus_dev6"}
ATTACK_KINDS = ("direct", "indirect", "jailbreak", "obfuscated")
SWEEP = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def rows(names: list[str]) -> list[tuple[str, str, str, str]]:
    out = []
    for name in names:
        try:
            module = importlib.import_module(SETS[name])
        except ModuleNotFoundError:
            print(f"(set {name} not found, skipped)")
            continue
        out += [(name, lang, kind, text) for lang, kind, text in getattr(module, name)]
    return out


def pct(hits: int, n: int) -> str:
    return f"{100 * hits / n:.1f}% ({hits}/{n})" if n else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sets", default="DEV,DEV2,DEV3")
    ap.add_argument("--misses", action="store_true", help="print misses and false positives (reads the set)")
    ap.add_argument("--no-embedding", action="store_true", help="switch the embedding head off")
    args = ap.parse_args()
    scanner = make_scanner("injection", Resources(), min_score=min(SWEEP),
                           embedding=not args.no_embedding)
    scored = []
    for name, lang, kind, text in rows(args.sets.split(",")):
        findings = [f for f in scanner.scan(text) if f.category in ("injection", "jailbreak")]
        scored.append((name, lang, kind, text, max((f.score for f in findings), default=0.0),
                       max((f.severity == "high" for f in findings), default=False)))
    from bastion.guardrails.injection import EMIT

    print(f"threshold EMIT={EMIT}; {len(scored)} rows")
    for name in [*sorted({r[0] for r in scored}), "all"]:
        for lang in ("en", "ko", "all"):
            sel = [r for r in scored if name in (r[0], "all") and lang in (r[1], "all")]
            att = [r for r in sel if r[2] in ATTACK_KINDS]
            ben = [r for r in sel if r[2] not in ATTACK_KINDS]
            kinds = ", ".join(f"{k} {pct(sum(r[4] >= EMIT for r in att if r[2] == k), sum(r[2] == k for r in att))}"
                              for k in ATTACK_KINDS)
            print(f"{name:5s} {lang:3s} recall {pct(sum(r[4] >= EMIT for r in att), len(att))}  "
                  f"FPR {pct(sum(r[4] >= EMIT for r in ben), len(ben))}  high-on-benign "
                  f"{sum(r[5] for r in ben)}  [{kinds}]")
    print("\nsweep (all sets): t recall fpr (below EMIT the embedding head, which only settles scores from EMIT "
          "up, does not run: those rows are not comparable with the rest)")
    att = [r for r in scored if r[2] in ATTACK_KINDS]
    ben = [r for r in scored if r[2] not in ATTACK_KINDS]
    for t in SWEEP:
        print(f"  {t:.2f} {pct(sum(r[4] >= t for r in att), len(att))}  {pct(sum(r[4] >= t for r in ben), len(ben))}")
    if args.misses:
        for name, lang, kind, text, score, _ in scored:
            wrong = (score >= EMIT) != (kind in ATTACK_KINDS)
            if wrong:
                print(f"{'MISS' if kind in ATTACK_KINDS else 'FP  '} {name} {lang} {kind:10s} {score:.2f} "
                      f"{text[:140]!r}")


if __name__ == "__main__":
    main()
