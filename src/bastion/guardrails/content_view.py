"""The view of a text the content lexicon is matched on, with a map back to the original.

Korean profanity is evaded by breaking the word up: 시1발, 시.발, 씨~발 (digits or symbols inside a word), 씨 발,
ㅅ ㅂ (single syllables or jamo spaced apart), ㅅㅣㅂㅏㄹ (the syllables spelled out in jamo), 씨8 (8 read "pal"),
and by invisible characters (zero-width spaces). The view removes the filler, composes spelled-out jamo and
lower-cases ASCII, so one pattern (시발) covers them all; ``View.span`` maps a match back to the original text.

Ordinary Korean is left alone: spaces are only removed between single syllables (so "다시 발견" stays two
words), and a number followed by a counter (3시, 2층, 5개) is kept. Most texts need none of this, and then the
view is the text itself (one regular-expression search decides).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

_HG = "가-힣ㄱ-ㅣ"
HANGUL_OR_JAMO = re.compile(f"[{_HG}]")
_INVISIBLE = ("[\u00ad\u034f\u061c\u115f\u1160\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164"
              "\ufe00-\ufe0f\ufeff\uffa0]")
_FILL = r"(?:[^\w\s]|[0-9_])"  # symbols and digits (invisible characters are symbols too)
_SEP = r"(?:[^\w\n]|[0-9_])"  # the same, or a space
_FILLER = re.compile(rf"(?<=[{_HG}]){_FILL}{{1,3}}(?=[{_HG}])")  # inside a word: 시1발, 시.발, 씨~발
_SPACED = re.compile(rf"(?<![{_HG}])[{_HG}](?:{_SEP}{{1,3}}[{_HG}](?![{_HG}]))+")  # single syllables: 씨 발, ㅅ ㅂ
_NON_HG = re.compile(f"[^{_HG}]+")
_JAMO_SYLLABLE = re.compile(r"[ㄱ-ㅎ][ㅏ-ㅣ](?:[ㄱ-ㅎ](?![ㅏ-ㅣ]))?")  # ㅅㅣㅂㅏㄹ -> 시발
_JAMO_WORD = re.compile(r"(?<![ㄱ-ㅣ])[ㄱ-ㅣ]{2,16}(?![ㄱ-ㅣ])")  # a spelled-out word; longer runs are not words
_INVISIBLE_RX = re.compile(_INVISIBLE)
_NEEDS_VIEW = re.compile(f"{_INVISIBLE}|{_FILLER.pattern}|{_SPACED.pattern}|[ㄱ-ㅎ][ㅏ-ㅣ]")
_COUNTERS = frozenset("시분초일월년개명번회차층호동조원살세권장대점위등만천백억주기편쪽칸")
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_KEEP = bytes.maketrans(b"\x00\x01", b"\x01\x00")


@dataclass(frozen=True, slots=True)
class View:
    text: str
    starts: list[int] | None = None  # original index of each view character; None: the identity
    wide: dict[int, int] = field(default_factory=dict)  # view index -> original end, for composed syllables

    def span(self, i: int, j: int) -> tuple[int, int]:
        """The original span of view characters ``i..j`` (``j`` exclusive, ``j > i``)."""
        if self.starts is None:
            return i, j
        return self.starts[i], self.wide.get(j - 1, self.starts[j - 1] + 1)


def lower_literals(pattern: str) -> str:
    """Lower-case a pattern's letters (the view is lower-cased; ``re.IGNORECASE`` is ~4x slower), except
    escapes such as ``\\S`` and the ``P`` of ``(?P<``."""
    return re.sub(r"(?<!\\)(?<!\(\?)[A-Z]", lambda m: m.group().lower(), pattern)


def _compose(m: re.Match[str]) -> str | None:
    text = m.group()
    lead, vowel = _INITIALS.find(text[0]), ord(text[1]) - ord("ㅏ")
    tail = _FINALS.find(text[2]) if len(text) == 3 else 0
    if lead < 0 or (len(text) == 3 and tail < 1):
        return None
    return chr(0xAC00 + (lead * 21 + vowel) * 28 + tail)


def _drops(text: str) -> tuple[bytearray, dict[int, str]]:
    """Which characters the view leaves out (1) and which it replaces (씨8 -> 씨발)."""
    drop = bytearray(len(text))
    subs: dict[int, str] = {}
    for m in _INVISIBLE_RX.finditer(text):
        drop[m.start()] = 1
    for m in _FILLER.finditer(text):
        filler = m.group()
        if filler.isdigit() and text[m.end()] in _COUNTERS:
            continue  # 3시, 2층, 5개: ordinary numbers
        drop[m.start() : m.end()] = b"\x01" * len(filler)
        if filler == "8" and text[m.start() - 1] in "시씨ㅅㅆ":
            subs[m.start()] = "발"
    for m in _SPACED.finditer(text):
        for sep in _NON_HG.finditer(text, m.start(), m.end()):
            drop[sep.start() : sep.end()] = b"\x01" * (sep.end() - sep.start())
    for i in subs:
        drop[i] = 0
    return drop, subs


def normalised_view(text: str) -> View:
    if not _NEEDS_VIEW.search(text):
        return View(text.translate(_ASCII_LOWER))
    drop, subs = _drops(text)
    starts = list(itertools.compress(range(len(text)), bytes(drop).translate(_KEEP)))
    view = "".join([subs.get(i, text[i]) for i in starts] if subs else map(text.__getitem__, starts))
    wide: dict[int, int] = {}
    if _JAMO_SYLLABLE.search(view):
        view, starts, wide = _compose_jamo(view, starts)
    return View(view.translate(_ASCII_LOWER), starts, wide)


def _compose_jamo(view: str, starts: list[int]) -> tuple[str, list[int], dict[int, int]]:
    out: list[str] = []
    out_starts: list[int] = []
    wide: dict[int, int] = {}
    i = 0
    for word in _JAMO_WORD.finditer(view):
        for m in _JAMO_SYLLABLE.finditer(view, word.start(), word.end()):
            syllable = _compose(m)
            if syllable is None:
                continue
            out.append(view[i : m.start()])
            out_starts.extend(starts[i : m.start()])
            wide[len(out_starts)] = starts[m.end() - 1] + 1
            out.append(syllable)
            out_starts.append(starts[m.start()])
            i = m.end()
    out.append(view[i:])
    out_starts.extend(starts[i:])
    return "".join(out), out_starts, wide
