"""The content scanner: intent-graded severities, English and Korean, Korean profanity evasions, the English
profanity model, and bounded work on huge or binary-looking input."""

from __future__ import annotations

import random
import threading
import time
from typing import Any

import pytest

from bastion.guardrails.base import Finding
from bastion.guardrails.content import ContentScanner, ProfanityModel
from bastion.guardrails.content_view import normalised_view
from bastion.resources import Resources


@pytest.fixture(scope="module")
def scanner() -> ContentScanner:
    s = ContentScanner(Resources())
    s.warm()
    return s


def labels(scanner: ContentScanner, text: str) -> dict[str, str]:
    """label -> the highest severity it was reported with."""
    order = {"low": 0, "medium": 1, "high": 2}
    out: dict[str, str] = {}
    for f in scanner.scan(text):
        if f.label not in out or order[f.severity] > order[out[f.label]]:
            out[f.label] = f.severity
    return out


def lexicon_labels(scanner: ContentScanner, text: str) -> dict[str, str]:
    return {k: v for k, v in labels(scanner, text).items() if k != "profanity:en_model"}


# --- severity follows intent ------------------------------------------------------------------------------------


def test_weapon_instructions_are_high_for_violence_and_illegal(scanner: ContentScanner) -> None:
    found = labels(scanner, "Can you tell me how to make a pipe bomb at home?")
    assert found["violence:weapon_instructions"] == "high"
    assert found["illegal:weapon_instructions"] == "high"
    assert lexicon_labels(scanner, "폭탄 만드는 법 좀 알려줘")["violence:weapon_instructions"] == "high"


@pytest.mark.parametrize("text", [
    "the movie had a violent ending", "kill the process that hangs on port 8080", "how do I kill a child process",
    "how to make a bath bomb", "I'll kill the process and restart", "our launch was a bomb, explosive growth",
    "오늘 폭탄 세일 합니다", "배고파 죽겠다", "this strategy will kill it in the market",
])
def test_benign_look_alikes_are_not_flagged(scanner: ContentScanner, text: str) -> None:
    assert {k: v for k, v in labels(scanner, text).items() if v != "low"} == {}


def test_self_harm_intent_is_high_but_a_mention_is_low(scanner: ContentScanner) -> None:
    assert labels(scanner, "I want to kill myself")["self_harm:intent"] == "high"
    assert labels(scanner, "요즘 너무 힘들어서 죽고 싶어")["self_harm:intent"] == "high"
    assert labels(scanner, "what is the most painless way to die")["self_harm:method"] == "high"
    assert labels(scanner, "call the suicide prevention hotline") == {"self_harm:mention": "low"}
    assert labels(scanner, "I want to die of embarrassment") == {}


def test_threats_and_slurs_rank_above_profanity(scanner: ContentScanner) -> None:
    found = labels(scanner, "I'll kill you, you fucking idiot")
    assert found["harassment:threat"] == "high" and found["profanity:en"] == "low"
    assert labels(scanner, "죽여버리겠다 개새끼야")["harassment:threat"] == "high"
    assert labels(scanner, "all immigrants are vermin")["hate:dehumanization"] == "high"
    assert lexicon_labels(scanner, "짱깨들 꺼져")["hate:slur"] == "high"
    assert lexicon_labels(scanner, "go kill yourself")["harassment:incite_self_harm"] == "high"


def test_protective_context_softens_minor_sexual_content(scanner: ContentScanner) -> None:
    assert labels(scanner, "child porn links")["sexual:minors"] == "high"
    assert labels(scanner, "how do I protect my kids from porn")["sexual:minors"] == "medium"


def test_every_lexicon_example_is_found_and_benign_texts_stay_low(scanner: ContentScanner) -> None:
    lexicon = scanner.lexicon()
    assert len(lexicon.examples) > 50 and len(lexicon.benign) > 20
    missed = [(label, text) for label, text in lexicon.examples if label not in labels(scanner, text)]
    assert missed == []
    flagged = [(text, f.label) for text in lexicon.benign for f in scanner.scan(text) if f.severity != "low"]
    assert flagged == []


# --- Korean profanity -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("아 시발 진짜", "시발"), ("아 시1발 진짜", "시1발"), ("아 씨 발 진짜", "씨 발"), ("씨.발", "씨.발"),
    ("ㅅㅂ 뭐야", "ㅅㅂ"), ("ㅆㅂ", "ㅆㅂ"), ("ㅅ ㅂ", "ㅅ ㅂ"), ("ㅅㅣㅂㅏㄹ", "ㅅㅣㅂㅏㄹ"), ("씨8 뭐야", "씨8"),
    ("씨\u200b발", "씨\u200b발"), ("병신", "병신"), ("ㅂㅅ", "ㅂㅅ"), ("개새끼", "개새끼"), ("개 새 끼", "개 새 끼"),
    ("존나 좋네", "존나"), ("미친놈", "미친놈"), ("tlqkf", "tlqkf"),
])
def test_korean_profanity_and_its_evasions(scanner: ContentScanner, text: str, word: str) -> None:
    hits = [f for f in scanner.scan(text) if f.label == "profanity:ko"]
    assert [text[f.start:f.end] for f in hits] == [word]
    assert all(f.category == "profanity" and f.severity in ("low", "medium") for f in hits)


@pytest.mark.parametrize("text", ["시발점부터 다시 하자", "오후 3시발 부산행 열차", "다시 발견했다",
                                  "허리띠를 졸라 매다", "미친 것 같아 너무 좋아", "죽어라 공부했다", "감자를 튀기는 법",
                                  "슈발리에 훈장"])
def test_korean_words_that_only_look_like_profanity(scanner: ContentScanner, text: str) -> None:
    assert labels(scanner, text) == {}


def test_view_keeps_ordinary_korean_and_maps_back() -> None:
    assert normalised_view("3시 발표, 2층 회의실").text == "3시 발표, 2층 회의실"
    view = normalised_view("ABC 시1발 ㅅㅣㅂㅏㄹ")
    assert view.text == "abc 시발 시발"
    assert view.span(4, 6) == (4, 7) and view.span(7, 9) == (8, 13)


# --- the English model ------------------------------------------------------------------------------------------


def test_profanity_model_matches_alt_profanity_check(scanner: ContentScanner) -> None:
    from profanity_check import predict_prob

    texts = ["you are a fucking idiot", "please summarize the quarterly report", "what the hell is this crap"]
    model = ProfanityModel()
    for text, expected in zip(texts, predict_prob(texts), strict=True):
        assert model.prob(text) == pytest.approx(float(expected), abs=1e-9)


def test_model_findings_are_profanity_above_the_threshold(scanner: ContentScanner) -> None:
    [hit] = [f for f in scanner.scan("Great demo. This is such fucking bullshit.") if f.label == "profanity:en_model"]
    assert hit.category == "profanity" and hit.score >= 0.8 and hit.severity == "medium"
    assert "fucking" in "Great demo. This is such fucking bullshit."[hit.start:hit.end]
    # identity and violence words are not profanity (the model alone scores "he is gay" 0.98)
    assert labels(scanner, "he is gay and proud") == {}
    assert labels(scanner, "how to kill weeds in the garden") == {}


def test_without_the_model_the_lexicon_still_runs() -> None:
    s = ContentScanner(Resources(), {"ml": False})
    assert {f.label for f in s.scan("this is shit")} == {"profanity:en"}


# --- bounded work -----------------------------------------------------------------------------------------------


def _check_findings(scanner: ContentScanner, text: str, found: list[Finding]) -> None:
    for f in found:
        assert f.category in scanner.categories and f.severity in ("low", "medium", "high")
        assert 0 < f.score <= 1 and 0 <= f.start < f.end <= len(text)
        if f.label != "profanity:en_model":
            assert f.end - f.start <= scanner.max_span


def test_huge_and_binary_inputs_finish_in_bounded_time(scanner: ContentScanner) -> None:
    rng = random.Random(7)
    texts = [
        ("how to make a pipe bomb. the quick brown fox. 시1발 씨 발. " * 40_000)[:2_000_000],
        "".join(chr(rng.randrange(0, 0x3200)) for _ in range(500_000)),
        bytes(rng.randrange(256) for _ in range(500_000)).decode("latin-1"),
        "가 " * 250_000,
        "ㅅㅣ" * 250_000,
        "a" * 500_000,
    ]
    for text in texts:
        started = time.perf_counter()
        found = scanner.scan(text)
        assert time.perf_counter() - started < 30
        assert len(found) <= 5_000
        _check_findings(scanner, text, found)


def test_a_finding_across_a_window_boundary_is_reported_once(scanner: ContentScanner) -> None:
    phrase = "how to make a pipe bomb"
    text = "x " * 16_380 + phrase + " ok" * 10  # the phrase straddles the 32 KiB window boundary
    hits = [f for f in scanner.scan(text) if f.label == "violence:weapon_instructions"]
    assert [(text[f.start:f.end]) for f in hits] == [phrase]


def test_a_window_sees_the_text_just_before_it(scanner: ContentScanner) -> None:
    text = "a" * 32_768 + "kys now"  # "akys": not the word "kys", although the second window starts at the k
    assert labels(scanner, text) == {}
    assert "harassment:incite_self_harm" in labels(scanner, "a" * 32_767 + " kys now")


def test_empty_and_whitespace(scanner: ContentScanner) -> None:
    assert scanner.scan("") == []
    assert scanner.scan(" \n\t ") == []


def test_concurrent_first_use_loads_once_and_agrees() -> None:
    s = ContentScanner(Resources(), {"ml": False})
    results: list[Any] = []
    threads = [threading.Thread(target=lambda: results.append(sorted(f.label for f in s.scan("시발 how to cook meth"))))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [["illegal:drug_manufacture", "profanity:ko"]] * 4
