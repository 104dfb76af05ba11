"""Paired A/B of the default policy's latency between two checkouts, prompt by prompt.

This machine's speed drifts by a third within minutes, so two runs of ``bench_policy.py`` one after the other
compare the machine as much as the code. Here each checkout runs in its own worker process (its own ``src``) and
the driver sends every prompt to both back to back, alternating which goes first; both medians then come from the
same minutes, and the median of the per-prompt differences is printed too.

    .venv/bin/python scripts/bench_policy_ab.py BASE_CHECKOUT NEW_CHECKOUT [--rounds 3]

A checkout needs a ``.venv`` (a symlink to this one will do: ``git worktree add /tmp/base <commit>``,
``ln -s $PWD/.venv /tmp/base/.venv``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SETS = ("everyday requests (en+ko)", "PII-dense prompts (en+ko)")


def worker() -> None:
    """Scan the prompts the driver names (set index, prompt index), one per line; answer with milliseconds."""
    sys.path.insert(0, str(Path.cwd() / "scripts"))
    from bench_policy import prompts  # type: ignore[import-not-found]

    from bastion.config import GuardrailsConfig, PolicyConfig
    from bastion.guardrails.policy import ScanCache
    from bastion.guardrails.registry import Guardrails

    guardrails = Guardrails(GuardrailsConfig(policies={"default": PolicyConfig()}))
    guardrails.warm()
    policy = guardrails.static["default"]
    policy.cache = ScanCache(max_chars=0)  # one prompt's cost: every round scans again
    texts = [prompts("injection.jsonl", lambda r: r["kind"] == "benign"),
             prompts("pii.jsonl", lambda r: bool(r["spans"]))]
    for t in texts[0][:10] + texts[1][:10]:
        with contextlib.suppress(Exception):  # a block is a result too
            policy.check(t, "input")
    print(len(texts[0]), len(texts[1]), flush=True)
    for line in sys.stdin:
        which, i = map(int, line.split())
        start = time.perf_counter()
        with contextlib.suppress(Exception):
            policy.check(texts[which][i], "input")
        print((time.perf_counter() - start) * 1000, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    procs = {}
    for name, tree in (("base", args.base.resolve()), ("new", args.new.resolve())):
        procs[name] = subprocess.Popen(
            [str(tree / ".venv" / "bin" / "python"), str(Path(__file__).resolve()), "--worker"], cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree / "src")}, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)
    sizes = {name: tuple(map(int, p.stdout.readline().split())) for name, p in procs.items()}  # type: ignore[union-attr]
    assert sizes["base"] == sizes["new"], sizes
    print("| prompts | n | base p50 | new p50 | base p95 | new p95 | median paired difference |")
    print("|---|---|---|---|---|---|---|")
    for which, label in enumerate(SETS):
        times: dict[str, list[float]] = {"base": [], "new": []}
        for r in range(args.rounds):
            for i in range(sizes["base"][which]):
                for name in (("base", "new") if (i + r) % 2 == 0 else ("new", "base")):
                    proc = procs[name]
                    proc.stdin.write(f"{which} {i}\n")  # type: ignore[union-attr]
                    proc.stdin.flush()  # type: ignore[union-attr]
                    answer = proc.stdout.readline()  # type: ignore[union-attr]
                    if not answer:
                        sys.exit(f"the {name} worker stopped (run it alone with --worker to see why)")
                    times[name].append(float(answer))
        base, new = sorted(times["base"]), sorted(times["new"])
        diff = statistics.median(b - a for a, b in zip(times["base"], times["new"], strict=True))
        print(f"| {label} | {len(base)} | {statistics.median(base):.2f} | {statistics.median(new):.2f} | "
              f"{base[int(len(base) * 0.95)]:.2f} | {new[int(len(new) * 0.95)]:.2f} | {diff:+.2f} ms |")
    for proc in procs.values():
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait()


if __name__ == "__main__":
    worker() if sys.argv[1:] == ["--worker"] else main()
