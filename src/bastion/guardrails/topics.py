"""Banned topics, described in words by a tenant ("employee salaries", "정치 관련 의견") and matched by
meaning with the packaged multilingual embedder, so a paraphrase or the other language still matches.

Topic descriptions are embedded once, when the policy is built. A text is embedded in up to
``max_windows`` windows of ``window`` characters (bounded work for huge inputs); its score is the best
cosine similarity to any topic, rescaled from e5's compressed range (unrelated texts already score about
0.75) to [0, 1] between ``floor`` and ``ceiling``. The finding's label is the topic text itself, which
the tenant wrote, never the user's words.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from bastion.guardrails.base import Finding
from bastion.guardrails.options import OptionError, Options
from bastion.resources import Resources


class TopicsScanner:
    name = "topics"
    categories: tuple[str, ...] = ("banned_topic",)
    max_span: int = 0  # a topic is a property of the whole text, not a span a stream could cut through

    def __init__(self, resources: Resources, options: dict[str, Any] | None = None) -> None:
        opts = Options(options)
        self.resources = resources
        self.topics: list[str] = [t for t in opts.strings("topics") or [] if t.strip()]
        self.floor = opts.number("floor", 0.835)
        self.ceiling = opts.number("ceiling", 0.87)
        self.window = opts.count("window", 1_000, lo=50)
        self.max_windows = opts.count("max_windows", 8)
        opts.done()
        if self.floor > self.ceiling:
            raise OptionError(f"option 'floor' ({self.floor:g}) must not exceed 'ceiling' ({self.ceiling:g}); "
                              "set both")
        self._lock = threading.Lock()
        self._vectors: np.ndarray | None = None

    def warm(self) -> None:
        self._topic_vectors()

    def _topic_vectors(self) -> np.ndarray:
        if self._vectors is None:
            with self._lock:
                if self._vectors is None:
                    self._vectors = self.resources.embed_queries(self.topics)
        return self._vectors

    def similarity(self, text: str) -> np.ndarray:
        """Best cosine similarity of the text to each topic."""
        step = self.window
        windows = [text[i:i + step] for i in range(0, min(len(text), step * self.max_windows), step)]
        windows = [w for w in windows if w.strip()]
        if not windows or not self.topics:
            return np.zeros(len(self.topics), dtype=np.float32)
        sims = self.resources.embed_queries(windows) @ self._topic_vectors().T
        return np.asarray(sims.max(axis=0))

    def scan(self, text: str) -> list[Finding]:
        if not self.topics:
            return []
        sims = self.similarity(text)
        best = int(np.argmax(sims))
        score = (float(sims[best]) - self.floor) / max(self.ceiling - self.floor, 1e-6)
        if score <= 0:
            return []
        score = min(score, 1.0)
        severity = "high" if score >= 0.8 else "medium" if score >= 0.5 else "low"
        return [Finding("banned_topic", self.topics[best], score, 0, len(text), severity)]
