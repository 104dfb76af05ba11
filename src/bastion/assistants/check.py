"""After generation: is each sentence of the answer supported by the passages it was given, and do its
``[n]`` citations point at a passage that supports it?

Support of a sentence by a passage is lexical first (the share of the sentence's content terms found in the
passage, Korean as morphemes) and, for sentences the words alone don't settle, the cosine similarity of their
embeddings. The result annotates the response, or (per the assistant's ``grounding.mode``) drops unsupported
sentences and repairs wrong citations, or replaces the answer with the refusal.

With ``grounding.judge_route`` set, a capable model judges each checked sentence against the passage it cites
(or its best one): its yes or no replaces the words-and-vectors estimate for that passage. Words and vectors
miss paraphrase and negation ("is allowed" / "is not allowed" share every word); a judge reads them.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from bastion.knowledge.terms import terms

_CITE = re.compile(r"\[(\d{1,2})\]")
_SPLIT = re.compile(r"(?<=[.!?。])\s+|\n+")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_STOP = frozenset({
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "were", "be", "been", "it",
    "this", "that", "with", "as", "by", "at", "from", "you", "your", "we", "our", "they", "their", "can", "may",
    "will", "should", "not", "no", "yes", "do", "does"
})
LEXICAL = 0.5  # share of content terms found in a passage that supports a sentence outright
EMBEDDING = 0.87  # cosine (e5, sentence as query vs passage) that supports a sentence the words don't settle
Embed = Callable[[list[str], str], Awaitable[np.ndarray]]
Ask = Callable[[str, str], Awaitable[bool | None]]  # (claim, passage) -> supported? None: no usable answer
MAX_JUDGED = 8  # sentences per answer sent to the judge (one call per sentence and cited passage)
JUDGE_SYSTEM = ("You verify answers against source passages. Reply with one word: SUPPORTED if the passage "
                "states what the claim says (the same facts, figures and polarity), NOT_SUPPORTED otherwise.")
_NOT = re.compile(r"\b(?:not[\s_-]*supported|unsupported)\b", re.IGNORECASE)
_SPACE_PUNCT = re.compile(r"\s+([.,!?;:])")
_YES = re.compile(r"\bsupported\b", re.IGNORECASE)


@dataclass(slots=True)
class Sentence:
    text: str
    cited: list[int]
    support: list[float]  # per passage
    numbers: list[float]  # per passage: the share of the sentence's numbers the passage contains

    @property
    def best(self) -> int:
        return int(np.argmax(self.support)) + 1 if self.support else 0


def _content(text: str, kiwi: Any) -> set[str]:
    return {t for t in terms(_CITE.sub(" ", text), kiwi) if t not in _STOP and (len(t) > 2 or not t.isascii())}


def sentences(answer: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(answer) if s and s.strip()]


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUM.findall(_CITE.sub(" ", text))}


def lexical(answer: str, passages: list[str], kiwi: Any) -> list[Sentence]:
    """Per sentence: the share of its content terms each passage contains, and of its numbers (a sentence
    whose figures a passage doesn't have is not supported by that passage, however many words match)."""
    ptexts = [_content(p, kiwi) for p in passages]
    pnums = [_numbers(p) for p in passages]
    out = []
    for s in sentences(answer):
        words, nums = _content(s, kiwi), _numbers(s)
        cited = [int(n) for n in _CITE.findall(s)]
        numbers = [len(nums & p) / len(nums) if nums else 1.0 for p in pnums]
        support = [(len(words & p) / len(words) if words else 1.0) * n for p, n in zip(ptexts, numbers, strict=True)]
        out.append(Sentence(s, cited, support, numbers))
    return out


async def add_embedding_support(found: list[Sentence], passages: list[str], embed: Embed) -> None:
    """For sentences no passage supports lexically, take the better of lexical and embedding support."""
    weak = [s for s in found if s.support and max(s.support) < LEXICAL and _content_len(s.text) > 2]
    if not weak:
        return
    q = await embed([_CITE.sub("", s.text) for s in weak], "query")
    p = await embed(passages, "passage")
    sims = q @ p.T
    for s, row in zip(weak, sims, strict=True):
        s.support = [max(a, (1.0 if float(b) >= EMBEDDING else float(b) * LEXICAL / EMBEDDING) * n)
                     for a, b, n in zip(s.support, row, s.numbers, strict=True)]


def judge_messages(claim: str, passage: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": JUDGE_SYSTEM},
            {"role": "user", "content": f"Passage:\n{passage}\n\nClaim: {claim}\n\nSUPPORTED or NOT_SUPPORTED?"}]


EVIDENCE_SYSTEM = ("You decide whether source passages answer a question. Reply with one word: ANSWERED if the "
                   "passages contain the information the answer needs, NOT_ANSWERED if they do not (a related "
                   "topic is not enough).")
_NOT_ANSWERED = re.compile(r"\b(?:not[\s_-]*answered|unanswered)\b", re.IGNORECASE)
_ANSWERED = re.compile(r"\banswered\b", re.IGNORECASE)


def evidence_messages(question: str, passages: list[str]) -> list[dict[str, str]]:
    numbered = "\n\n".join(f"[{i}] {p}" for i, p in enumerate(passages, 1))
    return [{"role": "system", "content": EVIDENCE_SYSTEM},
            {"role": "user", "content": f"Passages:\n{numbered}\n\nQuestion: {question}\n\nANSWERED or "
                                        "NOT_ANSWERED?"}]


def parse_evidence(text: str) -> bool | None:
    if _NOT_ANSWERED.search(text):
        return False
    return True if _ANSWERED.search(text) else None


def parse_judgement(text: str) -> bool | None:
    if _NOT.search(text):
        return False
    return True if _YES.search(text) else None


async def judge(found: list[Sentence], passages: list[str], ask: Ask, limit: int = MAX_JUDGED) -> dict[str, int]:
    """Let the judge decide support of each checked sentence by the passages it cites (or its best one)."""
    todo = [s for s in found if s.support and _content_len(s.text) > 2][:limit]

    async def one(s: Sentence) -> list[bool | None]:
        targets = [c for c in dict.fromkeys(s.cited) if 1 <= c <= len(passages)] or [s.best]
        claim = _SPACE_PUNCT.sub(r"\1", _CITE.sub("", s.text)).strip()
        votes = await asyncio.gather(*(ask(claim, passages[c - 1]) for c in targets))
        for c, v in zip(targets, votes, strict=True):
            if v is not None:
                s.support[c - 1] = 1.0 if v else 0.0
        return list(votes)

    votes = [v for vs in await asyncio.gather(*(one(s) for s in todo)) for v in vs]
    return {"judged": len(todo), "asked": len(votes), "unusable": sum(v is None for v in votes)}


def _content_len(text: str) -> int:
    return len(text.split())


def verdict(found: list[Sentence], n_passages: int) -> dict[str, Any]:
    unsupported, miscited = [], []
    for i, s in enumerate(found):
        if not s.support or _content_len(s.text) <= 2:
            continue
        if max(s.support) < LEXICAL:
            unsupported.append(i)
        bad = [c for c in s.cited if not 1 <= c <= n_passages or s.support[c - 1] < LEXICAL]
        if bad and max(s.support) >= LEXICAL:
            miscited.append({"sentence": i, "cited": bad, "supported_by": s.best})
    checked = sum(1 for s in found if s.support and _content_len(s.text) > 2)
    return {"sentences": checked, "unsupported": unsupported, "miscited": miscited,
            "supported_ratio": round(1 - len(unsupported) / checked, 3) if checked else 1.0}


def rewrite(found: list[Sentence], report: dict[str, Any]) -> str:
    """The answer without unsupported sentences, with wrong citations pointed at the supporting passage."""
    fix = {m["sentence"]: m for m in report["miscited"]}
    keep = []
    for i, s in enumerate(found):
        if i in report["unsupported"]:
            continue
        keep.append(_recite(s.text, set(fix[i]["cited"]), fix[i]["supported_by"]) if i in fix else s.text)
    return " ".join(keep)


def _recite(text: str, bad: set[int], right: int) -> str:
    return _CITE.sub(lambda m: f"[{right}]" if int(m.group(1)) in bad else m.group(0), text)


def attribute(answer: str, found: list[Sentence]) -> str:
    """``answer`` with the best supporting passage's marker after each supported sentence that cites none."""
    out = answer
    for s in found:
        if s.cited or not s.support or max(s.support) < LEXICAL or _content_len(s.text) <= 2:
            continue
        at = out.find(s.text)
        if at >= 0:
            end = at + len(s.text)
            out = f"{out[:end]} [{s.best}]{out[end:]}"
    return out
