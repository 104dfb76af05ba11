"""More ways to hide a text, undone for the injection scanner's views (see :mod:`bastion.guardrails.normalise`).

* **Escapes**: URL percent-encoding (``%72%65``), HTML character references (``&#105;``, ``&#x69;``) and
  ``\\u0070`` / ``\\x70`` escapes, when at least four come together.
* **Base32** and **binary** (``01101100 01100101 ...``) tokens that decode to readable text.
* **Hangul jamo typed apart** (``ㅇㅏㄴㅈㅓㄴ`` → 안전) composed back into syllables.
* **Korean typed on an English keyboard layout** (``dlwjs wltl anltl`` → 이전 지시 무시): a run of Latin words
  that, read as dubeolsik keys, almost all make whole syllables. English rarely does, and a wrong guess only
  adds one view that reads as nonsense.

Each function returns the decoded text or ``None``; the caller normalises it and decides the span.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import urllib.parse
from collections.abc import Iterator

_URL = re.compile(r"(?:%[0-9A-Fa-f]{2}){4,}(?:[^\s%]{0,3}(?:%[0-9A-Fa-f]{2})+)*")
_ENTITIES = re.compile(r"(?:&#(?:\d{2,7}|x[0-9A-Fa-f]{2,6});\s?){4,}")
_BACKSLASH = re.compile(r"(?:\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}){4,}")
_B32 = re.compile(r"(?<![A-Za-z0-9])[A-Z2-7]{16,}={0,6}(?![A-Za-z0-9])")
_BINARY = re.compile(r"(?<![01])(?:[01]{8}[ ,]?){4,}(?![01])")

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_VOWEL_PAIRS = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
                ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
_FINAL_PAIRS = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
                ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
                ("ㅂ", "ㅅ"): "ㅄ"}
_KEYS = dict(zip("qwertyuiopasdfghjklzxcvbnmQWERTOP",
                 "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ", strict=True))
_JAMO_RUN = re.compile("[\u3131-\u3163]{4,}")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def escapes(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, decoded)`` for each run of URL, HTML or backslash escapes, decoded as it is asked for."""
    for pattern, decode in ((_URL, urllib.parse.unquote), (_ENTITIES, html.unescape), (_BACKSLASH, _unbackslash)):
        for m in pattern.finditer(text):
            decoded = decode(m.group())
            if decoded != m.group():
                yield m.start(), m.end(), decoded


def _unbackslash(token: str) -> str:
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1) or m.group(2), 16)), token)


def tokens(text: str) -> Iterator[tuple[int, int, bytes]]:
    """``(start, end, raw bytes)`` for each base32 or binary token that decodes at all, decoded as asked for."""
    for m in _B32.finditer(text):
        token = m.group().rstrip("=")
        try:
            yield m.start(), m.end(), base64.b32decode(token + "=" * (-len(token) % 8))
        except (binascii.Error, ValueError):
            continue
    for m in _BINARY.finditer(text):
        yield m.start(), m.end(), bytes(int(b, 2) for b in re.findall("[01]{8}", m.group()))


def compose_jamo(jamo: str) -> str:
    """Compatibility jamo in typing order (initial, vowel, final...) composed into syllables; anything that
    does not make a syllable is kept as it is."""
    out: list[str] = []
    i, n = 0, len(jamo)
    while i < n:
        c = jamo[i]
        if c not in CHO or i + 1 >= n or jamo[i + 1] not in JUNG:
            out.append(c)
            i += 1
            continue
        vowel, i = jamo[i + 1], i + 2
        if i < n and (vowel, jamo[i]) in _VOWEL_PAIRS:
            vowel, i = _VOWEL_PAIRS[vowel, jamo[i]], i + 1
        final = ""
        if i < n and jamo[i] in JONG and (i + 1 >= n or jamo[i + 1] not in JUNG):
            final, i = jamo[i], i + 1
            if i < n and (final, jamo[i]) in _FINAL_PAIRS and (i + 1 >= n or jamo[i + 1] not in JUNG):
                final, i = _FINAL_PAIRS[final, jamo[i]], i + 1
        out.append(chr(0xAC00 + (CHO.index(c) * 21 + JUNG.index(vowel)) * 28 + JONG.index(final or "\0")))
    return "".join(out)


def composed_jamo(text: str) -> str | None:
    """The text with runs of separate jamo composed, if there are any."""
    if not _JAMO_RUN.search(text):
        return None
    composed = _JAMO_RUN.sub(lambda m: compose_jamo(m.group()), text)
    return composed if composed != text else None


def _whole(word: str) -> str | None:
    hangul = compose_jamo("".join(_KEYS.get(ch, _KEYS.get(ch.lower(), ch)) for ch in word))
    return hangul if all("\uac00" <= ch <= "\ud7a3" for ch in hangul) else None


def keyboard_korean(text: str) -> str | None:
    """The Latin words read as Korean dubeolsik keys, when at least three are, they are at least 70% of the
    Latin words and at most four are not; else None."""
    words = _LATIN_WORD.findall(text)
    if len(words) < 3:
        return None
    allowed = min(int(0.3 * len(words)), 4)  # misses tolerated: English text runs out of them within a few words
    converted: dict[str, str | None] = {}
    for w in words:
        if w not in converted:
            converted[w] = _whole(w)
        if converted[w] is None:
            allowed -= 1
            if allowed < 0:
                return None
    return _LATIN_WORD.sub(lambda m: converted[m.group()] or m.group(), text)
