"""Structure-aware chunking of converted Markdown.

A section (a PDF page, a slide, a sheet or a whole text document) is split into blocks: headings, tables,
fenced code, list runs and paragraphs. Blocks are packed into chunks of about ``size`` characters:

- a heading starts a new chunk (unless the current one is still tiny), and every chunk remembers the heading
  path above it (``Title > Section > Subsection``), which is indexed with it and shown as its source;
- a table is never split while it fits in ``4 * size``; a longer one is cut between rows, and each piece
  repeats the header row, so every piece still says what its columns mean;
- a paragraph longer than ``size`` is cut at sentence ends;
- consecutive chunks of the same section share ``overlap`` characters of whole sentences.

Chunks never cross sections, so a chunk's page is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|(?<=다\.)\s*|\n")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
MIN_CHUNK = 100


@dataclass(frozen=True, slots=True)
class Chunk:
    text: str
    page: int | None
    section: str  # the heading path above the chunk; "" when the document has no headings
    ord: int = 0


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # heading | table | code | para
    text: str
    level: int = 0


def blocks(text: str) -> list[Block]:
    """Split Markdown into blocks, in order."""
    out: list[Block] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if m := _HEADING.match(line):
            out.append(Block("heading", m.group(2).strip(), len(m.group(1))))
            i += 1
            continue
        kind, j = _run(lines, i)
        out.append(Block(kind, "\n".join(lines[i:j]).strip()))
        i = j
    return out


def _run(lines: list[str], i: int) -> tuple[str, int]:
    """The kind of the block starting at line ``i`` and the index just past it."""
    first = lines[i].lstrip()
    if first.startswith("```") or first.startswith("~~~"):
        fence = first[:3]
        j = i + 1
        while j < len(lines) and not lines[j].lstrip().startswith(fence):
            j += 1
        return "code", min(j + 1, len(lines))
    if first.startswith("|"):
        j = i
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            j += 1
        return "table", j
    j = i + 1
    while j < len(lines) and lines[j].strip() and not _HEADING.match(lines[j]) \
            and not lines[j].lstrip().startswith(("|", "```", "~~~")):
        j += 1
    return "para", j


def _sentences(text: str) -> list[str]:
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text)) if s]


def _split_long(text: str, size: int) -> list[str]:
    """A paragraph longer than ``size``, cut at sentence ends (or hard, for a sentence without any)."""
    pieces: list[str] = []
    current = ""
    for s in _sentences(text):
        while len(s) > size:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(s[:size])
            s = s[size:]
        if current and len(current) + 1 + len(s) > size:
            pieces.append(current)
            current = s
        else:
            current = f"{current} {s}" if current else s
    if current:
        pieces.append(current)
    return pieces


def _split_table(text: str, size: int) -> list[str]:
    rows = text.split("\n")
    header = rows[:2] if len(rows) > 1 and set(rows[1].replace("|", "").strip()) <= set("-: ") else rows[:1]
    body = rows[len(header):]
    pieces: list[str] = []
    current: list[str] = []
    width = sum(len(r) + 1 for r in header)
    for row in body:
        if current and width + sum(len(r) + 1 for r in current) + len(row) > size:
            pieces.append("\n".join(header + current))
            current = []
        current.append(row)
    if current or not pieces:
        pieces.append("\n".join(header + current))
    return pieces


def _tail(text: str, overlap: int) -> str:
    """The last whole sentences of ``text`` that fit in ``overlap`` characters (tables never overlap)."""
    last = text.split("\n\n")[-1].lstrip()
    if overlap <= 0 or last.startswith(("|", "#", "```", "~~~")):
        return ""
    out = ""
    for s in reversed(_sentences(last)):
        if len(out) + len(s) + 1 > overlap:
            break
        out = f"{s} {out}".strip()
    return out


class _Packer:
    def __init__(self, page: int | None, size: int, overlap: int) -> None:
        self.page, self.size, self.overlap = page, size, overlap
        self.path: list[tuple[int, str]] = []
        self.parts: list[str] = []
        self.length = 0
        self.chunks: list[tuple[str, int | None, str]] = []
        self.only_overlap = False  # the current parts are just the previous chunk's tail
        self.label: str | None = None  # the heading path where the chunk's first content sits

    def section(self) -> str:
        return " > ".join(title for _, title in self.path)

    def flush(self, carry: bool) -> None:
        if not self.parts:
            return
        text = "\n\n".join(self.parts)
        self.chunks.append((text, self.page, self.label if self.label is not None else self.section()))
        tail = _tail(text, self.overlap) if carry else ""
        self.label = self.section() if tail else None
        self.parts = [tail] if tail else []
        self.length = len(tail)
        self.only_overlap = bool(tail)

    def heading(self, b: Block) -> None:
        if self.only_overlap:
            self.parts, self.length, self.label = [], 0, None
        elif self.length >= MIN_CHUNK:
            self.flush(carry=False)
        while self.path and self.path[-1][0] >= b.level:
            self.path.pop()
        self.path.append((b.level, b.text))
        self.parts.append("#" * b.level + " " + b.text)
        self.length += len(b.text) + b.level + 1
        self.only_overlap = False

    def add(self, text: str) -> None:
        if self.parts and self.length + len(text) + 2 > self.size:
            self.flush(carry=True)
        if self.label is None:
            self.label = self.section()
        self.parts.append(text)
        self.length += len(text) + 2
        self.only_overlap = False


def chunk_section(text: str, page: int | None, size: int, overlap: int) -> list[tuple[str, int | None, str]]:
    p = _Packer(page, size, overlap)
    for b in blocks(text):
        if b.kind == "heading":
            p.heading(b)
        elif b.kind == "table":
            pieces = [b.text] if len(b.text) <= 4 * size else _split_table(b.text, size)
            for piece in pieces:
                p.add(piece)
        elif len(b.text) > size and b.kind == "para":
            for piece in _split_long(b.text, max(size - overlap, size // 2)):
                p.add(piece)
        else:
            p.add(b.text)
    p.flush(carry=False)
    return [c for c in p.chunks if not _only_headings(c[0])] or p.chunks


def _only_headings(text: str) -> bool:
    return all(_HEADING.match(line) for line in text.split("\n") if line.strip())


def chunk(sections: list[tuple[str, int | None]], size: int = 1200, overlap: int = 150) -> list[Chunk]:
    """Chunks of every section, numbered in document order."""
    out: list[Chunk] = []
    for text, page in sections:
        for body, pg, section in chunk_section(text, page, size, min(overlap, size // 2)):
            out.append(Chunk(body, pg, section, len(out)))
    return out
