"""A linear classifier over hashed character n-grams, shipped as sparse int8 weights (no pickles).

The features are :func:`bastion.guardrails.injection.features` of the normalised text
(:func:`bastion.guardrails.normalise.normalise`): the binary bag of hashed character 2-5-grams the injection
classifier uses, computed with numpy in tens of microseconds. A trainer fits a (multinomial) logistic
regression on them and stores it with :func:`pack`; the scanner loads it once with :func:`load` and scores
with :meth:`NgramModel.proba`. Only the non-zero rows of the weight table are stored, as int8 times one
scale; loading rebuilds the dense table (``2**bits x classes`` float32) so scoring is one gather and a sum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources as pkg_resources

import numpy as np

from bastion.guardrails.injection import features
from bastion.guardrails.normalise import normalise


def model_features(text: str, bits: int) -> np.ndarray:
    """The hashed n-gram ids of a raw text, exactly as the model sees it (normalised, then hashed)."""
    return features(normalise(text).text, bits)


@dataclass(frozen=True, slots=True)
class NgramModel:
    weights: np.ndarray  # (2**bits, len(classes)) float32
    bias: np.ndarray  # (len(classes),)
    bits: int
    classes: tuple[str, ...]

    def proba(self, text: str) -> np.ndarray:
        """Class probabilities (softmax) of a raw text, in the order of ``classes``."""
        ids = model_features(text, self.bits)
        z = self.bias + np.add.reduce(self.weights[ids], axis=0) / math.sqrt(ids.size) if ids.size else self.bias
        z = np.exp(z - z.max())
        return np.asarray(z / z.sum())


def pack(weights: np.ndarray, bias: np.ndarray, bits: int, classes: tuple[str, ...]) -> dict[str, np.ndarray]:
    """The arrays to ``np.savez_compressed``: rows with any weight, quantised to int8 with one scale."""
    weights = np.asarray(weights, dtype=np.float32)
    rows = np.flatnonzero(np.abs(weights).max(axis=1) > 1e-4).astype(np.uint32)
    scale = float(np.abs(weights).max()) / 127.0 or 1.0
    return {"bits": np.array(bits, dtype=np.int64), "rows": rows,
            "values": np.round(weights[rows] / scale).astype(np.int8), "scale": np.array(scale, dtype=np.float64),
            "bias": np.asarray(bias, dtype=np.float32), "classes": np.array(classes)}


def load(filename: str) -> NgramModel:
    """Load ``bastion/guardrails/data/<filename>`` written from :func:`pack`."""
    ref = pkg_resources.files("bastion.guardrails") / "data" / filename
    with ref.open("rb") as fh, np.load(fh) as z:
        bits = int(z["bits"])
        classes = tuple(str(c) for c in z["classes"])
        table = np.zeros((1 << bits, len(classes)), dtype=np.float32)
        table[z["rows"]] = z["values"].astype(np.float32) * np.float32(z["scale"])
        return NgramModel(table, z["bias"].astype(np.float32), bits, classes)
