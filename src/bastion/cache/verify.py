"""Lexical verification for the semantic cache: may a cached answer to one question answer another?

Embedding similarity cannot tell "Can I expense meals without a receipt?" from the same question with a
receipt, "3일" from "5일", the Busan office from the Daegu one, or "How many vacation days do I get?" from "How
do I request vacation days?". A semantic hit is therefore served only when `verify` also finds that the two
questions are in the same language (an English question must not get a Korean answer) and agree on five things
(checked in this order; the first disagreement is the reason returned):

* **negation**: whether each question is negated (parity of the negation cues it contains). English: not, n't,
  no, never, without, none, nobody, nothing, neither, cannot, unable, impossible; phrases that are not a
  negation of the question are skipped ("or not", "not only", "no later/more/less than", "I'm not sure",
  "don't know"). "nor" is not counted: it pairs with "neither" or "not", which are. Korean with kiwipiepy:
  안/못 (MAG), 없이, 않/못하/말 (VX, "-지 마세요"), 없 (VA, but not 상관없이/관계없이), 아니 (VCN, but not 아니면
  "or else"), 불가능. Without kiwi, substring heuristics approximate the same cues.
* **number**: the sets of numbers are equal. Digits (thousands separators dropped, decimals kept, 5만/3천/1억
  and 5k expanded), English number words (one..ninety, hundred, thousand, million, dozen, half, twice,
  ordinals), Korean numerals (다섯, 두 달, 열두, 이틀, 보름; Sino-Korean 삼/오 with kiwi). The number 1 is
  ignored, since "a day", "one day" and "1 day" are the same request and 하루 is often left unsaid.
* **entity**: the named things agree. Entities are identifiers (letters with digits: X200, v2, HR-200),
  quoted strings, ALL-CAPS and camel-case tokens, capitalised words that are not common English words (the
  sentence-initial "What", "Please", "I", title-case "The" are common), every Latin word inside Korean text, and
  proper nouns (NNP) from kiwi. The rule is a symmetric difference with tolerance: an entity of one question
  that is *mentioned anywhere* in the other (case-insensitive; for words, also a shared stem of 4+ letters or
  an acronym of consecutive words, "PTO" = "paid time off") is not a difference. Any other entity on either
  side is a mismatch, so adding or dropping a proper noun ("my Jira password" vs "my password") misses: the
  more specific question may have a different answer. Names that every question implies (the company's own
  name) can be passed as ``implied`` and are then ignored.
* **question**: the kind of question. The interrogative of the question sentence (English: the last sentence
  with "?", its first wh-word, or the embedded one after "tell me / do you know / how do I find out ..."; Korean:
  the last interrogative, from kiwi's NP 누구/언제/어디/무엇, MAG 왜/어떻게/얼마나, MM 몇/어떤/무슨, NNG 얼마/며칠/
  방법/절차, or substrings without kiwi) gives a class: who, when, where, why, manner ("how do I", "what's the
  process", 어떻게 하나요, 방법), quantity ("how much is/can", 얼마), amount ("how many", 몇, bare 얼마나),
  duration ("how long", 기간이 얼마나, 얼마나 걸려요), frequency ("how often", 얼마나 자주, 주기), yes-no (an
  auxiliary first: "Can I", "Is there", "tell me if"; -나요/-ㅂ니까/-ㄴ가요 without a wh-word), what (what/which,
  뭐/어떤, 어떻게 되나요, imperatives like "Tell me the ...") or none (no question form). "what" and none agree
  with every class, since "What is the deadline?" asks what "How long do I have?" asks; other classes must be
  equal or one of the agreeing pairs in ``_AGREE`` (how/where/who to get something done; when/how long; a bare
  count with money, time or frequency). "What is the hotel cap?" is therefore never rejected against "How do I
  book a hotel?", but "How many vacation days do I get?" is against "How do I request vacation days?".
* **action**: no contrasting key actions. A short hand-written list of opposite actions on the same thing
  (book/cancel, apply/withdraw, add/remove, start/end, open/close, join/quit, lock/unlock, 예약/취소, 신청/취소,
  추가/삭제, 시작/종료, 출근/퇴근, ...) rejects "How do I book a meeting room?" against "How do I cancel a meeting
  room booking?": one question has the undoing action and the other only the action it undoes.

Analyses are cached per question text (``functools.lru_cache``, 4096 entries), so the cached side of a
comparison, which recurs, is tokenised once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

from bastion.cache.intent import (
    KO_ACTION_NOUNS,
    compatible,
    contrasting,
    english_actions,
    english_question,
    korean_actions,
    korean_question,
    korean_question_fallback,
)

_NEG_PREFIXES = ("un", "in", "im", "il", "ir", "non", "non-", "dis")
_HANGUL = re.compile(r"[가-힣]")
_IDENT = re.compile(r"(?<![A-Za-z0-9.-])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?![A-Za-z0-9])")
_QUOTED = re.compile(r"\"([^\"]{1,80})\"|“([^”]{1,80})”|「([^」]{1,80})」|(?<![\w])'([^']{1,80})'(?!\w)")
_LATIN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_KO_SCALE = re.compile(r"(\d+(?:\.\d+)?)k(?![a-z])|(\d+(?:\.\d+)?)(천|백)?\s?(만|억)?")
_NUM_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+")
_EN_NEG_SKIP = re.compile(r"\bor not\b|\bnot only\b|\bno (?:later|earlier|sooner|more|less|fewer) than\b|"
                          r"\bno\.?\s*\d|\bno (?:idea|clue)\b|"
                          r"(?:n't|\bnot)\s+(?:really\s+)?(?:know|understand|remember|recall|sure|certain|clear)\b")
_EN_NEG = re.compile(r"\b(?:not|no|never|without|none|nobody|nothing|neither|cannot|unable|impossible)\b|n't\b")
_KO_NEG_FALLBACK = re.compile(r"(?<![가-힣])(?:안|못)(?=\s|되|돼|하|해|했)|않|못하|(?<!상관|관계|빠짐|틀림)없|"
                              r"아니(?!면)|아닌|아냐|아닙|지\s?(?:마|말)|불가")
_KO_NATIVE = re.compile(r"(?<![가-힣])(열두|열한|스무|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?"
                        r"(?=달|번|명|개|시간|주|장|대|살|권|회|가지|곳|차례|분|사람|개월|해|일|박)")
_KO_DAYS: Mapping[str, int] = MappingProxyType(
    {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15})

_UNIT_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
               "sixteen seventeen eighteen nineteen")
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_EN_UNITS: Mapping[str, float] = MappingProxyType({
    **{w: i for i, w in enumerate(_UNIT_WORDS.split())}, **{w: i + 1 for i, w in enumerate(_ORDINAL_WORDS.split())},
    **{w: 10 * (i + 2) for i, w in enumerate(_TENS_WORDS.split())}, "half": 0.5})
_EN_MULT: Mapping[str, int] = MappingProxyType(
    {"hundred": 100, "dozen": 12, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000})
_KO_UNITS: Mapping[str, int] = MappingProxyType({
    "하나": 1, "한": 1, "첫": 1, "첫째": 1, "둘": 2, "두": 2, "둘째": 2, "셋": 3, "세": 3, "셋째": 3, "넷": 4,
    "네": 4, "넷째": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "일": 1, "이": 2, "삼": 3, "사": 4,
    "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9, "열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50})
_KO_MULT: Mapping[str, int] = MappingProxyType({"십": 10, "백": 100, "천": 1_000, "만": 10_000, "억": 100_000_000})
_KO_MM = frozenset({"한", "두", "세", "네", "첫", "스무"})
_KO_NOT_NEG_BEFORE_EOPS = frozenset({"상관", "관계", "빠짐", "틀림", "끊임"})
_COMMON_WORDS = """
a an the this that these those it its i me my mine we us our you your he she they them their his her
i'm i've i'd i'll it's that's there's what's where's who's how's let's we're you're they're
don't doesn't didn't can't won't isn't aren't wasn't weren't shouldn't couldn't wouldn't haven't hasn't
is are was were be been being am do does did done have has had can could will would shall should may might must
what when where who whom whose why how which whether if then than so and or but nor not no yes also just only
of to in on at by for from with without into onto about over under after before during since until within
between through per via as up down out off again any some all each every both either neither other another
there here please tell show give explain describe list find check let help need want know get got
hi hello hey dear thanks thank sorry ok okay asap fyi quick question hmm well now today tomorrow
"""
_COMMON = frozenset(_COMMON_WORDS.split())


class _Facts(NamedTuple):
    negations: int
    numbers: frozenset[float]
    entities: frozenset[str]
    lower: str
    words: tuple[str, ...]
    question: str | None
    actions: frozenset[str]


def verify(query: str, cached: str, kiwi: Any | None = None, *, implied: Collection[str] = ()) -> str | None:
    """None when a cached answer to `cached` may answer `query`; otherwise the reason it may not:
    "language", "negation", "number", "entity", "question" or "action". `kiwi` (a kiwipiepy.Kiwi) sharpens the Korean
    rules; `implied` lists entities every question implies (such as the company's name), which may be added or
    dropped freely."""
    if _korean(query) != _korean(cached):
        return "language"  # the cached answer is in the other language
    a, b = _facts(query, kiwi), _facts(cached, kiwi)
    if a.negations % 2 != b.negations % 2 or _negated_by_prefix(a.words, b.words):
        return "negation"
    if a.numbers != b.numbers:
        return "number"
    skip = {e.casefold() for e in implied}
    for x, y in ((a, b), (b, a)):
        for e in x.entities - y.entities:
            if e not in skip and not _mentioned(e, y):
                return "entity"
    if not compatible(a.question, b.question):
        return "question"
    if contrasting(a.actions, b.actions):
        return "action"
    return None


def _negated_by_prefix(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One question has "unavailable" (or in-, im-, il-, ir-, non-, dis-) where the other has "available"."""
    sa, sb = set(a), set(b)
    for x, y in ((sa, sb), (sb, sa)):
        for w in x - y:
            for prefix in _NEG_PREFIXES:
                if w.startswith(prefix) and len(w) - len(prefix) >= 4 and w[len(prefix):] in y:
                    return True
    return False


def _korean(text: str) -> bool:
    """Written in Korean (Latin names such as HR-200 or VPN inside Korean text do not change that)."""
    return len(_HANGUL.findall(text)) >= 2


@lru_cache(maxsize=4096)
def _facts(text: str, kiwi: Any | None) -> _Facts:
    """What verify() compares, for one question. Pure in (text, kiwi), so a bounded cache serves the cached
    side of repeated comparisons (and Korean is tokenised once per question rather than once per pair)."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    lower = text.casefold()
    korean = _HANGUL.search(text) is not None
    entities: set[str] = set()
    masked = lower
    for m in _IDENT.finditer(text):
        if any(c.isdigit() for c in m.group()):
            entities.add(m.group().casefold())
            masked = masked.replace(m.group().casefold(), " ", 1)
    entities.update(next(g for g in m.groups() if g).casefold().strip() for m in _QUOTED.finditer(text))
    for m in _LATIN.finditer(text):
        word = m.group()
        low = word.casefold()
        if low in _COMMON:
            continue
        if korean or word[0].isupper() or any(c.isupper() for c in word[1:]):
            entities.add(low.removesuffix("'s"))
    masked = _KO_SCALE.sub(_expand_scale, _THOUSANDS.sub("", masked))
    numbers = _english_numbers(_NUM_TOKEN.findall(masked))
    negations = len(_EN_NEG.findall(_EN_NEG_SKIP.sub(" ", lower)))
    if korean and kiwi is not None:
        tokens = [(t.form, t.tag) for t in kiwi.tokenize(text)]
        negations += _korean_negations(tokens)
        numbers |= _korean_numbers(tokens)
        entities.update(form.casefold() for form, tag in tokens if tag == "NNP")
        question = korean_question(tokens)
        actions = korean_actions(tokens)
    elif korean:
        negations += len(_KO_NEG_FALLBACK.findall(text))
        numbers |= {float(_KO_UNITS.get(m.group(1)) or 10 + _KO_UNITS[m.group(1)[1]])
                    for m in _KO_NATIVE.finditer(text)}
        numbers |= {float(v) for w, v in _KO_DAYS.items() if w in text}
        question = korean_question_fallback(text)
        actions = frozenset(label for word, label in KO_ACTION_NOUNS.items() if word in text)
    else:
        question = english_question(lower)
        actions = frozenset()
    words = tuple(w.casefold() for w in _LATIN.findall(text))
    actions |= english_actions(lower, words)
    return _Facts(negations, frozenset(numbers - {1.0}), frozenset(entities), lower, words, question, actions)


def _expand_scale(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return f" {float(m.group(1)) * 1000:.6f} "
    if m.group(3) is None and m.group(4) is None:
        return m.group(0)
    value = float(m.group(2)) * (1000 if m.group(3) == "천" else 100 if m.group(3) == "백" else 1)
    value *= 100_000_000 if m.group(4) == "억" else 10_000 if m.group(4) == "만" else 1
    return f" {value:.6f} "


def _english_numbers(tokens: list[str]) -> set[float]:
    """Digits and runs of number words ("twenty-five", "two hundred", "one and a half", "a dozen")."""
    out: set[float] = set()
    total = current = 0.0
    active = False
    for i, tok in enumerate(tokens):
        if tok[0].isdigit():
            if active:
                out.add(total + current)
            total, current, active = 0.0, float(tok), True
        elif tok in _EN_UNITS:
            current += _EN_UNITS[tok]
            active = True
        elif tok in _EN_MULT:
            scale = _EN_MULT[tok]
            if scale >= 1000:
                total, current = total + (current or 1.0) * scale, 0.0
            else:
                current = (current or 1.0) * scale
            active = True
        elif tok == "twice":
            out.add(2.0)
        elif _joins(tokens, i, active):
            continue
        elif active:
            out.add(total + current)
            total = current = 0.0
            active = False
    if active:
        out.add(total + current)
    return out


def _joins(tokens: list[str], i: int, active: bool) -> bool:
    """'a'/'an' before a number word ("a dozen", "a half") and 'and' inside one ("one and a half") join a run."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if tokens[i] in ("a", "an"):
        return nxt in _EN_UNITS or nxt in _EN_MULT
    return tokens[i] == "and" and active and (nxt in ("a", "an") or nxt in _EN_UNITS)


def _korean_negations(tokens: list[tuple[str, str]]) -> int:
    count = 0
    for i, (form, tag) in enumerate(tokens):
        prev = tokens[i - 1][0] if i else ""
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if ((tag == "MAG" and form in ("안", "못", "없이") and prev not in _KO_NOT_NEG_BEFORE_EOPS)
                or (tag == "VX" and form in ("않", "못하", "말"))
                or (tag == "VA" and form == "없" and prev not in _KO_NOT_NEG_BEFORE_EOPS)
                or (tag == "VCN" and form == "아니" and nxt != "면")
                or (tag == "XPN" and form == "불" and nxt.startswith("가능"))
                or (tag.startswith("NN") and form.startswith("불가"))):
            count += 1
    return count


def _korean_numbers(tokens: list[tuple[str, str]]) -> set[float]:
    """Korean numerals from kiwi's NR and MM morphemes and the day counts (이틀, 보름); digits are done already."""
    out: set[float] = set()
    total = current = 0.0
    active = after_digits = False
    for form, tag in tokens:
        numeral = (tag == "NR" and (form in _KO_UNITS or form in _KO_MULT)) or (tag == "MM" and form in _KO_MM)
        if numeral and not (after_digits and form in _KO_MULT):
            if form in _KO_UNITS:
                current += _KO_UNITS[form]
            elif _KO_MULT[form] >= 10_000:
                total, current = total + (current or 1.0) * _KO_MULT[form], 0.0
            else:
                current = (current or 1.0) * _KO_MULT[form]
            active = True
            continue
        after_digits = tag == "SN" or (after_digits and numeral)
        if active:
            out.add(total + current)
            total = current = 0.0
            active = False
        if tag.startswith("NN") and form in _KO_DAYS:
            out.add(float(_KO_DAYS[form]))
    if active:
        out.add(total + current)
    return out


def _mentioned(entity: str, other: _Facts) -> bool:
    """Whether `entity` of one question appears in the other one (see the module docstring)."""
    if not entity.isascii() or not entity.isalpha():
        return entity in other.lower
    for w in other.words:
        if w == entity or (min(len(w), len(entity)) >= 4 and (w.startswith(entity) or entity.startswith(w))):
            return True
    n = len(entity)
    if n < 2:
        return False
    ws = other.words
    return any(all(ws[i + j][0] == entity[j] for j in range(n)) and not all(w in _COMMON for w in ws[i:i + n])
               for i in range(len(ws) - n + 1))
