"""Scanner registry and the policy set built from settings. A new scanner is one module plus one line here."""

from __future__ import annotations

from collections.abc import Callable

from bastion.config import GuardrailsConfig
from bastion.errors import ConfigError
from bastion.guardrails.base import Scanner
from bastion.guardrails.policy import Policy
from bastion.guardrails.secrets import SecretsScanner

SCANNERS: dict[str, Callable[[], Scanner]] = {
    "secrets": SecretsScanner,
}


class Guardrails:
    """The configured policies, built once at startup (scanners load their models here, not per request)."""

    def __init__(self, cfg: GuardrailsConfig) -> None:
        _check(cfg)
        self.cfg = cfg
        built: dict[str, Scanner] = {}
        self.policies: dict[str, Policy] = {}
        for name, p in cfg.policies.items():
            scanners = [built.setdefault(s, SCANNERS[s]()) for s in p.scanners] if cfg.enabled else []
            self.policies[name] = Policy(name, scanners, dict(p.actions), dict(p.thresholds), p.on_error == "open")

    def policy_for(self, tenant: str, route: str) -> Policy:
        name = self.cfg.routes.get(route) or self.cfg.tenants.get(tenant) or self.cfg.default_policy
        return self.policies[name]


def _check(g: GuardrailsConfig) -> None:
    """Every policy names scanners that exist, and every tenant or route points at a defined policy."""
    for name, policy in g.policies.items():
        for i, scanner in enumerate(policy.scanners):
            if scanner not in SCANNERS:
                raise ConfigError(None, f"guardrails.policies.{name}.scanners[{i}]", f"unknown scanner '{scanner}'",
                                  f"use one of: {', '.join(sorted(SCANNERS))}")
    refs = [("guardrails.default_policy", g.default_policy)]
    refs += [(f"guardrails.tenants.{t}", p) for t, p in g.tenants.items()]
    refs += [(f"guardrails.routes.{r}", p) for r, p in g.routes.items()]
    for key, policy_name in refs:
        if policy_name not in g.policies:
            raise ConfigError(None, key, f"unknown policy '{policy_name}'",
                              f"define it under guardrails.policies (known: {', '.join(sorted(g.policies))})")
