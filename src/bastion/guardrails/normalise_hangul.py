"""Korean ways to hide a text from a pattern matcher while a model (or a person) still reads it, undone for the
injection scanner's views (see :mod:`bastion.guardrails.normalise`).

* **Symbols between syllables** (``시@스@템 프#롬#프#트``, ``규🔸칙``): removed when they come three or more times.
* **Jamo mixed with syllables** (``끄ㄱㅗ``, ``ㄱr드레일``): jamo pairs composed, and the Latin letters typed as
  vowel look-alikes after a consonant (``r`` for ㅏ, ``l``/``I`` for ㅣ) read as those vowels.
* **Initial consonants only** (초성, ``ㅇㅈ ㅈㅅ ㅁㅅㅎㄱ``): a 초성 text has many readings, so only a run of three or
  more 초성 words of which at least two spell words an attack is made of (:data:`CHOSEONG_WORDS`) is read, as those
  words. A harmless 초성 quiz stays as it is, and a view that reads wrong only adds a view to score.
* **Romanised** (``musihago gwanrija bimilbeonho``): words that are whole Revised Romanisation syllables read back
  into Hangul, when nearly all the Latin words are and the reading has words attacks are made of.
* **English spelled in Hangul** (``이그노어 올 프리비어스 인스트럭션스``): read back as the English words.
* **Backwards** (``줘려알 을칙규``): :func:`reads_backwards` tells the scanner to keep the reversed reading.

The others return the view's text, or ``None`` when the text shows no sign of the trick.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from bastion.guardrails.normalise_codecs import compose_jamo

_CONSONANT = re.compile("[ㄱ-ㅎ]")
# list marks (노·사, 사과,배), brackets and quotes (주세요(역할, '탈옥'이라는) are how Korean is written
_SYMBOL = "[^\\w\\s·ㆍ,/~()\\[\\]{}<>'\"\u2018\u2019\u201c\u201d「」『』]{1,2}"
_SYMBOL_IN_WORD = re.compile(f"(?<=[가-힣]){_SYMBOL}(?=[가-힣])")
_BROKEN_WORD = re.compile(f"[가-힣]{_SYMBOL}[가-힣]{_SYMBOL}[가-힣]")  # 시@스@템; "했다.그리고" breaks a word once
_JAMO_RUN = re.compile("[ㄱ-ㅣ]+")
_JAMO_PAIR = re.compile("[ㄱ-ㅎ][ㅏ-ㅣ]")
_VOWEL_LOOKALIKE = re.compile(r"(?<=[ㄱ-ㅎ])[rlI|]")
_VOWELS_TYPED = MappingProxyType({"r": "ㅏ", "l": "ㅣ", "I": "ㅣ", "|": "ㅣ"})
_CHOSEONG_RUN = re.compile(r"[ㄱ-ㅎ]{1,5}(?:[ ,.]+[ㄱ-ㅎ]{1,5}){2,}")
# Words attacks are made of, by their initial consonants. Where two words share one spelling, the one attacks use
# more often wins (ㅈㅎ is read 제한 rather than 전환).
CHOSEONG_WORDS = MappingProxyType({
    "ㅇㅈ": "이전", "ㅈㅅ": "지시", "ㅈㅅㄹ": "지시를", "ㅈㅊ": "지침", "ㅈㅊㅇ": "지침은", "ㄱㅊ": "규칙",
    "ㄱㅊㅇ": "규칙은",
    "ㅁㅅ": "무시", "ㅁㅅㅎ": "무시해", "ㅁㅅㅎㄱ": "무시하고", "ㅁㄷ": "모든", "ㅈㅂ": "전부", "ㄷ": "다",
    "ㅈㅎ": "제한", "ㅈㅎㅇ": "제한을", "ㅎㅈ": "해제", "ㅎㅈㅎ": "해제해", "ㅍㄱ": "풀고", "ㄲㄱ": "끄고",
    "ㄱㄹㅈ": "관리자", "ㄱㅂㅈ": "개발자", "ㅁㄷㄹ": "모드로", "ㅂㅂ": "비번", "ㅂㅁㅂㅎ": "비밀번호", "ㅂㅁ": "비밀",
    "ㅅㅅㅌ": "시스템", "ㅍㄹㅍㅌ": "프롬프트", "ㅅㅈ": "설정", "ㅅㄱㅈ": "숨겨진", "ㅅㅇ": "숨은", "ㄱㅇ": "검열",
    "ㅌㅇ": "탈옥", "ㅊㄹ": "출력", "ㅊㄹㅎ": "출력해", "ㄱㄱ": "공개", "ㄱㄱㅎ": "공개해", "ㅇㄹㅈ": "알려줘",
    "ㅂㅇㅈ": "보여줘", "ㅁㄹ": "명령", "ㄸㄹ": "따라", "ㅇㅈㅂㅌ": "이제부터", "ㅈㄱㅂㅌ": "지금부터", "ㄴㄴ": "너는",
})
_ONSETS = MappingProxyType({"kk": "ㄲ", "tt": "ㄸ", "pp": "ㅃ", "ss": "ㅆ", "jj": "ㅉ", "ch": "ㅊ", "g": "ㄱ",
                            "k": "ㅋ", "n": "ㄴ", "d": "ㄷ", "t": "ㅌ", "r": "ㄹ", "l": "ㄹ", "m": "ㅁ", "b": "ㅂ",
                            "p": "ㅍ", "s": "ㅅ", "j": "ㅈ", "h": "ㅎ", "": "ㅇ"})
_VOWELS = MappingProxyType({"yae": "ㅒ", "yeo": "ㅕ", "wae": "ㅙ", "ae": "ㅐ", "ya": "ㅑ", "eo": "ㅓ", "ye": "ㅖ",
                            "wa": "ㅘ", "oe": "ㅚ", "yo": "ㅛ", "wo": "ㅝ", "we": "ㅞ", "wi": "ㅟ", "yu": "ㅠ",
                            "eu": "ㅡ", "ui": "ㅢ", "a": "ㅏ", "e": "ㅔ", "o": "ㅗ", "u": "ㅜ", "i": "ㅣ"})
# a final consonant only where no vowel follows it (the next syllable takes it otherwise, as Revised Romanisation
# writes it); a final t is mostly ㅅ (것 geot, 못 mot)
_FINALS = MappingProxyType({"ng": "ㅇ", "kk": "ㄲ", "ss": "ㅆ", "k": "ㄱ", "g": "ㄱ", "n": "ㄴ", "t": "ㅅ", "d": "ㄷ",
                            "l": "ㄹ", "m": "ㅁ", "p": "ㅂ", "b": "ㅂ"})
_SYLLABLE = re.compile(f"({'|'.join(k for k in _ONSETS if k)})?({'|'.join(_VOWELS)})"
                       f"(?:({'|'.join(_FINALS)})(?![aeiouwy]))?")
_ROMAN_WORD = re.compile(f"(?>{_SYLLABLE.pattern})+")  # atomic: "aeae..." has many splits, try one
_LATIN_WORD = re.compile(r"[a-z]+")
# English attack words as Korean writers spell them in Hangul
_HANGUL_ENGLISH = MappingProxyType({
    "이그노어": "ignore", "디스리가드": "disregard", "포겟": "forget", "프리비어스": "previous", "이전": "previous",
    "인스트럭션스": "instructions", "인스트럭션": "instructions", "올": "all", "앤드": "and", "쇼": "show", "미": "me",
    "유어": "your", "리빌": "reveal", "시스템": "system", "프롬프트": "prompt", "룰스": "rules", "룰": "rules",
    "오버라이드": "override", "바이패스": "bypass", "제일브레이크": "jailbreak", "나우": "now", "디벨로퍼": "developer",
    "모드": "mode", "언필터드": "unfiltered", "노": "no", "리스트릭션스": "restrictions", "리스트릭션": "restrictions",
})
_HANGUL_ENGLISH_WORD = re.compile("|".join(sorted(_HANGUL_ENGLISH, key=len, reverse=True)))
_HANGUL_ENGLISH_STRONG = frozenset({"ignore", "disregard", "forget", "instructions", "override", "bypass", "jailbreak",
                                    "reveal", "unfiltered", "restrictions"})
# (no short common endings: 버전이 reversed is 이전버, 보고하 is 하고보)
_TELLS = re.compile("무시|지시|지침|규칙|프롬프트|시스템|제한|해제|관리자|운영자|개발자|모드로|전환|금지|"
                    "비밀|알려|보여|출력|공개|모든|전부|우회|탈옥|검열")


def unsymboled(text: str) -> str | None:
    """Symbols put between the syllables of words removed, when there are three or more of them and one word has
    two."""
    if not _BROKEN_WORD.search(text) or len(_SYMBOL_IN_WORD.findall(text)) < 3:
        return None
    return _SYMBOL_IN_WORD.sub("", text)


def composed_pairs(text: str) -> str | None:
    """Runs of jamo that make syllables (a consonant and a vowel at least), Latin vowel look-alikes included,
    composed; None when there is none."""
    if not _CONSONANT.search(text):
        return None
    typed = _VOWEL_LOOKALIKE.sub(lambda m: _VOWELS_TYPED[m.group()], text)
    composed = _JAMO_RUN.sub(lambda m: compose_jamo(m.group()) if _JAMO_PAIR.search(m.group()) else m.group(), typed)
    return composed if composed != text else None


def choseong(text: str) -> str | None:
    """Runs of 초성 words read as the attack words they spell, when at least two in a run do; else None."""
    if not _CONSONANT.search(text):
        return None
    changed = False

    def read(m: re.Match[str]) -> str:
        nonlocal changed
        words = re.split(r"([ ,.]+)", m.group())
        known = sum(w in CHOSEONG_WORDS for w in words[::2])
        if known < 2:
            return m.group()
        changed = True
        return "".join(CHOSEONG_WORDS.get(w, w) for w in words)

    read_text = _CHOSEONG_RUN.sub(read, text)
    return read_text if changed else None


def _hangul_syllable(m: re.Match[str]) -> str:
    onset, vowel, final = m.group(1) or "", m.group(2), m.group(3) or ""
    return compose_jamo(_ONSETS[onset] + _VOWELS[vowel] + (_FINALS[final] if final else ""))


def romanised(text: str) -> str | None:
    """Latin words read as romanised Korean, when at least three are and nearly all (90%) of the Latin words of
    two letters or more are whole syllables, and the reading has two or more attack words; else None."""
    words = [w for w in _LATIN_WORD.findall(text) if len(w) > 1]
    if len(words) < 3:
        return None
    misses = int(0.1 * len(words))  # English text runs out of these within a few words
    for w in words:
        if _ROMAN_WORD.fullmatch(w) is None:
            misses -= 1
            if misses < 0:
                return None
    read = _LATIN_WORD.sub(lambda m: _SYLLABLE.sub(_hangul_syllable, m.group())
                           if _ROMAN_WORD.fullmatch(m.group()) else m.group(), text)
    return read if len(_TELLS.findall(read)) >= len(_TELLS.findall(text)) + 2 else None  # the reading adds them


def hangul_english(text: str) -> str | None:
    """English attack words spelled in Hangul read back as English, when three or more are and one is a strong
    one (이그노어, 바이패스...); else None."""
    found = [_HANGUL_ENGLISH[w] for w in _HANGUL_ENGLISH_WORD.findall(text)]
    if len(found) < 3 or not _HANGUL_ENGLISH_STRONG.intersection(found):
        return None
    return _HANGUL_ENGLISH_WORD.sub(lambda m: _HANGUL_ENGLISH[m.group()], text)


def reads_backwards(text: str, back: str) -> bool:
    """Whether ``back`` (the text reversed) has more of the words attacks are made of than ``text`` has."""
    return len(_TELLS.findall(back)) > max(2 * len(_TELLS.findall(text)), 2)
