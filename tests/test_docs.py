"""Executable docs: the README's commands and code, and the example configs, work as written."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bastion.config import load_settings
from bastion.providers import registry
from tests.conftest import ADMIN_KEY, Gateway

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def test_readme_python_example_runs_against_the_embedded_default(local_gateway: Gateway,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code = re.search(r"```python\n(.*?)```", README, re.S).group(1)  # type: ignore[union-attr]
    assert 'base_url="http://127.0.0.1:8000/v1"' in code and 'api_key="bst_..."' in code
    code = code.replace("http://127.0.0.1:8000/v1", local_gateway.base_url).replace("bst_...", ADMIN_KEY)
    scope: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), scope)  # the snippet as a user would paste it
    assert scope["reply"].choices[0].message.content  # type: ignore[attr-defined]
    assert len(scope["vectors"].data) == 2  # type: ignore[attr-defined]
    scope["client"].close()  # type: ignore[attr-defined]
    assert capsys.readouterr().out  # the streamed answer was printed


def test_readme_two_commands_are_make_targets() -> None:
    makefile = (ROOT / "Makefile").read_text()
    for target in ("serve", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_example_configs_are_valid(example: Path) -> None:
    settings = load_settings(example)
    assert settings.routes
    registry.build(settings.deployments)  # each provider accepts its options
    r = subprocess.run([sys.executable, "-m", "bastion.cli", "config", "check", "--config", str(example)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_readme_cli_table_lists_real_commands() -> None:
    for cmd in re.findall(r"^\| `bastion ([a-z]+(?: [a-z]+)?)", README, re.M):
        r = subprocess.run([sys.executable, "-m", "bastion.cli", *cmd.split(), "--help"], capture_output=True)
        assert r.returncode == 0, cmd


def test_readme_key_and_tenant_commands_work_as_written(tmp_path: Path) -> None:
    block = re.search(r"## Keys, tenants.*?```bash\n(.*?)```", README, re.S).group(1)  # type: ignore[union-attr]
    key_id = ""
    for line in block.strip().splitlines():
        args = line.split()[1:]
        assert line.startswith("bastion ")
        if "KEY_ID" in args:
            args[args.index("KEY_ID")] = key_id
        r = subprocess.run([sys.executable, "-m", "bastion.cli", *args, "--data-dir", str(tmp_path)],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, f"{line}: {r.stderr}"
        if args[:2] == ["keys", "create"]:
            key_id = r.stdout.split("id:", 1)[1].split()[0]
    assert key_id
