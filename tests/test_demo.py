"""The README's promise: a fresh install serves the demo assistant over the sample knowledge base, with
streamed, cited answers, and refuses what the documents don't cover (real SmolLM2 and e5 models)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import Gateway, LoopThread, start_gateway, stop_gateway
from tests.test_knowledge import api

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_gateway(servers: LoopThread, tmp_path_factory: pytest.TempPathFactory,
                 scanner_models) -> Iterator[Gateway]:  # type: ignore[no-untyped-def]
    gw = start_gateway(servers, tmp_path_factory.mktemp("demo"), None, scanner_models, demo=True,
                       cache={"enabled": True})  # the embedded default, cache included
    yield gw
    stop_gateway(servers, gw)


def test_the_demo_assistant_introduces_itself(demo_gateway: Gateway) -> None:
    demo = api(demo_gateway, "GET", "/v1/assistants/demo").json()
    assert demo["id"] == "assistant/demo" and demo["knowledge_bases"] == ["demo"]
    assert demo["intro"].startswith("Hi! I answer questions about Hanbit Robotics") and len(demo["starters"]) == 4
    docs = api(demo_gateway, "GET", "/v1/knowledge/demo/documents").json()["data"]
    assert len(docs) == 8 and {"travel-expense-policy.md", "휴가-규정.md"} <= {d["name"] for d in docs}


def test_a_starter_gets_a_streamed_cited_answer(demo_gateway: Gateway) -> None:
    stream = demo_gateway.client().chat.completions.create(
        model="assistant/demo", stream=True,
        messages=[{"role": "user", "content": "How much is the per diem in Busan?"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert [c for c in chunks if c.choices and c.choices[0].delta.content] and text.strip()
    ext = chunks[-1].model_extra["bastion"]
    assert not ext["refused"] and ext["sources"][0]["document"] == "travel-expense-policy.md"
    assert ext["sources"][0]["section"] == "Travel and Expense Policy > 3. Hotels and per diem"
    assert "grounding" in ext and ext["grounding"]["sentences"] >= 1


def test_questions_outside_the_documents_are_refused(demo_gateway: Gateway) -> None:
    r = demo_gateway.client().chat.completions.create(
        model="assistant/demo", messages=[{"role": "user", "content": "Who won the football world cup in 1998?"}])
    assert r.model_extra["bastion"]["refused"] is True
    assert r.choices[0].message.content.startswith("I could not find this in Hanbit Robotics' documents")


def test_questions_in_languages_the_documents_lack(demo_gateway: Gateway) -> None:
    """The sample documents are English and Korean. A question in another language finds the right document
    through the multilingual embedder, or is refused; it is never answered from nothing."""
    def ask(text: str) -> dict:  # type: ignore[type-arg]
        # each answer reads ~1,500 prompt tokens of passages on the CPU: allow for a machine busy with other tests
        r = demo_gateway.client().with_options(timeout=300).chat.completions.create(
            model="assistant/demo", max_tokens=24, messages=[{"role": "user", "content": text}])
        return r.model_extra["bastion"]  # type: ignore[no-any-return]

    german = ask("Wie lange gilt die Garantie für den Akku des HR-200?")
    assert not german["refused"] and german["sources"][0]["document"] == "product-faq-hr200.md"
    spanish = ask("¿Cuántos días de vacaciones tengo después de seis años?")
    assert not spanish["refused"] and spanish["sources"][0]["document"] == "휴가-규정.md"
    french = ask("Quel temps fera-t-il demain à Paris ?")  # off topic, in a language the base lacks
    assert french["refused"] and french["sources"] == []


def test_the_demo_assistant_answers_repeats_and_paraphrases_from_the_cache(demo_gateway: Gateway) -> None:
    def ask(text: str) -> tuple[str, str, dict]:  # type: ignore[type-arg]
        raw = demo_gateway.client().with_options(timeout=300).chat.completions.with_raw_response.create(
            model="assistant/demo", max_tokens=32, messages=[{"role": "user", "content": text}])
        c = raw.parse()
        return raw.headers["x-bastion-cache"], c.choices[0].message.content, c.model_extra["bastion"]

    status, first, _ = ask("How long does the HR-200 battery last?")
    assert status == "miss"
    status, again, ext = ask("how long does the HR-200 battery last")
    assert status == "hit" and again == first and ext["cache"]["layer"] == "exact"
    status, again, ext = ask("How long does the battery of the HR-200 last?")
    assert status == "hit" and again == first and ext["cache"]["layer"] == "semantic", ext["cache"]
    status, _, ext = ask("How long does the HR-300 battery last?")  # another product: never the HR-200's answer
    assert status == "miss", ext["cache"]
