"""The row format of the hand-written injection training texts that carry their language
(``injection_corpus_hand_records.py``, ``injection_corpus_hand_4.py``, ``injection_corpus_hand_5.py``)."""

from __future__ import annotations

import textwrap

BENIGN, INJECTION, JAILBREAK = 0, 1, 2


def group_rows(lang: str, group: str, label: int, *texts: str) -> list[tuple[str, str, int, str]]:
    """``(lang, group, label, text)`` rows for one group; each text is dedented and stripped."""
    return [(lang, group, label, textwrap.dedent(t).strip()) for t in texts]
