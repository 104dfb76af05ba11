"""Train the content scanner's classifier and write src/bastion/guardrails/data/content_model.npz.

    PYTHONPATH=src python scripts/train_content.py [--no-save] [--no-cv]

Deterministic (fixed seeds). The corpus is scripts/content_corpus_{en,ko}.py: requests and statements written by
hand for this project, grouped by theme, plus hand-written cores rendered in request frames shared by harmful and
benign cores. Features are exactly the scanner's (:func:`bastion.guardrails.ngram_model.model_features`: hashed
character 2-5-grams of the normalised text), so only the weights ship. Printed: held-out metrics of 5 folds split
by theme group (themes the model never saw: the honest number) for the classifier alone and for the whole content
scanner (lexicon + classifier), then the training-set fit. Training also sees a few hundred mixtures (a benign
text joined to another text) so a request inside a longer message is still recognised and a long benign message
stays benign.

``content_model.MIN_SCORE`` is not chosen here: it was chosen on the development set scripts/content_dev.py (written
separately; no trainer imports it): see the comment there.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content_corpus_en
import content_corpus_ko

from bastion.guardrails import content_model
from bastion.guardrails.content import ContentScanner
from bastion.guardrails.content_model import CLASSES, HARMS
from bastion.guardrails.ngram_model import NgramModel, model_features, pack
from bastion.resources import Resources

OUT = Path(__file__).resolve().parents[1] / "src" / "bastion" / "guardrails" / "data" / content_model.MODEL_FILE
BITS = 18
C = 100.0
FRAMINGS = 3  # distinct frames each core is rendered with
MIX_HARM, MIX_NONE = 0.35, 0.15  # mixtures per training text: harmful + benign (harmful), benign + benign (none)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: int  # index into CLASSES
    group: str
    lang: str


def corpus() -> list[Example]:
    """The hand-written texts, and each core rendered in FRAMINGS of its frames (the same frames for harmful and
    benign cores, so how a request is asked is no evidence; what is asked for is)."""
    rng = random.Random(5)
    out = []
    for lang, module in (("en", content_corpus_en), ("ko", content_corpus_ko)):
        for label, group, texts in module.GROUPS:
            out += [Example(t, CLASSES.index(label), f"{lang}:{label}:{group}", lang) for t in texts]
        frames = {"howto": module.HOWTO_FRAMES, "ask": module.ASK_FRAMES}
        for label, group, kind, cores in module.CORES:
            for core in cores:
                for frame in rng.sample(frames[kind], FRAMINGS):
                    out.append(Example(frame.replace("{x}", core), CLASSES.index(label), f"{lang}:{label}:{group}",
                                       lang))
    return out


def mixtures(examples: list[Example], rng: random.Random) -> list[Example]:
    """A harmful text inside benign chatter stays harmful; two benign texts stay benign (same language)."""
    out = []
    for lang in ("en", "ko"):
        benign = [e for e in examples if e.lang == lang and e.label == 0]
        for e in examples:
            if e.lang != lang or not benign:
                continue
            if rng.random() < (MIX_HARM if e.label else MIX_NONE):
                other = rng.choice(benign)
                parts = [other.text, e.text] if rng.random() < 0.5 else [e.text, other.text]
                out.append(Example(" ".join(parts), e.label, e.group, lang))
    return out


def matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        ids = model_features(text, BITS)
        rows.extend([i] * len(ids))
        cols.extend(ids.tolist())
        vals.extend([1.0 / math.sqrt(max(1, len(ids)))] * len(ids))
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << BITS), dtype=np.float32)


def fit(examples: list[Example], rng: random.Random) -> NgramModel:
    train = examples + mixtures(examples, rng)
    lr = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    lr.fit(matrix([e.text for e in train]), [e.label for e in train])
    assert list(lr.classes_) == list(range(len(CLASSES))), lr.classes_
    return NgramModel(np.ascontiguousarray(lr.coef_.T, dtype=np.float32), lr.intercept_.astype(np.float32), BITS,
                      CLASSES)


def group_folds(examples: list[Example], k: int, rng: random.Random) -> list[set[str]]:
    """k disjoint sets of theme groups, each label's groups spread over the folds."""
    folds: list[set[str]] = [set() for _ in range(k)]
    at = 0
    for label in range(len(CLASSES)):
        groups = sorted({e.group for e in examples if e.label == label})
        rng.shuffle(groups)
        for g in groups:
            folds[at % k].add(g)
            at += 1
    return folds


def sweep(title: str, labels: list[int], langs: list[str], probs: np.ndarray) -> None:
    """Recall per category (the right category's probability >= t) and the false-positive rate on benign texts
    (any harmful category >= t), per language, over thresholds."""
    y, lang = np.array(labels), np.array(langs)
    harm = probs[:, 1:].max(axis=1)
    print(f"\n== {title}: {len(y)} texts ({(y == 0).sum()} benign)")
    print("t     lang " + " ".join(f"{h[:9]:>9s}" for h in HARMS) + "  R-right  R-any  FPR")
    for t in THRESHOLDS:
        for sel_lang in ("en", "ko", "all"):
            sel = lang == sel_lang if sel_lang != "all" else np.ones(len(y), bool)
            cells = []
            for k in range(1, len(CLASSES)):
                m = sel & (y == k)
                cells.append(f"{(probs[m, k] >= t).mean():9.2f}" if m.any() else f"{'-':>9s}")
            harmful = sel & (y > 0)
            right = (probs[harmful, y[harmful]] >= t).mean()
            anyr = (harm[harmful] >= t).mean()
            fpr = (harm[sel & (y == 0)] >= t).mean()
            print(f"{t:.2f}  {sel_lang:4s} " + " ".join(cells) + f"  {right:7.3f}  {anyr:5.3f}  {fpr:.3f}")


def scanner_for(model: NgramModel, min_score: float) -> ContentScanner:
    scanner = ContentScanner(Resources(), {"ml_min_score": min_score})
    assert scanner._classifier is not None
    scanner._classifier._model = model
    return scanner


def scanner_report(title: str, examples: list[Example], scan: Callable[[str], list[set[str]]]) -> None:
    """The whole content scanner: a harmful text counts as found with any finding (``any``) or one of its category
    (``right``), split by the layer; a benign text with any finding is a false positive."""
    print(f"\n== scanner, {title}")
    for lang in ("en", "ko"):
        sub = [e for e in examples if e.lang == lang]
        found = [scan(e.text) for e in sub]
        harm = [(e, f) for e, f in zip(sub, found, strict=True) if e.label]
        none = [f for e, f in zip(sub, found, strict=True) if not e.label]
        lex_right = np.mean([CLASSES[e.label] in f[0] for e, f in harm])
        right = np.mean([CLASSES[e.label] in f[0] | f[1] for e, f in harm])
        anyr = np.mean([bool(f[0] | f[1]) for _, f in harm])
        print(f"{lang}: recall right {right:.3f} (lexicon alone {lex_right:.3f}), any {anyr:.3f}; FPR lexicon "
              f"{np.mean([bool(f[0]) for f in none]):.3f}, model {np.mean([bool(f[1]) for f in none]):.3f}, "
              f"both {np.mean([bool(f[0] | f[1]) for f in none]):.3f}")
        fps = [(e.text, f[1]) for e, f in zip(sub, found, strict=True) if not e.label and f[1]]
        for text, cats in fps[:8]:
            print(f"   FP {sorted(cats)} {text[:100]!r}")


def layered(scanner: ContentScanner) -> Callable[[str], list[set[str]]]:
    def scan(text: str) -> list[set[str]]:
        lex: set[str] = set()
        mod: set[str] = set()
        for f in scanner.scan(text):
            (mod if f.label.endswith(":model") else lex).add(f.category)
        return [lex, mod]
    return scan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-save", action="store_true", help="print the metrics only")
    parser.add_argument("--no-cv", action="store_true", help="skip the held-out folds")
    args = parser.parse_args()
    rng = random.Random(11)
    examples = corpus()
    counts = {(lang, c): sum(e.lang == lang and CLASSES[e.label] == c for e in examples)
              for lang in ("en", "ko") for c in CLASSES}
    print(f"corpus: {len(examples)} texts, {len({e.group for e in examples})} groups")
    print("  " + ", ".join(f"{lang}:{c} {n}" for (lang, c), n in counts.items()))

    if not args.no_cv:
        ordered: list[Example] = []
        probs = []
        hits: dict[str, list[set[str]]] = {}
        for held in group_folds(examples, 5, rng):
            model = fit([e for e in examples if e.group not in held], rng)
            fold = [e for e in examples if e.group in held]
            ordered += fold
            probs.append(np.array([model.proba(e.text) for e in fold]))
            scan = layered(scanner_for(model, content_model.MIN_SCORE))
            hits.update({e.text: scan(e.text) for e in fold})
        sweep("5-fold by theme group, held-out (classifier)", [e.label for e in ordered], [e.lang for e in ordered],
              np.concatenate(probs))
        scanner_report(f"5-fold by theme group, held-out, model at {content_model.MIN_SCORE}", ordered,
                       lambda text: hits[text])

    final = fit(examples, random.Random(11))
    train_probs = np.array([final.proba(e.text) for e in examples])
    print(f"\ntraining set: accuracy {(train_probs.argmax(axis=1) == [e.label for e in examples]).mean():.3f}")
    if not args.no_save:
        np.savez_compressed(OUT, **pack(final.weights, final.bias, BITS, CLASSES))  # type: ignore[arg-type]
        print(f"\nwrote {OUT} ({OUT.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
