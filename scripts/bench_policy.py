"""Latency of the default guardrail policy on 400-character prompts (issue 4's target: <= 10 ms p50).

Two prompt sets from evals/data, each text repeated or cut to exactly 400 characters: everyday requests (the
benign items of the injection set) and PII-dense prompts (the PII set). Runs the input side of the default
policy (PII, injection, content, secrets) as the gateway does, in one thread, after warm-up. Then a chat's tenth
turn: the request carries all ten messages, nine of which the policy scanned on earlier turns.

    .venv/bin/python scripts/bench_policy.py
"""

from __future__ import annotations

import contextlib
import json
import statistics
import time
from pathlib import Path

from bastion.config import GuardrailsConfig, PolicyConfig
from bastion.guardrails.policy import ScanCache
from bastion.guardrails.registry import Guardrails

DATA = Path(__file__).resolve().parent.parent / "evals" / "data"


def prompts(name: str, keep: object) -> list[str]:
    rows = [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]
    out = []
    for r in rows:
        if keep(r):  # type: ignore[operator]
            text = r["text"]
            out.append((text * (400 // max(len(text), 1) + 1))[:400])
    return out


def measure(policy: object, texts: list[str], rounds: int = 5) -> tuple[float, float]:
    for t in texts[:10]:
        policy.check(t, "input")  # type: ignore[attr-defined]
    xs = []
    for _ in range(rounds):
        for t in texts:
            start = time.perf_counter()
            with contextlib.suppress(Exception):  # a block is a result too
                policy.check(t, "input")  # type: ignore[attr-defined]
            xs.append((time.perf_counter() - start) * 1000)
    xs.sort()
    return statistics.median(xs), xs[int(len(xs) * 0.95)]


def main() -> None:
    fast = PolicyConfig(options={"pii": {"spacy": False, "korean_names": False}})
    guardrails = Guardrails(GuardrailsConfig(policies={"default": PolicyConfig(), "patterns": fast}))
    guardrails.warm()
    sets = {"everyday requests (en+ko)": prompts("injection.jsonl", lambda r: r["kind"] == "benign"),
            "PII-dense prompts (en+ko)": prompts("pii.jsonl", lambda r: bool(r["spans"]))}
    print("| policy | prompts | n | p50 ms | p95 ms |\n|---|---|---|---|---|")
    for policy_name in ("default", "patterns"):
        policy = guardrails.static[policy_name]
        policy.cache = ScanCache(max_chars=0)  # one prompt's cost: every round scans again
        for name, texts in sets.items():
            p50, p95 = measure(policy, texts)
            print(f"| {policy_name} | {name} | {len(texts)} | {p50:.2f} | {p95:.2f} |")
    print("\n| policy | a chat's 10th turn: 10 messages of 400 characters, 9 seen before | p50 ms | p95 ms |"
          "\n|---|---|---|---|")
    for policy_name in ("default", "patterns"):
        policy = guardrails.static[policy_name]
        policy.cache = ScanCache()
        everyday = sets["everyday requests (en+ko)"]
        xs = []
        for k in range(len(everyday) - 10):
            for t in everyday[k : k + 9]:  # the earlier turns, as the gateway saw them then
                with contextlib.suppress(Exception):
                    policy.check(t, "input")
            start = time.perf_counter()
            for t in everyday[k : k + 10]:  # the 10th request carries the whole conversation
                with contextlib.suppress(Exception):
                    policy.check(t, "input")
            xs.append((time.perf_counter() - start) * 1000)
        xs.sort()
        print(f"| {policy_name} | everyday requests | {statistics.median(xs):.2f} | {xs[int(len(xs) * 0.95)]:.2f} |")


if __name__ == "__main__":
    main()
