"""Azure OpenAI: deployment names in the path, ``api-version`` in the query, ``api-key`` header.

The deployment's ``model`` is the Azure *deployment name*. Azure ignores the body's ``model`` field, so
Bastion leaves it as the deployment name for logs on both sides.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, SecretStr

from bastion.config import DeploymentConfig
from bastion.errors import ConfigError
from bastion.providers.http import HTTPOptions, HTTPProvider, parse_options

DEFAULT_API_VERSION = "2024-10-21"


class AzureOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    endpoint: str
    api_key: SecretStr
    api_version: str = DEFAULT_API_VERSION
    headers: dict[str, str] = {}
    max_connections: int = 256


class AzureProvider(HTTPProvider):
    def __init__(self, name: str, cfg: DeploymentConfig, az: AzureOptions) -> None:
        self.az = az
        base = f"{az.endpoint.rstrip('/')}/openai/deployments/{quote(cfg.model or '', safe='')}"
        super().__init__(name, cfg, HTTPOptions(base_url=base, headers=az.headers,
                                                max_connections=az.max_connections))

    def url(self, path: str) -> str:
        if path == "models":  # the resource-level model list is the cheapest authenticated probe
            return f"{self.az.endpoint.rstrip('/')}/openai/models?api-version={self.az.api_version}"
        return f"{self._base}/{path}?api-version={self.az.api_version}"

    def auth_headers(self) -> dict[str, str]:
        return {"api-key": self.az.api_key.get_secret_value()}

    def prepare(self, body: dict[str, Any]) -> dict[str, Any]:
        body["model"] = self.cfg.model
        return body


def create(name: str, cfg: DeploymentConfig) -> HTTPProvider:
    for key, fix in (("endpoint", "add endpoint: https://<resource>.openai.azure.com"),
                     ("api_key", "add api_key: ${AZURE_OPENAI_API_KEY} and export that variable")):
        if key not in cfg.options:
            raise ConfigError(None, f"deployments.{name}.{key}", "missing for an Azure deployment", fix)
    if not cfg.model:
        raise ConfigError(None, f"deployments.{name}.model", "no Azure deployment name",
                          "set model: to the deployment name shown in Azure AI Foundry")
    return AzureProvider(name, cfg, parse_options(AzureOptions, name, cfg))
