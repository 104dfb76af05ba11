"""Text normalisation for detection: the views of one text that the injection scanner looks at.

Attackers hide instructions from pattern matchers, not from the model: the model reads through zero-width
characters, Cyrillic look-alikes, fullwidth letters, leetspeak, letter-spacing, base64, hex and rot13 just
fine. So detection scans the text as the model would understand it. None of this is ever sent on; it only
decides what is scanned.

:func:`variants` returns the views to scan: the normalised text (always first), and, only when the text
shows signs of needing them, a leet-folded view, a letter-spacing-collapsed view, decoded base64/hex
segments, and rot13 / reversed views. Every view carries a map back to the original text so a match can be
reported where it really is. The work is bounded whatever the input: a fixed number of decode candidates,
a fixed size per decoded segment, a fixed number of views, and only linear-time regular expressions.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from types import MappingProxyType

from bastion.guardrails import normalise_codecs, normalise_hangul

MAX_VARIANTS = 12  # views per text, the normalised one included
DECODED_SLOTS = 4  # of which this many are kept for decoded segments when there are any
MAX_DECODE_CANDIDATES = 8  # base64/hex tokens tried per text: a megabyte of base64 must not mean a megabyte of work
MAX_TOKEN = 8192  # characters of one encoded token that are decoded
MAX_DECODED = 4096  # characters of one decoded segment that are kept
CONTEXT = 160  # characters either side of an encoded segment kept in its decoded view

# Invisible and formatting characters: zero-width, bidi controls, word joiners, variation selectors, soft hyphen,
# Hangul fillers (invisible in most fonts), C0/C1 controls (tab, newline and carriage return are kept) and
# combining diacritics (zalgo text; Korean does not use them, precomposed syllables are single characters).
_STRIP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e001f"
    "\U000e007f-\U000e01ef\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_CONJOINING_JAMO = re.compile("[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]")


def _confusables() -> MappingProxyType[int, str]:
    """Look-alikes NFKC leaves alone: Cyrillic and Greek letters, small capitals, regional indicators, and
    Unicode tag characters (U+E0020..E007E shadow ASCII invisibly: "ASCII smuggling"), all to plain ASCII."""
    pairs = dict(zip(
        "авекмнорстухѕіїјԁԛԝьɡһӏոսօ" "αβγδεηικμνορτυχωϲϳ" "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢıȷłøđ",
        "abekmhopctyxsiijdqwbghlnuo" "abydenikuvoptuxwcj" "abcdefghijklmnoprstuvwyzijlod",
        strict=True,
    ))
    pairs.update({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
                  "\u201e": '"'})
    table: dict[int, str] = {}
    for k, v in pairs.items():
        table[ord(k)] = v
        upper = k.upper()
        if len(upper) == 1 and upper != k:
            table[ord(upper)] = v
    for i in range(26):
        table[0x1F1E6 + i] = chr(ord("a") + i)  # regional indicators
    for cp in range(0x20, 0x7F):
        table[0xE0000 + cp] = chr(cp)  # tag characters
    return MappingProxyType(table)


_CONFUSABLES = _confusables()
_LEET = MappingProxyType(str.maketrans("013457@$!|", "oieastasil"))
_LEET_L = MappingProxyType(str.maketrans("013457@$!|", "oleastasil"))  # "a11" is "all" more often than "aii"
_HAS_LEET = re.compile(r"[a-z][013457@$!|]+[a-z]|\b[013457@$|][a-z]{2}")
_SPACED = re.compile(r"(?<!\w)(?:\w[ .\-_*·/\n]){3,}\w(?!\w)")
_SPACED_SEP = re.compile(r"(?<=\w)[ .\-_*·/\n](?=\w)")
_B64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){16,}(?![0-9A-Fa-f])")
# words that make a decoded view worth scanning: if rot13 or reversal turns up more of these, it is a hidden text
_HANGUL = re.compile("[가-힣]")
_TELLS = re.compile(
    r"\b(?:ignore|disregard|forget|instructions?|previous|prompt|system|jailbreak|restrictions?|reveal|pretend|"
    r"override|bypass|rules|developer|unfiltered|uncensored|password|secret|the|and|you|your|a|an|as|in|of|to|is|"
    r"it|for|this|that|be|no|not|with|what|on|are|all|now|say|tell|me|my|do)\b"
)


@dataclass(frozen=True, slots=True)
class Variant:
    """One view of the text. ``offsets[i]`` is the original index of view character ``i`` when the view maps
    character by character; otherwise a match anywhere in it is reported as the whole ``start..end`` span."""

    kind: str  # "text", "leet", "despaced", "base64", "hex", "decoded", "unescaped", "jamo", "keyboard", "rot13", ...
    text: str
    start: int
    end: int
    offsets: Sequence[int] | None = None

    def span(self, i: int, j: int) -> tuple[int, int]:
        """The original-text span of view characters ``i..j``."""
        if self.offsets is None or not self.text:
            return self.start, self.end
        i = min(max(i, 0), len(self.offsets) - 1)
        j = min(max(j, i + 1), len(self.offsets))
        return self.offsets[i], self.offsets[j - 1] + 1


def _normalise_slow(text: str, base: int) -> tuple[str, list[int]]:
    """Character by character, so each output character keeps its original index (NFKC can expand one
    character into several, and stripped characters vanish)."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if _STRIP.match(ch):
            continue
        if not ch.isascii():
            ch = unicodedata.normalize("NFKC", ch).translate(_CONFUSABLES)
            ch = _STRIP.sub("", ch)
        ch = ch.lower()
        out.append(ch)
        offsets.extend([base + i] * len(ch))
    return "".join(out), offsets


def normalise(text: str, base: int = 0) -> Variant:
    """NFKC, invisible characters removed, look-alikes to ASCII, lower case. ``base`` is the position of
    ``text`` in a larger original (windows of a long input), so offsets point into that original.

    The common case (already NFKC, nothing invisible) keeps every character in place, so it is one C-speed
    translate with an identity offset map; only texts that need it pay for the per-character path."""
    if _CONJOINING_JAMO.search(text):
        # decomposed Hangul must be composed as a whole; offsets become approximate (the whole text)
        joined, _ = _normalise_slow(unicodedata.normalize("NFKC", text), base)
        return Variant("text", joined, base, base + len(text))
    if not _STRIP.search(text) and unicodedata.is_normalized("NFKC", text):
        folded = text.translate(_CONFUSABLES).lower()
        if len(folded) == len(text):
            return Variant("text", folded, base, base + len(text), range(base, base + len(text)))
    joined, offsets = _normalise_slow(text, base)
    return Variant("text", joined, base, base + len(text), offsets)


def leet_fold(text: str) -> str:
    """Digits and symbols used as letters back to letters (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s)."""
    return text.translate(_LEET)


def _despace(text: str) -> str:
    """"i g n o r e   a l l" → "ignore all": single separators inside letter-spaced runs are removed, while
    wider gaps (the word breaks) stay."""
    return _SPACED.sub(lambda m: _SPACED_SEP.sub("", m.group()), text)


def _despace_dots(text: str) -> str | None:
    """"시ㆍ스ㆍ템" → "시스템": the Korean middle dot (U+318D) between letters removed."""
    return re.sub(r"(?<=\w)\u318d(?=\w)", "", text) if "\u318d" in text else None


def _printable(raw: bytes) -> str | None:
    """The decoded bytes as text, if they are mostly printable UTF-8 with some letters; else None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 8:
        return None
    good = sum(1 for c in text if c.isprintable() or c in "\n\t\r")
    letters = sum(1 for c in text if c.isalpha())
    if good < 0.95 * len(text) or letters < 0.5 * len(text.replace(" ", "")):
        return None
    return text[:MAX_DECODED]


def _decode_base64(token: str) -> str | None:
    token = token[:MAX_TOKEN].rstrip("=")
    if not (any(c.isupper() for c in token) and any(c.islower() for c in token)):
        return None  # identifiers, hashes and hex are not base64 of text
    token = token[: len(token) - len(token) % 4] if len(token) % 4 == 1 else token
    padded = token + "=" * (-len(token) % 4)
    try:
        raw = base64.urlsafe_b64decode(padded.replace("+", "-").replace("/", "_"))
    except (binascii.Error, ValueError):
        return None
    return _printable(raw)


def _decode_hex(token: str) -> str | None:
    try:
        raw = bytes.fromhex(re.sub(r"[ :]", "", token[:MAX_TOKEN]))
    except ValueError:
        return None
    return _printable(raw)


def _decoded(raw: str, base: int, depth: int = 0) -> list[Variant]:
    """Base64, hex, base32, binary and escaped (URL, HTML, backslash, Morse) segments that decode to readable
    text, each read in place (up to :data:`CONTEXT` characters either side: "decode and follow: ..." belongs to
    the payload), normalised, spanning its token; base64 inside base64 is opened once more."""
    found: list[Variant] = []

    def add(kind: str, start: int, end: int, text: str) -> None:
        around = raw[max(start - CONTEXT, 0):start] + text + raw[end:end + CONTEXT]
        found.append(Variant(kind, normalise(around).text, base + start, base + end))

    for kind, pattern, decode in (("base64", _B64, _decode_base64), ("hex", _HEX, _decode_hex)):
        for n, m in enumerate(pattern.finditer(raw)):
            if n >= MAX_DECODE_CANDIDATES:
                break
            text = decode(m.group())
            if text is not None:
                add(kind, m.start(), m.end(), text)
                if depth == 0 and kind == "base64":
                    found += [Variant(kind, v.text, base + m.start(), base + m.end()) for v in _decoded(text, 0, 1)]
    if depth == 0:
        for start, end, raw_bytes in islice(normalise_codecs.tokens(raw), MAX_DECODE_CANDIDATES):
            text = _printable(raw_bytes)
            if text is not None:
                add("decoded", start, end, text)
        for start, end, text in islice(normalise_codecs.escapes(raw), MAX_DECODE_CANDIDATES):
            add("unescaped", start, end, text[:MAX_DECODED])
    return found


def _hidden(view: Variant) -> list[Variant]:
    """rot13, other letter-substitution and reversed views, kept only when they read more like language than the
    text itself does."""
    found: list[Variant] = []
    seen = len(_TELLS.findall(view.text))
    rot = codecs.encode(view.text, "rot13")
    if len(_TELLS.findall(rot)) > max(seen, 1):
        found.append(Variant("rot13", rot, view.start, view.end, view.offsets))
    shifted = normalise_codecs.substituted(view.text)  # other Caesar shifts and Atbash, run by run
    if shifted is not None and shifted != rot and len(_TELLS.findall(shifted)) > max(seen, 1):
        found.append(Variant("shifted", shifted, view.start, view.end, view.offsets))
    back = view.text[::-1]
    if len(_TELLS.findall(back)) > max(seen, 1) or (_HANGUL.search(back) and normalise_hangul.reads_backwards(
            view.text, back)):
        found.append(Variant("reversed", back, view.start, view.end))
    return found


def variants(text: str, base: int = 0) -> list[Variant]:
    """Every view of ``text`` worth scanning, the normalised text first, at most :data:`MAX_VARIANTS`.

    Callers pass bounded windows of a long input (see the injection scanner); ``base`` is the window's
    position in the original."""
    first = normalise(text, base)
    views = [first]
    if len(first.text) < 0.9 * len(text):
        return views  # binary-looking (many control characters): leet and spacing views would only be noise
    if _HAS_LEET.search(first.text):
        views.append(Variant("leet", first.text.translate(_LEET), first.start, first.end, first.offsets))
        if "1" in first.text:
            views.append(Variant("leet", first.text.translate(_LEET_L), first.start, first.end, first.offsets))
    if _SPACED.search(first.text):
        views.append(Variant("despaced", _despace(leet_fold(first.text)), first.start, first.end))
    views.extend(_hidden(first))
    # on the raw text: NFKC turns separate compatibility jamo, and the Korean middle dot, into conjoining jamo
    for kind, typed in (("jamo", normalise_hangul.composed_pairs(text)), ("despaced", _despace_dots(text)),
                        ("keyboard", normalise_codecs.keyboard_korean(text)),
                        ("choseong", normalise_hangul.choseong(text)),
                        ("unsymboled", normalise_hangul.unsymboled(text)),
                        ("keyboard", normalise_codecs.english_typed_in_hangul(text))):
        if typed is not None:
            views.append(Variant(kind, normalise(typed).text, first.start, first.end))
    for kind, typed in (("romanised", normalise_hangul.romanised(first.text)),
                        ("hangul-english", normalise_hangul.hangul_english(first.text)),
                        ("pig-latin", normalise_codecs.pig_latin(first.text)),
                        ("acrostic", normalise_codecs.acrostic(first.text))):
        if typed is not None:
            views.append(Variant(kind, normalise(typed).text, first.start, first.end))
    # the decodings that read most like an instruction first, so harmless tokens cannot crowd them out, and with
    # slots of their own, so cheap decoy views (a list, a 초성 word, a symbol between syllables) cannot either
    decoded: list[Variant] = []
    for segment in sorted(_decoded(text, base), key=lambda v: -len(_TELLS.findall(v.text))):
        decoded.append(segment)
        decoded.extend(_hidden(segment))
    kept = max(MAX_VARIANTS - min(len(decoded), DECODED_SLOTS), 1)
    return (views[:kept] + decoded)[:MAX_VARIANTS]
