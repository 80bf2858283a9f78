"""What the card says per story: "Story 3, 'a time something went wrong': key decision yours; outcome blamed on QA"."""

from __future__ import annotations

from agent.stories.models import Story

_HOLDER = {
    "self": "key decision yours",
    "authority": "key decision with someone above you or another team",
    "group": "key decision with the group",
    "process": "key decision left to the process",
    "agentless": "key decision made by nobody named",
    "hedged": "nobody really made the key decision",
    "none": "no decision narrated",
}
# signal -> what the card says when a story has it (in this order)
_PHRASES = (
    ("refused", "declined to give an example"),
    ("alternative_weighed", "options weighed"),
    ("evidence_used", "evidence used"),
    ("risk_accepted", "risk accepted"),
    ("owned_hindsight", "owned hindsight"),
    ("borrowed_reasoning", "reasons given for someone else's call"),
    ("owned_outcome", "outcome owned"),
    ("blamed_others", "outcome blamed on others"),
    ("minimised_harm", "harm played down"),
    ("fixed_it", "fixed it yourself"),
    ("prevention", "prevention added"),
    ("informed_affected", "told the people affected"),
    ("credited_others", "credited colleagues by name"),
    ("left_to_others", "follow-up left to others"),
    ("consulted_then_decided", "consulted, then decided"),
    ("acted_without_waiting", "acted without waiting"),
    ("informed_after", "informed after acting"),
    ("undo_plan", "with a way back"),
    ("hypothetical_independence", "would have acted without the approval"),
    ("asked_permission", "asked permission"),
    ("waited_for_approval", "waited for approval"),
    ("escalated_decision", "escalated the decision"),
    ("defended_waiting", "defended waiting"),
    ("reckless_action", "acted alone without safeguards"),
    ("defended_recklessness", "defended it as right"),
    ("autonomy_claim", "claims autonomy without an instance"),
    ("scope_extension", "extended scope beyond your team unasked"),
    ("stayed_in_lane", "filed a ticket and worked around it"),
    ("empty_claim", "claims with nothing concrete behind them"),
    ("stated_value", "values rather than an instance"),
)


def blamed_on(story: Story) -> str:
    """Who the story's outcome was blamed on ("the operations team, QA")."""
    who: list[str] = []
    for sig in story.of("blamed_others"):
        name = sig.detail.strip()
        if name and name not in who:
            who.append(name)
    return ", ".join(f"\u201c{w}\u201d" for w in who[:3])


def story_line(story: Story, number: int) -> str:
    """One line per behavioural story for the scorecard."""
    title = f", \u201c{story.title}\u201d" if story.title else ""
    parts = [_HOLDER.get(story.holder, "no decision narrated")]
    if story.key_decision is not None:
        parts[0] += f" (\u201c{story.key_decision.text}\u201d)"
    keys = {s.key for s in story.signals}
    if story.refused:
        keys.add("refused")
    for key, phrase in _PHRASES:
        if key not in keys:
            continue
        if key == "blamed_others" and blamed_on(story):
            phrase = f"outcome blamed on {blamed_on(story)}"
        if key == "scope_extension" and story.has("wide_reach"):
            phrase += f", reaching {story.of('wide_reach')[0].text}"
        parts.append(phrase)
    if story.substance < 4 and story.signals:
        parts.append("little concrete detail")
    return f"Story {number}{title}: " + "; ".join(parts) + "."
