"""The semantic cache's lexical check: verify() keeps near-miss questions from sharing a cached answer: a
negation, a number or a named thing changed, a different kind of question, or a contrasting action."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bastion.cache.verify import _facts, verify

PAIRS_TEST = Path(__file__).resolve().parent.parent / "evals" / "cache" / "pairs_test.jsonl"


@pytest.fixture(scope="module")
def kiwi() -> Any:
    from kiwipiepy import Kiwi

    return Kiwi()


@pytest.mark.parametrize(("a", "b"), [
    ("How do I reset my password?", "I forgot my password, how can I change it?"),
    ("Can I carry over 5 days?", "Can I carry over five days?"),
    ("Is it twenty-five days?", "Is it 25 days?"),
    ("Can I take a day off?", "Can I take 1 day off?"),
    ("one and a half days of leave", "1.5 days of leave"),
    ("Is the limit $1,500 per night?", "Is the limit 1500 dollars per night?"),
    ("Is a 5k budget enough?", "Is a 5,000 budget enough?"),
    ("How many days of PTO do I get?", "How much paid time off do I get?"),
    ("Can I expense a meal if I have no receipt?", "Is it possible to claim a meal without a receipt?"),
    ("I'm not sure how to book travel.", "How do I book travel?"),
    ("Is VPN required or not?", "Is VPN required?"),
    ("Submit it no later than Friday?", "Submit it by Friday?"),
    ("Parking at the Seoul office?", "Where can I park at the Seoul office?"),
    ("What's the per diem in Tokyo?", "Tell me the daily allowance for Tokyo."),
    ("What does error E-104 mean on the HR-200?", "The HR-200 shows E-104. What does it mean?"),
])
def test_english_paraphrases_pass(a: str, b: str) -> None:
    assert verify(a, b) is None
    assert verify(b, a) is None


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Can I expense meals without a receipt?", "Can I expense meals with a receipt?", "negation"),
    ("What if my manager doesn't approve?", "What if my manager approves?", "negation"),
    ("Which expenses are not reimbursable?", "Which expenses are reimbursable?", "negation"),
    ("Who cannot access the drive?", "Who can access the drive?", "negation"),
    ("Can I carry over 5 days?", "Can I carry over 10 days?", "number"),
    ("Do I get two weeks of leave?", "Do I get three weeks of leave?", "number"),
    ("Is the limit $1,500?", "Is the limit $1,000?", "number"),
    ("Is overtime paid at 1.5 times the rate?", "Is overtime paid at 2 times the rate?", "number"),
    ("Can I get a second monitor?", "Can I get a third monitor?", "number"),
    ("How do I reset my Jira password?", "How do I reset my Confluence password?", "entity"),
    ("How do I reset my Okta password?", "How do I reset my password?", "entity"),
    ("Is the Busan office open on Saturday?", "Is the Busan office open on Sunday?", "entity"),
    ("Does the X200 support USB-C?", "Does the X300 support USB-C?", "entity"),
    ("Who is the IT contact?", "Who is the HR contact?", "entity"),
    ("What does 'accrual' mean?", "What does 'carry-over' mean?", "entity"),
])
def test_english_near_misses_fail_for_the_right_reason(a: str, b: str, reason: str) -> None:
    assert verify(a, b) == reason
    assert verify(b, a) == reason


def test_implied_entities_are_ignored() -> None:
    a, b = "What is Hanbit's parental leave policy?", "What is our parental leave policy?"
    assert verify(a, b) == "entity"
    assert verify(a, b, implied={"Hanbit"}) is None


@pytest.mark.parametrize(("a", "b"), [
    ("연차는 며칠까지 이월할 수 있습니까?", "연차 며칠까지 이월돼?"),
    ("식대는 5만 원까지인가요?", "식대 한도가 50,000원인가요?"),
    ("두 달 동안 쉴 수 있나요?", "2개월 동안 쉴 수 있나요?"),
    ("이틀 쉬어도 돼요?", "2일 쉬어도 돼요?"),
    ("열두 달 할부가 되나요?", "12개월 할부가 되나요?"),
    ("노트북이 안 켜져요.", "노트북 전원이 안 들어와요."),
    ("영수증 없이 경비 처리 되나요?", "영수증이 없으면 경비 처리가 되나요?"),
    ("근무지와 상관없이 지급되나요?", "근무지에 따라 지급되나요?"),
    ("아니면 다음 달에 해도 돼요?", "다음 달에 해도 돼요?"),
    ("HR-200 배터리는 몇 시간 가나요?", "HR-200 한 번 충전하면 얼마나 써요?"),
    ("업무에 ChatGPT를 써도 되나요?", "ChatGPT 업무용으로 사용해도 괜찮아요?"),
])
def test_korean_paraphrases_pass(kiwi: Any, a: str, b: str) -> None:
    assert verify(a, b, kiwi) is None
    assert verify(b, a, kiwi) is None


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("영수증 없이 경비 처리 되나요?", "영수증 있으면 경비 처리 되나요?", "negation"),
    ("출장비 정산이 안 되나요?", "출장비 정산이 되나요?", "negation"),
    ("수습 기간에도 연차를 쓸 수 있나요?", "수습 기간에는 연차를 쓸 수 없나요?", "negation"),
    ("보안 교육을 이수하지 않으면 어떻게 되나요?", "보안 교육을 이수하면 어떻게 되나요?", "negation"),
    ("외부로 메일을 보내도 되나요?", "외부로 메일을 보내지 마세요?", "negation"),
    ("정규직이 아닌 직원도 대상인가요?", "정규직 직원도 대상인가요?", "negation"),
    ("법인카드로 결제 가능한 항목은요?", "법인카드로 결제 불가능한 항목은요?", "negation"),
    ("연차를 5일까지 이월할 수 있나요?", "연차를 10일까지 이월할 수 있나요?", "number"),
    ("식대 한도가 1만 원인가요?", "식대 한도가 2만 원인가요?", "number"),
    ("두 달 이상 해외 근무가 가능한가요?", "세 달 이상 해외 근무가 가능한가요?", "number"),
    ("다섯 명 이상 회식은 승인이 필요해요?", "열 명 이상 회식은 승인이 필요해요?", "number"),
    ("이틀 연속 병가면 진단서가 필요해요?", "사흘 연속 병가면 진단서가 필요해요?", "number"),
    ("부산 지사 주소가 어떻게 되나요?", "대구 지사 주소가 어떻게 되나요?", "entity"),
    ("Slack 알림이 안 와요.", "Teams 알림이 안 와요.", "entity"),
    ("HR-200 배터리 교체 주기는요?", "HR-300 배터리 교체 주기는요?", "entity"),
    ("김민준 팀장님 내선번호 알려주세요.", "박지우 팀장님 내선번호 알려주세요.", "entity"),
])
def test_korean_near_misses_fail_for_the_right_reason(kiwi: Any, a: str, b: str, reason: str) -> None:
    assert verify(a, b, kiwi) == reason
    assert verify(b, a, kiwi) == reason


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("출장비 정산이 안 되나요?", "출장비 정산이 되나요?", "negation"),
    ("정규직이 아닌 직원도 대상인가요?", "정규직 직원도 대상인가요?", "negation"),
    ("연차를 3일 쓸 수 있나요?", "연차를 5일 쓸 수 있나요?", "number"),
    ("두 달 이상 쉴 수 있나요?", "세 달 이상 쉴 수 있나요?", "number"),
    ("VPN 접속이 안 돼요", "Zoom 접속이 안 돼요", "entity"),
])
def test_korean_without_kiwi_falls_back_to_heuristics(a: str, b: str, reason: str) -> None:
    assert verify(a, b) == reason
    assert verify("식대는 5만 원까지인가요?", "식대 한도가 50,000원인가요?") is None


@pytest.mark.parametrize(("text", "kind"), [
    ("Who approves my leave?", "who"),
    ("Whose approval do I need for travel?", "who"),
    ("If my manager is away, who signs off on my leave?", "who"),
    ("When is payday?", "when"),
    ("What time does the canteen open?", "when"),
    ("On what day of the month are we paid?", "when"),
    ("Where do I pick up my badge?", "where"),
    ("Why is the VPN so slow?", "why"),
    ("How come my login keeps failing?", "why"),
    ("How much is the wedding gift?", "quantity"),
    ("How much can I spend per night?", "quantity"),
    ("How many days of leave do I get?", "amount"),
    ("How much paid time off do I get?", "amount"),
    ("How long is the warranty?", "duration"),
    ("How often must I change my password?", "frequency"),
    ("How do I book a meeting room?", "manner"),
    ("What's the process for ordering business cards?", "manner"),
    ("What should I do if I lose my laptop?", "manner"),
    ("Is there a way to recover a deleted file?", "manner"),
    ("Please explain how to submit a timesheet.", "manner"),
    ("I forgot my password, how can I change it?", "manner"),
    ("Can I work from home on Fridays?", "yesno"),
    ("Tell me if sick leave is capped.", "yesno"),
    ("When I'm sick, can I work from home?", "yesno"),
    ("Do you know where the printer is?", "where"),
    ("How do I find out who my buddy is?", "who"),
    ("What is the hotel cap?", "what"),
    ("Is there a limit on hotel costs?", "what"),
    ("Tell me the dress code.", "what"),
    ("Parking at the Seoul office?", None),
])
def test_english_question_kinds(text: str, kind: str | None) -> None:
    assert _facts(text, None).question == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("법인카드는 누구에게 신청하나요?", "who"),
    ("버디는 누가 배정해 주나요?", "who"),
    ("월급날이 언제인가요?", "when"),
    ("급여는 매달 며칠에 들어와요?", "when"),
    ("사내 식당은 몇 시에 열어요?", "when"),
    ("회의실 예약은 어디서 해요?", "where"),
    ("VPN이 왜 이렇게 느려요?", "why"),
    ("출장 숙박비 한도가 얼마예요?", "quantity"),
    ("육아휴직 중 급여는 얼마나 나오나요?", "quantity"),
    ("연차는 며칠 받나요?", "amount"),
    ("HR-200 한 번 충전하면 얼마나 써요?", "amount"),
    ("육아휴직 기간이 얼마나 되나요?", "duration"),
    ("국내 배송은 얼마나 걸려요?", "duration"),
    ("비번은 얼마나 자주 바꿔야 해요?", "frequency"),
    ("연차는 어떻게 신청하나요?", "manner"),
    ("VPN 설정 방법을 알려주세요.", "manner"),
    ("반품 절차가 어떻게 되나요?", "manner"),
    ("자동회신 거는 법 알려줘.", "manner"),
    ("해외 배송도 가능한가요?", "yesno"),
    ("택시 탄 거 회사에 청구할 수 있어요?", "yesno"),
    ("누구나 신청할 수 있어요?", "yesno"),
    ("비밀번호 규칙이 어떻게 되나요?", "what"),
    ("와이파이 비밀번호가 뭐예요?", "what"),
    ("HR-200 보증 기간은요?", None),
    ("급여 계좌를 바꾸고 싶어요.", None),
])
def test_korean_question_kinds(kiwi: Any, text: str, kind: str | None) -> None:
    assert _facts(text, kiwi).question == kind
    assert _facts(text, None).question == kind, "the fallback without kiwi agrees on these"


@pytest.mark.parametrize(("a", "b"), [
    ("How many vacation days do I get?", "How do I request vacation days?"),
    ("When is payday?", "How is my salary calculated?"),
    ("How do I connect to the VPN?", "Why is the VPN so slow?"),
    ("Who approves my expense report?", "When will my expense report be reimbursed?"),
    ("Can I work remotely?", "How do I log my remote work days?"),
    ("How do I ship an HR-200?", "How much does it cost to ship an HR-200?"),
    ("How long is parental leave?", "How much is parental leave pay?"),
    ("How do I reset my password?", "How often must I change my password?"),
])
def test_english_different_kinds_of_question_miss(a: str, b: str) -> None:
    assert verify(a, b) == "question"
    assert verify(b, a) == "question"


@pytest.mark.parametrize(("a", "b"), [
    ("How do I request parental leave?", "What's the process for applying for parental leave?"),
    ("What is the daily meal allowance?", "How much can I spend on food per day?"),
    ("How long do I have to submit receipts?", "What's the deadline for handing in receipts?"),
    ("When does probation end?", "How long is probation?"),
    ("Where do I report a phishing email?", "How should I report a phishing email?"),
    ("How do I get access to the shared drive?", "Who can give me access to the shared drive?"),
    ("Who is my onboarding buddy?", "How do I find out who my onboarding buddy is?"),
    ("Is there a dress code?", "Tell me the dress code."),
    ("How many days of leave do I get?", "How long is my leave?"),
    ("How do I know if I'm eligible for the bonus?", "Am I eligible for the bonus?"),
])
def test_english_agreeing_kinds_of_question_pass(a: str, b: str) -> None:
    assert verify(a, b) is None
    assert verify(b, a) is None


@pytest.mark.parametrize(("a", "b"), [
    ("연차는 며칠 받나요?", "연차는 어떻게 신청하나요?"),
    ("출장 숙박비 한도가 얼마예요?", "출장 숙소는 어디서 예약해요?"),
    ("육아휴직 기간이 얼마나 되나요?", "육아휴직 중 급여는 얼마나 나오나요?"),
    ("건강검진 병원은 어디예요?", "건강검진 비용은 회사가 내나요?"),
    ("성과급은 언제 나와요?", "성과급은 얼마예요?"),
])
def test_korean_different_kinds_of_question_miss(kiwi: Any, a: str, b: str) -> None:
    assert verify(a, b, kiwi) == "question"
    assert verify(b, a, kiwi) == "question"
    assert verify(a, b) == "question", "the fallback without kiwi"


@pytest.mark.parametrize(("a", "b"), [
    ("법인카드는 누구에게 신청하나요?", "법인카드 발급은 어디에 요청하면 돼요?"),
    ("회의실 예약은 어디서 해요?", "회의실을 예약하려면 어떻게 해야 합니까?"),
    ("월급날이 언제인가요?", "급여는 매달 며칠에 들어와요?"),
    ("수습 기간은 얼마나 되나요?", "수습이 몇 개월이에요?"),
    ("불량 제품 반품 절차가 어떻게 되나요?", "고장 난 제품은 어떻게 반품 처리해요?"),
    ("사원증을 잃어버렸어요. 재발급 어떻게 하나요?", "사원증 분실했는데 새로 받으려면요?"),
])
def test_korean_agreeing_kinds_of_question_pass(kiwi: Any, a: str, b: str) -> None:
    assert verify(a, b, kiwi) is None
    assert verify(b, a, kiwi) is None
    assert verify(a, b) is None, "the fallback without kiwi"


@pytest.mark.parametrize(("a", "b"), [
    ("How do I book a meeting room?", "How do I cancel a meeting room booking?"),
    ("How do I add a user to the Slack channel?", "How do I remove a user from the Slack channel?"),
    ("When does the open enrollment period start?", "When does the open enrollment period end?"),
    ("How do I enable out-of-office replies?", "How do I turn off out-of-office replies?"),
    ("Can I increase my pension contribution?", "Can I reduce my pension contribution?"),
])
def test_english_contrasting_actions_miss(a: str, b: str) -> None:
    assert verify(a, b) == "action"
    assert verify(b, a) == "action"


@pytest.mark.parametrize(("a", "b"), [
    ("회의실 예약은 어떻게 해요?", "회의실 예약 취소는 어떻게 해요?"),
    ("휴가 신청은 어떻게 하나요?", "휴가 신청을 취소하려면 어떻게 하나요?"),
    ("공유 폴더에 사용자 추가는 어떻게 해요?", "공유 폴더에서 사용자 삭제는 어떻게 해요?"),
    ("출근 시간은 언제예요?", "퇴근 시간은 언제예요?"),
])
def test_korean_contrasting_actions_miss(kiwi: Any, a: str, b: str) -> None:
    assert verify(a, b, kiwi) == "action"
    assert verify(b, a, kiwi) == "action"
    assert verify(a, b) == "action", "the fallback without kiwi"


@pytest.mark.parametrize(("a", "b"), [
    ("How do I unlock my account?", "My account is locked. How do I unlock it?"),
    ("How do I cancel my booking?", "How do I cancel my reservation?"),
    ("Do we get a bonus at the end of the year?", "Is there a year-end bonus?"),
    ("How do I book a meeting room?", "What's the procedure for reserving a conference room?"),
])
def test_same_or_undone_action_on_both_sides_passes(a: str, b: str) -> None:
    assert verify(a, b) is None
    assert verify(b, a) is None


def test_analyses_are_cached_in_a_bounded_cache(kiwi: Any) -> None:
    info = _facts.cache_info()
    assert info.maxsize == 4096
    verify("연차는 며칠 받나요?", "연차는 어떻게 신청하나요?", kiwi)
    before = _facts.cache_info().hits
    assert verify("연차는 며칠 받나요?", "연차는 어떻게 신청하나요?", kiwi) == "question"
    assert _facts.cache_info().hits == before + 2


def test_held_out_negation_and_number_near_misses_are_rejected(kiwi: Any) -> None:
    """A property of the held-out set (evals/cache/pairs_test.jsonl), which verify() was not tuned on."""
    rows = [json.loads(line) for line in PAIRS_TEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    for label in ("negation", "number"):
        pairs = [r for r in rows if r["label"] == label]
        assert len(pairs) >= 40
        rejected = sum(verify(r["a"], r["b"], kiwi) is not None for r in pairs)
        assert rejected / len(pairs) >= 0.9, f"{label}: {rejected}/{len(pairs)} rejected"


def test_a_question_in_another_language_misses() -> None:
    assert verify("How fast can the HR-200 go?", "HR-200 최고 속도가 얼마예요?") == "language"
    assert verify("HR-200 최고 속도가 얼마예요?", "How fast can the HR-200 go?") == "language"
    assert verify("HR-200 VPN 설정은 어떻게 하나요?", "HR-200 VPN 설정 방법 알려줘") != "language"


def test_a_negation_by_prefix_misses() -> None:
    assert verify("Is the training budget unavailable to contractors?",
                  "Is the training budget available to contractors?") == "negation"
    assert verify("Which accounts are inactive?", "Which accounts are active?") == "negation"
    assert verify("Can I take unpaid leave?", "Can I take unpaid leave next month?") is None
    assert verify("How do I install the VPN client?", "What are the steps to install the VPN client?") is None
