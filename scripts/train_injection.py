"""Train the injection scanner's classifier and write src/bastion/guardrails/data/injection_model.npz.

    PYTHONPATH=src python scripts/train_injection.py [--no-similarity]

Deterministic (fixed seeds). The corpus comes from scripts/injection_corpus*.py (templates written for this
project). Features are exactly the scanner's: :func:`bastion.guardrails.injection.features` over the
normalised text, so nothing but the weights needs storing. Printed: held-out metrics of 5 folds split by
template (phrasings the model never saw: the honest number), of a random split (new fillings of seen
templates) and of the training set, and the whole scanner (rules + classifier) on the template folds. With
similarity on, the e5 cosine range is calibrated on the folds' borderline cases and stored (``sim_span``).
Note the rules were written alongside these templates, so the scanner numbers flatter it; the held-out
evaluation set elsewhere in the repository is the real measure.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report

sys.path.insert(0, str(Path(__file__).resolve().parent))
from injection_corpus import BENIGN, Example, corpus

from bastion.guardrails import injection
from bastion.guardrails.injection import CATEGORIES, SIM_SPAN, features, load_exemplars
from bastion.guardrails.normalise import normalise
from bastion.resources import Resources

OUT = Path(__file__).resolve().parents[1] / "src" / "bastion" / "guardrails" / "data" / "injection_model.npz"
BITS = 18
C = 4.0
NAMES = ["benign", "injection", "jailbreak"]


def matrix(texts: list[str]) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        ids = features(normalise(text).text, BITS)
        rows.extend([i] * len(ids))
        cols.extend(ids.tolist())
        vals.extend([1.0 / math.sqrt(max(1, len(ids)))] * len(ids))
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << BITS), dtype=np.float32)


def fit(examples: list[Example], c: float = C) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(matrix([e.text for e in examples]), [e.label for e in examples],
              sample_weight=[e.weight for e in examples])
    return model


def report(title: str, y: list[int], pred: np.ndarray) -> None:
    print(f"\n== {title} ({len(y)} examples)")
    print(classification_report(y, pred, target_names=NAMES, digits=3, zero_division=0))
    attack, said = np.array(y) != BENIGN, pred != BENIGN
    print(f"binary attack-vs-benign: recall {said[attack].mean():.3f}, false-positive rate "
          f"{said[~attack].mean():.3f}")


def predict(model: LogisticRegression, examples: list[Example]) -> np.ndarray:
    return np.asarray(model.predict(matrix([e.text for e in examples])))


def group_folds(examples: list[Example], k: int, rng: random.Random) -> list[set[str]]:
    """k disjoint sets of templates: each fold holds out whole templates (phrasings), not just fillings."""
    groups = sorted({e.group for e in examples})
    rng.shuffle(groups)
    return [set(groups[i::k]) for i in range(k)]


def as_scanner_model(model: LogisticRegression) -> Any:
    # classes_ are [0, 1, 2] (benign, injection, jailbreak): the column order the scanner expects
    return injection._Model(np.ascontiguousarray(model.coef_.T, dtype=np.float32),
                            model.intercept_.astype(np.float32), BITS, SIM_SPAN)


def scanner_report(title: str, examples: list[Example], flagged: np.ndarray) -> None:
    """The whole scanner (rules + classifier, no similarity) as the gateway runs it, obfuscations included."""
    attack = np.array([e.label != BENIGN for e in examples])
    print(f"\n== scanner, {title}: recall {flagged[attack].mean():.3f} ({attack.sum()} attacks), false-positive "
          f"rate {flagged[~attack].mean():.3f} ({(~attack).sum()} benign)")
    for name in sorted({e.obfuscation for e in examples if e.obfuscation and e.label != BENIGN}):
        sel = np.array([e.obfuscation == name and e.label != BENIGN for e in examples])
        print(f"   obfuscation {name:10s} recall {flagged[sel].mean():.3f} ({sel.sum()})")
    misses = [e for e, f, a in zip(examples, flagged, attack, strict=True) if f != a]
    for e in misses[::max(1, len(misses) // 12)][:12]:
        print(f"   {'MISS' if e.label != BENIGN else 'FP  '} {e.group:22s} {e.text[:110]!r}")


def scanner_for(model: LogisticRegression) -> injection.InjectionScanner:
    scanner = injection.InjectionScanner(Resources(), {"similarity": False})
    scanner._model = as_scanner_model(model)
    return scanner


def band_cases(scanner: injection.InjectionScanner, examples: list[Example]) -> list[tuple[str, float, bool]]:
    """Held-out texts whose rules+classifier pre-score falls in the similarity band, as the scanner would
    embed them (its focus), with their pre-scores and labels: the only cases similarity ever decides."""
    cases = []
    for e in examples:
        ev = injection._Evidence()
        for base in injection._window_starts(e.text):
            scanner._scan_window(e.text[base : base + injection.WINDOW], base, ev)
        pre = max(ev.pre_score(c) for c in CATEGORIES)
        if injection.BAND[0] <= pre < injection.BAND[1] and ev.best_text:
            cases.append((scanner.focus(ev.best_text), pre, e.label != BENIGN))
    return cases


def calibrate_similarity(cases: list[tuple[str, float, bool]]) -> tuple[float, float]:
    """Map the best cosine to an exemplar onto 0..1: lo is the median over benign band cases (below it the
    text looks no more like an attack than a typical borderline benign text), hi the median over attacks."""
    texts = [c[0] for c in cases]
    pres, attack = np.array([c[1] for c in cases]), np.array([c[2] for c in cases])
    res = Resources()
    emb = res.embed_queries([t for _, t in load_exemplars()])
    best = (res.embed_queries(texts) @ emb.T).max(axis=1)
    print(f"\n== similarity on {len(texts)} held-out band cases ({attack.sum()} attacks)")
    print(f"best cosine, benign 5/50/95: {np.percentile(best[~attack], [5, 50, 95]).round(3)}, "
          f"attacks: {np.percentile(best[attack], [5, 50, 95]).round(3)}")
    lo = float(np.median(best[~attack]))
    hi = max(lo + 0.02, float(np.median(best[attack])))
    sim = np.clip((best - lo) / (hi - lo), 0.0, 1.0)
    w = injection.SIM_WEIGHT
    for name, score in (("without similarity", pres), ("with similarity", (1 - w) * pres + w * sim)):
        said = score >= injection.EMIT
        print(f"band cases {name}: recall {said[attack].mean():.3f}, false positives {said[~attack].sum()}")
    print(f"similarity span: {lo:.3f} .. {hi:.3f}")
    return lo, hi


def save(model: LogisticRegression, sim_span: tuple[float, float]) -> None:
    weights = model.coef_.T.astype(np.float32)  # (features, 3)
    rows = np.flatnonzero(np.abs(weights).max(axis=1) > 1e-4).astype(np.uint32)
    scale = float(np.abs(weights).max()) / 127.0
    values = np.round(weights[rows] / scale).astype(np.int8)
    np.savez_compressed(OUT, bits=np.int64(BITS), rows=rows, values=values, scale=np.float64(scale),
                        bias=model.intercept_.astype(np.float32), sim_span=np.array(sim_span),
                        classes=np.array(CATEGORIES))
    print(f"\nwrote {OUT} ({OUT.stat().st_size / 1024:.0f} KiB, {len(rows)} non-zero rows, int8 x {scale:.4g})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-similarity", action="store_true", help="keep the default similarity span")
    parser.add_argument("--quick", action="store_true",
                        help="fit the final model only (no folds), keeping the stored similarity span")
    parser.add_argument("--C", type=float, default=C, help="inverse regularisation strength")
    args = parser.parse_args()
    c = args.C
    rng = random.Random(7)
    examples = corpus()
    trainable = [e for e in examples if e.obfuscation != "encoded"]  # the scanner decodes these first
    print(f"corpus: {len(examples)} examples, {len(trainable)} for the classifier")
    if args.quick:
        with np.load(OUT) as stored:
            save(fit(trainable, c), (float(stored["sim_span"][0]), float(stored["sim_span"][1])))
        return

    ordered: list[Example] = []
    scanned: list[Example] = []
    preds, flagged, cases = [], [], []
    for held in group_folds(trainable, 5, rng):
        model = fit([e for e in trainable if e.group not in held], c)
        fold = [e for e in trainable if e.group in held]
        ordered += fold
        preds.append(predict(model, fold))
        scanner = scanner_for(model)
        scanned += [e for e in examples if e.group in held]  # encoded payloads too: the scanner decodes them
        flagged += [bool(scanner.scan(e.text)) for e in examples if e.group in held]
        cases += band_cases(scanner, fold)
    report("5-fold by template, held-out (classifier)", [e.label for e in ordered], np.concatenate(preds))
    scanner_report("5-fold by template, held-out", scanned, np.array(flagged))

    shuffled = trainable[:]
    rng.shuffle(shuffled)
    cut = len(shuffled) * 4 // 5
    report("random 20% split (classifier)", [e.label for e in shuffled[cut:]],
           predict(fit(shuffled[:cut], c), shuffled[cut:]))

    final = fit(trainable, c)
    report("training set (final classifier)", [e.label for e in trainable], predict(final, trainable))
    sim_span = SIM_SPAN if args.no_similarity else calibrate_similarity(rng.sample(cases, min(600, len(cases))))
    save(final, sim_span)


if __name__ == "__main__":
    main()
