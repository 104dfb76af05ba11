"""`bastion ingest` as a user runs it: a real process over a folder, per-file results and progress, exit
status, re-runs that change nothing, and the documents then searchable through a gateway on the same data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import ADMIN_KEY, LoopThread, start_gateway, stop_gateway

POLICY = """# Travel policy

## Per diem

Employees travelling to Busan receive a per diem of KRW 60,000 for meals.

## Receipts

Submit receipts within 15 calendar days of your return.
"""
LEAVE_KO = "# 휴가 규정\n\n연차휴가를 신청하려면 사용일 3일 전까지 인사 시스템에 등록해야 합니다.\n"
TABLE = "office,phone\nSeoul,02-555-0100\nBusan,051-555-0199\n"


def ingest(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bastion.cli", "ingest", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "HF_HUB_OFFLINE": "1"})


def test_ingest_a_folder_then_search_it_through_the_gateway(tmp_path: Path, servers: LoopThread) -> None:
    docs = tmp_path / "handbook"
    (docs / "hr").mkdir(parents=True)
    (docs / "travel.md").write_text(POLICY)
    (docs / "hr" / "휴가.md").write_text(LEAVE_KO)
    (docs / "offices.csv").write_text(TABLE)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7 this is not a pdf")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "photo.bin").write_bytes(b"\x00\x01")  # not a supported type: a folder scan passes it over
    (docs / ".git").mkdir()
    (docs / ".git" / "notes.md").write_text("# hidden\n\nnot for the index")
    data = tmp_path / "data"

    first = ingest(data, "handbook", str(docs), "--tag", "policy", "--description", "the handbook")
    assert first.returncode == 1, first.stderr  # two files failed; the others went in
    assert "created knowledge base 'handbook' in tenant 'default'" in first.stdout
    for name in ("travel.md", "휴가.md", "offices.csv"):
        line = next(li for li in first.stdout.splitlines() if f"{name}: " in li)
        assert "chunks, version 1" in line, first.stdout
    assert "broken.pdf: failed: corrupt" in first.stderr
    assert "empty.txt: failed: empty_file" in first.stderr
    assert "photo.bin" not in first.stdout + first.stderr and "notes.md" not in first.stdout + first.stderr
    assert "'handbook': 3 documents" in first.stdout and "2 file(s) failed" in first.stdout

    again = ingest(data, "handbook", str(docs / "travel.md"), "--tag", "policy")  # same bytes, same tags
    assert again.returncode == 0, again.stderr
    assert "travel.md: unchanged" in again.stdout and "version 3" in again.stdout  # the base did not move

    named = ingest(data, "handbook", str(docs / "photo.bin"))  # named explicitly: tried, and its error shown
    assert named.returncode == 1 and "photo.bin: failed: unsupported_type" in named.stderr

    missing = ingest(data, "other", str(docs / "travel.md"), "--no-create")
    assert missing.returncode == 1 and "no knowledge base 'other' in tenant 'default'" in missing.stderr

    gw = start_gateway(servers, data)
    try:
        r = httpx.post(f"{gw.url}/v1/knowledge/handbook/search", headers={"authorization": f"Bearer {ADMIN_KEY}"},
                       json={"query": "per diem in Busan", "tags": ["policy"]}, timeout=60)
        assert r.status_code == 200, r.text
        hits = r.json()["data"]
        assert hits[0]["document"] == "travel.md" and "KRW 60,000" in hits[0]["text"]
        r = httpx.post(f"{gw.url}/v1/knowledge/handbook/search", headers={"authorization": f"Bearer {ADMIN_KEY}"},
                       json={"query": "연차휴가 신청"}, timeout=60)
        assert r.json()["data"][0]["document"] == "휴가.md"
        kb = httpx.get(f"{gw.url}/v1/knowledge/handbook", headers={"authorization": f"Bearer {ADMIN_KEY}"},
                       timeout=60).json()
        assert kb["documents"] == 3 and kb["description"] == "the handbook"
    finally:
        stop_gateway(servers, gw)
