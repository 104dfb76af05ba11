"""Scanner registry and the policy set built from settings (YAML) and the admin API (database).

A new scanner is one module plus one line in :data:`SCANNERS`. Scanners share loaded models through one
:class:`Resources`; a scanner with the same options is built once and shared by every policy that uses it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from bastion.config import GuardrailsConfig, PolicyConfig
from bastion.errors import ConfigError
from bastion.guardrails.base import Scanner
from bastion.guardrails.content import ContentScanner
from bastion.guardrails.injection import InjectionScanner
from bastion.guardrails.options import OptionError, Options
from bastion.guardrails.pii import PiiScanner
from bastion.guardrails.policy import Policy
from bastion.guardrails.secrets import SecretsScanner
from bastion.guardrails.topics import TopicsScanner
from bastion.resources import Resources

log = logging.getLogger("bastion.guardrails")


def _secrets(resources: Resources, options: dict[str, Any]) -> Scanner:
    Options(options).done()  # it takes none
    return SecretsScanner()


SCANNERS: dict[str, Callable[[Resources, dict[str, Any]], Scanner]] = {
    "secrets": _secrets,
    "pii": PiiScanner,
    "injection": InjectionScanner,
    "content": ContentScanner,
    "topics": TopicsScanner,
}


# Scanners about what a caller asks, not what a model answers: answers are not checked for injections or topics.
INPUT_ONLY = frozenset({"injection", "topics"})


def make_scanner(name: str, resources: Resources | None = None, **options: Any) -> Scanner:
    """One scanner outside any policy (evaluation scripts, tools)."""
    return SCANNERS[name](resources or Resources(), options)


class Guardrails:
    """The configured policies, built once at startup; policies from the admin API are swapped in whole."""

    def __init__(self, cfg: GuardrailsConfig, resources: Resources | None = None) -> None:
        check(cfg)
        self.cfg = cfg
        self.resources = resources or Resources()
        self._built: dict[tuple[str, str], Scanner] = {}
        self.static: dict[str, Policy] = {name: self.build(name, p) for name, p in cfg.policies.items()}
        self.dynamic: dict[str, Policy] = {}

    def build(self, name: str, p: PolicyConfig) -> Policy:
        """A policy from its configuration (raises ConfigError naming the bad field)."""
        check_policy(name, p)
        if not self.cfg.enabled:
            return Policy(name, [], {}, {}, False)
        inputs = list(p.scanners)
        if p.banned_topics and "topics" not in inputs:
            inputs.append("topics")
        outputs = [s for s in inputs if s not in INPUT_ONLY] if p.output_scanners is None else list(p.output_scanners)
        for unused in set(p.options) - set(inputs) - set(outputs):
            self._scanner(name, unused, p)  # options of a scanner the policy does not run are checked all the same
        return Policy(name, [self._scanner(name, s, p) for s in inputs], dict(p.actions), dict(p.thresholds),
                      p.on_error == "open", p.allow_list, frozenset(p.reversible),
                      output_scanners=[self._scanner(name, s, p) for s in outputs], max_scan_chars=p.max_scan_chars,
                      judge=p.judge)

    def _scanner(self, policy: str, name: str, p: PolicyConfig) -> Scanner:
        options = dict(p.options.get(name, {}))
        if name == "topics":
            options.setdefault("topics", p.banned_topics)
        key = (name, json.dumps(options, sort_keys=True, default=str))
        scanner = self._built.get(key)
        if scanner is None:
            try:
                scanner = self._built[key] = SCANNERS[name](self.resources, options)
            except OptionError as e:
                raise ConfigError(None, f"guardrails.policies.{policy}.options.{name}", f"{name} scanner: {e}",
                                  "see the scanner options in docs/configuration.md") from None
        return scanner

    def warm(self) -> None:
        """Load every model the policies need now, so the first request doesn't pay for it."""
        for scanner in self._built.values():
            warm = getattr(scanner, "warm", None)
            if warm is not None:
                warm()

    def replace_dynamic(self, policies: dict[str, PolicyConfig]) -> None:
        """Install the policies stored through the admin API (a bad one is logged and skipped)."""
        built: dict[str, Policy] = {}
        for name, p in policies.items():
            try:
                built[name] = self.build(name, p)
            except ConfigError as e:
                log.error("stored policy %s is invalid and was skipped: %s", name, e)
        self.dynamic = built

    def known(self, name: str) -> bool:
        return name in self.dynamic or name in self.static

    def policy_for(self, tenant: str, route: str, tenant_policy: str | None = None,
                   assistant_policy: str | None = None) -> Policy:
        """The assistant's policy wins, then the route's (YAML), then the tenant's (admin API, then YAML),
        then the default."""
        for name in (assistant_policy, self.cfg.routes.get(route), tenant_policy, self.cfg.tenants.get(tenant),
                     self.cfg.default_policy):
            if name is None:
                continue
            policy = self.dynamic.get(name) or self.static.get(name)
            if policy is not None:
                return policy
        return self.static[self.cfg.default_policy]


def check_policy(name: str, policy: PolicyConfig) -> None:
    for field in ("scanners", "output_scanners"):
        for i, scanner in enumerate(getattr(policy, field) or ()):
            if scanner not in SCANNERS:
                raise ConfigError(None, f"guardrails.policies.{name}.{field}[{i}]", f"unknown scanner '{scanner}'",
                                  f"use one of: {', '.join(sorted(SCANNERS))}")
    for scanner in policy.options:
        if scanner not in SCANNERS:
            raise ConfigError(None, f"guardrails.policies.{name}.options.{scanner}", f"unknown scanner '{scanner}'",
                              f"use one of: {', '.join(sorted(SCANNERS))}")


def check(g: GuardrailsConfig) -> None:
    """Every policy names scanners that exist, and every tenant or route points at a defined policy."""
    for name, policy in g.policies.items():
        check_policy(name, policy)
    refs = [("guardrails.default_policy", g.default_policy)]
    refs += [(f"guardrails.tenants.{t}", p) for t, p in g.tenants.items()]
    refs += [(f"guardrails.routes.{r}", p) for r, p in g.routes.items()]
    for key, policy_name in refs:
        if policy_name not in g.policies:
            raise ConfigError(None, key, f"unknown policy '{policy_name}'",
                              f"define it under guardrails.policies (known: {', '.join(sorted(g.policies))})")
