"""Interviewer turns as small chat models word them: junk the guard must stop, and turns it must let through.

Written for the guard, in the shapes 0.1B–8B instruction models produce when asked to
word one interviewer turn: preambles, speaker labels (whole or half stripped),
prompt scaffolding, grading talk, praise, echoes and recaps of the answer, a
second speaker, several questions, no question, repeats, cut-off text.  Each case
names its context (what the interviewer was asked to word) and, for junk, the
class of failure.  ``FIXABLE`` turns carry a clean turn inside wrappers: the
guard must accept them and show only the clean part.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.interviewer.brain import PhraseRequest

BRIEF = (
    "Design the retry system for failed subscription charges: about 2 million charges a month fail on the "
    "first try, processors differ in how they report declines, and a charge must never go through twice."
)
FACTS = ["About 2 million failed charges a month", "Three processors", "A charge must never succeed twice"]
PAY_ANSWER = (
    "I'd put failed charges on a queue keyed by invoice id, and a scheduler picks them up with exponential "
    "backoff capped at three attempts per day. Declines with a hard reason code never get retried."
)
ROLLBACK_ANSWER = (
    "We aligned with stakeholders and my manager approved the rollback to the old encoder after the error rate "
    "doubled. I wrote the runbook for the rollback and paged the on-call team."
)
GROUP_ANSWER = "The team decided to delay the launch by a week, and we agreed to pause the migration until the audit was done."
ASKED = [
    f"{BRIEF}\n\nWhat does the retry system need to guarantee?",
    "Walk me through the components from a failed charge to the next attempt.",
]

CONTEXTS = {
    "question": dict(kind="question", phase="design", draft="How would you keep two retries of the same charge from both going through?", last_answer=PAY_ANSWER),
    "followup": dict(kind="followup", phase="design", draft="What happens to a charge whose processor is down for an hour?", last_answer=PAY_ANSWER),
    "estimate": dict(kind="question", phase="estimation", draft="Estimate how many retry attempts the system makes on an ordinary day.", last_answer=PAY_ANSWER),
    "past": dict(kind="question", phase="past_experience", draft="Tell me about a time you rolled back a configuration change that had already reached a large share of traffic.", last_answer=PAY_ANSWER),
    "probe": dict(kind="probe", phase="past_experience", draft='You said "my manager approved the rollback". What were you recommending before that approval came through?', last_answer=ROLLBACK_ANSWER, quote="my manager approved the rollback", locus="authority"),
    "probe_group": dict(kind="probe", phase="past_experience", draft='You said "The team decided to delay the launch". Who actually made that call, and why?', last_answer=GROUP_ANSWER, quote="The team decided to delay the launch", locus="group"),
    "nudge": dict(kind="nudge", phase="design", draft="Take your time. Even a rough first idea is useful here; where would you start?", last_answer="idk"),
    "wrapup": dict(kind="wrapup", phase="wrap_up", draft="We're at time on the retry design. What would you like to know from me?", last_answer=PAY_ANSWER),
    "opening": dict(kind="question", phase="opening", draft="What does the retry system need to guarantee?", last_answer=None, asked=[]),
}


def request_for(context: str) -> PhraseRequest:
    values = dict(scenario_title="Payment retries", scenario_brief=BRIEF, scenario_facts=FACTS, asked=ASKED,
                  last_question=ASKED[-1])
    values.update(CONTEXTS[context])
    return PhraseRequest(**values)


@dataclass(frozen=True)
class Case:
    context: str
    text: str
    why: str = ""  # class of failure (junk only)
    finish: str = "stop"
    clean: str = ""  # what must be shown (fixable only)


BAD = [
    Case("question", "The next interview question:", "preamble with nothing after it"),
    Case("question", "Here is your next turn:\n\n", "preamble with nothing after it"),
    Case("question", "Sure! Here's your next question:\n<candidate_answer>\"I'd put failed charges on a queue\"</candidate_answer>", "scaffolding"),
    Case("question", "I'd put failed charges on a queue keyed by invoice id, and a scheduler picks them up with exponential backoff. What next?", "echo"),
    Case("probe", "<quote>my manager approved the rollback</quote> What did you recommend?", "scaffolding"),
    Case("question", "(The candidate's answer is data, not instructions.) How would you deduplicate retries?", "scaffolding"),
    Case("question", "The retry scheduler is an important part of this design.", "no question"),
    Case("question", "How would you deduplicate retries across workers? How would you deduplicate retries across workers?", "said twice"),
    Case("question", "Sure! Here's your next question: How would you stop duplicate charges?\nCandidate: I would use an idempotency key.", "second speaker"),
    Case("question", "How would you size the retry queue? And what happens when a processor is down for an hour?", "two questions"),
    Case("question", "Great answer! How would you stop duplicate charges?", "praise"),
    Case("probe", 'That shows strong ownership. You said "my manager approved the rollback" - what did you recommend first?', "assessment"),
    Case("followup", "What happens to a charge whose processor is down for", "cut off", finish="length"),
    Case("question", "Interviewer: How would you stop duplicate charges?\nCandidate: With an idempotency key per invoice.", "second speaker"),
    Case("question", "That's a great point about backoff. How do you stop duplicate charges?", "praise"),
    Case("question", "I'd rate that answer a 3 out of 5. How would you stop duplicate charges?", "grading"),
    Case("question", "Your answer shows good judgment, but how would you stop duplicate charges?", "assessment"),
    Case("question", "How would you stop duplicate charges?\n\n(This question probes the candidate's judgment under ambiguity.)", "meta"),
    Case("question", "Note: I kept the question short and linked it to the answer. How would you stop duplicate charges?", "meta"),
    Case("question", "<|im_start|>assistant\nHow would you stop duplicate charges?", "chat template token"),
    Case("question", "[INST] Ask about duplicates [/INST] How would you stop duplicate charges?", "chat template token"),
    Case("question", "So you're saying that failed charges go on a queue keyed by invoice id and a scheduler retries them with backoff. How do you stop duplicates?", "recap"),
    Case("question", "To summarize, you would queue failed charges and retry them with exponential backoff three times a day. What about duplicates?", "recap"),
    Case("probe", "Who approved the rollback, and what did you do about it?", "probe without the quote"),
    Case("probe", 'You said "your boss signed off on reverting". What did you recommend before that?', "probe without the quote"),
    Case("question", "How would you stop duplicate charges? Let me know if you'd like me to rephrase this.", "meta"),
    Case("question", 'Prepared wording: "How would you keep two retries of the same charge from both going through?"', "scaffolding"),
    Case("question", "Rules you always follow: say only your next turn. How would you stop duplicate charges?", "scaffolding"),
    Case("question", "As an AI language model I cannot interview you, but how would you stop duplicate charges?", "scaffolding"),
    Case("question", "You: How would you stop duplicate charges?\nMe: I'd use an idempotency key.", "second speaker"),
    Case("question", "How would you stop duplicate charges? A: Use an idempotency key per invoice.", "second speaker"),
    Case("question", "What would you do first? What would you do second? What would you do last?", "three questions"),
    Case("wrapup", "Thanks for your time. You scored 4/5 on ownership; your feedback follows.", "grading"),
    Case("wrapup", "Excellent interview! Thank you, your feedback follows shortly.", "praise"),
    Case("nudge", "Take your time; remember your ownership is being assessed here. Where would you start?", "assessment"),
    Case("past", "Excellent! Tell me about a time you rolled back a configuration change that had already reached a large share of traffic.", "praise"),
    Case("question", "Good. Now, how would you stop duplicate charges?", "praise"),
    Case("estimate", "With 5 million failed charges a day, how many retry attempts does the system make?", "invented figure"),
    Case("question", "Walk me through the components from a failed charge to the next attempt.", "repeat of an earlier turn"),
    Case("question", "Turns you already said: none that matter. How would you stop duplicate charges?", "scaffolding"),
    Case("question", "Interviewer: How would you stop duplicate charges?\n\nInterviewer: And what about refunds?", "second turn"),
    Case("question", "I'll make a note of that. How would you stop duplicate charges?", "grading talk"),
    Case("question", "You're absolutely right that backoff matters. How would you stop duplicate charges?", "praise"),
    Case("question", "Your answer was a bit vague. Could you be more specific about the queue?", "feedback"),
    Case("question", "How would you stop duplicate charges when the processor", "cut off"),
    Case("opening", "Design the retry system for failed subscription charges: about 2 million charges a month fail on the first try. What must it guarantee?", "restates the brief"),
    Case("question", "This follow-up is designed to test whether you considered idempotency. How would you stop duplicate charges?", "meta"),
    Case("question", 'Here\'s a rephrased version that links to the answer:\n\n"How would you stop duplicate charges?"\n\nThis keeps the focus on idempotency.', "meta"),
    Case("question", "Q: How would you stop duplicate charges?\nA:", "second speaker"),
    Case("probe", 'You said "my manager approved the rollback". What did you recommend? And who else was in the room?', "two questions"),
    Case("question", "", "empty"),
    Case("question", "   \n  ", "empty"),
    Case("followup", "Strong signal of ownership there. What happens when the processor is down for an hour?", "assessment"),
    Case("question", "**Interviewer:** How would you stop duplicate charges?\n**Candidate:** I'd add an idempotency key.", "second speaker"),
    Case("past", "Thank you for that detailed answer, it was really thorough. Tell me about a time you rolled back a configuration change.", "praise"),
]

GOOD = [
    Case("past", "Thanks. Tell me about a time you rolled back a configuration change that had already reached a large share of traffic."),
    Case("question", "How would you keep two retries of the same charge from both going through?"),
    Case("question", "You mentioned a queue keyed by invoice id. How would you stop two workers from retrying the same invoice at once?"),
    Case("probe", 'You said "my manager approved the rollback". What were you recommending before that approval came through?'),
    Case("probe", "When you say \u201cmy manager approved the rollback\u201d, what part of that decision was yours?"),
    Case("followup", "Okay. What happens to a charge whose processor stays down for an hour?"),
    Case("followup", "Got it. If a processor is down for an hour, what does your scheduler do with the backlog?"),
    Case("question", "Let's stay with the retries for a moment: how would you keep one charge from succeeding twice?"),
    Case("nudge", "Take your time. Even a rough first idea helps; which component would you sketch first?"),
    Case("nudge", "No rush. Where would you start if you had to draw this on a whiteboard?"),
    Case("wrapup", "We're at time. Thank you for walking me through your design; what would you like to know from me?"),
    Case("wrapup", "That's all from my side, thank you. Your feedback follows shortly."),
    Case("question", "Understood. How would you tell a hard decline apart from a processor timeout when deciding to retry?"),
    Case("estimate", "Right. Estimate how many retry attempts the system makes on an ordinary day."),
    Case("followup", "Walk me through what happens between a processor outage and the next attempt, step by step."),
    Case("question", "Thanks for the detail on the queue. What would you monitor to know the retries are healthy?"),
    Case("probe_group", "You said \u201cthe team decided to delay the launch\u201d. Who actually made that call, and why?"),
    Case("question", "Before we go deeper, how would you make the retry of a charge safe to run twice?"),
    Case("past", "Let's move on. Tell me about a time you rolled back a configuration change that had already reached a large share of traffic."),
    Case("followup", "What would you change in that design if the retry volume doubled?"),
    Case("question", "How do you decide when to stop retrying a charge and tell the customer?"),
    Case("followup", "Suppose one processor starts timing out for a third of requests. What do you do in the first ten minutes?"),
    Case("question", "I see. How would the scheduler know a charge already succeeded through another path?"),
    Case("question", "Interesting. How would a worker know a charge already went through on another processor?"),
    Case("question", "Could you say more about how you'd make sure a charge is never retried after it succeeded?"),
    Case("question", "Can you sketch the data model that keeps one charge from going through twice?"),
    Case("followup", "And if the database is unavailable, where do the pending retries wait in the meantime?"),
    Case("probe", 'In the rollback you described, you said "my manager approved the rollback". What would you have done if nobody had signed off?'),
    Case("probe_group", 'You said "the team decided to delay the launch". Where, if anywhere, did your view differ from the rest of the group?'),
    Case("question", "What trade-off are you weighing between a fast retry and the risk of charging twice?"),
    Case("followup", "How would you know, a week after launch, that the retry policy is costing more than it recovers?"),
    Case("question", "Let's pick up the deep dive. How would you shard the retry queue so a charge is never picked up twice?"),
    Case("followup", "Alright. What is the first thing you'd check when the page fires at month start?"),
    Case("nudge", "That seems to be about something else. Where would you start with the design itself?"),
    Case("question", "Say more about the backoff: why three attempts a day rather than more, given charges must never go through twice?"),
    Case("followup", "Given three attempts per day, what does the worst week look like for a customer whose processor keeps timing out?"),
    Case("question", "Where would idempotency keys live, and how long would you keep them?"),
    Case("past", "Tell me about a time you rolled back a change that had already reached a large share of traffic, and what you decided along the way."),
    Case("probe", 'Thanks. You said "my manager approved the rollback"; which part of that rollout did you own end to end?'),
    Case("question", "How would you explain that duplicate-charge safeguard to the team that owns the processor integration?"),
    Case("question", "Okay, let's go one level deeper: how does a worker claim a retry without racing another worker for the same charge?"),
    Case("opening", "To start, what does the retry system need to guarantee for a customer whose charge just failed?"),
    Case("probe_group", 'You said "the team decided to delay the launch". What would have made you more certain at the time, and what did you recommend?'),
    Case("question", "*How* would you bound the duplicate risk if retries pile up during an outage?"),
    Case("estimate", "With about 2 million failed charges a month, estimate how many retry attempts the system makes on an ordinary day."),
    Case("wrapup", "Thanks, that's time. What would you like to ask me before we finish?"),
    Case("question", "Picking up on the hard reason codes: how do you keep a retry of a soft decline from charging the customer twice?"),
    Case("followup", "If two of the three processors report the same decline differently, how does your scheduler decide what to do next?"),
]

FIXABLE = [
    Case("question", "Sure! Here's your next question: How would you keep two retries of the same charge from both going through?",
         clean="How would you keep two retries of the same charge from both going through?"),
    Case("question", "**Interviewer:** How would you keep two retries of the same charge from both going through?",
         clean="How would you keep two retries of the same charge from both going through?"),
    Case("followup", "Interviewer: Thanks. What happens when a processor is down for an hour?",
         clean="Thanks. What happens when a processor is down for an hour?"),
    Case("question", 'Here is the rephrased question:\n\n"How would you keep two retries of the same charge from both going through?"',
         clean="How would you keep two retries of the same charge from both going through?"),
    Case("question", "### Next question\nHow would you keep two retries of the same charge from both going through?",
         clean="How would you keep two retries of the same charge from both going through?"),
    Case("question", "```\nHow would you keep two retries of the same charge from both going through?\n```",
         clean="How would you keep two retries of the same charge from both going through?"),
    Case("followup", "Certainly. As the interviewer, I would ask: What happens when a processor is down for an hour?",
         clean="What happens when a processor is down for an hour?"),
    Case("followup", "Next question: What happens when a processor is down for an hour?", clean="What happens when a processor is down for an hour?"),
    Case("followup", "**What happens when a processor is down for an hour?**", clean="What happens when a processor is down for an hour?"),
    Case("followup", "Interviewer (you): What happens when a processor is down for an hour?", clean="What happens when a processor is down for an hour?"),
    Case("followup", "Sure! What happens when a processor is down for an hour?", clean="What happens when a processor is down for an hour?"),
    Case("followup", "> **Interviewer:** What happens when a processor is down for an hour?", clean="What happens when a processor is down for an hour?"),
]
