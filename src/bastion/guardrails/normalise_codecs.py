"""More ways to hide a text, undone for the injection scanner's views (see :mod:`bastion.guardrails.normalise`).

* **Escapes**: URL percent-encoding (``%72%65``), HTML character references (``&#105;``, ``&#x69;``, also
  scattered between plain letters) and ``\\u0070`` / ``\\x70`` escapes (``\\x`` runs read as UTF-8 bytes), when at
  least four come together; and **Morse code** (``.. --. -. --- .-. .``).
* **Letter substitutions**: a run of Latin words that reads as English only after a Caesar shift (rot13 is one)
  or the Atbash mirror (a↔z), found by letter frequencies, so it costs one count per run, not 26 trial decodings.
* **Base32** and **binary** (``01101100 01100101 ...``) tokens that decode to readable text.
* :func:`compose_jamo`: Hangul jamo typed apart (``ㅇㅏㄴㅈㅓㄴ`` → 안전) composed back into syllables (the
  views that use it are in :mod:`bastion.guardrails.normalise_hangul`).
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
from functools import cache
from types import MappingProxyType

import numpy as np

_URL = re.compile(r"(?<!\S)[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){4,}")  # four or more in one token, words between
# four or more character references, a few plain characters allowed between and around them ("i&#103;&#110;o...")
_ENTITIES = re.compile(r"[^\s&;]{0,12}&#(?:\d{2,7}|x[0-9A-Fa-f]{2,6});"
                       r"(?:[^&;<>]{0,12}&#(?:\d{2,7}|x[0-9A-Fa-f]{2,6});){3,}[^\s&;]{0,12}")
_BACKSLASH = re.compile(r"(?:\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}){4,}")
_BACKSLASH_X = re.compile(r"(?:\\x[0-9A-Fa-f]{2})+")
_MORSE = re.compile(r"(?<![.\-\w])(?:[.\-]{1,6}(?: */ *| {1,3})){5,}[.\-]{1,6}(?![.\-\w])")
_MORSE_CODE = MappingProxyType(dict(zip(
    [".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--", "-.", "---", ".--.",
     "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..", "-----", ".----", "..---", "...--",
     "....-", ".....", "-....", "--...", "---..", "----.", ".-.-.-", "--..--", "..--..", "-.-.--", "-..-.", ".----."],
    "abcdefghijklmnopqrstuvwxyz0123456789.,?!/'", strict=True)))
# English letter frequencies (per mille, a..z): a run is decoded with the shift under which it reads most like them
_EN_FREQ = (82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# per key (the 26 Caesar shifts, then Atbash): its decoding table, and the log-frequency of each letter's decoding
_DECODERS = (*(str.maketrans(_ALPHABET, _ALPHABET[26 - k:] + _ALPHABET[:26 - k]) for k in range(26)),
             str.maketrans(_ALPHABET, _ALPHABET[::-1]))
# four or more words; a colon or a quote ends a run
_LATIN_RUN = re.compile(r"(?<![a-z])[a-z]+(?:[ ,.'\-]{1,3}[a-z]+){3,}")
_PLAIN_ENGLISH = re.compile(r"\b(?:the|and|to|of|is|you|your|in|for|that|it|this|with|on|are|be)\b")  # read as is
MIN_RUN_LETTERS = 16  # below this, letter counts say too little
MARGIN = 0.45  # nats per letter the best decoding must gain over the text as it is
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
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_TYPED_KEYS = MappingProxyType({  # jamo -> the keys that type it, compound vowels and finals as two keys
    **{jamo: key for key, jamo in _KEYS.items()},
    **{jamo: next(k for k, j in _KEYS.items() if j == a) + next(k for k, j in _KEYS.items() if j == b)
       for (a, b), jamo in (*_VOWEL_PAIRS.items(), *_FINAL_PAIRS.items())}})
# a vowel jamo standing alone beside a letter: Korean is never typed so
_LOOSE_VOWEL = re.compile("(?:[가-힣ㄱ-ㅎ][ㅏ-ㅣ]|[ㅏ-ㅣ][가-힣ㄱ-ㅎ])")
_HANGUL_WORD = re.compile("[가-힣ㄱ-ㅣ]+")
_PIG_WORD = re.compile(r"\b[a-z]+ay\b")
_ONSETS_EN = frozenset(("b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "y",
                        "z", "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "ph", "pl", "pr", "qu", "sc",
                        "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr", "sch", "scr",
                        "shr", "spl", "spr", "squ", "str", "thr"))


def escapes(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, decoded)`` for each run of URL, HTML or backslash escapes, decoded as it is asked for."""
    for sign, pattern, decode in (("%", _URL, urllib.parse.unquote), ("&#", _ENTITIES, html.unescape),
                                  ("\\", _BACKSLASH, _unbackslash), (".", _MORSE, _unmorse)):
        if sign not in text:  # a substring test is ~50 times cheaper than a pattern that finds nothing
            continue
        for m in pattern.finditer(text):
            decoded = decode(m.group())
            if decoded != m.group():
                yield m.start(), m.end(), decoded


def _unbackslash(token: str) -> str:
    """``\\uXXXX`` as code points; a run of ``\\xNN`` as the bytes of UTF-8 text (Latin-1 if it is not)."""
    token = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), token)
    return _BACKSLASH_X.sub(lambda m: _utf8_or_latin1(bytes.fromhex(m.group().replace("\\x", ""))), token)


def _utf8_or_latin1(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _unmorse(token: str) -> str:
    words = re.split(r" */ *| {3,}", token.strip())
    return " ".join("".join(_MORSE_CODE.get(code, "?") for code in word.split()) for word in words)


def english_typed_in_hangul(text: str) -> str | None:
    """English typed with the keyboard in Korean mode (``ㅑ후ㅐㄱㄷ`` → ignore): Hangul words read back as the keys
    that typed them, when vowel jamo stand alone beside letters three or more times (Korean text never does)."""
    if len(_LOOSE_VOWEL.findall(text)) < 3:
        return None

    def keys(m: re.Match[str]) -> str:
        out = []
        for ch in m.group():
            code = ord(ch) - 0xAC00
            if 0 <= code < 11172:
                jamo = (CHO[code // 588], JUNG[code // 28 % 21], JONG[code % 28])
                out.append("".join(_TYPED_KEYS.get(j, "") for j in jamo if j != "\0"))
            else:
                out.append(_TYPED_KEYS.get(ch, ch))
        return "".join(out)

    return _HANGUL_WORD.sub(keys, text)


def pig_latin(text: str) -> str | None:
    """Pig Latin read back (``ignoreway allway ulesray`` → ignore all rules) when four or more words, and at least
    half of them, end in -ay; the moved consonants are the longest English onset at the end of the stem."""
    words = _LATIN_WORD.findall(text)
    pig = _PIG_WORD.findall(text)
    if len(pig) < 4 or 2 * len(pig) < len(words):
        return None

    def back(m: re.Match[str]) -> str:
        stem = m.group()[:-2]
        if stem.endswith("w") and stem[0] in "aeiou":
            return stem[:-1]
        for k in (3, 2, 1):
            if len(stem) > k and stem[-k:] in _ONSETS_EN:
                return stem[-k:] + stem[:-k]
        return stem

    return _PIG_WORD.sub(back, text)


def acrostic(text: str) -> str | None:
    """The first letters of four or more short lines in a row, read as a word (a poem that spells an order), after
    the text's first line (which says what to do with it); None without such lines."""
    lines = [line.strip() for line in text.splitlines()]
    best: list[str] = []
    run: list[str] = []
    for line in lines[1:]:
        if 0 < len(line) <= 80 and line[0].isalpha():  # bullets and numbers start lists, not poems
            run.append(line[0])
            best = run if len(run) > len(best) else best
        else:
            run = []
    if len(best) < 4:
        return None
    return f"{lines[0]}\n{''.join(best)}"


@cache
def _key_log_frequencies() -> np.ndarray:
    """(27, 26): for each key of :data:`_DECODERS`, the log English frequency of what each letter decodes to."""
    freq = np.array(_EN_FREQ, dtype=float) / 1000.0
    table = np.log(np.array([np.roll(freq, k) for k in range(26)] + [freq[::-1]]))
    table.setflags(write=False)
    return table


def substituted(text: str) -> str | None:
    """``text`` (lower case) with each run of Latin words that reads as English only after a Caesar shift or
    Atbash replaced by that reading, same length and place; None when no run is one."""
    pieces: list[str] = []
    last = 0
    for m in _LATIN_RUN.finditer(text):
        run = m.group()
        if _PLAIN_ENGLISH.search(run):
            continue
        letters = np.frombuffer(run.encode("ascii"), dtype=np.uint8)
        letters = letters[letters >= 97] - 97
        if len(letters) < MIN_RUN_LETTERS:
            continue
        scores = _key_log_frequencies() @ np.bincount(letters, minlength=26)
        best = int(np.argmax(scores))
        if best and scores[best] - scores[0] > MARGIN * len(letters):
            pieces += [text[last:m.start()], run.translate(_DECODERS[best])]
            last = m.end()
    return "".join([*pieces, text[last:]]) if pieces else None


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
