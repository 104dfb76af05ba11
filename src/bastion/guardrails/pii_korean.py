"""Korean (and a few generic) PII recognizers for Presidio.

Detection is plain Python (``*Detector`` classes with ``detect(text) -> list[Detection]``) so it can be tested and
imported without Presidio, whose import pulls spaCy in (seconds). :func:`korean_recognizers` and
:func:`generic_recognizers` wrap the detectors in Presidio ``LocalRecognizer`` subclasses with
``supported_language="en"``: Korean text goes through the same English ``AnalyzerEngine`` pass.

Scores follow one scheme: a number whose checksum or structure validates scores high on its own; a shape that
is ambiguous (bare digit runs, passports, licences) scores low and is raised by nearby context words
(주민등록번호, 여권, 운전면허, 계좌...). The recognizers do their own context search on the raw text (Korean
particles attach to the word, so Presidio's lemma-based enhancer would not see "주민번호는"); they declare no
Presidio ``context``, so scores are not boosted twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, ClassVar

KOREAN_ENTITIES: tuple[str, ...] = ("KR_RRN", "KR_ARN", "KR_PHONE", "KR_BRN", "KR_PASSPORT", "KR_DRIVER_LICENSE",
                                    "KR_BANK_ACCOUNT", "KR_ADDRESS", "KR_PERSON")
GENERIC_ENTITIES: tuple[str, ...] = ("URL_WITH_CREDENTIALS",)

# digit runs must not be part of a longer number or identifier (Hangul may touch them: "번호900101-...")
NB = r"(?<![0-9A-Za-z])(?<![0-9][-.])"
NA = r"(?![0-9])(?![-.][0-9])"


@dataclass(frozen=True, slots=True)
class Detection:
    entity: str
    start: int
    end: int
    score: float
    reason: str  # why this score: "checksum", "context:여권", ...


class Context:
    """Words that make a match more likely when they occur shortly before (or after) it. Plain substring
    search on the raw text, case-insensitive; entries are regular-expression fragments."""

    __slots__ = ("after", "before", "rx")

    def __init__(self, words: tuple[str, ...], before: int = 40, after: int = 20) -> None:
        self.rx = re.compile("|".join(sorted(words, key=len, reverse=True)), re.IGNORECASE)
        self.before = before
        self.after = after

    def near(self, text: str, start: int, end: int) -> str | None:
        m = self.rx.search(text, max(0, start - self.before), start) or self.rx.search(text, end, end + self.after)
        return m.group() if m else None


class RegexDetector:
    """One pattern, one entity; ``judge`` scores a match (or drops it by returning ``None``)."""

    entity: ClassVar[str]
    pattern: ClassVar[re.Pattern[str]]
    context: ClassVar[Context]

    def detect(self, text: str) -> list[Detection]:
        out = []
        for m in self.pattern.finditer(text):
            found = self.judge(text, m)
            if found is not None:
                score, reason = found
                out.append(Detection(self.entity, m.start(), m.end(), round(min(score, 1.0), 3), reason))
        return out

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        raise NotImplementedError

    def with_context(self, text: str, m: re.Match[str], plain: float | None, boosted: float,
                     why: str) -> tuple[float, str] | None:
        """``boosted`` when a context word is near, else ``plain`` (``None``: drop without context)."""
        word = self.context.near(text, m.start(), m.end())
        if word is not None:
            return boosted, f"{why}+context:{word}"
        return None if plain is None else (plain, why)


# --- resident / alien registration numbers ------------------------------------------------------------------

_RRN_RX = re.compile(NB + r"(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])( ?[-\u2013] ?|)([0-9])(\d{6})" + NA)
_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_CENTURY = MappingProxyType({"9": 1800, "0": 1800, "1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000,
                             "7": 2000, "8": 2000})


def registration_checksum(digits: str, foreigner: bool = False) -> int:
    """The check digit of a 13-digit resident (or alien) registration number, from its first 12 digits."""
    s = sum(int(d) * w for d, w in zip(digits[:12], _RRN_WEIGHTS, strict=True))
    return ((13 if foreigner else 11) - s % 11) % 10


def _birth_date_ok(yy: str, mm: str, dd: str, gender: str) -> bool:
    try:
        born = date(_CENTURY[gender] + int(yy), int(mm), int(dd))
    except ValueError:
        return False
    return born <= date.today()


class RrnDetector(RegexDetector):
    """YYMMDD-GNNNNNC. Numbers issued since October 2020 carry no checksum, so a valid date with a wrong check
    digit is still reported, at a lower score and only next to a context word."""

    entity = "KR_RRN"
    pattern = _RRN_RX
    genders: ClassVar[str] = "123490"
    foreigner: ClassVar[bool] = False
    context = Context(("주민등록", "주민 ?번호", "주민등록번호", "resident registration", r"\brrn\b", "생년월일"))

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        yy, mm, dd, sep, gender, rest = m.groups()
        if gender not in self.genders or not _birth_date_ok(yy, mm, dd, gender):
            return None
        digits = yy + mm + dd + gender + rest
        valid = registration_checksum(digits, self.foreigner) == int(digits[12])
        if valid:
            return self.with_context(text, m, 0.95 if sep else 0.8, 1.0, "checksum")
        return self.with_context(text, m, None, 0.65 if sep else 0.5, "date")


class ArnDetector(RrnDetector):
    """Alien registration number: same shape, gender digit 5-8, check digit (13 - s mod 11) mod 10."""

    entity = "KR_ARN"
    genders = "5678"
    foreigner = True
    context = Context(("외국인 ?등록", "외국인 ?번호", "등록번호", "주민등록", "주민 ?번호", "alien registration",
                       r"\barc\b", r"\barn\b", "residence card"))


# --- phone numbers --------------------------------------------------------------------------------------------

_AREA = r"0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])"
_PHONE_RX = re.compile(
    r"(?P<intl>\+82[-. ]?(?:\(0\)|0)?(?P<icode>1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)[-. ]?\d{3,4}[-. ]?\d{4})"
    + NA
    + r"|" + NB + r"(?:(?P<mobile>01[016789])(?P<ms>[-. ]?)(?P<mmid>\d{3,4})(?P=ms)\d{4}"
    r"|(?P<area>\(" + _AREA + r"\)|" + _AREA + r")(?P<ls>\)?[-. ]?)\d{3,4}[-. ]\d{4}"
    r"|(?P<rep>1[568]\d{2})[-. ]\d{4})" + NA
)


class PhoneDetector(RegexDetector):
    """Mobile (010, 011, 016-019), landline (02, 031-064, 070, 050x), 1588-style and +82 numbers."""

    entity = "KR_PHONE"
    pattern = _PHONE_RX
    context = Context(("전화", "연락처", "휴대폰", "핸드폰", "휴대전화", "폰번호", "번호", "문의", "콜센터", r"\btel\b",
                       r"\bphone\b", r"\bmobile\b", r"\bcall\b", "fax", "팩스"), before=30, after=10)

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        if m.group("intl"):
            score, why = (0.85, "intl-mobile") if m.group("icode").startswith("1") else (0.75, "intl-landline")
        elif m.group("mobile"):
            if m.group("mobile") == "010" and len(m.group("mmid")) != 4:
                return None
            bare = not m.group("ms")
            score, why = (0.6 if m.group("mobile") == "010" else 0.4, "mobile-bare") if bare else (0.8, "mobile")
        elif m.group("area"):
            score, why = 0.65, "landline"
        else:
            score, why = 0.4, "representative"
        return self.with_context(text, m, score, score + 0.15, why)


# --- business registration, passport, driver licence -------------------------------------------------------

_BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def brn_checksum(digits: str) -> int:
    """Check digit of a business registration number (사업자등록번호) from its first 9 digits."""
    s = sum(int(d) * w for d, w in zip(digits[:9], _BRN_WEIGHTS, strict=True)) + int(digits[8]) * 5 // 10
    return (10 - s % 10) % 10


class BrnDetector(RegexDetector):
    entity = "KR_BRN"
    pattern = re.compile(NB + r"(\d{3})(-?)(\d{2})\2(\d{5})" + NA)
    context = Context(("사업자 ?등록", "사업자 ?번호", "사업자", "business registration", r"\bbrn\b", "법인", "상호",
                       "등록번호"))

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        digits = m.group(1) + m.group(3) + m.group(4)
        if brn_checksum(digits) != int(digits[9]) or digits[3:5] == "00":
            return None
        return self.with_context(text, m, 0.85 if m.group(2) else None, 1.0 if m.group(2) else 0.7, "checksum")


class PassportDetector(RegexDetector):
    """M/S/R/O/D(/G) + 8 digits, or the 2021 format letter + 3 digits + letter + 4 digits (M123A4567). Alone it
    looks like any product code, so it needs 여권/passport nearby to score high."""

    entity = "KR_PASSPORT"
    pattern = re.compile(r"(?<![0-9A-Za-z])[MSRODG](?:\d{8}|(\d{3}[A-Z]\d{4}))(?![0-9A-Za-z])")
    context = Context(("여권", "passport", "旅券"), before=40, after=20)

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        return self.with_context(text, m, 0.3 if m.group(1) else 0.15, 0.85, "new-format" if m.group(1) else "shape")


_DL_REGIONS = frozenset({*(str(n) for n in range(11, 27)), "28"})
_DL_REGION_NAMES = ("서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구",
                    "인천", "광주", "대전", "울산", "경기남부", "경기북부")


class DriverLicenseDetector(RegexDetector):
    """NN-NN-NNNNNN-NN with a valid region code (11-26, 28), or the region spelled out (서울 12-345678-90)."""

    entity = "KR_DRIVER_LICENSE"
    pattern = re.compile(
        r"(?:(?P<name>" + "|".join(sorted(_DL_REGION_NAMES, key=len, reverse=True)) + r") ?|" + NB + r"(?P<code>\d{2})"
        r"(?P<s>[- ]?))(\d{2})(?(s)(?P=s)|[- ]?)\d{6}(?(s)(?P=s)|[- ]?)\d{2}" + NA)
    context = Context(("운전 ?면허", "면허 ?번호", "면허증", "driver'?s? licen[cs]e", "driving licen[cs]e"))

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        if m.group("name"):
            return self.with_context(text, m, 0.6, 0.95, "region-name")
        if m.group("code") not in _DL_REGIONS:
            return None
        return self.with_context(text, m, 0.45 if m.group("s") else None, 0.9 if m.group("s") else 0.7, "region")


# --- bank accounts ----------------------------------------------------------------------------------------------

_BANK_WORDS = ("계좌", "입금", "송금", "이체", "예금주", "무통장", "은행", "뱅크", "국민은행", "신한", "우리은행",
               "하나은행", "농협", "기업은행", "카카오뱅크", "토스뱅크", "케이뱅크", "새마을금고", "우체국", "수협",
               "신협", "SC제일", "씨티", r"\bIBK\b", r"\bKB\b", r"\bNH\b", r"\baccount\b", r"\bacct\b",
               r"\bbank\b", r"\bdeposit\b", r"\bwire\b", r"\btransfer\b")
_PHONE_SHAPE = re.compile(r"(?:01[016789]|" + _AREA + r")-\d{3,4}-\d{4}")
_OTHER_NUMBER = re.compile(r"(?:주문|송장|운송장|회원|고객|상품|예약|접수|사건|문서|카드|쿠폰|승인|거래|사업자|전화"
                           r"|휴대폰|order|tracking|invoice|ticket|card)\s*(?:번호|no\.?|number|#)?\s*[:\uff1a#]?\s*$",
                           re.IGNORECASE)


class BankAccountDetector(RegexDetector):
    """Hyphenated digit groups (10-14 digits: 123456-01-123456, 110-123-456789, 3333-01-1234567...) next to a
    banking word, or a bare 10-14 digit run next to 계좌/예금주/account. Phone- and RRN-shaped numbers are left
    to those recognizers, and a number labelled as something else (주문번호 ..., 회원번호 ...) is not an account."""

    entity = "KR_BANK_ACCOUNT"
    pattern = re.compile(NB + r"(?:\d{2,6}(?:-\d{2,7}){1,3}|\d{10,14})" + NA)
    context = Context(_BANK_WORDS, before=30, after=15)
    strong = Context(("계좌", "예금주", r"\baccount\b", r"\bacct\b"), before=30, after=15)

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        value = m.group()
        digits = value.replace("-", "")
        if not 10 <= len(digits) <= 14 or _PHONE_SHAPE.fullmatch(value) or _RRN_RX.fullmatch(value):
            return None
        if _OTHER_NUMBER.search(text, max(0, m.start() - 12), m.start()):
            return None
        if "-" in value:
            return self.with_context(text, m, None, 0.75, "groups")
        word = self.strong.near(text, m.start(), m.end())
        return None if word is None else (0.55, f"bare+context:{word}")


# --- generic ----------------------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"(?i)^(?:password|passwd|pass|pwd|secret|changeme|x+|\*+|<[^>]*>|\$\{[^}]*\}|\{\{.*\}\})$")


class CredentialsUrlDetector(RegexDetector):
    """scheme://user:password@host[...] (the user may be empty, as in redis://:password@host): the whole URL is
    reported, any scheme (https, postgres, redis, amqp, ftp...), without trailing punctuation."""

    entity = "URL_WITH_CREDENTIALS"
    pattern = re.compile(
        r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,20}://([^\s:/@?#]{0,128}):([^\s@/?#]{1,256})@"
        r"[^\s/?#\"'<>@]{1,253}(?:[/?#][^\s\"'<>]{0,2048})?(?<![.,;:!?)\]])")
    context = Context(("url",))

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        if _PLACEHOLDER.match(m.group(2)):
            return 0.5, "placeholder-password"
        return 0.95, "userinfo"


# --- Presidio adapters --------------------------------------------------------------------------------------------


def korean_detectors(kiwi: Any) -> list[Any]:
    """The detectors behind :func:`korean_recognizers` (no Presidio needed)."""
    from bastion.guardrails.pii_korean_text import AddressDetector, PersonDetector

    detectors: list[Any] = [RrnDetector(), ArnDetector(), PhoneDetector(), BrnDetector(), PassportDetector(),
                            DriverLicenseDetector(), BankAccountDetector(), AddressDetector()]
    if kiwi is not None:
        detectors.append(PersonDetector(kiwi))
    return detectors


def korean_recognizers(kiwi: Any) -> list[Any]:
    """One Presidio ``EntityRecognizer`` per entity in :data:`KOREAN_ENTITIES`. ``kiwi`` is a loaded
    ``kiwipiepy.Kiwi`` (``Resources.kiwi``), used for person names only; with ``None`` there is no KR_PERSON."""
    return [as_recognizer(d) for d in korean_detectors(kiwi)]


def generic_recognizers() -> list[Any]:
    """Recognizers for :data:`GENERIC_ENTITIES` (language-independent)."""
    return [as_recognizer(CredentialsUrlDetector())]


def as_recognizer(detector: Any) -> Any:
    """Wrap a detector as a Presidio ``LocalRecognizer`` (Presidio is imported here, not at module import)."""
    from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

    name: str = type(detector).__name__

    class DetectorRecognizer(LocalRecognizer):
        def __init__(self) -> None:
            super().__init__(supported_entities=[detector.entity], name=name, supported_language="en", version="1.0")
            self.detector = detector

        def load(self) -> None:
            pass

        def analyze(self, text: str, entities: list[str] | None, nlp_artifacts: Any = None) -> list[Any]:
            if entities and detector.entity not in entities:
                return []
            results = []
            for d in detector.detect(text):
                explanation = AnalysisExplanation(recognizer=name, original_score=d.score,
                                                  textual_explanation=d.reason)
                results.append(RecognizerResult(d.entity, d.start, d.end, d.score, explanation, {
                    RecognizerResult.RECOGNIZER_NAME_KEY: name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    # our own context search already ran: keep Presidio's enhancer off these scores
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                }))
            return results

    return DetectorRecognizer()
