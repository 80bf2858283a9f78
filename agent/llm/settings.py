"""The ``[llm]`` section of the settings: how to reach an OpenAI-compatible endpoint.

:class:`LLMSettings` is one section of the whole-file model in :mod:`agent.settings`,
which reads ``config.toml`` once and applies the environment. Precedence, highest
first: values passed to :func:`load_settings`, ``LOCUS_*`` variables (a field's
``validation_alias`` lists its variable names; otherwise ``LOCUS_<FIELD>``), the
standard ``OPENAI_*`` variables, then the file.  No model configured means offline mode.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, field_validator

from agent.llm.scrubbing import mask_url, url_secrets

Role = Literal["interviewer", "classifier", "judge"]
DEFAULT_BASE_URL = "https://api.openai.com/v1"
# Sent when no key is configured: local servers (Ollama, llama.cpp) ignore it.
PLACEHOLDER_KEY = "not-needed"
# Hosted APIs that serve many requests at once with large contexts; anything else is treated as a
# local one-slot server (llama.cpp, a single Ollama model) until max_concurrency says otherwise.
HOSTED_APIS = (
    "api.openai.com",
    "openai.azure.com",
    "api.anthropic.com",
    "generativelanguage.googleapis.com",
    "api.mistral.ai",
    "api.groq.com",
    "openrouter.ai",
    "api.together.xyz",
    "api.fireworks.ai",
    "api.deepseek.com",
    "api.deepinfra.com",
    "api.x.ai",
    "api.perplexity.ai",
)
HOSTED_CONCURRENCY = 4
HOSTED_CONTEXT = 128_000
LOCAL_CONTEXT = 4096


class LLMSettingsError(ValueError):
    """The settings file or variables are invalid; the message says which and why."""


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class LLMSettings(BaseModel):
    """Everything needed to talk to an OpenAI-compatible endpoint (the ``[llm]`` section)."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", validate_default=True)

    model: str | None = Field(default=None, description="Chat model name; unset means offline mode")
    base_url: str | None = Field(
        default=None,
        validation_alias=_env("LOCUS_BASE_URL", "OPENAI_BASE_URL"),
        description="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1",
    )
    api_key: SecretStr | None = Field(
        default=None,
        validation_alias=_env("LOCUS_API_KEY", "OPENAI_API_KEY"),
        description="Bearer token; local servers usually need none",
    )
    temperature: float = Field(default=0.4, ge=0.0, le=2.0, description="Sampling temperature for the interviewer")
    request_timeout: float = Field(default=60.0, gt=0, description="Seconds to wait for a response")
    connect_timeout: float = Field(default=5.0, gt=0, description="Seconds to wait for a connection")
    max_attempts: int = Field(default=4, ge=1, le=20, description="Tries per call, the first included")
    max_total_wait: float = Field(default=20.0, ge=0, description="Seconds of back-off summed over one call")
    retry_initial_wait: float = Field(default=0.5, ge=0, description="First back-off in seconds; doubles per try")
    retry_after_cap: float = Field(default=10.0, ge=0, description="Longest Retry-After honoured")
    interviewer_model: str | None = Field(
        default=None, description="Model that words the questions; unset uses `model`"
    )
    classifier_model: str | None = Field(default=None, description="Model for unsure sentences; unset uses `model`")
    judge_model: str | None = Field(default=None, description="Model that judges the rubric; unset uses `model`")
    judge_samples: int = Field(default=3, ge=1, le=9, description="Judge samples per dimension (the median counts)")
    max_tokens: int | None = Field(
        default=None, ge=16, description="Cap on tokens per answer for every role (overrides the per-role caps)"
    )
    interviewer_max_tokens: int = Field(
        default=256, ge=16, description="Cap on tokens per interviewer turn (reasoning included)"
    )
    judge_max_tokens: int = Field(default=600, ge=64, description="Cap on tokens per judge answer")
    classifier_max_tokens: int = Field(default=256, ge=32, description="Cap on tokens per classifier answer")
    max_concurrency: int | None = Field(
        default=None,
        ge=1,
        le=16,
        description="Requests in flight at once; unset: 1 for local or unknown endpoints, 4 for known hosted APIs",
    )
    context_tokens: int | None = Field(
        default=None,
        ge=512,
        description="Model context window in tokens; unset: 4096 for local or unknown endpoints, 128000 for known hosted APIs",
    )
    breaker_cooloff: float = Field(
        default=60.0, ge=0, description="Seconds an endpoint is skipped after it failed a whole retry budget (0: never)"
    )
    breaker_cooloff_cap: float = Field(
        default=600.0, ge=0, description="Longest cool-off; each repeated failure doubles it up to this"
    )

    @field_validator("model", "base_url", "interviewer_model", "classifier_model", "judge_model", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value.strip() if isinstance(value, str) else value

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be an http(s) URL, got {value!r}")
        return value.rstrip("/")

    @field_validator("api_key", mode="before")
    @classmethod
    def _blank_key(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    # -- derived values ------------------------------------------------------
    @property
    def configured(self) -> bool:
        """True when a model is set, i.e. LLM mode is possible."""
        return bool(self.model)

    @property
    def endpoint(self) -> str:
        return self.base_url or DEFAULT_BASE_URL

    @property
    def host(self) -> str:
        """Endpoint host (and port) for the session record; never credentials."""
        parts = urlsplit(self.endpoint)
        host = parts.hostname or ""
        return f"{host}:{parts.port}" if parts.port else host

    @property
    def hosted(self) -> bool:
        """True for a known hosted API (parallel requests and large contexts are safe there)."""
        host = (urlsplit(self.endpoint).hostname or "").lower()
        return any(host == h or host.endswith("." + h) for h in HOSTED_APIS)

    @property
    def concurrency(self) -> int:
        """Requests the client keeps in flight at once."""
        return self.max_concurrency or (HOSTED_CONCURRENCY if self.hosted else 1)

    @property
    def context_window(self) -> int:
        """Context size the judge budgets for, in tokens."""
        return self.context_tokens or (HOSTED_CONTEXT if self.hosted else LOCAL_CONTEXT)

    def max_tokens_for(self, role: Role) -> int:
        """Token cap sent with each request of ``role``."""
        return self.max_tokens or getattr(self, f"{role}_max_tokens")

    def model_for(self, role: Role) -> str:
        """Model used for ``role``; per-role models default to ``model``."""
        chosen = getattr(self, f"{role}_model") or self.model
        if not chosen:
            raise LLMSettingsError("no model configured (set LOCUS_MODEL or `model` in the config file)")
        return chosen

    def secrets(self) -> tuple[str, ...]:
        """Every credential in these settings (the key, secrets in the base URL): scrubbed from all output."""
        key = self.api_key.get_secret_value() if self.api_key else ""
        return tuple(s for s in (key, *url_secrets(self.base_url)) if s)

    def key_value(self) -> str:
        """The raw API key, for the client's Authorization header only."""
        return self.api_key.get_secret_value() if self.api_key else PLACEHOLDER_KEY

    def masked(self) -> dict[str, Any]:
        """Effective settings for display: the key is masked, never printed."""
        data = self.model_dump(mode="json", exclude={"api_key"})
        data["base_url"] = mask_url(self.endpoint)
        data["api_key"] = mask_secret(self.api_key.get_secret_value() if self.api_key else None)
        for role in ("interviewer", "classifier", "judge"):
            data[f"{role}_model"] = getattr(self, f"{role}_model") or self.model
        data["max_concurrency"] = self.concurrency
        data["context_tokens"] = self.context_window
        data["configured"] = self.configured
        return data


def mask_secret(secret: str | None) -> str:
    """``(not set)`` or a short hint such as ``sk-…(51 chars)``; never more than 3 characters."""
    if not secret:
        return "(not set)"
    return f"{secret[:3]}…({len(secret)} chars)" if len(secret) >= 12 else f"…({len(secret)} chars)"


def load_settings(**overrides: Any) -> LLMSettings:
    """The effective ``[llm]`` section (file, environment, then ``overrides``); :class:`LLMSettingsError` on problems."""
    from agent.settings import load_config

    return load_config(llm=overrides).llm


def sources_summary() -> dict[str, str]:
    """Where the settings came from (for ``locus config``)."""
    from agent.settings import sources_summary as summary

    return summary()
