"""What a question asks and what it would have done, for the cache's verification (:mod:`bastion.cache.verify`):
the kind of question (who, when, where, why, how to, how much, how long, yes/no, or the generic what) and the key
action (book or cancel, add or remove, 신청 or 취소). Korean uses kiwipiepy's (form, tag) tokens when available."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

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


def compatible(a: str | None, b: str | None) -> bool:
    return a == b or a in _GENERIC or b in _GENERIC or frozenset((a, b)) in _AGREE


def english_question(lower: str) -> str | None:
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


def korean_question(tokens: list[tuple[str, str]]) -> str | None:
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


def korean_question_fallback(text: str) -> str | None:
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
KO_ACTION_NOUNS: Mapping[str, str] = MappingProxyType({
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


def english_actions(lower: str, words: tuple[str, ...]) -> frozenset[str]:
    found = {_EN_ACTION_WORDS[w] for w in words if w in _EN_ACTION_WORDS}
    if "turn" in lower or "log" in lower or "sign" in lower:
        for m in _EN_ACTION_PHRASES.finditer(lower):
            found.add(("enable", "disable", "login", "logout")[(m.lastindex or 1) - 1])
    return frozenset(found)


def korean_actions(tokens: list[tuple[str, str]]) -> frozenset[str]:
    found = set()
    for form, tag in tokens:
        if tag.startswith("NN") and form in KO_ACTION_NOUNS:
            found.add(KO_ACTION_NOUNS[form])
        elif tag.startswith("VV") and form in _KO_ACTION_VERBS:
            found.add(_KO_ACTION_VERBS[form])
    return frozenset(found)


def contrasting(a: frozenset[str], b: frozenset[str]) -> bool:
    for x, y, marked in _CONTRASTS:
        for p, q in ((a, b), (b, a)):
            if y in p and y not in q and x in q and (marked or x not in p):
                return True
    return False
