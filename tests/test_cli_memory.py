"""`bastion memory` as an admin runs it: a curated answer added from the command line (citing a document by
KB/DOCUMENT, stored with its sha256) is served by a gateway on the same data, listed, refused with a clear error
for a document that does not exist, and deleted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson

from bastion.resources import Resources
from tests.conftest import LoopThread, start_gateway, stop_gateway
from tests.fakes.upstream import FakeUpstream
from tests.test_cache import config
from tests.test_knowledge import TRAVEL, new_kb, upload


def bastion(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bastion.cli", "memory", *args, "--config",
                           str(data_dir / "bastion.yaml"), "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "HF_HUB_OFFLINE": "1"})


def test_curated_answers_from_the_command_line(tmp_path: Path, servers: LoopThread, scanner_models: Resources,
                                               upstreams: dict[str, FakeUpstream]) -> None:
    cfg: dict[str, Any] = config(upstreams)
    gw = start_gateway(servers, tmp_path, cfg, scanner_models)
    new_kb(gw)
    upload(gw, "policies", [("travel.md", TRAVEL.encode())])
    stop_gateway(servers, gw)

    answer = "Hotels in Busan are reimbursed up to KRW 150,000 per night."
    done = bastion(tmp_path, "add", "hr", "-q", "What is the hotel limit in Busan?", "-a", answer,
                   "-p", "Busan hotel cap per night", "-s", "policies/travel.md", "--json")
    assert done.returncode == 0, done.stderr
    entry = orjson.loads(done.stdout)
    assert entry["status"] == "active" and entry["origin"] == "admin"
    assert entry["sources"][0]["document"] == "travel.md" and len(entry["sources"][0]["sha256"]) == 64

    bad = bastion(tmp_path, "add", "hr", "-q", "x?", "-a", "y", "-s", "policies/nope.md")
    assert bad.returncode != 0 and "no document 'nope.md'" in bad.stderr
    listed = orjson.loads(bastion(tmp_path, "list", "--assistant", "hr", "--json").stdout)
    assert [e["id"] for e in listed] == [entry["id"]]

    gw = start_gateway(servers, tmp_path, cfg, scanner_models)
    try:
        raw = gw.client().chat.completions.with_raw_response.create(
            model="assistant/hr", messages=[{"role": "user", "content": "Busan hotel cap per night"}])
        assert raw.headers["x-bastion-cache-layer"] == "curated"
        assert raw.parse().choices[0].message.content == answer
    finally:
        stop_gateway(servers, gw)
    assert bastion(tmp_path, "delete", str(entry["id"])).returncode == 0
    assert orjson.loads(bastion(tmp_path, "list", "--json").stdout) == []
    gone = bastion(tmp_path, "delete", str(entry["id"]))
    assert gone.returncode != 0 and "no curated entry" in gone.stderr
