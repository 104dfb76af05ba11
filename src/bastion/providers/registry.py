"""Provider registry: a provider kind name maps to a factory. Built-ins register like extensions do."""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from bastion.config import DeploymentConfig
from bastion.errors import ConfigError
from bastion.providers.base import Provider, ProviderFactory, can_rerank

BUILTIN: dict[str, str] = {
    "openai": "bastion.providers.openai",
    "azure": "bastion.providers.azure",
    "openai-compatible": "bastion.providers.compatible",
    "local": "bastion.providers.local",
    "local-embedding": "bastion.providers.local_embedding",
}
ENTRY_POINT_GROUP = "bastion.providers"


def factories() -> dict[str, ProviderFactory]:
    """Built-in providers plus those installed packages register under ``bastion.providers``."""
    found: dict[str, ProviderFactory] = {}
    for kind, module in BUILTIN.items():
        found[kind] = importlib.import_module(module).create
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep.load())
    return found


def build(deployments: dict[str, DeploymentConfig]) -> dict[str, Provider]:
    available = factories()
    out: dict[str, Provider] = {}
    for name, cfg in deployments.items():
        factory = available.get(cfg.provider)
        if factory is None:
            raise ConfigError(None, f"deployments.{name}.provider", f"unknown provider '{cfg.provider}'",
                              f"use one of: {', '.join(sorted(available))}")
        out[name] = factory(name, cfg)
        if cfg.kind == "rerank" and not can_rerank(out[name]):
            raise ConfigError(None, f"deployments.{name}.kind", f"the provider '{cfg.provider}' cannot serve "
                              "rerank models", "use provider: openai-compatible with the base_url of a server "
                              "that answers POST /rerank (vLLM, Jina, Cohere v2, Infinity, ...)")
    return out
