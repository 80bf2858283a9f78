"""Build the LLM-mode interviewer brain and judge from the effective settings."""

from __future__ import annotations

from agent import paths
from agent.llm.brain import LLMBrain
from agent.llm.client import LLMClient
from agent.llm.judge import LLMJudge
from agent.llm.settings import LLMSettings, load_settings


def llm_brain_and_judge(settings: LLMSettings | None = None) -> tuple[LLMBrain, LLMJudge, str]:
    """``(brain, judge, "model @ host")`` sharing one client; ``ValueError`` when no model is configured."""
    settings = settings or load_settings()
    if not settings.configured:
        raise ValueError(
            "LLM mode needs a model: set LOCUS_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY as needed) "
            f"or `model` in {paths.config_file()}; `locus config` shows the effective settings"
        )
    client = LLMClient(settings)
    label = f"{settings.model_for('interviewer')} @ {settings.host}"
    return LLMBrain(client), LLMJudge(client), label
