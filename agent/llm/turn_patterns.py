"""Wording classes the turn guard looks for: how small chat models get an interviewer turn wrong.

Each pattern names a class of failure seen from 0.1B–8B instruction models asked
to word one interviewer turn (preambles, leaked prompt scaffolding, grading talk,
praise, a second speaker, recaps), never one sentence.  The guard in
:mod:`agent.llm.turn_guard` applies them; the corpus in ``tests/llm`` measures them.
"""

from __future__ import annotations

import re

_SPEAKERS = (
    r"interviewer|interviewee|candidate|assistant|user|human|system|applicant|me|you|ai|bot|model|"
    r"response|reply|answer|question|q|a|turn|next turn|my turn|your turn|output"
)
# A speaker label or a heading at the start of a line, with any Markdown around it:
# "**Interviewer:** ", "Interviewer (you): ", "### Interviewer", "> Q: ", "__Assistant__ -".
LABEL = re.compile(
    rf"^[ \t]*(?:[>#*_`~]+[ \t]*)*(?:{_SPEAKERS})(?:[ \t]*[(\[][^)\]\n]{{0,30}}[)\]])?[ \t]*[*_]*[ \t]*(?::|-|–|—)[ \t]*[*_]*[ \t]*",
    re.I | re.M,
)
HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+[^\n]{0,60}|(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[ \t]*:?)[ \t]*\n", re.M)
# Another speaker's words inside the turn: a label at the start of a later line (any speaker), or a
# distinctive label mid-line ("...? Candidate: I would...").
SECOND_SPEAKER = re.compile(
    rf"\n[ \t]*(?:[>*_#\[(]+[ \t]*)*(?:{_SPEAKERS})(?:[ \t]*[(\[][^)\]\n]{{0,30}}[)\]])?[ \t]*[*_\])]*[ \t]*:"
    r"|[.?!][\"'”’)]*\s+(?:q|a|me|you|answer|response)[ \t]*:"
    r"|(?:^|\s|[*_(\[])(?:candidate|interviewee|applicant|user|human|interviewer|assistant|system)(?:[ \t]*[(\[][^)\]\n]{0,30}[)\]])?[ \t]*[*_\])]*[ \t]*:",
    re.I,
)
# Openers that announce the turn instead of saying it.
PREAMBLE = re.compile(
    r"""^[ \t]*(?:
        (?:sure|certainly|of\ course|absolutely|okay|ok|alright|all\ right|great|got\ it|understood|no\ problem|yes)
            [ \t]*[!.,]?[ \t]*(?:here(?:'s|\ is|\ are)|i(?:'ll|\ will|'d|\ would)|let\ me|as\ the\ interviewer)[^\n:]{0,80}:
      | (?:sure|certainly|of\ course|absolutely|happy\ to\ help)[ \t]*[!.]
      | (?:here(?:'s|\ is|\ are)|below\ is|this\ is)[^\n:.?]{0,80}?(?:question|turn|follow[- ]?up|probe|prompt|version|wording|response|reply|rephras\w*|reword\w*)[^\n:?]{0,40}[:.]
      | (?:the\ |my\ |your\ |a\ )?(?:next\ |new\ |final\ |rephrased\ |reworded\ |revised\ |suggested\ )?
            (?:interview\ )?(?:question|turn|follow[- ]?up(?:\ question)?|probe|nudge|wrap[- ]?up|closing|response|reply|wording|version|output)
            (?:\ for\ the\ candidate|\ to\ ask|\ \(\w+\))?[ \t]*(?::|\n)
      | (?:as\ (?:the|your)\ interviewer|speaking\ as\ the\ interviewer|in\ character)[^\n:]{0,60}[:,]
      | (?:rephrased|reworded|revised|reformulated)[^\n:]{0,40}:
      | i\ (?:would|will|'d|'ll)\ (?:ask|say|respond|reply)[^\n:]{0,40}:
    )[ \t]*""",
    re.I | re.X,
)
# Prompt scaffolding, chat-template tokens and instruction echoes.
SCAFFOLDING = re.compile(
    r"</?\s*(?:candidate_answer|quote|transcript|sentence|system|user|assistant|s|instructions?|prepared|draft|turn|answer)\s*>"
    r"|<\|[a-z_]{2,30}\|>|\[/?INST\]|<<\s*/?SYS\s*>>|^#{2,}\s*(?:instruction|response|input|output)\b"
    r"|data,? not instructions|prepared wording|interview phase:|turns you already said|reply with only|your previous question:"
    r"|the candidate'?s (?:last answer|phrase to quote)|copied exactly|rules you always follow|scenario facts \(|"
    r"candidate_answer|\bas an ai\b|language model|\bmy (?:instructions|guidelines|prompt)\b",
    re.I | re.M,
)
# Talk about how the candidate is assessed.
ASSESSMENT = re.compile(
    r"\b(?:rubric|scorecard|locus|loci|system prompt|hidden notes?|analy[sz]er|"
    r"(?:grading|graded|scored|scoring|marked|marking|evaluating|evaluated|assessing|assessed|judging|rating|rated)\s+(?:you|your|the candidate|this answer|that answer)\b|"
    r"(?:are|is|being|will be|were)\s+(?:assessed|evaluated|graded|scored|judged|marked)\b|(?:your|this|the candidate'?s?) (?:assessment|evaluation|grade|score)\b|"
    r"assessment criteria|evaluation criteria|"
    r"(?:you|your answer|this answer|that answer)\s+(?:scored?|scores|rates?|rated|earn(?:s|ed)?|gets?|got)\s+(?:a\s+)?(?:\d|high|low|well|poorly|full marks)|"
    r"\d\s*/\s*(?:5|10)\b|out of (?:5|five|10|ten)\b|(?:strong|positive|negative|good|hiring)\s+signals?\s+(?:of|for|that|about)\b|red flags?|green flags?|"
    r"(?:judg(?:e)?ment|ownership|independence|accountability)\s+(?:dimension|score|level|rating|category|criteri\w+|bar)|"
    r"(?:you|this|that|it|to|your \w+)\s+(?:really\s+|clearly\s+)?(?:show|shows|showed|showcase|demonstrat\w+|display\w*|exhibit\w*|reflects?|reflected|signals?|proves?)\s+(?:your\s+|some\s+)?"
    r"(?:strong\s+|good\s+|great\s+|real\s+|clear\s+|poor\s+|weak\s+|excellent\s+|some\s+|a lack of\s+|solid\s+|senior[- ]level\s+)*"
    r"(?:judg(?:e)?ment|ownership|independence|leadership|accountability|initiative|seniority)|"
    r"hiring (?:decision|bar|committee|manager)|\bno[- ]hire\b|\byour level\b|\b(?:senior|staff|principal|junior|mid|entry)[- ]level\b|"
    r"\byou did (?:well|great|fine|poorly|badly|ok|okay|a (?:great|good) job)\b|\boverall,? you(?:'ve| have)? (?:did|were|are|came across|performed|showed)\b|"
    r"(?:i'?ll|i will|i am going to|let me)\s+(?:make a )?note|for (?:my|our|the) (?:notes|records?)\b)",
    re.I,
)
# Praise or verdicts on the answer just given.
_GOOD = (
    r"(?:great|good|excellent|fantastic|nice|solid|strong|thoughtful|insightful|thorough|impressive|smart|clever|terrific|wonderful|"
    r"fair|valid|interesting|brilliant|perfect|detailed|comprehensive|helpful|clear|compelling|concise|well[- ]structured)"
)
_PRAISE_WORD = r"(?:great|excellent|fantastic|awesome|perfect|wonderful|brilliant|impressive|amazing|outstanding|superb|terrific|lovely)"
_THING = r"(?:answer|point|question|job|work|explanation|insight|example|thinking|start|call|response|overview|breakdown|summary|approach|observation|choice|detail|story)s?"
PRAISE = re.compile(
    r"(?:^|[.!?]\s+|\n)[ \t]*(?:great|excellent|fantastic|awesome|perfect|wonderful|brilliant|impressive|amazing|outstanding|superb|nice|good|well done|bravo|spot on|exactly)\s*[!.,—–-]"
    rf"|(?:^|[.!?]\s+|\n)[ \t]*(?:what an? |such an? |an? )?{_PRAISE_WORD}(?:\s+[\w'-]+){{0,3}}\s*!"
    r"|\b(?:it|that|this|your answer|your explanation)\s+(?:was|is|sounds?|seems?)\s+(?:really |very |quite |so |incredibly |extremely )*(?:thorough|detailed|clear|helpful|comprehensive|insightful|thoughtful|well[- ]structured|well[- ]reasoned|compelling)\b"
    rf"|(?:^|[.!?]\s+|\n)[ \t]*(?:that(?:'s| is| was)\s+)?(?:a |an |such a |what a |really |very |some )*{_GOOD}\s+{_THING}\b"
    rf"|\b(?:thanks|thank you) for (?:the |that |such an? |a |an |your |those |these )*{_GOOD}\s+{_THING}\b"
    rf"|\byou (?:gave|made|raise|raised|bring up|brought up|offered|shared)\s+(?:a |an |some |really |very )*{_GOOD}\s+{_THING}\b"
    r"|\bwell done\b|\bwell (?:said|put|explained|reasoned|thought)\b|\bspot on\b|\byou nailed\b|\bnailed it\b|\bexactly right\b|\bgood catch\b"
    r"|\bi (?:really |truly )?(?:like|love|appreciate|admire)\s+(?:how|that you|the way|your)\b|\bimpressive\b|\bkudos\b"
    r"|(?:^|[.!?]\s+|\n)[ \t]*(?:really |truly )?(?:love|like|appreciate|admire|loved|liked)\s+(?:that|how|the way|your)\b"
    r"|\bthat(?:'s| is| was)\s+(?:a |an |really |very )*(?:great|good|excellent|solid|strong|smart|thoughtful|clear|impressive|brilliant|weak|poor|vague|incomplete|fantastic|perfect|reasonable)\b"
    r"|\byou(?:'re| are)\s+(?:absolutely |exactly |completely |totally )?(?:right|correct)\b"
    r"|\b(?:your|that|this) (?:answer|response|explanation) (?:is|was) (?:too |very |quite |a bit |rather )?(?:vague|incomplete|unclear|weak|good|great|strong|excellent|short|long|solid)\b",
    re.I,
)
# Recaps of the candidate's answer ("So you're saying...", "To summarise...").
RECAP = re.compile(
    r"^(?:so,?\s+)?(?:you(?:'re| are) saying|you said that|to (?:summari[sz]e|recap|sum up)|in summary|in other words|let me (?:summari[sz]e|recap|repeat)|"
    r"if i understand(?: you)? correctly|to restate|you(?:'ve| have) (?:described|explained|outlined|told me|walked me through)|"
    r"in short|in brief|basically|so basically|to confirm|so your (?:design|approach|plan|idea) (?:is|was)|"
    r"your answer (?:was|is)|you (?:described|explained|outlined|walked me through|told me) (?:that|how)|what i(?:'m| am) hearing is|recapping)\b",
    re.I,
)
# Text about the turn itself: notes, explanations, offers of more help.
META = re.compile(
    r"^\s*\(?(?:note|notes|explanation|rationale|reasoning|tip|hint|context|why this question)\s*:|\(note\b|\bthis (?:question|turn|follow[- ]?up|probe|rephrasing) "
    r"(?:is designed|aims|is meant|tries|probes|tests|checks|helps|targets|keeps|links|encourages)|\bi hope (?:this|that) helps\b|"
    r"\blet me know if\b|\bhere(?:'s| is) (?:why|how this)\b|\bi (?:rephrased|reworded|kept|linked|asked this)\b|"
    r"\b(?:keeps|kept|keeping) the focus on\b|\blinks? (?:it |this )?(?:back )?to (?:the|your|their) (?:candidate'?s )?(?:answer|response)\b",
    re.I | re.M,
)
# The model speaking as the candidate or as a chat assistant instead of the interviewer.
ROLE_SLIP = re.compile(
    r"\b(?:i'?m|i am) (?:ready|happy|glad|here) to (?:proceed|continue|answer|help|assist|begin|start)\b|"
    r"\b(?:what'?s|what is) (?:the|your) next question\b|\bnext question,? please\b|\b(?:please )?ask (?:me )?(?:the|your) next question\b|"
    r"\bhow (?:can|may) i (?:help|assist)\b|\bi'?d be (?:happy|glad) to\b|\bfeel free to ask\b|\bas (?:the|a) candidate\b|"
    r"\bmy answer (?:is|would be)\b|\bi would answer\b|\bas an interviewer,? i\b|\bi(?:'m| am) (?:an|the) interviewer\b|"
    r"\b(?:in|for) this (?:mock )?interview,? (?:i|we) (?:will|would|are going to)\b",
    re.I,
)
# Openers that make a sentence a request even without a question mark.
REQUEST = re.compile(
    r"^(?:(?:so|now|okay|ok|next|then|and|first|finally|also|alright),?\s+)?(?:please\s+)?(?:walk me through|talk me through|take me through|tell me|describe|explain|estimate|sketch|"
    r"outline|give me|share|say more|let'?s hear|help me understand|i'?d (?:like|love) (?:you )?to (?:hear|know|understand|see)|i'?d like you to|i want to (?:hear|understand)|"
    r"could you|can you|would you|please)\b",
    re.I,
)
# A request after an opening clause ("With about 2 million a month, estimate ...").
REQUEST_INSIDE = re.compile(
    r"[,:;]\s+(?:please\s+)?(?:walk me through|talk me through|take me through|tell me|describe|explain|estimate|sketch|outline|give me)\b",
    re.I,
)
INTERJECTION = re.compile(r"^(?:sure|certainly|of course|absolutely|happy to help)\s*[!.,]\s*", re.I)
ENDS_SENTENCE = re.compile(r"[.?!…][\"'”’)\]*_]*\s*$")
SENTENCE_END = re.compile(r"[.?!…]+[\"'”’)\]*_]*(?=\s|$)|\n")
STOPWORDS = frozenset(
    "a an and are as at be been but by did do does for from had has have how i if in into is it its it's me my of on or our so "
    "that the their them then there they this to was we were what when where which who why will with would you your".split()
)
