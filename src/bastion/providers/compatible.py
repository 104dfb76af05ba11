"""Any OpenAI-compatible server: vLLM, Ollama, llama.cpp server, LM Studio, TGI's OpenAI API, ...

The API key is optional (many self-hosted servers take none) and ``base_url`` is required.
"""

from __future__ import annotations

from bastion.config import DeploymentConfig
from bastion.errors import ConfigError
from bastion.providers.http import HTTPOptions, HTTPProvider, parse_options


def create(name: str, cfg: DeploymentConfig) -> HTTPProvider:
    raw = cfg.options
    if "base_url" not in raw:
        raise ConfigError(None, f"deployments.{name}.base_url", "an OpenAI-compatible server needs base_url",
                          "add base_url: http://host:port/v1 (the URL that ends before /chat/completions)")
    opts = parse_options(HTTPOptions, name, cfg)
    return HTTPProvider(name, cfg, opts)

