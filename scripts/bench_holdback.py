"""Time to first token with and without output scanning of a stream (the hold-back window).

    bastion serve --config examples/holdback.yaml --port 8092 &
    .venv/bin/python scripts/bench_holdback.py --url http://127.0.0.1:8092 --key $BASTION_ADMIN_KEY

Interleaves streamed requests to `smollm2` (default policy: secrets scanner, 200-character window) and
`smollm2-unscanned` (no scanners), same prompt, seed and length (end-of-sequence banned), and prints the
median time to the first content byte and to the end of the stream.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import httpx
import orjson

BODY = {"messages": [{"role": "user", "content": "Write a long story about a lighthouse keeper."}],
        "max_tokens": 200, "temperature": 0.8, "seed": 1, "logit_bias": {"2": -100}, "stream": True}


def run(url: str, key: str, model: str) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    first = None
    chars = 0
    with httpx.stream("POST", f"{url}/v1/chat/completions", json={**BODY, "model": model},
                      headers={"authorization": f"Bearer {key}"}, timeout=120) as r:
        for line in r.iter_lines():
            if not line.startswith("data: {"):
                continue
            for choice in orjson.loads(line[6:]).get("choices") or ():
                text = (choice.get("delta") or {}).get("content")
                if text:
                    chars += len(text)
                    if first is None:
                        first = time.perf_counter() - t0
    return first or 0.0, time.perf_counter() - t0, chars


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:8092")
    ap.add_argument("--key", default=os.environ.get("BASTION_ADMIN_KEY", ""))
    ap.add_argument("--reps", type=int, default=7)
    a = ap.parse_args()
    run(a.url, a.key, "smollm2")  # warm
    res: dict[str, list[tuple[float, float, int]]] = {"smollm2-unscanned": [], "smollm2": []}
    for _ in range(a.reps):
        for model in res:
            res[model].append(run(a.url, a.key, model))
    for model, xs in res.items():
        ttft = statistics.median(x[0] for x in xs) * 1000
        total = statistics.median(x[1] for x in xs) * 1000
        print(f"{model:<18} TTFT p50 {ttft:7.1f} ms   whole stream p50 {total:7.1f} ms   ({xs[0][2]} chars)")


if __name__ == "__main__":
    main()
