"""Feedback through the openai SDK and the HTTP API: the SDK's completion id names the response, one vote per user
(a second vote changes it), the per-key rate limit, 404 for unknown and foreign responses, promotion by distinct
users into the review queue and the curated memory, auto-approval, reviewers' corrections, the output guardrails
re-run on approval, and thumbs down evicting a cached answer. The model is a fake upstream; the embedder (for the
cache) is the real packaged e5."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bastion.resources import Resources
from tests.conftest import Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import Act, FakeUpstream
from tests.test_knowledge import TRAVEL, api, new_kb, upload
from tests.test_scale_out import AUTH as AUTH_ADMIN
from tests.test_scale_out import BODY, admin, replicas  # noqa: F401 - the replicas fixture

E5 = {"provider": "local-embedding", "kind": "embedding", "model": "multilingual-e5-small"}
HELPDESK: dict[str, Any] = {"route": "up-a", "role": "You are the IT help desk."}
HR: dict[str, Any] = {"route": "up-a", "role": "You are the HR help desk.",
                      "retrieval": {"knowledge_bases": ["policies"], "min_relevance": -1, "top_k": 3},
                      "cache": {"enabled": False}}
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAvQ\n-----END RSA PRIVATE KEY-----"


def config(ups: dict[str, FakeUpstream], **feedback: Any) -> dict[str, Any]:
    return {"deployments": {"a": remote("a", ups["a"]), "e5": E5},
            "routes": {"up-a": {"targets": ["a"]}, "multilingual-e5-small": {"targets": ["e5"]}},
            "assistants": {"helpdesk": HELPDESK, "hr": HR}, "cache": {"enabled": True},
            "feedback": {"rpm": 5, "max_comment_chars": 200, **feedback}}


def keep_bodies(gw: Gateway, tenant: str = "default", **fields: Any) -> None:
    r = api(gw, "PATCH", f"/admin/tenants/{tenant}", json={"retention": "full", **fields})
    assert r.status_code == 200, r.text


@pytest.fixture(scope="module")
def gw(servers: LoopThread, tmp_path_factory: pytest.TempPathFactory, scanner_models: Resources,
       upstreams: dict[str, FakeUpstream]) -> Iterator[Gateway]:
    g = start_gateway(servers, tmp_path_factory.mktemp("feedback"),
                      config(upstreams, promotion={"require_grounded": False}), scanner_models)
    keep_bodies(g)
    yield g
    stop_gateway(servers, g)


def user_key(gw: Gateway, name: str, role: str = "user", tenant: str | None = None,
             user_id: str | None = None) -> tuple[str, str]:
    """(key, user id) of a new user (or a second key of ``user_id``)."""
    where = {"tenant_id": tenant} if tenant else {}
    if user_id is None:
        r = api(gw, "POST", "/admin/users", json={"name": name, "role": role, **where})
        assert r.status_code == 201, r.text
        user_id = r.json()["id"]
    r = api(gw, "POST", "/admin/keys", json={"name": name, "role": role, "user_id": user_id, **where})
    assert r.status_code == 201, r.text
    return r.json()["key"], user_id


def chat(gw: Gateway, key: str, question: str, model: str = "assistant/helpdesk", **kw: Any) -> Any:
    return gw.client(key).chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": question}], **kw)


def ask(gw: Gateway, key: str, question: str, **kw: Any) -> Any:
    return chat(gw, key, question, **kw).parse()


def vote(gw: Gateway, key: str, **body: Any) -> httpx.Response:
    return api(gw, "POST", "/v1/feedback", key, json=body)


def ok(r: httpx.Response) -> dict[str, Any]:
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def calls(up: FakeUpstream) -> int:
    return sum(1 for s in up.seen if s.path.endswith("chat/completions"))


def test_the_sdk_completion_id_names_the_response_and_a_user_has_one_vote(
        gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    alice, alice_id = user_key(gw, "alice")
    bob, bob_id = user_key(gw, "bob")
    upstreams["a"].script(Act(text="Restart the VPN client, then sign in again."))
    raw = chat(gw, alice, "How do I reconnect to the VPN?")
    c = raw.parse()
    first = ok(vote(gw, alice, response_id=c.id, rating="up", comment="worked", tags=["vpn", "vpn", "network"]))
    assert first["object"] == "feedback" and first["response_id"] == c.id and first["created"] is True
    assert first["rating"] == "up" and first["votes"] == {"up": 1, "down": 0} and first["tags"] == ["network", "vpn"]
    assert first["request_id"] == raw.headers["x-request-id"]
    again = ok(vote(gw, alice, response_id=c.id, rating="down"))
    assert again["id"] == first["id"] and again["created"] is False and again["votes"] == {"up": 0, "down": 1}
    assert again["comment"] == "worked" and again["tags"] == ["network", "vpn"], "what is left out is kept"
    second_key, _ = user_key(gw, "alice-laptop", user_id=alice_id)  # another key of the same user: the same voter
    same = ok(vote(gw, second_key, response_id=raw.headers["x-request-id"], rating=-1))
    assert same["id"] == first["id"] and same["response_id"] == c.id and same["votes"] == {"up": 0, "down": 1}
    other = ok(vote(gw, bob, response_id=c.id, rating=1))
    assert other["id"] != first["id"] and other["votes"] == {"up": 1, "down": 1}
    listed = ok(api(gw, "GET", "/admin/feedback?assistant=helpdesk&limit=50"))["data"]
    mine = [(f["voter"], f["rating"]) for f in listed if f["response_id"] == c.id]
    assert mine == [(f"user:{bob_id}", "up"), (f"user:{alice_id}", "down")]  # newest first
    assert ok(api(gw, "GET", "/admin/feedback?rating=down&limit=1000"))["data"][0]["rating"] == "down"
    assert api(gw, "GET", "/admin/feedback", alice).status_code == 403


def test_bad_input_unknown_and_foreign_responses(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    alice, _ = user_key(gw, "carol")
    r = vote(gw, alice, response_id="chatcmpl-nope", rating="up")
    assert r.status_code == 404 and r.json()["error"]["code"] == "response_not_found"
    assert "completion.id" in r.json()["error"]["message"]
    assert api(gw, "POST", "/admin/tenants", json={"id": "other", "retention": "full"}).status_code == 201
    outsider, _ = user_key(gw, "olga", tenant="other")
    foreign = ask(gw, outsider, "What is the Wi-Fi password policy?", model="up-a")
    r = vote(gw, alice, response_id=foreign.id, rating="up")
    assert r.status_code == 404 and r.json()["error"]["code"] == "response_not_found"
    assert ok(vote(gw, outsider, response_id=foreign.id, rating="up"))["votes"] == {"up": 1, "down": 0}
    mine = ask(gw, alice, "Where do I find the printer drivers?")
    for body, param in [({"rating": "meh"}, "rating"), ({"rating": True}, "rating"), ({}, "rating"),
                        ({"comment": "x" * 201}, "comment"),
                        ({"correction": "  "}, "correction"), ({"tags": ["t"] * 17}, "tags"), ({"stars": 5}, "stars")]:
        r = vote(gw, alice, response_id=mine.id, **body)
        assert r.status_code == 400 and r.json()["error"]["param"] == param, (body, r.text)
    assert api(gw, "POST", "/v1/feedback", "bst_wrong", json={"response_id": mine.id}).status_code == 401


def test_feedback_is_rate_limited_per_key(gw: Gateway) -> None:
    spammer, _ = user_key(gw, "spammer")
    for i in range(5):
        assert vote(gw, spammer, response_id=f"chatcmpl-{i}", rating="up").status_code == 404
    r = vote(gw, spammer, response_id="chatcmpl-5", rating="up")
    assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limit_exceeded"
    assert int(r.headers["retry-after"]) >= 1 and "5 feedback requests per minute" in r.json()["error"]["message"]
    other, _ = user_key(gw, "patient")
    assert vote(gw, other, response_id="chatcmpl-5", rating="up").status_code == 404


def test_two_users_promote_an_answer_into_the_curated_memory(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    alice, _ = user_key(gw, "dora")
    bob, _ = user_key(gw, "erik")
    rita, _ = user_key(gw, "rita", role="reviewer")
    question = "How do I reset my password?"
    upstreams["a"].script(Act(text="Open the self-service portal and choose Reset password."))
    c = ask(gw, alice, question)
    p = ok(vote(gw, alice, response_id=c.id, rating="up"))["promotion"]
    assert p == {"id": None, "status": "waiting", "reason": "1 of 2 thumbs up from distinct users"}
    p = ok(vote(gw, alice, response_id=c.id, rating="up"))["promotion"]
    assert p["status"] == "waiting", "a second vote by the same user does not count twice"
    p = ok(vote(gw, bob, response_id=c.id, rating="up"))["promotion"]
    assert p["status"] == "pending" and p["source"] == "votes" and p["target"] == "curated"
    assert api(gw, "GET", "/admin/promotions", alice).status_code == 403
    queue = ok(api(gw, "GET", "/admin/promotions?status=pending&assistant=helpdesk", rita))["data"]
    cand = next(x for x in queue if x["id"] == p["id"])
    assert cand["question"] == question and cand["answer"] == c.choices[0].message.content
    assert cand["response_id"] == c.id and cand["voter"] == ""
    done = ok(api(gw, "POST", f"/admin/promotions/{p['id']}/approve", rita))
    assert done["status"] == "approved" and done["entry_id"] and done["decided_by"]
    again = api(gw, "POST", f"/admin/promotions/{p['id']}/approve", rita)
    assert again.status_code == 409 and again.json()["error"]["code"] == "promotion_decided"
    memory = ok(api(gw, "GET", "/admin/memory?assistant=helpdesk", rita))["data"]
    entry = next(m for m in memory if m["id"] == done["entry_id"])
    assert entry["question"] == question and entry["answer"] == c.choices[0].message.content
    assert entry["origin"] == "promotion" and entry["status"] == "active" and entry["request_id"]
    before = calls(upstreams["a"])
    raw = chat(gw, bob, question)
    assert raw.headers["x-bastion-cache"] == "hit" and raw.headers["x-bastion-cache-layer"] == "curated", raw.headers
    assert raw.parse().choices[0].message.content == entry["answer"] and calls(upstreams["a"]) == before
    audit = ok(api(gw, "GET", "/admin/audit?kind=admin&limit=200"))["data"]
    assert any(a["action"] == "promotion.approve" and a["detail"]["promotion_id"] == p["id"] for a in audit)


def test_a_reviewers_correction_is_a_candidate_and_a_users_is_not(gw: Gateway,
                                                                  upstreams: dict[str, FakeUpstream]) -> None:
    user, _ = user_key(gw, "frank")
    rita, rita_id = user_key(gw, "rita2", role="reviewer")
    upstreams["a"].script(Act(text="Ask your manager."))
    c = ask(gw, user, "Who approves software installs?")
    mine = ok(vote(gw, user, response_id=c.id, rating="down", correction="The IT security team approves them."))
    assert mine["promotion"]["status"] == "waiting" and "thumbs down" in mine["promotion"]["reason"]
    queue = ok(api(gw, "GET", "/admin/promotions?limit=1000"))["data"]
    assert not [x for x in queue if x["response_id"] == c.id], "a user's correction is kept as feedback only"
    fix = "Software installs are approved by the IT security team (form SEC-7)."
    p = ok(vote(gw, rita, response_id=c.id, correction=fix))["promotion"]
    assert p["status"] == "pending" and p["source"] == "correction" and p["target"] == "curated"
    cand = ok(api(gw, "GET", "/admin/promotions?status=pending&limit=1000"))["data"]
    assert next(x for x in cand if x["id"] == p["id"])["voter"] == f"user:{rita_id}"
    own = api(gw, "POST", f"/admin/promotions/{p['id']}/approve", rita)
    assert own.status_code == 403, "a reviewer may not approve their own correction"
    done = ok(api(gw, "POST", f"/admin/promotions/{p['id']}/approve"))  # an admin decides
    entry = ok(api(gw, "GET", f"/admin/memory/{done['entry_id']}", rita))
    assert entry["answer"] == fix and entry["origin"] == "correction"
    assert entry["question"] == "Who approves software installs?"


def test_a_rejected_candidate_leaves_no_entry(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    rita, _ = user_key(gw, "rita3", role="reviewer")
    c = ask(gw, rita, "Can I use my own laptop?")
    p = ok(vote(gw, rita, response_id=c.id, correction="Only with an MDM profile installed."))["promotion"]
    r = ok(api(gw, "POST", f"/admin/promotions/{p['id']}/reject", rita, json={"reason": "policy is changing"}))
    assert r["status"] == "rejected" and r["reason"] == "policy is changing" and r["entry_id"] is None
    assert ok(api(gw, "GET", "/admin/promotions?status=rejected", rita))["data"][0]["id"] == p["id"]


def test_a_thumbs_down_withdraws_a_pending_candidate(gw: Gateway) -> None:
    (a, _), (b, _), (c, _) = user_key(gw, "kim"), user_key(gw, "lee"), user_key(gw, "max")
    r = ask(gw, a, "Where is the lost and found?")
    ok(vote(gw, a, response_id=r.id, rating="up"))
    assert ok(vote(gw, b, response_id=r.id, rating="up"))["promotion"]["status"] == "pending"
    p = ok(vote(gw, c, response_id=r.id, rating="down"))["promotion"]
    assert p["status"] == "rejected" and p["reason"] == "1 thumbs down while pending (the rule allows 0)"
    assert ok(vote(gw, c, response_id=r.id, rating="up"))["promotion"]["status"] == "rejected", "decided for good"


def test_approval_runs_the_tenants_output_guardrails_again(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    strict = {"actions": {"pii": "mask", "secrets": "block"}}
    assert api(gw, "PUT", "/admin/policies/strict", json=strict).status_code == 201
    assert api(gw, "POST", "/admin/tenants", json={"id": "acme", "retention": "full", "policy": "strict"}
               ).status_code == 201
    r = api(gw, "PUT", "/admin/assistants/helpdesk?tenant=acme", json={**HELPDESK, "cache": {"enabled": False}})
    assert r.status_code == 201, r.text
    reviewer, _ = user_key(gw, "rhea", role="reviewer", tenant="acme")
    c = ask(gw, reviewer, "How do I log in to the build server?")
    leaky = ok(vote(gw, reviewer, response_id=c.id, correction=f"Use this key:\n{PEM}"))["promotion"]
    rob = user_key(gw, "rob", role="reviewer", tenant="acme")[0]
    fine = ok(vote(gw, rob, response_id=c.id, correction="Use your SSO account; ask IT for access."))["promotion"]
    assert leaky["status"] == fine["status"] == "pending"
    denied = ok(api(gw, "POST", f"/admin/promotions/{leaky['id']}/approve", rob))  # each decides the other's
    assert denied["status"] == "rejected" and "category: secrets" in denied["reason"]
    allowed = ok(api(gw, "POST", f"/admin/promotions/{fine['id']}/approve", reviewer))
    assert allowed["status"] == "approved"
    memory = ok(api(gw, "GET", "/admin/memory?tenant_id=acme"))["data"]
    assert [m["answer"] for m in memory] == ["Use your SSO account; ask IT for access."]
    assert api(gw, "POST", f"/admin/promotions/{fine['id']}/approve").status_code == 409
    # a reviewer of another tenant sees neither the queue nor the memory of acme
    rita, _ = user_key(gw, "rita4", role="reviewer")
    assert not [x for x in ok(api(gw, "GET", "/admin/promotions?limit=1000", rita))["data"]
                if x["tenant_id"] == "acme"]
    assert api(gw, "GET", "/admin/memory?tenant_id=acme", rita).status_code == 403
    assert api(gw, "POST", f"/admin/promotions/{leaky['id']}/reject", rita).status_code == 404


def test_thumbs_down_evict_a_cached_answer(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    alice, _ = user_key(gw, "gina")
    bob, _ = user_key(gw, "hank")
    question = "What is the guest Wi-Fi network called?"
    upstreams["a"].script(Act(text="It is called ACME-Guest."))
    first = chat(gw, alice, question)
    assert first.headers["x-bastion-cache"] == "miss"
    served = chat(gw, bob, question)
    assert served.headers["x-bastion-cache"] == "hit" and served.headers["x-bastion-cache-layer"] == "exact"
    sid = served.parse().id
    one = ok(vote(gw, alice, response_id=sid, rating="down"))
    assert one["cache_entry"]["status"] == "active" and one["cache_entry"]["down"] == 1
    assert one["promotion"]["status"] == "ineligible" and "served from the cache" in one["promotion"]["reason"]
    two = ok(vote(gw, bob, response_id=first.parse().id, rating="down"))  # the answer it was stored from counts
    assert two["cache_entry"] == {**one["cache_entry"], "down": 2, "status": "evicted"}
    before = calls(upstreams["a"])
    again = chat(gw, alice, question)
    assert again.headers["x-bastion-cache"] == "miss" and calls(upstreams["a"]) == before + 1


def test_auto_approval_and_the_grounding_requirement(make_gateway: Any, upstreams: dict[str, FakeUpstream]) -> None:
    g = make_gateway(config(upstreams, promotion={"auto_approve": True}))
    keep_bodies(g)
    new_kb(g)
    upload(g, "policies", [("travel.md", TRAVEL.encode())])
    alice, bob = user_key(g, "ann")[0], user_key(g, "ben")[0]
    ungrounded = ask(g, alice, "How do I reconnect to the VPN?")
    for key in (alice, bob):
        p = ok(vote(g, key, response_id=ungrounded.id, rating="up"))["promotion"]
    assert p["status"] == "ineligible" and "no grounding check ran" in p["reason"]
    upstreams["a"].script(Act(text="The per diem in Busan is KRW 60,000."))
    grounded = ask(g, alice, "How much is the daily allowance in Busan?", model="assistant/hr")
    check = grounded.model_extra["bastion"]["grounding"]
    assert check["unsupported"] == [] and check["miscited"] == []
    first = ok(vote(g, alice, response_id=grounded.id, rating="up"))["promotion"]
    assert first["status"] == "waiting", first
    p = ok(vote(g, bob, response_id=grounded.id, rating="up"))["promotion"]
    assert p["status"] == "approved", p
    memory = ok(api(g, "GET", "/admin/memory?assistant=hr"))["data"]
    assert [(m["question"], m["answer"], m["origin"]) for m in memory] == [
        ("How much is the daily allowance in Busan?", "[a] The per diem in Busan is KRW 60,000.", "promotion")]
    audit = ok(api(g, "GET", "/admin/audit?kind=admin&limit=200"))["data"]
    assert any(a["action"] == "promotion.auto_approve" for a in audit)
    assert api(g, "POST", f"/admin/promotions/{p['id']}/reject", json={}).status_code == 409
    # the promoted entry cites the documents its answer was drawn from, and goes stale when they change
    sha = next(d["sha256"] for d in ok(api(g, "GET", "/v1/knowledge/policies/documents"))["data"])
    assert memory[0]["sources"] == [{"kb": "policies", "document": "travel.md", "sha256": sha}]
    upload(g, "policies", [("travel.md", TRAVEL.replace("KRW 60,000", "KRW 65,000").encode())])
    assert ok(api(g, "GET", f"/admin/memory/{memory[0]['id']}"))["status"] == "stale"


def test_the_curated_memory_admin_api(gw: Gateway) -> None:
    new_kb(gw, "handbook")
    upload(gw, "handbook", [("travel.md", TRAVEL.encode())])
    rita, _ = user_key(gw, "rita5", role="reviewer")
    user, _ = user_key(gw, "ivan")
    entry = {"assistant": "helpdesk", "question": "What is the per diem in Busan?", "answer": "KRW 60,000 a day.",
             "paraphrases": ["Busan daily allowance?", " "], "sources": [{"kb": "handbook", "document": "travel.md"}]}
    r = api(gw, "POST", "/admin/memory", json={**entry, "sources": [{"kb": "handbook", "document": "nope.md"}]})
    assert r.status_code == 400 and r.json()["error"]["param"] == "sources.0.document"
    assert "no document 'nope.md'" in r.json()["error"]["message"]
    r = api(gw, "POST", "/admin/memory", json={**entry, "sources": [{"kb": "nokb", "document": "travel.md"}]})
    assert r.status_code == 400 and r.json()["error"]["param"] == "sources.0.kb"
    assert api(gw, "POST", "/admin/memory", json={**entry, "assistant": "ghost"}).status_code == 400
    assert api(gw, "POST", "/admin/memory", rita, json=entry).status_code == 403
    created = api(gw, "POST", "/admin/memory", json=entry)
    assert created.status_code == 201, created.text
    e = created.json()
    docs = api(gw, "GET", "/v1/knowledge/handbook/documents").json()["data"]
    sha = next(d["sha256"] for d in docs if d["name"] == "travel.md")
    assert e["sources"] == [{"kb": "handbook", "document": "travel.md", "sha256": sha}]
    assert e["paraphrases"] == ["Busan daily allowance?"] and e["origin"] == "admin" and e["status"] == "active"
    assert ok(api(gw, "GET", f"/admin/memory/{e['id']}", rita))["answer"] == "KRW 60,000 a day."
    assert api(gw, "GET", "/admin/memory", user).status_code == 403
    assert e["id"] in [m["id"] for m in ok(api(gw, "GET", "/admin/memory"))["data"]]  # an admin, no filter
    changed = ok(api(gw, "PATCH", f"/admin/memory/{e['id']}", json={"answer": "KRW 60,000 per day."}))
    assert changed["answer"] == "KRW 60,000 per day."
    upload(gw, "handbook", [("travel.md", TRAVEL.replace("KRW 60,000", "KRW 75,000").encode())])
    stale = ok(api(gw, "GET", f"/admin/memory/{e['id']}"))
    assert stale["status"] == "stale", "a changed source document stops the entry until it is reviewed"
    assert ok(api(gw, "GET", "/admin/memory?status=stale&assistant=helpdesk"))["data"][0]["id"] == e["id"]
    reviewed = ok(api(gw, "PATCH", f"/admin/memory/{e['id']}", json={"status": "active",
                                                                     "answer": "KRW 75,000 per day."}))
    new_sha = next(d["sha256"] for d in api(gw, "GET", "/v1/knowledge/handbook/documents").json()["data"]
                   if d["name"] == "travel.md")
    assert reviewed["status"] == "active" and reviewed["status_reason"] is None and new_sha != sha
    assert reviewed["sources"][0]["sha256"] == new_sha
    assert api(gw, "PATCH", f"/admin/memory/{e['id']}", json={"status": "stale"}).status_code == 400
    assert ok(api(gw, "DELETE", f"/admin/memory/{e['id']}"))["deleted"] is True
    assert api(gw, "GET", f"/admin/memory/{e['id']}").status_code == 404
    audit = ok(api(gw, "GET", "/admin/audit?kind=admin&limit=200"))["data"]
    done = {a["action"] for a in audit if a["detail"].get("entry_id") == e["id"]}
    assert done >= {"memory.create", "memory.update", "memory.delete"}


@pytest.mark.postgres
def test_votes_and_the_limit_hold_across_replicas(replicas) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    r1, r2 = replicas(2, feedback={"rpm": 4})
    voter = admin(r1, "POST", "/keys", {"name": "voter"}, 201)["key"]
    auth = {"authorization": f"Bearer {voter}"}
    rid = httpx.post(f"{r1.url}/v1/chat/completions", json=BODY, headers=auth, timeout=10).json()["id"]
    deadline = time.monotonic() + 5
    while True:  # the other replica sees the response once the first has written its batch (a fraction of a second)
        r = httpx.post(f"{r2.url}/v1/feedback", json={"response_id": rid, "rating": "up"}, headers=auth, timeout=10)
        if r.status_code != 404 or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert r.status_code == 200 and r.json()["votes"] == {"up": 1, "down": 0}, r.text
    again = httpx.post(f"{r1.url}/v1/feedback", json={"response_id": rid, "rating": "down"}, headers=auth, timeout=10)
    assert again.json()["id"] == r.json()["id"] and again.json()["votes"] == {"up": 0, "down": 1}
    assert again.json()["promotion"]["status"] == "ineligible"  # metadata retention: no body to promote
    spammer = admin(r1, "POST", "/keys", {"name": "spammer"}, 201)["key"]
    codes = [httpx.post(f"{(r1, r2)[i % 2].url}/v1/feedback", json={"response_id": f"x{i}", "rating": "up"},
                        headers={"authorization": f"Bearer {spammer}"}, timeout=10).status_code for i in range(6)]
    assert codes == [404, 404, 404, 404, 429, 429], "one limit for the key across both replicas (Redis)"
    listed = admin(r2, "GET", "/feedback")["data"]
    assert [(f["response_id"], f["rating"]) for f in listed] == [(rid, "down")]
    exported = httpx.get(f"{r2.url}/admin/export/eval", params={"rating": "down"}, headers=AUTH_ADMIN, timeout=10)
    assert exported.status_code == 200 and exported.content == b""
    assert exported.headers["x-bastion-skipped-no-body"] == "1"
    assert admin(r1, "GET", "/promotions")["data"] == []


def test_the_retention_ttl_drops_kept_bodies_but_votes_still_count(gw: Gateway, servers: LoopThread) -> None:
    from datetime import UTC, datetime, timedelta

    key, _ = user_key(gw, "ttl")
    c = ask(gw, key, "Where do I find the holiday calendar?")
    resp = servers.run(gw.services.responses.find("default", c.id))
    assert resp["answer"] == c.choices[0].message.content and resp["messages"]
    ok(vote(gw, key, response_id=c.id, comment="My manager is Jane Doe."))
    later = datetime.now(UTC) + timedelta(seconds=1)
    assert servers.run(gw.services.responses.purge_bodies(later, "default")) >= 2
    assert servers.run(gw.services.responses.purge_bodies(later, "default")) == 0, "nothing left to drop"
    resp = servers.run(gw.services.responses.find("default", c.id))
    assert resp["answer"] is None and resp["messages"] is None and resp["contexts"] is None
    out = ok(vote(gw, key, response_id=c.id, rating="up"))
    assert out["votes"]["up"] == 1
    mine = [f for f in ok(api(gw, "GET", "/admin/feedback?limit=200"))["data"] if f["response_id"] == c.id]
    assert mine and mine[0]["comment"] is None
