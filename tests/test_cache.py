"""The semantic cache and the curated long-term memory, through the openai SDK: a repeated or paraphrased question
is answered without a model call and says so, a negated one is not, a curated answer wins, a change to the
knowledge base invalidates what depended on it, streams get cached answers as normal SSE, and the scope (tenant,
assistant, sampling, system prompt) is never crossed. The model is a fake upstream (a remote provider); the
embedder is the real packaged e5."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from bastion.resources import Resources
from tests.conftest import ADMIN_KEY, Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import Act, FakeUpstream
from tests.test_knowledge import TRAVEL, api, new_kb, upload

E5 = {"provider": "local-embedding", "kind": "embedding", "model": "multilingual-e5-small"}
QUESTION = "How much is the daily allowance in Busan?"
PARAPHRASE = "What is the daily allowance in Busan?"
HR: dict[str, Any] = {"route": "up-a", "role": "You are the HR help desk.",
                      "retrieval": {"knowledge_bases": ["policies"], "min_relevance": -1, "top_k": 3},
                      "grounding": {"mode": "off"}}
PLAIN: dict[str, Any] = {"route": "up-a", "role": "You answer questions about the office."}


def config(ups: dict[str, FakeUpstream]) -> dict[str, Any]:
    return {"deployments": {"a": remote("a", ups["a"]), "b": remote("b", ups["b"]), "e5": E5},
            "routes": {"up-a": {"targets": ["a"]}, "up-b": {"targets": ["a"]}, "judge": {"targets": ["b"]},
                       "multilingual-e5-small": {"targets": ["e5"]}},
            "cache": {"routes": ["up-a"]},
            "assistants": {"hr": HR, "plain": PLAIN,
                           "judged": {**PLAIN, "cache": {"verify": "judge", "judge_route": "judge"}},
                           "uncached": {**PLAIN, "cache": {"enabled": False}}}}


@pytest.fixture(scope="module")
def gw(servers: LoopThread, tmp_path_factory: pytest.TempPathFactory, scanner_models: Resources,
       upstreams: dict[str, FakeUpstream]) -> Iterator[Gateway]:
    g = start_gateway(servers, tmp_path_factory.mktemp("cache"), config(upstreams), scanner_models)
    new_kb(g)
    upload(g, "policies", [("travel.md", TRAVEL.encode())])
    yield g
    stop_gateway(servers, g)


def ask(gw: Gateway, question: str, model: str = "assistant/hr", **kw: Any) -> Any:
    return gw.client().chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": question}], **kw)


def outcome(raw: Any) -> tuple[str, dict[str, Any], Any]:
    completion = raw.parse()
    ext = (completion.model_extra or {}).get("bastion") or {}
    return raw.headers["x-bastion-cache"], ext, completion


def calls(up: FakeUpstream) -> int:
    return sum(1 for s in up.seen if s.path.endswith("chat/completions"))


def test_a_repeated_question_is_served_from_the_cache(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    status, _, first = outcome(ask(gw, QUESTION))
    assert status == "miss" and calls(upstreams["a"]) == 1
    assert first.id.startswith("chatcmpl-") and first.id != "chatcmpl-fake", "Bastion's own response id"
    raw = ask(gw, "  how much is the DAILY allowance in Busan ")  # normalised: same exact key
    status, ext, again = outcome(raw)
    assert status == "hit" and raw.headers["x-bastion-cache-layer"] == "exact"
    assert calls(upstreams["a"]) == 1, "a hit must not call the model"
    assert again.choices[0].message.content == first.choices[0].message.content
    assert ext["cache"]["layer"] == "exact" and ext["cache"]["similarity"] == 1.0
    assert ext["sources"], "a cached grounded answer keeps its citations"
    assert again.usage.total_tokens == 0 and again.id != first.id


def test_a_paraphrase_hits_and_a_negation_misses(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    outcome(ask(gw, "Which expenses are reimbursed for a trip to Tokyo?"))
    raw = ask(gw, "For a trip to Tokyo, which expenses are reimbursed?")
    status, ext, _ = outcome(raw)
    assert status == "hit" and ext["cache"]["layer"] == "semantic", ext
    assert float(raw.headers["x-bastion-cache-similarity"]) >= gw.services.settings.cache.threshold
    before = calls(upstreams["a"])
    status, ext, _ = outcome(ask(gw, "Which expenses are not reimbursed for a trip to Tokyo?"))
    assert status == "miss" and calls(upstreams["a"]) == before + 1
    assert "negation" in ext["cache"].get("rejected", ""), ext["cache"]


def test_a_different_number_or_entity_misses(gw: Gateway) -> None:
    outcome(ask(gw, "Are hotels up to 150,000 won per night reimbursed?"))
    status, ext, _ = outcome(ask(gw, "Are hotels up to 250,000 won per night reimbursed?"))
    assert status == "miss", ext.get("cache")
    assert "number" in ext["cache"].get("rejected", ""), ext["cache"]
    outcome(ask(gw, "Which documents do I need for a business trip to Tokyo?"))
    status, ext, _ = outcome(ask(gw, "Which documents do I need for a business trip to Osaka?"))
    assert status == "miss", ext.get("cache")


def test_streaming_clients_get_a_cached_answer_as_sse(gw: Gateway) -> None:
    _, _, first = outcome(ask(gw, "Who approves travel to Tokyo?"))
    with httpx.stream("POST", f"{gw.base_url}/chat/completions", headers={"authorization": f"Bearer {ADMIN_KEY}"},
                      json={"model": "assistant/hr", "stream": True, "stream_options": {"include_usage": True},
                            "messages": [{"role": "user", "content": "Who approves travel to Tokyo?"}]}) as r:
        assert r.status_code == 200 and r.headers["x-bastion-cache"] == "hit"
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [ln for ln in r.iter_lines() if ln.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    import orjson

    events = [orjson.loads(ln[6:]) for ln in lines[:-1]]
    text = "".join(c["delta"].get("content") or "" for e in events for c in e["choices"])
    assert text == first.choices[0].message.content
    assert any(e.get("bastion", {}).get("cache", {}).get("status") == "hit" for e in events)
    assert events[-1]["usage"]["total_tokens"] == 0
    # and through the SDK's stream
    stream = gw.client().chat.completions.create(
        model="assistant/hr", stream=True, messages=[{"role": "user", "content": "Who approves travel to Tokyo?"}])
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == text


def test_a_streamed_answer_is_cached_too(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    stream = gw.client().chat.completions.create(model="assistant/hr", stream=True,
                                                 messages=[{"role": "user", "content": "Can I fly business class?"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    ids = {c.id for c in chunks}  # Bastion's own response id on every chunk, not the upstream's
    assert len(ids) == 1 and ids != {"chatcmpl-fake"} and next(iter(ids)).startswith("chatcmpl-")
    before = calls(upstreams["a"])
    status, _, again = outcome(ask(gw, "Can I fly business class?"))
    assert status == "hit" and again.choices[0].message.content == text and calls(upstreams["a"]) == before


def test_no_store_skips_the_cache(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    outcome(ask(gw, "When are taxis reimbursed?"))
    before = calls(upstreams["a"])
    raw = ask(gw, "When are taxis reimbursed?", extra_headers={"x-bastion-cache": "no-store"})
    assert raw.headers["x-bastion-cache"] == "bypass" and raw.headers["x-bastion-cache-reason"] == "no-store"
    raw = ask(gw, "When are taxis reimbursed?", extra_body={"cache": "no-store"})
    assert raw.headers["x-bastion-cache"] == "bypass"
    assert calls(upstreams["a"]) == before + 2
    assert "cache" not in upstreams["a"].seen[-1].body, "the extension field never reaches the provider"
    with pytest.raises(openai.BadRequestError) as e:
        ask(gw, "When are taxis reimbursed?", extra_body={"cache": "sometimes"})
    assert e.value.body["param"] == "cache"  # type: ignore[index]


def test_what_is_not_cached(gw: Gateway) -> None:
    client = gw.client()
    multi = client.chat.completions.with_raw_response.create(model="assistant/hr", messages=[
        {"role": "user", "content": QUESTION}, {"role": "assistant", "content": "60,000 won."},
        {"role": "user", "content": "And in Tokyo?"}])
    assert multi.headers["x-bastion-cache"] == "bypass" and multi.headers["x-bastion-cache-reason"] == "multi-turn"
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {}}}}]
    raw = client.chat.completions.with_raw_response.create(model="assistant/plain", tools=tools,  # type: ignore[arg-type]
                                                          messages=[{"role": "user", "content": "Weather?"}])
    assert raw.headers["x-bastion-cache-reason"] == "tools"
    raw = ask(gw, "Who do I call about the Seoul office?", model="up-b")  # a raw route not opted in
    assert raw.headers["x-bastion-cache"] == "bypass" and raw.headers["x-bastion-cache-reason"] == "disabled"
    raw = ask(gw, "Please write to kim.minsu@example.com about the hotel in Busan.")
    assert raw.headers["x-bastion-cache-reason"] == "pii"


def test_a_raw_route_that_opts_in_is_cached(gw: Gateway) -> None:
    assert outcome(ask(gw, "Name three colours of the rainbow.", model="up-a"))[0] == "miss"
    assert outcome(ask(gw, "Name three colours of the rainbow.", model="up-a"))[0] == "hit"


def test_the_scope_is_never_crossed(gw: Gateway) -> None:
    q = "How many days of annual leave do I get?"
    assert outcome(ask(gw, q, model="assistant/plain"))[0] == "miss"
    assert outcome(ask(gw, q, model="assistant/plain"))[0] == "hit"
    assert outcome(ask(gw, q, model="assistant/plain", temperature=1.3))[0] == "miss", "sampling is in the scope"
    assert outcome(ask(gw, q, model="assistant/hr"))[0] == "miss", "another assistant"
    raw = gw.client().chat.completions.with_raw_response.create(
        model="assistant/plain", messages=[{"role": "system", "content": "Answer in French."},
                                           {"role": "user", "content": q}])
    assert raw.headers["x-bastion-cache"] == "miss", "the system prompt is in the scope"
    r = api(gw, "POST", "/admin/tenants", json={"id": "other", "name": "Other"})
    assert r.status_code == 201, r.text
    r = api(gw, "POST", "/admin/keys", json={"tenant_id": "other", "name": "o"})
    other = r.json()["key"]
    raw = gw.client(other).chat.completions.with_raw_response.create(
        model="up-a", messages=[{"role": "user", "content": "Name three colours of the rainbow."}])
    assert raw.headers["x-bastion-cache"] == "miss", "another tenant"


def test_changing_the_knowledge_base_invalidates_its_answers(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    q = "What is the per diem in Tokyo?"
    outcome(ask(gw, q))
    assert outcome(ask(gw, q))[0] == "hit"
    upload(gw, "policies", [("notes.md", b"# Notes\n\nThe Tokyo office moved to Shibuya in 2026.\n")])
    assert outcome(ask(gw, q))[0] == "miss", "the knowledge base's version is part of the scope"


def test_a_curated_answer_wins_and_goes_stale_with_its_document(gw: Gateway,
                                                                 upstreams: dict[str, FakeUpstream]) -> None:
    q = "What is the per diem in Busan?"
    outcome(ask(gw, q))
    assert outcome(ask(gw, q))[0] == "hit"  # a generated answer is cached ...
    curated = "The per diem in Busan is KRW 60,000 (travel policy)."
    r = api(gw, "POST", "/admin/memory", json={
        "assistant": "hr", "question": "How much is the per diem for Busan?", "answer": curated,
        "paraphrases": ["Busan daily allowance amount"], "sources": [{"kb": "policies", "document": "travel.md"}]})
    assert r.status_code in (200, 201), r.text
    entry = r.json()["id"]
    before = calls(upstreams["a"])
    raw = ask(gw, q)  # ... but the curated entry wins over it
    status, ext, c = outcome(raw)
    assert status == "hit" and raw.headers["x-bastion-cache-layer"] == "curated", ext
    assert c.choices[0].message.content == curated and ext["curated"]["id"] == entry
    assert ext["sources"][0]["document"] == "travel.md"
    assert calls(upstreams["a"]) == before
    # the cited document changes: the entry turns stale and stops serving
    upload(gw, "policies", [("travel.md", TRAVEL.replace("KRW 60,000", "KRW 70,000").encode())])
    status, ext, c = outcome(ask(gw, q))
    assert c.choices[0].message.content != curated and ext.get("cache", {}).get("layer") != "curated"
    r = api(gw, "GET", f"/admin/memory/{entry}")
    assert r.json()["status"] == "stale" and "travel.md" in r.json()["status_reason"]


def test_a_judge_can_veto_a_semantic_hit(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    outcome(ask(gw, "How do I book a meeting room for tomorrow?", model="assistant/judged"))
    upstreams["b"].script(Act(text="DIFFERENT"))
    status, _, _ = outcome(ask(gw, "How can I reserve a meeting room for tomorrow?", model="assistant/judged"))
    assert status == "miss"
    judged = [s for s in upstreams["b"].seen if s.path.endswith("chat/completions")]
    assert len(judged) == 1 and "Question 1: How can I reserve" in judged[0].body["messages"][1]["content"]
    upstreams["b"].script(Act(text="SAME"))
    status, _, _ = outcome(ask(gw, "How do I reserve a meeting room for tomorrow?", model="assistant/judged"))
    assert status == "hit"
    upstreams["b"].script(Act(status=500, body={"error": {"message": "down"}}))  # a failed judge is a miss
    status, _, _ = outcome(ask(gw, "Where do I book a meeting room for tomorrow?", model="assistant/judged"))
    assert status == "miss"




def test_admins_see_and_flush_the_cache(gw: Gateway) -> None:
    q = "Where is the nearest fire exit?"
    outcome(ask(gw, q, model="assistant/plain"))
    assert outcome(ask(gw, q, model="assistant/plain"))[0] == "hit"
    stats = api(gw, "GET", "/admin/cache").json()["data"]
    assert any(r["assistant"] == "plain" and r["entries"] >= 1 for r in stats)
    r = api(gw, "DELETE", "/admin/cache", params={"assistant": "plain"})
    assert r.status_code == 200 and r.json()["deleted"] >= 1
    assert outcome(ask(gw, q, model="assistant/plain"))[0] == "miss"
    left = api(gw, "GET", "/admin/cache").json()["data"]
    assert not any(r["assistant"] == "plain" and r["entries"] > 1 for r in left)
    r = api(gw, "POST", "/admin/keys", json={"name": "user"})
    user = r.json()["key"]
    assert api(gw, "DELETE", "/admin/cache", key=user).status_code == 403



def test_curated_answers_serve_where_the_generated_cache_is_off(gw: Gateway) -> None:
    q = "What is the office wifi network called?"
    outcome(ask(gw, q, model="assistant/uncached"))
    assert outcome(ask(gw, q, model="assistant/uncached"))[0] == "miss", "no generated cache for this assistant"
    r = api(gw, "POST", "/admin/memory", json={"assistant": "uncached", "question": q, "answer": "It is HB-Staff."})
    assert r.status_code == 201, r.text
    status, _, c = outcome(ask(gw, q, model="assistant/uncached"))
    assert status == "hit" and c.choices[0].message.content == "It is HB-Staff."



def test_an_answer_never_reaches_callers_who_may_not_see_its_documents(gw: Gateway) -> None:
    """Access groups are part of the scope: an answer drawn (for an admin) from a document restricted to a group
    is not served to a user outside it, nor is a curated entry citing that document."""
    upload(gw, "policies", [("salaries.md", b"# Salaries\n\nThe salary bands for 2027 are L1 to L7.\n")],
           groups="hr")
    q = "What are the salary bands for 2027?"
    outcome(ask(gw, q))
    assert outcome(ask(gw, q))[0] == "hit"
    staff = api(gw, "POST", "/admin/keys", json={"name": "staff", "groups": ["staff"]}).json()["key"]
    hr = api(gw, "POST", "/admin/keys", json={"name": "hr", "groups": ["hr"]}).json()["key"]

    def ask_as(key: str, text: str) -> Any:
        return gw.client(key).chat.completions.with_raw_response.create(
            model="assistant/hr", messages=[{"role": "user", "content": text}])

    assert ask_as(staff, q).headers["x-bastion-cache"] == "miss"
    r = api(gw, "POST", "/admin/memory", json={"assistant": "hr", "question": "Which salary bands exist?",
                                               "answer": "L1 to L7.",
                                               "sources": [{"kb": "policies", "document": "salaries.md"}]})
    assert r.status_code == 201, r.text
    assert ask_as(hr, "Which salary bands exist?").headers.get("x-bastion-cache-layer") == "curated"
    assert ask_as(staff, "Which salary bands exist?").headers.get("x-bastion-cache-layer") != "curated"



def test_a_redacted_answer_is_cached_as_redacted(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    q = "Who do I write to about payroll?"
    upstreams["a"].script(Act(text="Write to kim.minsu@example.com in payroll."))
    _, _, first = outcome(ask(gw, q, model="assistant/plain"))
    assert "kim.minsu@example.com" not in first.choices[0].message.content
    status, _, again = outcome(ask(gw, q, model="assistant/plain"))
    assert status == "hit" and again.choices[0].message.content == first.choices[0].message.content


@pytest.mark.postgres
def test_replicas_sharing_postgresql_share_the_cache(make_gateway: Any, pg_url: str, servers: LoopThread,
                                                     upstreams: dict[str, FakeUpstream]) -> None:
    """Two gateways on one PostgreSQL: what one cached, the other serves (exactly and semantically); an entry
    evicted through one is not served by the other, although its vector is still in that one's memory."""
    cfg = {**config(upstreams), "database_url": pg_url}
    one, two = make_gateway(cfg), make_gateway(cfg)
    q = "How many vacation days do new employees get?"
    assert outcome(ask(one, q, model="up-a"))[0] == "miss"
    raw = ask(two, q, model="up-a")
    assert raw.headers["x-bastion-cache"] == "hit" and raw.headers["x-bastion-cache-layer"] == "exact"
    para = "How many days of vacation do new employees get?"
    raw = ask(two, para, model="up-a")
    assert raw.headers["x-bastion-cache"] == "hit" and raw.headers["x-bastion-cache-layer"] == "semantic"
    entry = int(raw.headers["x-bastion-cache-entry"])
    assert ask(one, para, model="up-a").headers["x-bastion-cache-layer"] == "semantic"
    assert servers.run(one.services.cache.repo.votes(entry, 0, 2, 2)) == "evicted"
    raw = ask(two, para, model="up-a")
    assert raw.headers["x-bastion-cache"] == "miss", "an entry evicted on one replica is not served by another"
