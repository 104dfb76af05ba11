"""Local model decode speed: raw llama-cpp-python against the same model through `bastion serve`.

    .venv/bin/python scripts/bench_local.py --url http://127.0.0.1:8000 --key $BASTION_ADMIN_KEY

Both sides use the packaged SmolLM2 with Bastion's default settings (n_ctx 2048, all cores, logits_all),
the same prompt and sampling, and the end-of-sequence token banned so every run decodes exactly
--tokens tokens. Runs are interleaved (raw, api, raw, api, ...) and the medians are printed. Run it with
the gateway otherwise idle; the raw side runs in this process, so stop the gateway's model from running
at the same time (the script never overlaps the two).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import httpx
import orjson

from bastion.providers.local import PACKAGED_SMOLLM2, packaged_gguf

MESSAGES = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]


def raw_run(llm, tokens: int, stream: bool = False) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    kw = dict(messages=MESSAGES, max_tokens=tokens, temperature=0.8, seed=1, logit_bias={2: -100.0})
    if stream:
        n = sum(1 for c in llm.create_chat_completion(stream=True, **kw)
                if c["choices"] and c["choices"][0]["delta"].get("content"))
        return n / (time.perf_counter() - t)
    r = llm.create_chat_completion(**kw)
    dt = time.perf_counter() - t
    return float(r["usage"]["completion_tokens"]) / dt


def api_run(url: str, key: str, tokens: int, stream: bool) -> float:
    body = {"model": "smollm2", "messages": MESSAGES, "max_tokens": tokens, "temperature": 0.8, "seed": 1,
            "logit_bias": {"2": -100}, "stream": stream, "stream_options": {"include_usage": True}}
    if not stream:
        del body["stream_options"]
    headers = {"authorization": f"Bearer {key}"}
    t = time.perf_counter()
    if stream:
        usage = None
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, headers=headers, timeout=300) as r:
            for line in r.iter_lines():
                if line.startswith("data: {"):
                    event = orjson.loads(line[6:])
                    usage = event.get("usage") or usage
        dt = time.perf_counter() - t
        assert usage is not None
        return float(usage["completion_tokens"]) / dt
    r = httpx.post(f"{url}/v1/chat/completions", json=body, headers=headers, timeout=300)
    dt = time.perf_counter() - t
    return float(r.json()["usage"]["completion_tokens"]) / dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:8000")
    ap.add_argument("--key", default=os.environ.get("BASTION_ADMIN_KEY", ""))
    ap.add_argument("--tokens", type=int, default=256)
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()
    from llama_cpp import Llama

    llm = Llama(model_path=str(packaged_gguf(PACKAGED_SMOLLM2)), n_ctx=2048, n_threads=os.cpu_count() or 2,
                n_batch=512, logits_all=True, verbose=False)
    raw_run(llm, 16)
    api_run(a.url, a.key, 16, True)  # warm both
    raw, raw_s, api_s, api_n = [], [], [], []
    for _ in range(a.reps):
        raw.append(raw_run(llm, a.tokens))
        api_n.append(api_run(a.url, a.key, a.tokens, False))
        raw_s.append(raw_run(llm, a.tokens, stream=True))
        api_s.append(api_run(a.url, a.key, a.tokens, True))
    med = statistics.median

    def runs(xs: list[float]) -> str:
        return ", ".join(f"{x:.1f}" for x in xs)

    print(f"raw llama-cpp-python, whole:    {med(raw):.1f} tok/s  (runs: {runs(raw)})")
    print(f"through the API, whole:         {med(api_n):.1f} tok/s = {100 * med(api_n) / med(raw):.1f}% of raw "
          f"(runs: {runs(api_n)})")
    print(f"raw llama-cpp-python, streamed: {med(raw_s):.1f} tok/s  (runs: {runs(raw_s)})")
    print(f"through the API, streamed:      {med(api_s):.1f} tok/s = {100 * med(api_s) / med(raw_s):.1f}% of raw "
          f"streamed, {100 * med(api_s) / med(raw):.1f}% of raw whole (runs: {runs(api_s)})")


if __name__ == "__main__":
    main()
