"""Configuration: bastion.yaml is validated at startup and errors name the file, the key and the fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bastion.config import load_settings
from bastion.errors import ConfigError

BASTION = [sys.executable, "-m", "bastion.cli"]


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "bastion.yaml"
    p.write_text(text)
    return p


def test_embedded_default_needs_no_file(tmp_path: Path) -> None:
    s = load_settings(None, data_dir=tmp_path)
    assert set(s.routes) == {"smollm2", "multilingual-e5-small"}
    assert s.db_url == f"sqlite+aiosqlite:///{tmp_path / 'bastion.db'}"


def test_full_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZ_KEY", "secret")
    p = write(tmp_path, """
deployments:
  ptu: {provider: azure, endpoint: "https://x.openai.azure.com", api_key: "${AZ_KEY}", model: gpt4o-ptu}
  paygo: {provider: azure, endpoint: "https://y.openai.azure.com", api_key: "${AZ_KEY}", model: gpt4o}
  local: {provider: local}
routes:
  gpt-4o:
    strategy: least-busy
    targets: [{deployment: ptu, tier: 0}, {deployment: paygo, tier: 1, weight: 2}]
    fallbacks: [small]
  small: {targets: [local]}
""")
    s = load_settings(p)
    assert s.routes["gpt-4o"].targets[1].weight == 2
    assert s.deployments["ptu"].options["api_key"] == "secret"


@pytest.mark.parametrize(("text", "key", "fix"), [
    ("routes:\n  x: {targets: [nope]}\n", "routes.x.targets[0].deployment", "define it under 'deployments:'"),
    ("deployments:\n  a: {provider: local}\nroutes:\n  x: {targets: [a], fallbacks: [y]}\n",
     "routes.x.fallbacks[0]", "use one of"),
    ("deployments:\n  a: {provider: local}\nroutes:\n  x: {targets: [a], stratgy: weighted}\n",
     "routes.x.stratgy", "check its spelling"),
    ("deployments:\n  a: {provider: local}\nroutes:\n  x: {targets: [a], strategy: random}\n",
     "routes.x.strategy", "allowed values"),
    ("port: high\n", "port", "allowed values"),
    ("deployments: [1, 2]\n", "deployments", "allowed values"),
    ("- just\n- a list\n", "(top level)", "start the file with keys"),
    ("deployments:\n  a: {provider: local\n", "line", "YAML syntax"),
    ("deployments:\n  a: {provider: azure, api_key: '${UNSET_VAR_FOR_TEST}'}\n", "deployments.a.api_key",
     "export UNSET_VAR_FOR_TEST"),
])
def test_invalid_config_names_file_key_and_fix(tmp_path: Path, text: str, key: str, fix: str) -> None:
    p = write(tmp_path, text)
    with pytest.raises(ConfigError) as e:
        load_settings(p)
    assert e.value.file == str(p)
    assert e.value.key.startswith(key)
    assert fix in e.value.fix


def test_config_check_cli_reports_provider_errors(tmp_path: Path) -> None:
    p = write(tmp_path, "deployments:\n  az: {provider: azure, model: gpt4o, endpoint: 'https://x'}\n")
    r = subprocess.run([*BASTION, "config", "check", "--config", str(p)], capture_output=True, text=True)
    assert r.returncode == 2
    assert str(p) in r.stderr and "deployments.az.api_key" in r.stderr and "fix:" in r.stderr


def test_config_check_cli_unknown_provider(tmp_path: Path) -> None:
    p = write(tmp_path, "deployments:\n  a: {provider: anthropic-magic}\n")
    r = subprocess.run([*BASTION, "config", "check", "--config", str(p)], capture_output=True, text=True)
    assert r.returncode == 2 and "unknown provider 'anthropic-magic'" in r.stderr and "openai-compatible" in r.stderr


def test_config_check_cli_ok(tmp_path: Path) -> None:
    p = write(tmp_path, "deployments:\n  a: {provider: openai-compatible, base_url: 'http://127.0.0.1:1/v1'}\n")
    r = subprocess.run([*BASTION, "config", "check", "--config", str(p)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "ok: 1 deployments" in r.stdout


def test_env_overrides_defaults_and_file_overrides_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BASTION_PORT", "9100")
    monkeypatch.setenv("BASTION_MAX_BODY_BYTES", "5000")
    assert load_settings(None).port == 9100
    p = write(tmp_path, "port: 9200\n")
    s = load_settings(p)
    assert s.port == 9200 and s.max_body_bytes == 5000
    assert load_settings(p, port=9300).port == 9300  # command-line flags win


def test_admin_key_must_look_like_a_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BASTION_ADMIN_KEY", "hunter2")
    with pytest.raises(ConfigError) as e:
        load_settings(None, data_dir=tmp_path)
    assert e.value.key == "admin_key" and "bst_" in e.value.problem
    monkeypatch.setenv("BASTION_ADMIN_KEY", "")
    assert load_settings(None, data_dir=tmp_path).admin_key is None
