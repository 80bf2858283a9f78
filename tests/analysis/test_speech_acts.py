"""Questions and closing remarks narrate nothing; narration that merely contains a question stays narration."""

from __future__ import annotations

import pytest
from speech_act_cases import ANSWERS, SENTENCE_CLOSINGS, SENTENCE_NARRATION, SENTENCE_QUESTIONS

from agent.analysis.speech_acts import answer_act, asserts_nothing, sentence_act, sentence_acts


@pytest.mark.parametrize("text", SENTENCE_QUESTIONS)
def test_question_to_the_interviewer(text: str) -> None:
    assert sentence_act(text) == "question"


@pytest.mark.parametrize("text", SENTENCE_CLOSINGS)
def test_closing_remark(text: str) -> None:
    assert sentence_act(text) == "closing"


@pytest.mark.parametrize("text", SENTENCE_NARRATION)
def test_narration_is_not_caught(text: str) -> None:
    assert sentence_act(text) == "narration"


@pytest.mark.parametrize(("text", "want"), ANSWERS, ids=[t[:40] or "empty" for t, _ in ANSWERS])
def test_whole_answer(text: str, want: str) -> None:
    assert answer_act(text) == want


def test_acts_carry_offsets_into_the_answer() -> None:
    text = "I rolled back at 2am.  Does that answer it? Thanks, that's all."
    acts = sentence_acts(text)
    assert [a for _, _, a in acts] == ["narration", "question", "closing"]
    assert [text[s:e] for s, e, _ in acts] == ["I rolled back at 2am.", "Does that answer it?", "Thanks, that's all."]


def test_yes_no_questions_assert_nothing() -> None:
    assert asserts_nothing("Did we wait for sign-off?")
    assert not asserts_nothing("Why did I roll back without asking?")
    assert not asserts_nothing("We waited for sign-off.")


@pytest.mark.parametrize("text", ["\x00\x1b[31m?", "?" * 5000, "thanks " * 2000, "a, " * 3000 + "right?"])
def test_odd_input_is_cheap_and_total(text: str) -> None:
    assert sentence_act(text) in ("narration", "question", "closing")
    assert answer_act(text) in ("narration", "question", "closing")


@pytest.mark.parametrize(
    "text",
    [
        "How does your team decide what to build next quarter?",
        "Who approves production changes at your company?",
        "Do you want me to assume the manager has to sign off on every deploy?",
        "Thanks, that's all from me. No more questions.",
        "Did we wait for the CAB's approval? Honestly I don't remember.",
    ],
)
def test_questions_and_closings_hold_no_decision(nlp, text: str) -> None:
    from agent.analysis import analyze

    result = analyze(text)
    assert (result.locus, result.probe, result.spans) == ("none", False, [])
    assert not any(s.uncertain for s in result.sentences)


def test_narration_around_a_question_is_still_read(nlp) -> None:
    from agent.analysis import analyze

    result = analyze("Did we wait for sign-off? No. I shipped the fix that night and told my lead the next morning.")
    assert result.locus == "self"
    assert next(s.act for s in result.sentences) == "narration"
    reported = analyze("I asked myself whether to wait, and then my director decided to roll back.")
    assert reported.locus == "authority"


def test_heldout_speech_acts_stay_right() -> None:
    from heldout_speech_acts import HELDOUT_ANSWERS, HELDOUT_SENTENCES

    wrong = [(t, w, sentence_act(t)) for t, w in HELDOUT_SENTENCES if sentence_act(t) != w]
    wrong += [(t, w, answer_act(t)) for t, w in HELDOUT_ANSWERS if answer_act(t) != w]
    assert wrong == []
