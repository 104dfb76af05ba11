"""Fine-tuning and evaluation exports built from rated and corrected answers.

* ``sft``: OpenAI's chat fine-tuning format, one ``{"messages": [...]}`` per line (system prompt of the assistant
  version, the conversation, the answer last). Answers whose rating matches the filter (default: up), and every
  correction (the correction is the assistant turn).
* ``dpo``: OpenAI's preference fine-tuning format ``{"input": {"messages", "tools", "parallel_tool_calls"},
  "preferred_output": [...], "non_preferred_output": [...]}`` from corrections (correction over the answer),
  regenerations (the side rated up over the other) and thumbs contrasts (same tenant, assistant and normalised
  conversation: an answer rated up over one rated down).
* ``eval``: ``{"question", "answer", "contexts", "reference", "response_id", "rating", "comments"}``.

Every text is PII-scrubbed (:mod:`bastion.feedback.scrub`), identical lines are written once, and provenance
(the response ids behind each line) goes to a sidecar with the same line order: OpenAI's formats document no
place for extra keys. Responses whose bodies were not kept (retention "metadata") are skipped and counted.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

import orjson
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.cache.keys import normalise, text_of
from bastion.feedback.scrub import Scrubber
from bastion.storage.feedback_export import ExportData, ExportFilter, load

Kind = Literal["sft", "dpo", "eval"]
KINDS: tuple[str, ...] = ("sft", "dpo", "eval")
RATINGS: tuple[str, ...] = ("up", "down", "any")
DEFAULT_RATING: Mapping[str, str] = MappingProxyType({"sft": "up", "dpo": "any", "eval": "any"})
MAX_CONTRASTS = 10  # pairs taken from one group of equal questions


@dataclass(slots=True)
class Export:
    kind: str
    lines: list[dict[str, Any]] = field(default_factory=list)
    provenance: list[dict[str, Any]] = field(default_factory=list)  # {"line", "response_ids", "source"}
    skipped_no_body: int = 0  # responses with feedback whose prompt or answer was not kept
    skipped_unsupported: int = 0  # conversations with tool calls or non-text parts
    _seen: dict[bytes, int] = field(default_factory=dict)

    def add(self, line: dict[str, Any], response_ids: list[str], source: str) -> None:
        """Add a line, or merge its provenance into the identical line already there."""
        key = orjson.dumps(line, option=orjson.OPT_SORT_KEYS)
        at = self._seen.get(key)
        if at is not None:
            known = self.provenance[at]["response_ids"]
            known += [r for r in response_ids if r not in known]
            return
        self._seen[key] = len(self.lines)
        self.lines.append(line)
        self.provenance.append({"line": len(self.lines), "response_ids": list(response_ids), "source": source})

    def ndjson(self) -> bytes:
        return b"".join(orjson.dumps(x) + b"\n" for x in self.lines)

    def provenance_ndjson(self) -> bytes:
        return b"".join(orjson.dumps(x) + b"\n" for x in self.provenance)

    @property
    def digest(self) -> str:
        """Names this export's lines: the data and its provenance sidecar agree when their digests do."""
        return hashlib.sha256(self.ndjson()).hexdigest()


def rating_of(votes: list[dict[str, Any]]) -> str | None:
    """A response's rating over its voters: up or down when they agree, mixed when not, None when unrated."""
    up = any(v["rating"] == 1 for v in votes)
    down = any(v["rating"] == -1 for v in votes)
    return "mixed" if up and down else "up" if up else "down" if down else None


def matches(rating: str | None, wanted: str) -> bool:
    return wanted == "any" or rating == wanted


def conversation(resp: dict[str, Any]) -> list[dict[str, str]] | None:
    """System prompt and the caller's user/assistant turns, ending with the question; None when the conversation
    carries anything a text export cannot hold (tool calls, images, an empty turn)."""
    turns: list[dict[str, str]] = []
    systems: list[str] = []
    for m in resp["messages"] or ():
        role = m.get("role")
        text = text_of(m)
        if role in ("system", "developer"):
            systems.append(text or "")
            continue
        if role not in ("user", "assistant") or m.get("tool_calls") or m.get("function_call") or not text:
            return None
        turns.append({"role": role, "content": text})
    if not turns or turns[-1]["role"] != "user":
        return None
    system = resp["system"] or "\n\n".join(s for s in systems if s)
    return ([{"role": "system", "content": system}] if system else []) + turns


def _has_body(resp: dict[str, Any]) -> bool:
    return resp["messages"] is not None and resp["answer"] is not None


def _corrections(votes: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for v in votes:
        c = v["correction"]
        if c and c.strip() and c not in out:
            out.append(c)
    return out


def _scrubbed_messages(scrubber: Scrubber, groups: list[list[dict[str, str]]]) -> list[list[dict[str, str]]]:
    """Scrub the contents of several message lists with one masker (one line); the same shapes back."""
    flat = [m["content"] for g in groups for m in g]
    clean = iter(scrubber.line(flat))
    return [[{"role": m["role"], "content": next(clean)} for m in g] for g in groups]


class _Builder:
    def __init__(self, data: ExportData, rating: str, scrubber: Scrubber, kind: str) -> None:
        self.data = data
        self.rating = rating
        self.scrubber = scrubber
        self.out = Export(kind)
        self._skipped: set[str] = set()

    def usable(self, resp: dict[str, Any]) -> list[dict[str, str]] | None:
        """The response's conversation, or None after counting why it cannot be used."""
        if not _has_body(resp):
            if resp["id"] not in self._skipped:
                self._skipped.add(resp["id"])
                self.out.skipped_no_body += 1
            return None
        conv = conversation(resp)
        if conv is None and resp["id"] not in self._skipped:
            self._skipped.add(resp["id"])
            self.out.skipped_unsupported += 1
        return conv

    def votes(self, rid: str) -> list[dict[str, Any]]:
        return self.data.feedback.get(rid, [])

    def sft(self) -> None:
        for rid, resp in self.data.responses.items():
            votes = self.votes(rid)
            fixes = _corrections(votes)
            rated = bool(votes) and matches(rating_of(votes), self.rating) and rating_of(votes) is not None
            if not fixes and not rated:
                continue
            conv = self.usable(resp)
            if conv is None:
                continue
            targets = [(c, "correction") for c in fixes] or [(resp["answer"], "rating")]
            for text, source in targets:
                (messages,) = _scrubbed_messages(self.scrubber, [[*conv, {"role": "assistant", "content": text}]])
                self.out.add({"messages": messages}, [rid], source)

    def _pair(self, conv: list[dict[str, str]], good: str, bad: str, ids: list[str], source: str) -> None:
        if good.strip() == bad.strip():
            return
        inp, pref, non = _scrubbed_messages(self.scrubber, [conv, [{"role": "assistant", "content": good}],
                                                            [{"role": "assistant", "content": bad}]])
        self.out.add({"input": {"messages": inp, "tools": [], "parallel_tool_calls": True},
                      "preferred_output": pref, "non_preferred_output": non}, ids, source)

    def dpo(self) -> None:
        """The rating filter asks for evidence: "up" keeps pairs whose preferred side was rated up (regenerations
        and contrasts), "down" pairs whose other side was rated down."""
        for rid, resp in self.data.responses.items():  # (a) corrections: the correction over the answer
            votes = self.votes(rid)
            fixes = _corrections(votes)
            if not fixes or self.rating == "up" or (self.rating == "down" and rating_of(votes) != "down"):
                continue
            conv = self.usable(resp)
            if conv is None:
                continue
            for fix in fixes:
                self._pair(conv, fix, resp["answer"], [rid], "correction")
        for first, again in self.data.regenerations:  # (b) regenerations: the side rated up over the other
            ra, rb = rating_of(self.votes(first)), rating_of(self.votes(again))
            if (ra == "up") == (rb == "up"):
                continue
            good, bad = (first, again) if ra == "up" else (again, first)
            if self.rating == "down" and rating_of(self.votes(bad)) != "down":
                continue
            conv, other = self.usable(self.data.responses[first]), self.usable(self.data.responses[again])
            if conv is not None and other is not None:
                self._pair(conv, self.data.responses[good]["answer"], self.data.responses[bad]["answer"],
                           [good, bad], "regenerate")
        self._contrasts()

    def _contrasts(self) -> None:
        """(c) the same question to the same assistant (or raw route) of one tenant, rated up once and down once."""
        groups: dict[tuple[str, str, str], dict[str, list[tuple[dict[str, Any], list[dict[str, str]]]]]] = {}
        for rid, resp in self.data.responses.items():
            r = rating_of(self.votes(rid))
            if r not in ("up", "down"):
                continue
            conv = self.usable(resp)
            if conv is None:
                continue
            turns = orjson.dumps([(m["role"], normalise(m["content"])) for m in conv if m["role"] != "system"])
            key = (resp["tenant_id"], resp["assistant"] or f"route:{resp['route']}", turns.decode())
            groups.setdefault(key, {"up": [], "down": []})[r].append((resp, conv))
        for g in groups.values():
            for (good, conv), (bad, _) in itertools.islice(itertools.product(g["up"], g["down"]), MAX_CONTRASTS):
                self._pair(conv, good["answer"], bad["answer"], [good["id"], bad["id"]], "contrast")

    def eval(self) -> None:
        for rid, resp in self.data.responses.items():
            votes = self.votes(rid)
            rating = rating_of(votes)
            if not votes or not matches(rating, self.rating):
                continue
            conv = self.usable(resp)
            if conv is None:
                continue
            fixes = _corrections(votes)
            contexts = [str(c) for c in resp["contexts"] or ()]
            comments = [v["comment"] for v in votes if v["comment"]]
            texts = [conv[-1]["content"], resp["answer"], *contexts, *(fixes[-1:]), *comments]
            clean = self.scrubber.line(texts)
            n = len(contexts)
            line = {"question": clean[0], "answer": clean[1], "contexts": clean[2:2 + n],
                    "reference": clean[2 + n] if fixes else None, "response_id": rid, "rating": rating,
                    "comments": clean[2 + n + (1 if fixes else 0):],
                    "tags": sorted({t for v in votes for t in (v["tags"] or ())})}
            self.out.add(line, [rid], "feedback")


def assemble(kind: str, data: ExportData, rating: str, scrubber: Scrubber) -> Export:
    """The export's lines (blocking: scrubbing runs the PII models)."""
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    b = _Builder(data, rating, scrubber, kind)
    build: Callable[[], None] = getattr(b, kind)
    build()
    return b.out


async def export(engine: AsyncEngine, kind: str, flt: ExportFilter, rating: str | None,
                 scrubber: Scrubber) -> Export:
    data = await load(engine, flt)
    return await asyncio.to_thread(assemble, kind, data, rating or DEFAULT_RATING[kind], scrubber)
