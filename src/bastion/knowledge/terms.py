"""Keyword terms for BM25, the same at index and at query time.

Korean is agglutinative: "휴가를", "휴가는" and "휴가" are one word with different particles, and a
whitespace tokenizer (FTS5's default, and most peers') treats them as three. Text with Hangul is split into
morphemes by kiwipiepy and only content morphemes are kept (nouns, verb and adjective stems, roots, adverbs,
foreign words, numbers). Text without Hangul takes a fast regex path that gives the same terms kiwipiepy
would for Latin words and numbers. FTS5's porter tokenizer then stems English terms on both sides.
"""

from __future__ import annotations

import re
from typing import Any

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# content morphemes: nouns, pronoun, numeral, verb/adjective stems, root, general adverb, foreign, number, hanja
_KEEP = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "XR", "MAG", "SL", "SN", "SH", "W_SERIAL"})
_SKIP_NNB = frozenset({"것", "수", "등", "때", "중", "바", "데", "점"})


def terms(text: str, kiwi: Any) -> list[str]:
    """The BM25 terms of ``text`` in order (lower-cased; Korean as morphemes)."""
    if not _HANGUL.search(text):
        return [w.lower() for w in _WORD.findall(text)]
    out: list[str] = []
    for tok in kiwi.tokenize(text):
        tag = tok.tag.split("-")[0]  # VV-R / VA-I: regular and irregular stems
        if tag not in _KEEP or (tag == "NNB" and tok.form in _SKIP_NNB):
            continue
        out.extend(w.lower() for w in _WORD.findall(tok.form))
    return out


def terms_many(texts: list[str], kiwi: Any) -> list[list[str]]:
    return [terms(t, kiwi) for t in texts]


def match_query(words: list[str]) -> str | None:
    """An FTS5 MATCH expression: any of the terms, each quoted (so no term is read as FTS5 syntax)."""
    unique = list(dict.fromkeys(w for w in words if w))
    if not unique:
        return None
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in unique[:64])
