"""The chat says where an answer came from, in a real browser: a repeated question is marked as served from the
cache, a curated answer as from curated memory, and a question the documents do not cover as refused for lack
of evidence (the model is not called for any of the three)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bastion.resources import Resources
from tests.conftest import ADMIN_KEY, Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import FakeUpstream
from tests.test_cache import calls
from tests.test_knowledge import TRAVEL, api, new_kb, upload
from tests.web_fixtures import browser, page, screenshot  # noqa: F401

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect

E5 = {"provider": "local-embedding", "kind": "embedding", "model": "multilingual-e5-small"}
HR: dict[str, Any] = {"route": "up-a", "role": "You are the HR help desk.", "intro": "Ask me about travel.",
                      "retrieval": {"knowledge_bases": ["policies"], "min_relevance": 0.79},
                      "starters": ["How much is the daily allowance in Busan?"]}


@pytest.fixture(scope="module")
def gw(servers: LoopThread, upstreams: dict[str, FakeUpstream], tmp_path_factory: pytest.TempPathFactory,
       scanner_models: Resources) -> Iterator[Gateway]:
    cfg = {"deployments": {"a": remote("a", upstreams["a"]), "e5": E5},
           "routes": {"up-a": {"targets": ["a"]}, "multilingual-e5-small": {"targets": ["e5"]}},
           "cache": {"enabled": True}, "assistants": {"hr": HR}}
    g = start_gateway(servers, tmp_path_factory.mktemp("webbadges"), cfg, scanner_models)
    new_kb(g)
    upload(g, "policies", [("travel.md", TRAVEL.encode())])
    yield g
    stop_gateway(servers, g)


def ask(p: Any, question: str) -> Any:
    """Ask in a new chat: the cache serves single-turn questions (a follow-up depends on the turns before)."""
    p.locator("#new-chat").click()
    expect(p.locator(".msg.assistant")).to_have_count(0)
    p.locator("#composer-input").fill(question)
    p.locator("#send").click()
    answer = p.locator(".msg.assistant").first
    expect(answer.locator(".actions")).to_be_visible(timeout=30_000)
    return answer


def test_cache_curated_and_refusal_are_shown(gw: Gateway, upstreams: dict[str, FakeUpstream],
                                             page: Any) -> None:  # noqa: F811
    page.goto(gw.url + "/")
    page.get_by_label("Your API key").fill(ADMIN_KEY)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#intro-name")).to_have_text("hr")
    question = "When are receipts for travel expenses due?"
    first = ask(page, question)
    expect(first.locator(".badge")).to_have_count(0)  # answered by the model
    before = calls(upstreams["a"])
    second = ask(page, question)
    expect(second.locator(".badge.cache")).to_have_text("from cache")
    assert calls(upstreams["a"]) == before  # the model was not asked again

    r = api(gw, "POST", "/admin/memory", json={
        "assistant": "hr", "question": "How much is the daily allowance in Busan?",
        "answer": "The daily allowance in Busan is KRW 60,000.",
        "sources": [{"kb": "policies", "document": "travel.md"}]})
    assert r.status_code in (200, 201), r.text
    curated = ask(page, "How much is the daily allowance in Busan?")
    expect(curated.locator(".badge.curated")).to_have_text("from curated memory")
    expect(curated).to_contain_text("KRW 60,000")
    expect(curated.locator(".sources")).to_contain_text("travel.md")

    refused = ask(page, "Who won the football world cup in 1998?")
    expect(refused.locator(".badge.refused")).to_have_text("no evidence: refused")
    assert calls(upstreams["a"]) == before  # neither the curated answer nor the refusal called the model
    screenshot(page, "badges")
