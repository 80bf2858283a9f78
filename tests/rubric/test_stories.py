"""Story reading: segmentation by question, decisions and their holders, signals with exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.stories import SIGNALS, build_stories, read_transcript
from agent.transcript.models import Turn
from agent.transcript.parse import parse_transcript

FRESH = Path(__file__).resolve().parent / "fresh"


def _read(name: str):
    return read_transcript(parse_transcript((FRESH / f"{name}.txt").read_text()))


def _keys(story) -> set[str]:
    return {s.key for s in story.signals}


@pytest.fixture(scope="module")
def readings():
    cache: dict[str, object] = {}

    def get(name: str):
        if name not in cache:
            cache[name] = _read(name)
        return cache[name]

    return get


def test_design_wrap_up_and_past_questions_make_separate_stories(readings) -> None:
    stories = readings("s12-wrapup-questions").stories
    assert [s.kind for s in stories] == ["design", "design", "behavioural", "wrap_up"]
    behavioural = stories[2]
    assert len(behavioural.answer_turns) == 2  # the follow-up "Did anything go wrong?" joins the story
    assert not stories[3].signals  # questions at wrap-up are never evidence
    assert all(not s.signals or all(x.key == "design_tradeoff" for x in s.signals) for s in stories[:2])


def test_saved_phases_decide_the_story_kind() -> None:
    turns = [
        Turn(number=1, speaker="interviewer", text="How would you shard the progress store?"),
        Turn(
            number=2, speaker="candidate", text="I rolled the shard map back myself and told the on-call channel why."
        ),
    ]
    plain = build_stories(turns)
    saved = build_stories(turns, phases={1: ("past_experience", "question")})
    design = build_stories(turns, phases={1: ("design", "question")})
    assert saved[0].kind == "behavioural" and design[0].kind == "design"
    assert plain[0].kind == "behavioural"  # a narrated answer is a story even after a design-sounding question


def test_every_signal_span_is_verbatim_turn_text() -> None:
    for path in sorted(FRESH.glob("*.txt")):
        turns = {t.number: t.text for t in parse_transcript(path.read_text())}
        for story in read_transcript(list(parse_transcript(path.read_text()))).stories:
            for s in story.signals:
                assert s.key in SIGNALS, s.key
                assert turns[s.turn][s.start : s.end] == s.text, (path.name, s)
                assert turns[s.turn][s.sentence_start : s.sentence_end] == s.sentence
                assert s.sentence_start <= s.start <= s.end <= s.sentence_end
            for d in story.decisions:
                assert turns[d.turn][d.start : d.end] == d.text


def test_blame_for_own_decision_is_heard(readings) -> None:
    story = readings("s01-blame-shifter").behavioural()[0]
    assert story.holder == "self"
    blamed = story.of("blamed_others")
    assert blamed and any("should have flagged" in s.text for s in blamed)
    assert "owned_outcome" not in _keys(story)


def test_hypothetical_read_by_meaning(readings) -> None:
    story = readings("s06-hypothetical-independence").behavioural()[0]
    assert any("would still have excluded" in s.text for s in story.of("hypothetical_independence"))
    defer = readings("s05-consult-then-defer").behavioural()[0]
    assert "hypothetical_independence" not in _keys(defer)
    assert "hypothetical_deferral" in _keys(defer)


def test_consulting_for_a_fact_is_not_asking_permission(readings) -> None:
    consult = _keys(readings("s04-consult-then-decide").behavioural()[0])
    defer = _keys(readings("s05-consult-then-defer").behavioural()[0])
    assert "consulted_then_decided" in consult and "asked_permission" not in consult
    assert {"asked_permission", "escalated_decision", "defended_waiting"} <= defer
    assert readings("s05-consult-then-defer").behavioural()[0].holder == "authority"


def test_recklessness_is_not_independence(readings) -> None:
    story = readings("s02-reckless-hero").behavioural()[0]
    assert {"skipped_safeguard", "told_nobody", "reckless_action"} <= _keys(story)
    assert "prevention" not in _keys(story)  # turning the checks off is not adding one


def test_scope_extension_versus_the_same_person_filing_a_ticket(readings) -> None:
    senior = readings("s08-scope-senior").behavioural()
    twin = readings("s09-scope-twin").behavioural()
    assert any(s.has("scope_extension") and s.has("wide_reach") for s in senior)
    assert not any(s.has("scope_extension") for s in twin)
    assert any(s.has("stayed_in_lane") for s in twin)


def test_empty_claims_are_weak(readings) -> None:
    stories = readings("s03-empty-claimer").behavioural()
    assert all(s.substance < 6 for s in stories)
    positives = [x for s in stories for x in s.signals if SIGNALS[x.key].lean == "+"]
    assert all(x.weak for x in positives)
    assert sum(len(s.of("empty_claim")) for s in stories) >= 3


def test_values_and_refusals_are_not_stories_of_behaviour(readings) -> None:
    stories = readings("s17-values-only").behavioural()
    assert any(s.refused for s in stories)
    assert all(SIGNALS[x.key].lean == "-" or x.weak for s in stories for x in s.signals)


@pytest.mark.parametrize("batch", [f"signal_cases_{n}" for n in range(1, 20)])
def test_sentence_level_signal_cases(batch: str) -> None:
    # Fresh sentences per signal class (first sight 65%, 71% and 54% of expected signals; see the files).
    # Batch 4 (beliefs about whose mistake it was): first sight 2/2 blame found but 5 of 7 non-blame read as blame.
    # Batch 5 (upside-down readings: refused waiting, imagined objections, cost of waiting, hindsight on own steps,
    # review not approval, context, "afterwards, not before"): first sight 19/29 expected, 12 forbidden found.
    # Batch 6 (the same classes in new wordings, written after batch 5's fixes): first sight 10/10, 0 forbidden
    # (main before those fixes: 7/10, 4 forbidden).
    # Batch 7 (owned outcomes in run-on and ordinary wording, reporting vs scope extension): 6/20, 1 forbidden.
    # Batch 8 (plain-word reasoning, hindsight about one's own testing): 5/11.
    # Batch 9 (waiting for information is not deference; a gerund step the tagger made a modifier): first sight 6/8
    # expected, 4 forbidden; now 7/8 with 0 forbidden (the eighth, under "ought to have", left as a known miss).
    # Batch 10 (an own fault named inside a denial: "I wouldn't call that my mistake", "not from my change"):
    # first sight 7/10 expected, 5 forbidden; now 10/10, 0 forbidden.
    # Batch 11 (hopes and honest "not yet" answers are no claims): first sight 2/2 expected, 8 forbidden; now 0.
    # Batch 12 (a sanity check of one's own choice is not consultation; checking with someone how big or on what
    # is not a deferral): first sight 1/2 expected, 2 forbidden (and the DBA control read as a deferral); now 0.
    # Batch 13 ("I should have fixed it at once and told her after" is regret, not hypothetical independence):
    # first sight 3/3 expected, 3 forbidden; now 0 forbidden.
    # Batch 14 ("it wasn't my job, but I rewrote it myself" is scope taken on, not blame): first sight 3/3 expected,
    # 4 forbidden; now 0 forbidden.
    # Batch 15 (a decision idiom whose reason names what a failure would stop is not a prevention): first sight 4/4
    # expected, 3 forbidden; now 0 forbidden.
    # Batch 16 (asked someone a fact, then went ahead; "whether it was allowed" is permission): first sight 4/5
    # expected, 2 forbidden; now 5/5, 0 forbidden.
    # Batch 17 (run-on and lower-case style: a fault after a joining "then", "so that was my bug", a duty disclaimed in
    # a run-on, "chos", "wold", "its the ...", "id" after a time phrase, levels compared with "the usual", owned scope
    # in a relative clause): first sight 10/14 expected, 1 forbidden on the first 15 cases; 1/4, 0 forbidden on the
    # lower-case "its"/"id" cases; 2/2 forbidden on the relative-clause cases; now 20/21, 0 forbidden (the miss,
    # "desided", is a wrong letter as close to "desired" as to "decided": left alone).
    # Batch 18 (excuses dressed as hindsight or reasons: "looking back, it wasn't really my doing", "that was only
    # because the carriers kept changing their feeds"): first sight 3/3 expected, 3 forbidden; now 0 forbidden.
    # Batch 19 (a skipped check owned as the cause of one's own mistake is not recklessness): first sight 4/4
    # expected, 2 forbidden; now 0 forbidden.
    from tests.rubric.signal_check import found_keys, load

    cases = load(Path(__file__).resolve().parent / f"{batch}.py")
    expected = found = 0
    for text, want, forbidden in cases:
        got = found_keys(text)
        assert not forbidden & got, (text, forbidden & got)
        expected += len(want)
        found += len(want & got)
    assert found / expected >= 0.95, (found, expected)


def _key(answer: str):
    turns = [
        Turn(
            number=1,
            speaker="interviewer",
            text="Tell me about a time you fixed something that was partly another team's.",
        ),
        Turn(number=2, speaker="candidate", text=answer),
    ]
    return build_stories(turns)[0]


@pytest.mark.parametrize(
    "answer, act",
    [
        (
            "I didn't wait for the carrier's integration team to get to the ticket: I switched the label printer "
            "back to the old template myself and sent their lead the change to look over.",
            "switched",
        ),
        (
            "Rather than wait for the warehouse manager to make up his mind, I moved the frozen stock to the "
            "backup freezer and told him afterwards.",
            "moved",
        ),
    ],
)
def test_refused_waiting_leaves_the_key_decision_with_the_speaker(answer: str, act: str) -> None:
    # First sight: the key decision was the other party's ("the carrier's integration team to get to the ticket").
    story = _key(answer)
    assert story.holder == "self" and act in story.key_decision.text
    assert not story.has("deferred_decision") and not story.has("waited_for_approval")
    assert story.has("acted_without_waiting")


def test_an_objection_imagined_and_answered_is_not_a_deferred_decision() -> None:
    story = _key(
        "I turned the duplicate invoice run off that night. Had my director said no, I would have argued it with "
        "the refund figures, but I didn't treat it as something she had to approve."
    )
    assert story.holder == "self"
    assert story.has("hypothetical_independence")
    assert not {"deferred_decision", "mostly_deferred", "asked_permission"} & _keys(story)


def test_a_deferral_in_a_negated_frame_is_not_the_key_decision() -> None:
    # Found on trying the wording as a user after the first fix: the analyzer's span starts at the relative
    # pronoun ("that needed her approval"), which the negated-frame reader first missed.
    story = _key(
        "I rolled the tariff table back myself. I didn't treat it as something that needed the pricing "
        "director's approval, and I told her within the hour."
    )
    assert story.holder == "self" and "rolled" in story.key_decision.text
    assert not {"deferred_decision", "asked_permission", "waited_for_approval"} & _keys(story)


def test_the_cost_of_waiting_is_a_reason_not_waiting() -> None:
    story = _key(
        "I switched the fare calculator back to last week's rules that night. Waiting for the vendor's patch "
        "would have meant every commuter overcharged for another week."
    )
    reasons = story.of("stated_reason")
    assert reasons and reasons[0].text.startswith("Waiting for the vendor")
    assert not {"waited_for_approval", "deferred_decision"} & _keys(story)


def test_what_the_speaker_was_responsible_for_is_scene_not_decision() -> None:
    story = _key(
        "I inherited the route planning service when I joined. The nightly export started dropping every stop "
        "with an accent in its name, so I patched the encoder and re-ran the export."
    )
    assert story.holder == "self" and "patched" in story.key_decision.text
    assert not any(d.text.startswith("I inherited") for d in story.decisions)
    assert not [s.key for s in story.signals if s.sentence.startswith("I inherited")]
