"""Next-token sampling math for the sampling inspector: temperature, top-p, entropies. Pure numpy, no I/O.

Two orders of temperature and top-p exist in the wild, and they give different nuclei:

- ``top_p_first`` (llama.cpp, so every local model): llama-cpp-python 0.3.36 builds its sampler chain as
  top-k → typical-p → top-p → min-p → temperature → dist. Top-p therefore cuts the temperature-1
  distribution, and temperature then reshapes only the survivors: ``p_sampled = softmax(logits[kept] / T)``.
- ``temperature_first`` (vLLM, Hugging Face transformers, OpenAI-style servers): the logits are divided by
  ``T``, softmaxed, and top-p cuts that distribution; the survivors are renormalised.

Top-p keeps the smallest prefix of the tokens sorted by probability whose cumulative probability reaches
``top_p`` (the token that crosses it is kept, as llama.cpp does), and at least one token; ``top_p = 1`` keeps
all. Temperature 0 is greedy: the argmax gets probability 1 and top-p does not apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

Order = Literal["top_p_first", "temperature_first"]
Floats = npt.NDArray[np.float64]


def softmax(logits: npt.ArrayLike) -> Floats:
    """A numerically stable softmax (the max is subtracted first), in float64."""
    x = np.asarray(logits, dtype=np.float64)
    e = np.exp(x - x.max())
    out: Floats = e / e.sum()
    return out


def log_softmax(logits: npt.ArrayLike) -> Floats:
    x = np.asarray(logits, dtype=np.float64)
    shifted = x - x.max()
    out: Floats = shifted - np.log(np.exp(shifted).sum())
    return out


def entropy_bits(p: npt.ArrayLike) -> float:
    """Shannon entropy in bits; zero-probability tokens contribute nothing."""
    q = np.asarray(p, dtype=np.float64)
    q = q[q > 0]
    return float(-(q * np.log2(q)).sum()) + 0.0  # + 0.0: no "-0.0" for a one-hot distribution


def ranked(logits: npt.ArrayLike) -> npt.NDArray[np.intp]:
    """Token ids by logit, highest first; ties keep id order (so every caller ranks ties the same way)."""
    x = np.asarray(logits, dtype=np.float64)
    order: npt.NDArray[np.intp] = np.argsort(-x, kind="stable")
    return order


def nucleus_size(p_sorted: npt.ArrayLike, top_p: float) -> int:
    """How many of the tokens (sorted by probability, highest first) top-p keeps: the smallest prefix whose
    cumulative probability is at least ``top_p``, and at least one token."""
    p = np.asarray(p_sorted, dtype=np.float64)
    if top_p >= 1.0:
        return int(p.size)
    first = int(np.searchsorted(np.cumsum(p), top_p, side="left"))  # first index where the sum reaches top_p
    return max(1, min(first + 1, int(p.size)))


@dataclass(frozen=True, slots=True)
class Distribution:
    """The next-token distribution before (``p_raw``) and after (``p_sampled``) temperature and top-p."""

    p_raw: Floats  # softmax of the raw logits: temperature 1, every token
    logprob: Floats  # natural log of p_raw
    p_sampled: Floats  # what the sampler draws from; 0 outside the nucleus
    kept: npt.NDArray[np.bool_]  # survives top-p (greedy: only the argmax)
    rank: npt.NDArray[np.intp]  # ids by logit, highest first

    @property
    def n_kept(self) -> int:
        return int(self.kept.sum())


def distribution(logits: npt.ArrayLike, temperature: float, top_p: float,
                 order: Order = "top_p_first") -> Distribution:
    """Apply temperature and top-p to one row of logits (the whole vocabulary), in the given order."""
    x = np.asarray(logits, dtype=np.float64)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("logits must be a non-empty vector")
    if temperature < 0 or not 0 < top_p <= 1:
        raise ValueError("temperature must be >= 0 and top_p in (0, 1]")
    rank = ranked(x)
    p_raw = softmax(x)
    p_sampled = np.zeros_like(p_raw)
    kept = np.zeros(x.size, dtype=np.bool_)
    if temperature == 0:
        keep = rank[:1]
        p_sampled[keep] = 1.0
    elif order == "top_p_first":
        keep = rank[:nucleus_size(p_raw[rank], top_p)]
        p_sampled[keep] = softmax(x[keep] / temperature)
    else:
        scaled = softmax(x / temperature)
        keep = rank[:nucleus_size(scaled[rank], top_p)]  # dividing by T > 0 keeps the ranking
        p_sampled[keep] = scaled[keep] / scaled[keep].sum()
    kept[keep] = True
    return Distribution(p_raw, log_softmax(x), p_sampled, kept, rank)


def shown(d: Distribution, top_k: int) -> npt.NDArray[np.intp]:
    """The tokens a chart needs: the ``top_k`` by p_raw plus any of the ``top_k`` by p_sampled (ties broken by
    rank), sorted by p_raw, highest first. Both orders rank the survivors by logit, so this is usually just the
    ``top_k`` by p_raw."""
    position = np.empty_like(d.rank)
    position[d.rank] = np.arange(d.rank.size)
    by_raw = d.rank[:top_k]
    by_sampled = np.lexsort((position, -d.p_sampled))[:top_k]  # last key is the primary one
    ids = np.union1d(by_raw, by_sampled)
    out: npt.NDArray[np.intp] = ids[np.argsort(position[ids], kind="stable")]
    return out


def summary(d: Distribution, ids: npt.ArrayLike) -> dict[str, Any]:
    """The figures next to the token list: entropies (bits), nucleus size and the mass the listed tokens hold."""
    sel = np.asarray(ids, dtype=np.intp)
    return {
        "entropy": {"raw": entropy_bits(d.p_raw), "sampled": entropy_bits(d.p_sampled)},
        "kept": d.n_kept,
        "mass_shown": {"raw": float(d.p_raw[sel].sum()), "sampled": float(d.p_sampled[sel].sum())},
    }


def rows(d: Distribution, ids: npt.ArrayLike) -> list[dict[str, Any]]:
    """One entry per listed token (without its text): id, logprob, p_raw, p_sampled, kept."""
    return [{"id": int(i), "logprob": float(d.logprob[i]), "p_raw": float(d.p_raw[i]),
             "p_sampled": float(d.p_sampled[i]), "kept": bool(d.kept[i])} for i in np.asarray(ids, dtype=np.intp)]
