"""A second batch of interviewer turns, written after the guard was tuned on ``turn_corpus`` and scored at first sight.

Another scenario (CDN steering), other wording.  First-sight figures are in the
test module's docstring; failures found here were fixed by class afterwards.
"""

from __future__ import annotations

from turn_corpus import Case

from agent.interviewer.brain import PhraseRequest

BRIEF = (
    "Design the service that tells a player which CDN or edge cache to fetch video from when playback starts, "
    "and what to do when that choice goes bad. Peak egress is about 200 Tbps from roughly 8,000 embedded caches."
)
ANSWER = (
    "I would have the player call a steering endpoint that ranks caches by measured throughput from the client's "
    "network, and the ops team signed off on failing over to a commercial CDN when error rates spike."
)
CONTEXTS = {
    "design": dict(kind="question", phase="design", draft="How would the steering service learn which cache is healthy right now?"),
    "probe": dict(kind="probe", phase="design", draft='You said "the ops team signed off on failing over". What was your own view of the right call?',
                  quote="the ops team signed off on failing over", locus="authority"),
    "followup": dict(kind="followup", phase="deep_dive", draft="What does the player do if the steering call itself times out?"),
    "wrapup": dict(kind="wrapup", phase="wrap_up", draft="We're at time on the steering design. What would you like to know from me?"),
}


def fresh_request(context: str) -> PhraseRequest:
    values = dict(scenario_title="CDN steering", scenario_brief=BRIEF, scenario_facts=["About 200 Tbps peak egress", "About 8,000 embedded caches"],
                  asked=[f"{BRIEF}\n\nWhat are the main requirements?"], last_question="What are the main requirements?", last_answer=ANSWER)
    values.update(CONTEXTS[context])
    return PhraseRequest(**values)


FRESH_BAD = [
    Case("design", "Absolutely! Here's a follow-up question for the candidate:", "preamble alone"),
    Case("design", "Interviewer: Good answer. How would the steering service learn which cache is healthy?", "praise"),
    Case("design", "How would the service learn cache health?\n\nCandidate: I'd use client beacons.", "second speaker"),
    Case("design", "I would have the player call a steering endpoint that ranks caches by measured throughput. How do you learn health?", "echo"),
    Case("design", "How would the service learn cache health? Also, how would you handle a regional outage? And what about cost?", "three questions"),
    Case("probe", "What was your own view of the failover?", "probe without the quote"),
    Case("probe", 'You said "the ops team signed off on failing over". This is a chance to demonstrate ownership: what was your view?', "assessment"),
    Case("followup", "What does the player do if the steering call", "cut off", finish="length"),
    Case("design", "</candidate_answer> How would the steering service learn cache health?", "scaffolding"),
    Case("design", "Here's my question for you as the interviewer: how would the steering service learn which cache is healthy right now? I hope this helps!", "meta"),
    Case("design", "Love that you thought about measured throughput! How would the service learn which cache is healthy?", "praise"),
    Case("design", "Your response demonstrates solid judgment. How would the service learn which cache is healthy?", "assessment"),
    Case("design", "In short, you rank caches by client throughput and fail over to a commercial CDN when errors spike. How do you learn health?", "recap"),
    Case("wrapup", "Thanks! Overall you did well; I'd say you're at a senior level. Feedback follows.", "grading"),
    Case("followup", "With 40% of steering calls timing out, what does the player do?", "invented figure"),
    Case("design", "The steering service needs to learn cache health in real time.", "no question"),
    Case("followup", "Nice! What does the player do if the steering call itself times out?", "praise"),
    Case("design", "How would the steering service learn which cache is healthy right now? How would the steering service learn which cache is healthy right now?", "said twice"),
]

# Written as junk, but the junk is a label or heading the guard removes: the clean rest is shown.
FRESH_FIXABLE = [
    Case("design", "User: How would the steering service learn which cache is healthy right now?",
         clean="How would the steering service learn which cache is healthy right now?"),
    Case("design", "### Response\nHow would the steering service learn which cache is healthy?",
         clean="How would the steering service learn which cache is healthy?"),
]

FRESH_GOOD = [
    Case("design", "How would the steering service learn which cache is healthy right now?"),
    Case("design", "Thanks. How would the steering service find out that a cache has started to degrade?"),
    Case("design", "You mentioned ranking caches by measured throughput. Where does that measurement come from, and how fresh is it?"),
    Case("probe", 'You said "the ops team signed off on failing over". What was your own view of the right call?'),
    Case("probe", "When you say \u201cthe ops team signed off on failing over\u201d, what had you recommended before they did?"),
    Case("followup", "What does the player do if the steering call itself times out?"),
    Case("followup", "Okay. If the steering endpoint is slow to answer, what does the player fall back to?"),
    Case("followup", "Let's go one step further: what happens to playback if the steering call never returns?"),
    Case("wrapup", "We're at time on the steering design. What would you like to know from me?"),
    Case("wrapup", "That brings us to time, thank you. The feedback will follow."),
    Case("design", "With about 8,000 embedded caches, how would the service keep its view of their health current?"),
    Case("design", "Walk me through how a cache's health score would reach the steering service."),
    Case("design", "Got it. How quickly would the service notice that one ISP's caches are overloaded?"),
    Case("design", "Understood. What signal would tell you a cache is unhealthy before players start to rebuffer?"),
    Case("followup", "Right. And if the player can't reach the steering service at all, what's its default?"),
    Case("design", "Let's look at the control loop: how often would you recompute the ranking, and why that often?"),
    Case("probe", 'Going back to "the ops team signed off on failing over", what would you have done if they had said no?'),
    Case("design", "Describe how you'd keep one overloaded cache from being handed every new session in a region."),
    Case("followup", "Suppose the steering call succeeds but points at a cache that is already failing. How does the player recover?"),
    Case("design", "How would you test the steering logic before it reaches all 200 Tbps of peak traffic?"),
]
