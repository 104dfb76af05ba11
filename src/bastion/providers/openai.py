"""OpenAI's own API (api.openai.com), or any base_url that mirrors it exactly."""

from __future__ import annotations

from bastion.config import DeploymentConfig
from bastion.errors import ConfigError
from bastion.providers.http import HTTPOptions, HTTPProvider, parse_options


def create(name: str, cfg: DeploymentConfig) -> HTTPProvider:
    opts = parse_options(HTTPOptions, name, cfg)
    if opts.api_key is None:
        raise ConfigError(None, f"deployments.{name}.api_key", "OpenAI needs an API key",
                          "add api_key: ${OPENAI_API_KEY} and export that variable")
    if not cfg.model:
        raise ConfigError(None, f"deployments.{name}.model", "no upstream model name",
                          "add model: gpt-4o-mini (or another OpenAI model)")
    return HTTPProvider(name, cfg, opts)
