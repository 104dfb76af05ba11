"""The CLI as a user runs it: `bastion serve` in a real process, the curl line it prints, `bastion chat`."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import orjson
import pytest

BASTION = [sys.executable, "-m", "bastion.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    def __init__(self, proc: subprocess.Popen[str], port: int, banner: str, log: Path) -> None:
        self.proc, self.port, self.banner, self.log = proc, port, banner, log

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def serve(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> Served:
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = data_dir.parent / f"serve-{port}.log"
    with log.open("w") as err:
        proc = subprocess.Popen([*BASTION, "serve", "--data-dir", str(data_dir), "--port", str(port), *args],
                                stdout=subprocess.PIPE, stderr=err, text=True, env={**os.environ, **(env or {})})
    lines: list[str] = []
    deadline = time.monotonic() + 180  # a first start embeds the demo's sample documents (~20 s here)
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith("  curl "):
            return Served(proc, port, "".join(lines), log)
    proc.kill()
    proc.stdout.close()
    raise AssertionError(f"bastion serve did not print its banner: {''.join(lines)!r}")


def stop(s: Served) -> None:
    s.proc.send_signal(signal.SIGINT)
    try:
        assert s.proc.wait(20) == 0  # a clean shutdown
    except subprocess.TimeoutExpired:
        s.proc.kill()
        raise
    finally:
        assert s.proc.stdout is not None
        s.proc.stdout.close()


@pytest.fixture
def first_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    monkeypatch.delenv("BASTION_ADMIN_KEY", raising=False)
    s = serve(tmp_path / "data")
    yield s
    if s.proc.poll() is None:
        stop(s)


def test_first_run_prints_url_key_and_a_curl_line_that_works(first_run: Served, tmp_path: Path) -> None:
    banner = first_run.banner
    assert f"Bastion is running at {first_run.url}" in banner
    key = re.search(r"admin key:\s+(bst_\w+)", banner)
    assert key, banner
    curl = next(line.strip() for line in banner.splitlines() if line.strip().startswith("curl "))
    out = subprocess.run(["bash", "-c", curl], capture_output=True, text=True, timeout=60)
    body = orjson.loads(out.stdout)
    assert body["object"] == "chat.completion" and body["choices"][0]["message"]["content"]
    assert (tmp_path / "data" / "bastion.db").is_file()  # all state under the data dir
    stop(first_run)
    logs = [orjson.loads(line) for line in first_run.log.read_text().splitlines()]  # every line is JSON
    access = [e for e in logs if e["logger"] == "bastion.access"]
    assert access and access[0]["status"] == 200 and access[0]["route"] == "smollm2"


def test_chat_command_streams_an_answer(first_run: Served) -> None:
    key = re.search(r"admin key:\s+(bst_\w+)", first_run.banner).group(1)  # type: ignore[union-attr]
    r = subprocess.run([*BASTION, "chat", "Say hi", "--url", first_run.url, "--key", key, "--max-tokens", "12"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()
    bad = subprocess.run([*BASTION, "chat", "Say hi", "--url", first_run.url, "--key", "bst_wrong"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "invalid API key" in bad.stderr


def test_admin_key_from_env_and_second_run_keeps_state(tmp_path: Path) -> None:
    key = "bst_" + "k" * 40
    s = serve(tmp_path / "d", env={"BASTION_ADMIN_KEY": key})
    try:
        assert "from BASTION_ADMIN_KEY" in s.banner
        r = httpx.get(f"{s.url}/v1/models", headers={"authorization": f"Bearer {key}"})
        assert r.status_code == 200
    finally:
        stop(s)
    s = serve(tmp_path / "d", env={"BASTION_ADMIN_KEY": key})  # restart on the same data dir
    try:
        assert httpx.get(f"{s.url}/v1/models", headers={"authorization": f"Bearer {key}"}).status_code == 200
    finally:
        stop(s)


def test_models_list_db_upgrade_and_help(tmp_path: Path) -> None:
    out = subprocess.run([*BASTION, "models", "list"], capture_output=True, text=True, check=True).stdout
    assert "smollm2" in out and "multilingual-e5-small" in out
    out = subprocess.run([*BASTION, "db", "upgrade", "--data-dir", str(tmp_path)], capture_output=True, text=True,
                         check=True).stdout
    assert "newest revision" in out and (tmp_path / "bastion.db").is_file()
    for cmd in (["serve"], ["chat"], ["models", "list"], ["db", "upgrade"], ["config", "check"]):
        r = subprocess.run([*BASTION, *cmd, "--help"], capture_output=True, text=True)
        assert r.returncode == 0 and "Usage:" in r.stdout


def test_workers_above_one_refuse_without_shared_state(tmp_path: Path) -> None:
    r = subprocess.run([*BASTION, "serve", "--workers", "2", "--data-dir", str(tmp_path)], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2 and "Redis" in r.stderr
