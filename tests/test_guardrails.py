"""Guardrails through the API: secrets are masked before they reach a provider or a client, or blocked,
per policy; streams hold back unscanned text; verdicts land in the audit log."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from bastion.guardrails.masking import redact
from bastion.guardrails.policy import Policy, ScanCache, StreamGuard
from bastion.guardrails.secrets import SecretsScanner
from tests.conftest import ADMIN_KEY, Gateway, remote
from tests.fakes.upstream import Act, FakeUpstream

AWS = "AKIAIOSFODNN7EXAMPLE"
PG = "postgresql://app:hunter2secret@db.internal:5432/prod"
ASK = [{"role": "user", "content": f"My key is {AWS}, connect with {PG} please"}]


SECRETS_ONLY = {"scanners": ["secrets"], "output_scanners": ["secrets"], "actions": {"secrets": "mask"},
                "max_scan_chars": 16_000_000}


def config(ups: dict[str, FakeUpstream], **guardrails: Any) -> dict[str, Any]:
    """The secrets scanner on its own (the other scanners have their own tests)."""
    guardrails.setdefault("policies", {"default": SECRETS_ONLY})
    for p in guardrails["policies"].values():
        for k, v in SECRETS_ONLY.items():
            p.setdefault(k, v)
    return {"deployments": {"a": remote("a", ups["a"]), "e": {**remote("a", ups["a"]), "kind": "embedding",
                                                               "model": "emb"}},
            "routes": {"m": {"targets": ["a"]}, "strict-m": {"targets": ["a"]}, "emb": {"targets": ["e"]}},
            "guardrails": guardrails}


def audit_verdicts(gw: Gateway) -> list[dict[str, Any]]:
    rows = httpx.get(f"{gw.url}/admin/audit?kind=request", headers={"authorization": f"Bearer {ADMIN_KEY}"}).json()
    return [v for r in rows["data"] for v in r["verdicts"]]


def test_input_secrets_are_masked_before_the_provider_sees_them(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    tool_turn = [*ASK, {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function", "function": {"name": "env", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "GITHUB_TOKEN=ghp_" + "a" * 36}]
    gw.client().chat.completions.create(model="m", messages=tool_turn)
    sent = upstreams["a"].seen[-1].body["messages"]
    assert sent[0]["content"] == ("My key is [REDACTED:aws_access_key], connect with "
                                  "postgresql://app:[REDACTED:connection_string_password]@db.internal:5432/prod please")
    assert "ghp_" not in sent[2]["content"] and "[REDACTED:" in sent[2]["content"]
    verdicts = audit_verdicts(gw)
    expected = {"scanner": "secrets", "category": "secrets", "action": "mask", "where": "input"}
    assert expected.items() <= verdicts[0].items()
    assert set(verdicts[0]["labels"]) == {"aws_access_key", "connection_string_password"}


def test_embedding_inputs_are_scanned_too(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    gw.client().embeddings.create(model="emb", input=[f"key {AWS}"], encoding_format="float")
    assert upstreams["a"].seen[-1].body["input"] == ["key [REDACTED:aws_access_key]"]


def test_block_policy_refuses_without_echoing_the_secret(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, policies={"default": {}, "strict": {"actions": {"secrets": "block"}}},
                             routes={"strict-m": "strict"}))
    with pytest.raises(openai.BadRequestError) as e:
        gw.client().chat.completions.create(model="strict-m", messages=ASK)
    assert e.value.code == "content_policy_violation"
    assert "category: secrets" in e.value.body["message"] and AWS not in str(e.value.body)  # type: ignore[index]
    assert upstreams["a"].seen == []
    assert gw.client().chat.completions.create(model="m", messages=ASK)  # the default policy only masks
    assert any(v["action"] == "block" for v in audit_verdicts(gw))


def test_tenant_policy(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, policies={"default": {}, "strict": {"actions": {"secrets": "block"}}},
                             tenants={"acme": "strict"}))
    auth = {"authorization": f"Bearer {ADMIN_KEY}"}
    httpx.post(f"{gw.url}/admin/tenants", json={"id": "acme"}, headers=auth)
    key = httpx.post(f"{gw.url}/admin/keys", json={"tenant_id": "acme"}, headers=auth).json()["key"]
    with pytest.raises(openai.BadRequestError):
        gw.client(key).chat.completions.create(model="m", messages=ASK)


def test_secrets_in_answers_are_masked(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    upstreams["a"].script(Act(text=f"Use {AWS} for that."))
    r = gw.client().chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert r.choices[0].message.content == "[a] Use [REDACTED:aws_access_key] for that."


def test_streamed_answers_are_scanned_before_release(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, stream_window=16))
    long = "word " * 30
    upstreams["a"].script(Act(text=f"{long}the key is {AWS} and more {long}", chunk_delay=0.001))
    chunks = list(gw.client().chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}],
                                                      stream=True, stream_options={"include_usage": True}))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert AWS not in text and "[REDACTED:aws_access_key]" in text
    assert text.split() == f"[a] {long}the key is [REDACTED:aws_access_key] and more {long}".split()
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 3  # released as it goes
    assert chunks[-1].usage is not None and chunks[-2].choices[0].finish_reason == "stop"


def test_a_blocked_stream_ends_with_an_error_and_never_sends_the_held_text(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, policies={"default": {"actions": {"secrets": "block"}}}, stream_window=40))
    upstreams["a"].script(Act(text=f"{'safe ' * 20}now {AWS} leaks", chunk_delay=0.001))
    raw = httpx.post(f"{gw.base_url}/chat/completions", headers={"authorization": f"Bearer {ADMIN_KEY}"},
                     json={"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}).text
    events = [line[6:] for line in raw.splitlines() if line.startswith("data: ")]
    assert "[DONE]" not in events and '"code":"content_policy_violation"' in events[-1]
    assert "AKIA" not in raw and "now" not in raw  # the window before the secret was held back too
    assert "safe" in raw  # text well before it had been released
    blocked = [v for v in audit_verdicts(gw) if v["action"] == "block"]
    assert blocked == [{"scanner": "secrets", "category": "secrets", "action": "block", "score": 0.95,
                        "labels": ["aws_access_key"], "where": "output"}]


def test_a_blocked_whole_answer_is_withheld(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, policies={"default": {"actions": {"secrets": "block"}}}))
    upstreams["a"].script(Act(text=f"Use {AWS}."))
    with pytest.raises(openai.BadRequestError) as e:
        gw.client().chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert e.value.code == "content_policy_violation" and "the answer was blocked" in e.value.body["message"]  # type: ignore[index]
    assert AWS not in str(e.value.body)


def test_unknown_scanner_fails_at_startup(tmp_path: Path) -> None:
    p = tmp_path / "bastion.yaml"
    p.write_text("guardrails:\n  policies:\n    default: {scanners: [telepathy]}\n")
    r = subprocess.run([sys.executable, "-m", "bastion.cli", "config", "check", "--config", str(p)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "guardrails.policies.default.scanners[0]" in r.stderr and "secrets" in r.stderr


SAMPLES = [AWS, PG, "ghp_" + "Z" * 36, "AIza" + "b" * 35, "sk_live_" + "c" * 24, "xoxb-123456789012-abcdefghij",
           "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", "password = 'S3cure-Pa55word'",
           "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"]


@pytest.mark.parametrize("secret", SAMPLES)
def test_no_chunking_of_a_stream_leaks_a_secret(secret: str) -> None:
    policy = Policy("p", [SecretsScanner()], {"secrets": "mask"}, {}, False)
    text = f"Here it is: {secret} -- keep it safe. " + "More text follows here. " * 5
    expected = policy.check(text, "output").text
    assert secret not in expected
    rng = random.Random(secret)
    for _ in range(50):
        guard = StreamGuard(policy, 200)
        cuts = sorted(rng.sample(range(1, len(text)), rng.randint(1, 20)))
        pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        out = "".join(guard.feed(p) for p in pieces) + guard.finish()
        assert out == expected


def test_benign_text_is_left_alone() -> None:
    scanner = SecretsScanner()
    benign = ["My password is in the manager, ask IT.", "Order id 4f9d2c1a-77b0-4a51-9d2b-0c1e3f5a6b7c",
              "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              "Visit https://example.com/path?x=1", "AKIA is a prefix AWS uses", "The token count was 4096"]
    assert [f for t in benign for f in scanner.scan(t)] == []
    assert redact("abc", []) == "abc"


def test_huge_inputs_are_scanned_without_stalling_other_requests(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    import threading
    import time

    gw = make_gateway({**config(upstreams), "max_body_bytes": 16 * 1024 * 1024})
    text = "lots of harmless words about the weather and aws regions. " * 100_000 + AWS  # ~6 MB
    done: list[float] = []

    def big() -> None:
        t = time.perf_counter()
        gw.client().chat.completions.create(model="m", messages=[{"role": "user", "content": text}])
        done.append(time.perf_counter() - t)

    worker = threading.Thread(target=big)
    worker.start()
    time.sleep(0.3)  # the big request is being scanned now
    t = time.perf_counter()
    assert httpx.get(f"{gw.url}/health", timeout=10).status_code == 200
    health_seconds = time.perf_counter() - t
    worker.join(60)
    assert done, "the big request did not finish"
    assert upstreams["a"].seen[-1].body["messages"][0]["content"].endswith("[REDACTED:aws_access_key]")
    assert health_seconds < min(0.5, done[0] / 2)  # answered while the scan ran, not after it


class _Counting(SecretsScanner):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def scan(self, text: str) -> list[Any]:
        self.calls += 1
        return super().scan(text)


def test_a_conversation_history_is_not_scanned_again_each_turn() -> None:
    scanner = _Counting()
    policy = Policy("p", [scanner], {"secrets": "mask"}, {}, False)
    history = ["Hello there", f"my key is {AWS}", "thanks, and another question"]
    first = [policy.check(t, "input").text for t in history]
    second = [policy.check(t, "input").text for t in [*history, "one more turn"]]
    assert second[:3] == first and AWS not in first[1]  # the same masks from the cache
    assert scanner.calls == 4  # each distinct text scanned once
    policy.check("x" * 20_000, "input")
    policy.check("x" * 20_000, "input")
    assert scanner.calls == 6  # long texts are not kept


def test_the_scan_cache_is_bounded_scoped_and_skips_output_and_failures() -> None:
    scanner = _Counting()
    policy = Policy("p", [scanner], {"secrets": "mask"}, {}, False)
    policy.cache = ScanCache(entries=2)
    for text in ("one", "two", "three", "one"):  # "one" was evicted by the time it comes back
        policy.check(text, "input", scope="tenant-a")
    assert scanner.calls == 4
    policy.check("one", "input", scope="tenant-b")  # another tenant's texts are its own
    policy.check("one", "output", scope="tenant-a")
    policy.check("one", "output", scope="tenant-a")  # answers and stream buffers are not kept
    assert scanner.calls == 7
    many = " ".join(AWS for _ in range(80))  # more findings than a cache entry may hold
    policy.check(many, "input")
    policy.check(many, "input")
    assert scanner.calls == 9

    class Broken(SecretsScanner):
        def scan(self, text: str) -> list[Any]:
            raise RuntimeError("scanner bug")

    failing = Policy("f", [Broken()], {"secrets": "mask"}, {}, fail_open=True)
    first = failing.check("hello", "input")
    assert first.verdicts and first.verdicts[0].category == "scanner_error"
    assert failing.check("hello", "input").verdicts == first.verdicts  # a failure is not remembered as "no finding"
