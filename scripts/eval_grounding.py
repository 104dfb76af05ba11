"""Retrieval and refusal on the grounding development set (evals/grounding) over the demo knowledge base.

    .venv/bin/python scripts/eval_grounding.py [--out docs/bench/DATE-grounding.json]

Recall@5 and MRR for BM25 only, vectors only and hybrid (a question is a hit when a retrieved chunk contains
one of its gold passages), and refusal precision/recall by the best cosine similarity, over thresholds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bastion.assistants import demo
from bastion.config_grounding import KnowledgeConfig
from bastion.knowledge.service import Knowledge, Upload
from bastion.knowledge.sqlite_index import SqliteIndex
from bastion.resources import Resources

ROOT = Path(__file__).resolve().parent.parent
_WS = re.compile(r"\s+")


def norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


async def run() -> dict:
    res = Resources()

    async def embed(route: str, texts: list[str], kind: str) -> np.ndarray:
        return await asyncio.to_thread(res.embed_queries if kind == "query" else res.embed_passages, texts)

    items = [json.loads(line) for line in (ROOT / "evals/grounding/questions.jsonl").read_text().splitlines() if line]
    with tempfile.TemporaryDirectory() as d:
        k = Knowledge(SqliteIndex(Path(d) / "k.db"), embed, res, KnowledgeConfig())  # type: ignore[arg-type]
        kb = await k.create_kb("t", "demo", route="e5")
        t0 = time.perf_counter()
        chunks = 0
        for name, data in demo.documents():
            doc, _ = await k.ingest(kb, Upload(name, data))
            chunks += doc.chunks
        ingest = time.perf_counter() - t0
        kb = await k.get_kb("t", "demo")
        report: dict = {"chunks": chunks, "ingest_chunks_per_s": round(chunks / ingest, 1), "modes": {}}
        best: list[tuple[bool, float, str]] = []
        for mode in ("bm25", "vector", "hybrid"):
            rr, hit, n, by_lang = [], 0, 0, {}
            for q in items:
                hits = await k.search([kb], q["question"], mode=mode, top_k=5)
                if mode == "hybrid":
                    sims = [h.similarity for h in hits if h.similarity is not None]
                    best.append((q["answerable"], max(sims) if sims else 0.0, q["lang"]))
                if not q["answerable"]:
                    continue
                n += 1
                rank = next((i for i, h in enumerate(hits, 1) if any(
                    g["document"] == h.chunk.document and norm(g["contains"]) in norm(h.chunk.text)
                    for g in q["gold"])), None)
                hit += rank is not None
                rr.append(1 / rank if rank else 0.0)
                lang = by_lang.setdefault(q["lang"], [0, 0])
                lang[0] += rank is not None
                lang[1] += 1
            report["modes"][mode] = {"recall@5": round(hit / n, 3), "mrr": round(sum(rr) / n, 3), "questions": n,
                                     "recall@5_by_lang": {k2: round(a / b, 3) for k2, (a, b) in by_lang.items()}}
        report["refusal"] = refusal_table(best)
        await k.stop()
    return report


def refusal_table(best: list[tuple[bool, float, str]]) -> list[dict]:
    """Refusing when the best similarity is below t: precision and recall of refusing unanswerable questions."""
    rows = []
    for t in np.arange(0.78, 0.861, 0.005):
        refused = [(ans, s) for ans, s, _ in best if s < t]
        unans = sum(1 for ans, _, _ in best if not ans)
        tp = sum(1 for ans, _ in refused if not ans)
        precision = round(tp / len(refused), 3) if refused else 1.0
        rows.append({"threshold": round(float(t), 3), "refusal_precision": precision,
                     "refusal_recall": round(tp / unans, 3) if unans else 1.0,
                     "answerable_refused": sum(1 for ans, _ in refused if ans)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    report = asyncio.run(run())
    if args.out is not None:
        args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
