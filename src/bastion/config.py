"""Settings: defaults < environment (``BASTION_*``) < ``bastion.yaml`` < command-line flags.

Read once at startup by :func:`load_settings`; an invalid file fails with the file, the key and how to fix
it (:class:`bastion.errors.ConfigError`). Values are plain pydantic models passed to constructors; nothing
here does I/O at import time.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bastion.config_cache import CacheConfig, FeedbackConfig, WebConfig
from bastion.config_grounding import AssistantConfig, KnowledgeConfig, check_name
from bastion.errors import ConfigError

Strategy = Literal["weighted", "least-busy", "lowest-latency"]
Kind = Literal["chat", "embedding", "rerank"]

DEFAULT_CHAT_ROUTE = "smollm2"
WORKER_ARGS_ENV = "BASTION_WORKER_ARGS"  # how `serve --workers N` hands its arguments to each worker
DEFAULT_EMBED_ROUTE = "multilingual-e5-small"


class Capabilities(BaseModel):
    """What a deployment's model can take. The gateway refuses with a clear 400 what it cannot."""

    model_config = ConfigDict(extra="forbid")
    vision: bool = False
    tools: bool = True
    json_schema: bool = True
    logprobs: bool = True


class DeploymentConfig(BaseModel):
    """One model deployment. Provider-specific keys (``base_url``, ``api_version``, ``model_path``...) are
    kept as extras and validated by the provider's own options model at startup."""

    model_config = ConfigDict(extra="allow")
    provider: str
    kind: Kind = "chat"
    model: str | None = None
    connect_timeout: float = Field(5.0, gt=0)
    read_timeout: float = Field(120.0, gt=0)
    max_concurrency: int | None = Field(None, ge=1, description="in-flight requests before it counts as saturated")
    rpm: int | None = Field(None, ge=1, description="the provider's requests-per-minute quota for this deployment")
    tpm: int | None = Field(None, ge=1, description="the provider's tokens-per-minute quota for this deployment")
    capabilities: Capabilities = Capabilities()

    @property
    def options(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


class RouteTarget(BaseModel):
    model_config = ConfigDict(extra="forbid")
    deployment: str
    weight: float = Field(1.0, gt=0)
    tier: int = Field(0, ge=0, description="0 = reserved capacity, used first; higher tiers take the overflow")


class RouteConfig(BaseModel):
    """A public model name served by one or more deployments."""

    model_config = ConfigDict(extra="forbid")
    targets: list[RouteTarget] = Field(min_length=1)
    strategy: Strategy = "weighted"
    fallbacks: list[str] = []
    retries: int | None = Field(None, ge=0, le=10)
    description: str = ""

    @field_validator("targets", mode="before")
    @classmethod
    def _names_as_targets(cls, v: Any) -> Any:
        if isinstance(v, list):
            return [{"deployment": t} if isinstance(t, str) else t for t in v]
        return v


class RouterConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    retries: int = Field(2, ge=0, le=10)
    backoff_base: float = Field(0.05, ge=0, description="seconds; doubled per attempt, with full jitter")
    backoff_max: float = Field(2.0, ge=0)
    cooldown: float = Field(10.0, ge=0, description="seconds a deployment rests after a 429 without Retry-After")
    max_cooldown: float = Field(300.0, ge=0)
    breaker_failures: int = Field(5, ge=1, description="consecutive failures that open the circuit")
    breaker_reset: float = Field(30.0, gt=0, description="seconds before a half-open probe")


class PriceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    input: float = Field(ge=0, description="USD per million prompt tokens")
    output: float = Field(ge=0, description="USD per million completion tokens")


class QuotaConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    on_store_failure: Literal["closed", "open"] = "closed"
    default_max_tokens: int = Field(4096, ge=1, description="reserved when a request sets no max_tokens")
    key_cache_seconds: float = Field(5.0, ge=0, description="how long a key lookup is trusted (revocation delay)")


Action = Literal["allow", "flag", "mask", "block"]
CONTENT_CATEGORIES = ("hate", "sexual", "violence", "self_harm", "harassment", "illegal")


def _default_actions() -> dict[str, Action]:
    """Secure by default: mask PII and secrets, block high-confidence injections and jailbreaks and severe
    content, flag the rest so it is audited and counted."""
    actions: dict[str, Action] = {"pii": "mask", "secrets": "mask", "injection": "flag", "injection:high": "block",
                                  "jailbreak": "flag", "jailbreak:high": "block", "profanity": "flag",
                                  "banned_topic": "block"}
    for c in CONTENT_CATEGORIES:
        actions[c] = "flag"
        actions[f"{c}:high"] = "block"
    return actions


class JudgeConfig(BaseModel):
    """An LLM's second opinion on borderline injection/jailbreak findings (see guardrails/judge.py)."""

    model_config = ConfigDict(extra="forbid")
    route: str = Field(description="the model route that judges")
    categories: list[str] = ["injection", "jailbreak"]
    low: float = Field(0.5, ge=0, le=1, description="findings scored at least this are judged...")
    high: float = Field(0.85, ge=0, le=1, description="...and below this (above it the scanner blocks alone)")


class PolicyConfig(BaseModel):
    """Which scanners run on input and on output, and what each category (or ``category:severity``) of
    finding does."""

    model_config = ConfigDict(extra="forbid")
    scanners: list[str] = Field(["pii", "injection", "content", "secrets"], description="scanners run on input")
    output_scanners: list[str] | None = Field(
        None, description="scanners run on answers; None: the input scanners that apply to answers (all but "
                          "injection and topics)")
    actions: dict[str, Action] = Field(default_factory=_default_actions)
    thresholds: dict[str, float] = Field({}, description="category -> minimum score for a finding to count")
    on_error: Literal["closed", "open"] = "closed"
    allow_list: list[str] = Field([], description="values never reported (known false positives); 're:' for a regex")
    banned_topics: list[str] = Field([], description="topics described in words, blocked by meaning")
    reversible: list[str] = Field(["pii"], description="categories masked by placeholders restored in the answer")
    options: dict[str, dict[str, Any]] = Field({}, description="scanner name -> its options")
    judge: JudgeConfig | None = None
    max_scan_chars: int = Field(262_144, ge=1, description="text one request may carry for scanning; more is "
                                                            "refused (413), never passed on unscanned")


class VaultConfig(BaseModel):
    """Where the placeholder -> value mappings of masked requests live (encrypted, with a TTL)."""

    model_config = ConfigDict(extra="forbid")
    ttl_seconds: int = Field(3600, ge=1)
    key: SecretStr | None = Field(None, description="base64 of 32 bytes; default: a key file in data_dir "
                                                     "(every replica on other machines must share one key)")


class GuardrailsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    policies: dict[str, PolicyConfig] = {"default": PolicyConfig()}
    default_policy: str = "default"
    tenants: dict[str, str] = Field({}, description="tenant id -> policy name")
    routes: dict[str, str] = Field({}, description="model (route) name -> policy name; wins over the tenant's")
    stream_window: int = Field(200, ge=0, description="characters a stream holds back until scanned")
    vault: VaultConfig = VaultConfig()


class AbuseConfig(BaseModel):
    """Repeat offenders: requests that a guardrail blocked (or flagged) count against their key."""

    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    count: list[Literal["block", "flag"]] = ["block"]
    window_minutes: int = Field(60, ge=1)
    throttle_after: int | None = Field(5, ge=1, description="offenses in the window that throttle the key")
    throttle_rpm: int = Field(5, ge=1, description="requests per minute a throttled key keeps")
    suspend_after: int | None = Field(20, ge=1, description="offenses in the window that suspend the key")


class TracingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool = False
    otlp_endpoint: str | None = None
    service_name: str = "bastion"


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "bastion"


def default_deployments() -> dict[str, DeploymentConfig]:
    """The embedded default: the packaged SmolLM2 chat model and multilingual-e5-small embeddings."""
    return {
        "smollm2-local": DeploymentConfig(provider="local", model=DEFAULT_CHAT_ROUTE),
        "e5-local": DeploymentConfig(provider="local-embedding", kind="embedding", model=DEFAULT_EMBED_ROUTE),
    }


class Settings(BaseSettings):
    """Everything Bastion reads at startup."""

    model_config = SettingsConfigDict(env_prefix="BASTION_", env_nested_delimiter="__", extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    workers: int = Field(1, ge=1)
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    redis_url: str | None = None
    redis_prefix: str = "bastion:"
    admin_key: SecretStr | None = None
    max_body_bytes: int = Field(8 * 1024 * 1024, ge=1024)
    log_level: str = "INFO"
    access_log: bool = True
    request_log: bool = True
    tracing: TracingConfig = TracingConfig()
    router: RouterConfig = RouterConfig()
    quotas: QuotaConfig = QuotaConfig()
    guardrails: GuardrailsConfig = GuardrailsConfig()
    abuse: AbuseConfig = AbuseConfig()
    prices: dict[str, PriceConfig] = {}
    deployments: dict[str, DeploymentConfig] = Field(default_factory=default_deployments)
    routes: dict[str, RouteConfig] = {}
    knowledge: KnowledgeConfig = KnowledgeConfig()
    cache: CacheConfig = CacheConfig()
    feedback: FeedbackConfig = FeedbackConfig()
    web: WebConfig = WebConfig()
    assistants: dict[str, AssistantConfig] = {}
    demo: bool = Field(True, description="start with the demo assistant and its sample knowledge base")
    config_file: Path | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # init holds the YAML file merged with command-line flags (flags win); env sits below both.
        return (init_settings, env_settings)

    @field_validator("admin_key", mode="before")
    @classmethod
    def _admin_key_shape(cls, v: Any) -> Any:
        raw = v.get_secret_value() if isinstance(v, SecretStr) else v
        if raw is None or raw == "":
            return None  # unset: the first run generates one
        if not isinstance(raw, str) or not raw.startswith("bst_") or len(raw) < 24:
            raise ValueError("an admin key starts with 'bst_' and has at least 20 more characters; "
                             "leave it unset to have one generated")
        return v

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'bastion.db'}"


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def _interpolate(value: Any, file: str, key: str) -> Any:
    """Replace ``${VAR}`` / ``${VAR:-default}`` in strings, so secrets stay out of the file."""
    if isinstance(value, dict):
        return {k: _interpolate(v, file, f"{key}.{k}" if key else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_interpolate(v, file, f"{key}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, str) and "${" in value:

        def sub(m: re.Match[str]) -> str:
            got = os.environ.get(m.group(1), m.group(2))
            if got is None:
                raise ConfigError(file, key, f"environment variable {m.group(1)} is not set",
                                  f"export {m.group(1)}=... or write ${{{m.group(1)}:-default}}")
            return got

        return _ENV_REF.sub(sub, value)
    return value


def read_yaml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ConfigError(str(path), "(file)", "the config file does not exist",
                          "pass an existing file to --config, or leave --config out for the embedded default")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(parse)"
        raise ConfigError(str(path), where, f"not valid YAML ({getattr(e, 'problem', e)})",
                          "fix the YAML syntax at that position") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(str(path), "(top level)", "the file must be a mapping of settings",
                          "start the file with keys such as 'deployments:' and 'routes:'")
    return _interpolate(data, str(path), "")


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Build and cross-check the settings. Raises :class:`ConfigError` naming the file, key and fix."""
    data: dict[str, Any] = read_yaml(config_file) if config_file else {}
    data.update({k: v for k, v in overrides.items() if v is not None})
    if config_file:
        data["config_file"] = config_file
    file = str(config_file) if config_file else None
    try:
        settings = Settings(**data)
    except ValidationError as e:
        err = e.errors()[0]
        key = _loc(tuple(err["loc"]))
        raise ConfigError(file, key, err["msg"], _fix_hint(err)) from None
    finalize(settings, file)
    return settings


def _fix_hint(err: Any) -> str:
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        return "remove this key or check its spelling against docs/configuration.md"
    if kind == "missing":
        return "add this key"
    return "see docs/configuration.md for the allowed values"


def finalize(settings: Settings, file: str | None) -> None:
    """Add default routes and check every cross-reference between deployments and routes."""
    deps = settings.deployments
    if not settings.routes:
        # No routes: every deployment is reachable under its `model` name (or its own name).
        for name, dep in deps.items():
            settings.routes.setdefault(dep.model or name, RouteConfig(targets=[RouteTarget(deployment=name)]))
    for rname, route in settings.routes.items():
        kinds = set()
        for i, target in enumerate(route.targets):
            if target.deployment not in deps:
                raise ConfigError(file, f"routes.{rname}.targets[{i}].deployment",
                                  f"unknown deployment '{target.deployment}'",
                                  f"define it under 'deployments:' (known: {', '.join(sorted(deps)) or 'none'})")
            kinds.add(deps[target.deployment].kind)
        if len(kinds) > 1:
            raise ConfigError(file, f"routes.{rname}.targets", f"mixes {' and '.join(sorted(kinds))} deployments",
                              "split them into one route per kind")
        for i, fb in enumerate(route.fallbacks):
            if fb not in settings.routes:
                raise ConfigError(file, f"routes.{rname}.fallbacks[{i}]", f"unknown route '{fb}'",
                                  f"use one of: {', '.join(sorted(settings.routes))}")
            if fb == rname:
                raise ConfigError(file, f"routes.{rname}.fallbacks[{i}]", "a route cannot fall back to itself",
                                  "name a different route")

    _check_assistants(settings, file)
    if settings.knowledge.queue == "redis" and not settings.redis_url:
        raise ConfigError(file, "knowledge.queue", "'redis' runs ingestion jobs on `bastion worker` processes "
                          "through Redis, and redis_url is not set", "set redis_url (or BASTION_REDIS_URL) to "
                          "the Redis the workers share, or use knowledge.queue: inprocess")
    for pname, policy in settings.guardrails.policies.items():
        if policy.judge is not None and policy.judge.route not in settings.routes:
            raise ConfigError(file, f"guardrails.policies.{pname}.judge.route", f"unknown route '{policy.judge.route}'",
                              f"use one of: {', '.join(sorted(settings.routes))}")


def _check_assistants(settings: Settings, file: str | None) -> None:
    kinds = {name: settings.deployments[r.targets[0].deployment].kind for name, r in settings.routes.items()}

    def routes_of(kind: str) -> str:
        found = ", ".join(n for n, k in kinds.items() if k == kind)
        return f"use one of: {found}" if found else f"add a deployment with kind: {kind} and a route to it"

    grounded = any(a.retrieval is not None for a in settings.assistants.values())
    if grounded and kinds.get(settings.knowledge.embedding_route) != "embedding":
        raise ConfigError(file, "knowledge.embedding_route", f"'{settings.knowledge.embedding_route}' is not an "
                          "embedding route", routes_of("embedding"))
    c = settings.cache
    for key, route, kind in (("cache.judge_route", c.judge_route, "chat"),
                             ("cache.embedding_route", c.embedding_route, "embedding"),
                             *((f"cache.routes[{i}]", r, "chat") for i, r in enumerate(c.routes))):
        if route is not None and kinds.get(route) != kind:
            raise ConfigError(file, key, f"'{route}' is not a {kind} route", routes_of(kind))
    for name, a in settings.assistants.items():
        try:
            check_name(name)
        except ValueError as e:
            raise ConfigError(file, f"assistants.{name}", str(e), "rename the assistant") from None
        refs = (("route", a.route, "chat"), ("grounding.judge_route", a.grounding.judge_route, "chat"),
                ("cache.judge_route", a.cache.judge_route, "chat"),
                ("retrieval.rerank_route", a.retrieval.rerank_route if a.retrieval else None, "rerank"))
        for key, route, kind in refs:
            if route is not None and kinds.get(route) != kind:
                raise ConfigError(file, f"assistants.{name}.{key}", f"'{route}' is not a {kind} route", routes_of(kind))
        if a.policy is not None and a.policy not in settings.guardrails.policies:
            raise ConfigError(file, f"assistants.{name}.policy", f"unknown guardrail policy '{a.policy}'",
                              f"use one of: {', '.join(sorted(settings.guardrails.policies))}")
