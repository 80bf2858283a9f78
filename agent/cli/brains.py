"""Pick the interviewer brain and judge for ``--offline`` / ``--llm``."""

from __future__ import annotations

from agent.interviewer.brain import Brain, OfflineBrain


def brain_and_judge(mode: str, settings=None) -> tuple[Brain, object | None, str | None]:
    """``(brain, judge, model label)``; LLM mode needs a configured model (``settings``: the ``[llm]`` section)."""
    from agent.cli.main import CliError

    if mode != "llm":
        return OfflineBrain(), None, None
    try:
        from agent.llm.factory import llm_brain_and_judge
    except ImportError:
        raise CliError("LLM mode is not available in this build", 2) from None
    try:
        return llm_brain_and_judge(settings)
    except ValueError as exc:
        raise CliError(str(exc), 2) from None
