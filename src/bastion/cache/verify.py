"""Lexical verification for the semantic cache: may a cached answer to one question answer another?

Embedding similarity cannot tell "Can I expense meals without a receipt?" from the same question with a
receipt, "3일" from "5일", the Busan office from the Daegu one, or "How many vacation days do I get?" from "How
do I request vacation days?". A semantic hit is therefore served only when `verify` also finds that the two
questions agree on five things (checked in this order; the first disagreement is the reason returned):

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
    "negation", "number", "entity", "question" or "action". `kiwi` (a kiwipiepy.Kiwi) sharpens the Korean
    rules; `implied` lists entities every question implies (such as the company's name), which may be added or
    dropped freely."""
    a, b = _facts(query, kiwi), _facts(cached, kiwi)
    if a.negations % 2 != b.negations % 2:
        return "negation"
    if a.numbers != b.numbers:
        return "number"
    skip = {e.casefold() for e in implied}
    for x, y in ((a, b), (b, a)):
        for e in x.entities - y.entities:
            if e not in skip and not _mentioned(e, y):
                return "entity"
    if not _compatible(a.question, b.question):
        return "question"
    if _contrasting(a.actions, b.actions):
        return "action"
    return None


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
        question = _korean_question(tokens)
        actions = _korean_actions(tokens)
    elif korean:
        negations += len(_KO_NEG_FALLBACK.findall(text))
        numbers |= {float(_KO_UNITS.get(m.group(1)) or 10 + _KO_UNITS[m.group(1)[1]])
                    for m in _KO_NATIVE.finditer(text)}
        numbers |= {float(v) for w, v in _KO_DAYS.items() if w in text}
        question = _korean_question_fallback(text)
        actions = frozenset(label for word, label in _KO_ACTION_NOUNS.items() if word in text)
    else:
        question = _english_question(lower)
        actions = frozenset()
    words = tuple(w.casefold() for w in _LATIN.findall(text))
    actions |= _english_actions(lower, words)
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


# -- the kind of question ---------------------------------------------------------------------------------------
# Classes: "who", "when", "where", "why", "manner" (how to), "quantity" (a value: how much is/does/can),
# "amount" (a count or size that may be money or time: how many, 몇, bare 얼마나), "duration", "frequency",
# "yesno" and "what" (what/which/뭐/어떤/어떻게 되나요, or no question form at all: None). "what" and None agree
# with everything. Two different specific classes agree only when listed here: the ways to get something
# done ("How do I ...", "Where do I ...", "Who gives me ..."), the durations and dates ("When does probation end"
# / "How long is probation"), and a bare count with whatever it counts.
_AGREE = frozenset(frozenset(p) for p in (
    ("manner", "where"), ("manner", "who"), ("where", "who"), ("when", "duration"), ("when", "amount"),
    ("amount", "quantity"), ("amount", "duration"), ("amount", "frequency")))
_GENERIC = frozenset({None, "what"})

_EN_AUX = re.compile(r"(?:is|are|am|was|were|can|could|do|does|did|may|might|should|shall|will|would|have|has|"
                     r"must|isn't|aren't|can't|don't|doesn't|didn't|won't|wouldn't|shouldn't|couldn't|any)\b")
_EN_THERE_IS = re.compile(r"(?:is|are) there (?:a|an|any) (?:\w+ )?(?:(way|process|procedure|method)|"
                          r"(limit|cap|maximum|max|minimum|budget))\b")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_EN_LEAD = re.compile(r"^(?:(?:so|and|but|also|ok|okay|hi|hello|hey|please|quick question|sorry|thanks)\b[,:!]?\s*)+|"
                      r"^(?:if|when|whenever|once|after|before|while|in case)\s+(?:i|we|you|my|our|the|a|an|"
                      r"someone|an? employee|employees|it|they|he|she|there)\b[^,?]*,\s*")
_EN_WH = re.compile(r"\b(?:who|whom|whose|when|where|why|how|what|which)\b")
_EN_EMBED = re.compile(r"\b(?:know|tell (?:me|us)|explain|show (?:me|us)|find out|figure out|check|see|learn|"
                       r"wonder(?:ing)?|ask(?:ing)?|sure|idea|understand|clarify|describe|remind (?:me|us)|"
                       r"let (?:me|us) know)\s+(?:about\s+)?"
                       r"(who|whom|whose|when|where|why|how|what|which|if|whether)\b")
_EN_HOW_EMBED = re.compile(r"how (?:do|can|could|would|should|will) (?:i|we|you|one) (?:find out|know|check|see|"
                           r"tell|figure out|learn)\s+(?:who|whom|whose|when|where|why|what|which|how|if|whether)\b")
_EN_IMPERATIVE = re.compile(r"(?:tell|explain|describe|show|list|give|share|send|provide|let)\b")
_EN_CLASSES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), c) for p, c in (
    (r"who|whom|whose", "who"),
    (r"when\b|what time|(?:what|which) (?:day|date|month|year|week)\b", "when"),
    (r"where", "where"),
    (r"why|how come|what(?:'s| is) the reason|what reason|what causes", "why"),
    (r"how (?:often|frequently|many times)", "frequency"),
    (r"how long", "duration"),
    (r"how soon", "when"),
    (r"how much (?:is|are|was|were|does|do|did|will|would|can|could|should|may|might|must|i|we|you|they|it|"
     r"money)\b", "quantity"),
    (r"how (?:many|much|far|big|large|heavy|old|fast|high|tall|wide|deep)\b", "amount"),
    (r"how\b", "manner"),
    (r"(?:what|which)(?:'s| is| are| was| were)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
     r"(?:process|procedure|steps?|ways?|method|instructions?)\b", "manner"),
    (r"what (?:do|should|must|can|shall) (?:i|we|you) (?:(?:need|have) to )?do\b", "manner"),
))


def _compatible(a: str | None, b: str | None) -> bool:
    return a == b or a in _GENERIC or b in _GENERIC or frozenset((a, b)) in _AGREE


def _english_question(lower: str) -> str | None:
    """The class of the question sentence (the last one with '?', else the first that has a class)."""
    sentences = [x.strip() for x in _SENTENCE_END.split(lower) if x.strip()]
    asked = [x for x in sentences if x.endswith("?")]
    if asked:
        return _english_sentence(asked[-1])
    return next((c for c in map(_english_sentence, sentences) if c is not None), None)


def _english_sentence(s: str) -> str | None:
    s = _EN_LEAD.sub("", s)
    embed = _EN_EMBED.search(s)
    if _EN_AUX.match(s):
        if embed:
            return _english_wh(s[embed.start(1):])
        there = _EN_THERE_IS.match(s)  # "Is there a way to ...": how; "Is there a limit on ...": what is the limit
        return "yesno" if there is None else "manner" if there.group(1) else "what"
    first = _EN_WH.search(s)
    if embed and (first is None or embed.start() < first.start() or _EN_HOW_EMBED.match(s, first.start())):
        return _english_wh(s[embed.start(1):])
    if first is None:
        return "what" if _EN_IMPERATIVE.match(s) else None
    return _english_wh(s[first.start():])


def _english_wh(t: str) -> str:
    """The class of the interrogative `t` starts with ("if"/"whether" of an embedded question: yes-no)."""
    if t.startswith(("if", "whether")):
        return "yesno"
    return next((c for p, c in _EN_CLASSES if p.match(t)), "what")


_KO_NOT_WH_AFTER = frozenset({"나", "도", "든", "든지", "든가", "라도", "이나", "이든", "이든지"})
_KO_TIME_NOUNS = frozenset({"기간", "시간", "동안", "기한", "오래"})
_KO_MONEY_NOUNS = frozenset({"급여", "월급", "연봉", "비용", "금액", "돈", "수당", "보너스", "성과급", "가격", "요금",
                             "비", "식대", "지원금", "보상금", "경조금", "수수료", "보험료", "세금", "한도", "잔액"})
_KO_MANNER_NOUNS = frozenset({"방법", "절차", "사용법", "방식", "순서", "과정"})
_KO_NOUN_TAGS = frozenset({"NNG", "NNB", "NNP", "NP"})
_KO_ASKING_ENDINGS = frozenset({"나요", "ᆸ니까", "습니까", "ᆫ가요", "ᆫ가", "가요", "니", "냐", "나", "까", "ᆯ까요",
                                "을까요", "ᆯ까", "을까", "죠", "지요"})


def _korean_question(tokens: list[tuple[str, str]]) -> str | None:
    """The class of the last interrogative (Korean puts the main clause last: "어디쯤 왔는지 확인하는 방법")."""
    found: str | None = None
    n = len(tokens)
    for i, (form, tag) in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < n else ("", "")
        after = tokens[i + 2] if i + 2 < n else ("", "")
        indefinite = nxt[0] in _KO_NOT_WH_AFTER or after[0].startswith("든")  # 누구나, 언제든지
        c: str | None = None
        if tag in ("NP", "MAG") and form in ("누구", "언제", "어디") and not indefinite:
            c = {"누구": "who", "언제": "when", "어디": "where"}[form]
        elif tag == "MAG" and form in ("왜", "어째서"):
            c = "why"
        elif form == "어떻게" or (form == "어떻" and nxt[0] == "게"):
            then = after if form == "어떻" else nxt
            procedure = any(f in _KO_MANNER_NOUNS for f, _ in tokens[max(0, i - 3):i])  # 절차가 어떻게 되나요
            c = "what" if then[0] == "되" and not procedure else "manner"
        elif (tag == "NNG" and form in _KO_MANNER_NOUNS) or (tag == "NNB" and form == "법"):
            c = "manner"
        elif form == "얼마나" and tag == "MAG":
            c = _korean_how_much(tokens, i)
        elif form == "얼마" and tag.startswith("N"):
            c = "duration" if nxt[0] == "동안" else "quantity"
        elif form == "몇" and tag in ("MM", "NR"):
            c = "when" if nxt[0] in ("시", "월") else "amount"
        elif form == "며칠" and tag.startswith("N"):
            c = "when" if nxt[0] == "에" else "amount"
        elif (tag == "NP" and form in ("무엇", "뭐")) or (tag == "MM" and form in ("어떤", "무슨", "어느")):
            c = "what"
        if c is not None:
            found = c
    if found is not None:
        return found
    return "yesno" if _korean_asks(tokens) else None


def _korean_how_much(tokens: list[tuple[str, str]], i: int) -> str:
    """얼마나: how often (자주), how long (오래, 걸리다, or after 기간/시간), how much money (after 급여/비용/...)."""
    following = [f for f, _ in tokens[i + 1:i + 3]]
    if "자주" in following:
        return "frequency"
    if "오래" in following or "걸리" in following:
        return "duration"
    for form, tag in reversed(tokens[max(0, i - 4):i]):
        if tag in _KO_NOUN_TAGS:
            if form in _KO_TIME_NOUNS:
                return "duration"
            if form == "주기":
                return "frequency"
            if form in _KO_MONEY_NOUNS or form.endswith(("비", "금", "료", "값")):
                return "quantity"
            break
    return "amount"


def _korean_asks(tokens: list[tuple[str, str]]) -> bool:
    """A yes-no question: the last sentence ends in an asking ending, or in any sentence ending before '?'
    (not an elliptical "받으려면요?" / "기간은요?" / "한도는?")."""
    asked = bool(tokens) and tokens[-1][0].endswith("?")
    rest = [t for t in tokens if t[1] != "SF"] if asked else tokens
    while rest and rest[-1][1].startswith("S"):
        rest.pop()
    if rest and rest[-1] == ("요", "JX"):
        rest.pop()
    if not rest or rest[-1][1] != "EF":
        return False
    return rest[-1][0] in _KO_ASKING_ENDINGS or (asked and rest[-1][0] != "요")


_KO_FALLBACK_CLASSES = re.compile(
    r"(?P<who>누구(?![나도든])|누가)|(?P<when>언제(?!든|나)|몇\s?시(?!간)|몇\s?월|며칠에)|(?P<where>어디(?!든|나))|"
    r"(?P<why>(?<![가-힣])왜|어째서)|(?P<frequency>얼마나\s?자주|주기가?\s?얼마나)|"
    r"(?P<duration>얼마나\s?(?:오래|걸)|(?:기간|시간|동안|기한)[이가은는]?\s?얼마나|얼마\s?동안)|"
    r"(?P<quantity>(?:급여|월급|연봉|비용|금액|돈|수당|보너스|가격|요금|비|금|료|값|한도|잔액)[이가은는]?\s?얼마나|"
    r"얼마(?!나))|(?P<amount>얼마나|몇|며칠)|(?P<what>어떻게\s?(?:되|돼|됩)|무엇|뭐|무슨|어떤|어느)|"
    r"(?P<manner>(?:방법|절차|순서|과정)[이가은는]?\s?어떻게\s?(?:되|돼|됩)|어떻게|방법|절차|사용법|[는은]\s?법[을이]?(?![가-힣]))")
_KO_FALLBACK_ASKS = re.compile(r"(?:나요|니까|가요|까요|[니냐나까])\s*\??\s*$")
_KO_FALLBACK_ELLIPTICAL = re.compile(r"[면은는을를]요?\s*\?\s*$")


def _korean_question_fallback(text: str) -> str | None:
    """Without kiwi: the last interrogative found by substring, else yes-no from the sentence ending."""
    found = [m.lastgroup for m in _KO_FALLBACK_CLASSES.finditer(text)]
    if found:
        return found[-1]
    text = text.strip()
    asks = _KO_FALLBACK_ASKS.search(text) or (text.endswith("?") and not _KO_FALLBACK_ELLIPTICAL.search(text))
    return "yesno" if asks else None


# -- the key action ---------------------------------------------------------------------------------------------
# Contrasting actions on the same thing: "book a meeting room" / "cancel a meeting room booking". A pair
# (x, y, marked) contrasts when one question has y and the other has x but not y; for a "marked" y (an action
# that undoes x: cancel, remove, unlock) the y side may mention x too ("cancel my booking"), for a symmetric
# pair (start / end) it may not.
_EN_ACTION_FORMS = """
book: book books booked booking bookings reserve reserves reserved reserving reservation reservations
cancel: cancel cancels cancelled canceled cancelling canceling cancellation
register: register registers registered registering registration enroll enrol enrolls enrolled enrolling enrollment
register: subscribe subscribes subscribed subscribing
unregister: unsubscribe unsubscribed unregister unregistered deregister deregistered unenroll
apply: apply applies applied applying
withdraw: withdraw withdraws withdrew withdrawn withdrawing
start: start starts started starting begin begins began beginning
end: end ends ended ending stop stops stopped stopping finish finishes finished
open: open opens opened opening
close: close closes closed closing closure
add: add adds added adding
remove: remove removes removed removing delete deletes deleted deleting
install: install installs installed installing
uninstall: uninstall uninstalls uninstalled uninstalling
increase: increase increases increased increasing
decrease: decrease decreases decreased decreasing reduce reduces reduced reducing
join: join joins joined joining
quit: quit quits quitting resign resigns resigned resigning
enable: enable enables enabled enabling activate activated
disable: disable disables disabled disabling deactivate deactivated
lock: lock locks locking
unlock: unlock unlocks unlocked unlocking
upload: upload uploads uploaded uploading
download: download downloads downloaded downloading
buy: buy buys bought buying purchase purchases purchased
sell: sell sells sold selling
lend: lend lends lent lending
borrow: borrow borrows borrowed borrowing
approve: approve approves approved approving
reject: reject rejects rejected rejecting deny denies denied decline declines declined
"""
_EN_ACTION_WORDS: Mapping[str, str] = MappingProxyType(
    {w: label for line in _EN_ACTION_FORMS.strip().splitlines() for label, _, forms in [line.partition(":")]
     for w in forms.split()})
_EN_ACTION_PHRASES = re.compile(r"\b(?:(turn(?:s|ed|ing)? on)|(turn(?:s|ed|ing)? off)|((?:log|sign)(?:s|ged|ed|ging|"
                                r"ing)? ?in|login)|((?:log|sign)(?:s|ged|ed|ging|ing)? ?out|logout))\b")
_KO_ACTION_NOUNS: Mapping[str, str] = MappingProxyType({
    "예약": "book", "취소": "cancel", "신청": "apply", "철회": "withdraw", "등록": "register", "해지": "unregister",
    "가입": "join", "탈퇴": "quit", "입사": "join", "퇴사": "quit", "추가": "add", "삭제": "remove", "제거": "remove",
    "설치": "install", "시작": "start", "종료": "end", "출근": "clock-in", "퇴근": "clock-out", "승인": "approve",
    "반려": "reject", "거절": "reject", "인상": "increase", "인하": "decrease", "증가": "increase", "감소": "decrease",
    "발급": "issue", "반납": "return", "업로드": "upload", "다운로드": "download", "구매": "buy", "판매": "sell"})
_KO_ACTION_VERBS: Mapping[str, str] = MappingProxyType(
    {"켜": "enable", "끄": "disable", "열": "open", "닫": "close", "늘리": "increase", "줄이": "decrease"})
_CONTRASTS: tuple[tuple[str, str, bool], ...] = (
    ("book", "cancel", True), ("apply", "cancel", True), ("register", "cancel", True), ("register", "unregister", True),
    ("apply", "withdraw", True), ("add", "remove", True), ("install", "remove", True), ("install", "uninstall", True),
    ("lock", "unlock", True), ("start", "end", False), ("open", "close", False), ("increase", "decrease", False),
    ("join", "quit", False), ("enable", "disable", False), ("upload", "download", False), ("buy", "sell", False),
    ("lend", "borrow", False), ("approve", "reject", False), ("login", "logout", False),
    ("clock-in", "clock-out", False), ("issue", "return", False))


def _english_actions(lower: str, words: tuple[str, ...]) -> frozenset[str]:
    found = {_EN_ACTION_WORDS[w] for w in words if w in _EN_ACTION_WORDS}
    if "turn" in lower or "log" in lower or "sign" in lower:
        for m in _EN_ACTION_PHRASES.finditer(lower):
            found.add(("enable", "disable", "login", "logout")[(m.lastindex or 1) - 1])
    return frozenset(found)


def _korean_actions(tokens: list[tuple[str, str]]) -> frozenset[str]:
    found = set()
    for form, tag in tokens:
        if tag.startswith("NN") and form in _KO_ACTION_NOUNS:
            found.add(_KO_ACTION_NOUNS[form])
        elif tag.startswith("VV") and form in _KO_ACTION_VERBS:
            found.add(_KO_ACTION_VERBS[form])
    return frozenset(found)


def _contrasting(a: frozenset[str], b: frozenset[str]) -> bool:
    for x, y, marked in _CONTRASTS:
        for p, q in ((a, b), (b, a)):
            if y in p and y not in q and x in q and (marked or x not in p):
                return True
    return False
