"""What a candidate's sentence *does*: narrate, ask the interviewer something, or close the conversation.

``sentence_act(text)`` reads one sentence; ``answer_act(text)`` a whole answer ("question" when the
answer is essentially a question to the interviewer, "closing" when it only signs off).  A question
or closing remark narrates no decision, so the analyzer finds none in it, the interviewer answers
rather than probes, and the scorer counts nothing from it.

Cheap and deterministic: regular expressions over the lower-cased text, no parse.  The hard part
is what must stay narration: a question the speaker asked themselves or reports someone asking
("I asked myself whether…", "my manager asked 'can we wait?'"), a rhetorical one about the past
("what did I do? I rolled back"), a tag on a past statement ("it was a tough call, you know?"),
pseudo-clefts ("what I did was…") and closing words inside a story ("thanks to the runbook…").
"""

from __future__ import annotations

import re
from typing import Literal

Act = Literal["narration", "question", "closing"]

_AUX = (
    r"(?:do|does|did|is|are|was|were|am|can|could|would|will|should|shall|may|might|must|have|has|had"
    r"|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|wouldn't|won't|shouldn't|haven't|hasn't|hadn't)"
)
_PAST_AUX = frozenset("did was were had didn't wasn't weren't hadn't".split())
_SUBJECT = (
    r"(?:you|your|y'all|we|i|it|there|this|that|these|those|they|he|she|our|my|the|a|an|any|anyone|anybody"
    r"|someone|somebody|everyone|people|teams?|engineers?)"
)
_PRONOUNS = r"(?:i|we|you|they|he|she|it|me|us|him|her|them)"
_WH = r"(?:how|what|why|when|where|which|who|whom|whose)"
# "how many users do we", "what's the", "which region is": a wh-phrase (no pronoun inside) then an auxiliary.
_WH_AUX = re.compile(
    rf"^{_WH}(?:'s|'re)?(?:\s+(?!{_PRONOUNS}\b)[a-z0-9'/-]+){{0,5}}?\s+(?P<aux>{_AUX}|'s|'re)\b(?P<rest>.*)$"
)
_WH_CONTRACTED = re.compile(rf"^{_WH}(?P<aux>'s|'re|'d)\s+(?P<rest>.*)$")
_AUX_FIRST = re.compile(rf"^(?P<aux>{_AUX})\s+(?P<rest>{_SUBJECT}\b.*)$")
_BARE_WH = re.compile(rf"^{_WH}(?:\s+not)?$")
# "who approved it?", "what happened?": a subject question about a past act.
_WH_SUBJECT_PAST = re.compile(
    rf"^(?:who|what)(?:\s+(?!{_PRONOUNS}\b)[a-z-]+){{0,2}}?\s+(?:[a-z]{{3,}}ed|made|chose|took|went|came|said|told|"
    r"gave|kept|held|set|put|cut|shut|broke|led|ran|won|lost|got|signed|pulled)\b"
)
_COUNTERFACTUAL = re.compile(
    r"^(?:should|could|would|might|must|shouldn't|couldn't|wouldn't)\s+(?:i|we)\s+(?:\w+\s+)?have\b"
)

_ADDRESSEE = re.compile(
    r"\b(?:you|your|yours|you're|you've|you'd|you'll|y'all|yourself|yourselves|here|this role|the role"
    r"|this position|the position|this team|the team i'd|this company|the company|the interview|next steps"
    r"|the next round|hear back)\b"
)
_REPORT_FRAME = re.compile(
    r"(?<!you )\b(?:asked|wondered|kept asking|was asking|were asking|asking (?:myself|ourselves|him|her|them)"
    r"|the question\b[^?]{0,40}?\b(?:was|became)|(?:remember|was|were|kept|started) thinking|"
    r"(?:was|were|is|goes|went) like|thought|said|says|told|wanted to know"
    r"|wrote|replied|pinged|messaged|demanded)\b"
)
_POLITE = re.compile(
    r"^(?:i was wondering|i've been wondering|i wonder|i'm wondering|i am wondering|i'm curious|i am curious"
    r"|i'd be curious|i would be curious|i'd (?:love|like) to (?:know|hear|understand|ask)"
    r"|i would (?:love|like) to (?:know|hear|understand|ask)|i want(?:ed)? to ask|can i ask|could i ask|may i ask"
    r"|let me ask|(?:can|could|would) you (?:tell|walk|share|explain|clarify|say|describe|talk)"
    r"|(?:tell|walk|show) me (?:through |a bit |more |a little )?(?:about |how |what |why |whether )?|curious)\b(?P<rest>.*)$"
)
_TAG = re.compile(
    r"^(?P<stem>.+?),?\s+(?P<tag>right|correct|no|yeah|yes|ok|okay|isn't it|aren't they|aren't we|wasn't it|"
    r"didn't (?:we|i|it|they)|don't you think|you know|huh|eh|am i right|is that right|is that correct|"
    r"does that make sense|make sense|fair)$"
)
_PAST_NARRATIVE = re.compile(
    r"\b(?:i|we|they|he|she|it|my \w+|our \w+|the \w+)\s+(?:\w+\s+)?(?P<verb>was|were|did|had|didn't|wasn't|"
    r"[a-z]{2,}ed|went|made|chose|took|got|came|said|told|ran|kept|held|gave|brought|thought|became|left|found|"
    r"sent|built|led|felt|knew|saw|set|put|cut|shut|spent|wrote|broke)\b"
)
_NOT_PAST = frozenset("need seed speed feed proceed exceed succeed embed shed bed red indeed breed".split())

_FILLER = (
    r"(?:so|um+|uh+|uhm+|er+|erm+|hmm+|ok(?:ay)?|alright|all right|right|well|yeah|yes|yep|sure|great|cool|oh|ah"
    r"|and|also|actually|just|sorry|now|then|anyway|perfect|awesome|nope|no|nah|got it|makes sense"
    r"|one (?:last|more|quick|final|other) (?:thing|question)|(?:a |one )?quick question|last question|one question"
    r"|a question|my (?:last |one |other |only )?question (?:is|would be)|i (?:do )?have (?:a|one) (?:quick |last |small )?"
    r"question(?: for you)?|just to (?:clarify|confirm|check|be sure|be clear)|to clarify|to confirm"
    r"|before i (?:go on|continue|answer|start|dive in)|(?:that's a |a )?(?:good|great|fair) question)"
)
_LEADING_FILLER = re.compile(rf"^{_FILLER}(?:\b|(?<=\W))[\s,:;.!?\-\u2013\u2014]*")
_WEAK_CHUNK = re.compile(rf"^(?:{_FILLER}[\s,]*)+$")
_CLOSING_CHUNK = re.compile(
    r"^(?:"
    r"(?:many )?(?:thanks|thank you|thx|ty|cheers)(?: (?:so|very) much| a lot| again| both)*"
    r"(?: for (?:your time|the time|having me|talking (?:with|to) me|meeting (?:with )?me|this|everything|the (?:chat|conversation|"
    r"interview|opportunity|questions|session|practice|answers|insight))(?: today)?)?"
    r"|(?:that's|thats|that is|that was|this is) (?:all|it|everything)(?: from me| for me| on my (?:end|side)| from my (?:end|side)"
    r"| i (?:have|had|got|wanted to (?:say|ask|cover))| i've got)?(?: for (?:now|today))?"
    r"|(?:i have|i've got|i got) no (?:more |further |other )?questions?(?: for you)?(?: from me)?(?: (?:at|for) (?:the|this) (?:moment|point|time))?"
    r"|(?:no|nothing)(?: (?:more|further|other|else))?(?: questions?)?(?: for you)?(?: from me| for me| on my (?:end|side)| to add)?"
    r"(?: (?:at|for) (?:the|this) (?:moment|point|time)| for (?:now|today)| really)?"
    r"|nothing (?:from me|on my (?:end|side))"
    r"|i (?:don't|do not|dont) (?:think i )?have (?:any )?(?:more |further |other )?questions?(?: for you)?(?: at the moment| right now| for now)?"
    r"|(?:i'm|i am|im) (?:good|all set|done|all good|set)(?: for now| here| then)?"
    r"|(?:i think )?(?:that|this)(?:'s| is| covers) (?:it|everything|all)(?: for me| from me)?|i think i'm (?:good|done|all set)"
    r"|(?:this|that|it) was (?:really |very |super )?(?:great|fun|helpful|useful|a pleasure|(?:a )?(?:great|good|fun|useful) "
    r"(?:chat|conversation|session|exercise))"
    r"|(?:it was )?(?:really )?(?:nice|great|good|lovely) (?:talking|chatting|meeting|speaking) (?:to|with) you"
    r"|i (?:really |truly )?(?:enjoyed|liked) (?:this|it|the (?:chat|conversation|session|interview|questions))(?: a lot)?"
    r"|(?:i )?(?:really )?appreciate (?:it|your time|the time|you taking the time|the conversation)"
    r"|(?:have a )?(?:good|great|nice|lovely) (?:day|one|evening|afternoon|weekend|rest of your day)"
    r"|bye|goodbye|see you|take care|talk soon"
    r"|(?:i'm )?looking forward to (?:hearing (?:back|from you)|the next (?:steps|round)|next steps)"
    r"|(?:i think )?we(?:'re| are) (?:done|good)|(?:we can|let's) (?:wrap up|stop (?:here|there)|end (?:here|there))"
    r")(?: today| tonight| again| so much| a lot| for today)?$"
)
_CHUNK_SPLIT = re.compile(r"\s*(?:[,;:.!?\u2013\u2014]+|\s-+\s|\band\b)\s*")
_ACK = re.compile(
    r"^(?:(?:sure|ok(?:ay)?|yes|yeah|yep|right|got it|makes sense|that makes sense|(?:that's a |a )?(?:good|great|fair) question"
    r"|fair enough|interesting|hmm+|alright|cool|great|perfect|one|yes,? one|i do|i have one|a couple)[\s,.!]*)+$"
)
_SUPPORT = re.compile(
    r"^(?:i ask because|i'm asking because|i am asking because|asking because|the reason i ask|i ask since|"
    r"(?:just )?curious because|i'm curious because)\b"
)
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)|\n")
_CLAUSE_CUT = re.compile(r"[,;:]\s+|\s[\u2013\u2014-]+\s|\s\u2014|\u2014\s?")
_WORD = re.compile(r"[a-z0-9']+")
_QMARK_END = re.compile(r"\?[\s\"')\]\u201d\u2019!?]*$")


def _norm(text: str) -> str:
    t = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').lower()
    return " ".join(t.split())


def _strip_fillers(t: str) -> str:
    for _ in range(6):
        m = _LEADING_FILLER.match(t)
        if m is None or m.end() == 0:
            break
        rest = t[m.end() :]
        if not rest:
            return t  # a sentence that is only filler keeps its words
        t = rest
    return t


def _bare(t: str) -> str:
    return t.strip(" \"'()[].,!?:;-\u2013\u2014")


def _is_closing(t: str) -> bool:
    strong = False
    for chunk in _CHUNK_SPLIT.split(_bare(t)):
        chunk = _bare(chunk)
        if not chunk or _WEAK_CHUNK.match(chunk):
            continue
        if not (_CLOSING_CHUNK.match(chunk) or _CLOSING_CHUNK.match(_strip_fillers(chunk))):
            return False
        strong = True
    return strong


def _narrates_past(t: str) -> bool:
    return any(m.group("verb") not in _NOT_PAST for m in _PAST_NARRATIVE.finditer(t))


def _interrogative(t: str) -> tuple[str, str] | None:
    """(kind, auxiliary) when ``t`` has a question's form: "wh", "polar", "wh-past-subject" or "bare-wh"."""
    if _BARE_WH.match(t):
        return ("bare-wh", "")
    m = _WH_CONTRACTED.match(t) or _WH_AUX.match(t)
    if m is not None:
        return ("wh", m.group("aux"))
    m = _AUX_FIRST.match(t)
    if m is not None:
        return ("polar", m.group("aux"))
    if _WH_SUBJECT_PAST.match(t):
        return ("wh-past-subject", "")
    return None


def _form(t: str) -> tuple[str, str, str] | None:
    """The interrogative clause of ``t`` (the whole sentence, else its last clause) with its form."""
    whole = _interrogative(t)
    if whole is not None:
        return (t, *whole)
    parts = _CLAUSE_CUT.split(t)
    if len(parts) > 1:
        last = _strip_fillers(_bare(parts[-1]))
        found = _interrogative(last)
        if found is not None:
            return (last, *found)
    return None


def _rhetorical(clause: str, kind: str, aux: str) -> bool:
    """A question about the speaker's own past, asked to be answered by the story itself."""
    if _ADDRESSEE.search(clause):
        return False
    if kind == "wh-past-subject" or aux in _PAST_AUX or _COUNTERFACTUAL.match(clause):
        return True
    return kind == "wh" and aux == "'d" and " have " in f" {clause} "


def _question_act(t: str, qmark: bool) -> Act:
    polite = _POLITE.match(t)
    if polite is not None:
        rest = polite.group("rest")
        if _ADDRESSEE.search(rest) or not (_narrates_past(rest) or re.search(r"\b(?:should|could|would) have\b", rest)):
            return "question"
        return "narration"
    if re.search(r"\byou (?:said|mentioned|asked|meant|wrote)\b", t) and qmark:
        return "question"
    if _REPORT_FRAME.search(t):
        return "narration"
    if qmark:
        tag = _TAG.match(_bare(t))
        if tag is not None:
            stem = tag.group("stem")
            if tag.group("tag") in ("you know", "huh", "eh"):
                return "narration"
            if _ADDRESSEE.search(stem):
                return "question"
            return "narration" if _narrates_past(stem) else "question"
    form = _form(_bare(t))
    if form is None:
        if not qmark:
            return "narration"
        return "question" if _ADDRESSEE.search(t) or not _narrates_past(t) else "narration"
    clause, kind, aux = form
    if _rhetorical(clause, kind, aux):
        return "narration"
    if (
        not qmark
        and kind == "polar"
        and not (
            _ADDRESSEE.search(clause)
            or re.match(
                r"^(?:is|are) there\b|^(?:should|can|may|could|shall) (?:i|we)\b|^(?:do|does|is|are|will|would) we\b",
                clause,
            )
        )
    ):
        return "narration"
    return "question"


def sentence_act(text: str) -> Act:
    """The act of one sentence: "question" (to the interviewer), "closing" (signing off) or "narration"."""
    t = _norm(text)
    if not t:
        return "narration"
    if _is_closing(t):
        return "closing"
    qmark = _QMARK_END.search(t) is not None
    core = _strip_fillers(t)
    return _question_act(core, qmark)


def asserts_nothing(text: str) -> bool:
    """True for a yes/no question ("did we wait for sign-off?"): it asks, so it narrates no decision,
    even when it is rhetorical; a wh-question ("why did I roll back?") presupposes its content."""
    t = _norm(text)
    if _QMARK_END.search(t) is None:
        return False
    form = _form(_bare(_strip_fillers(t)))
    return form is not None and form[1] == "polar"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, trimmed; ``.``, ``!``, ``?`` or a line break end one."""
    out: list[tuple[int, int]] = []
    pos = 0
    for cut in [m.end() for m in _BOUNDARY.finditer(text)] + [len(text)]:
        raw = text[pos:cut]
        start, end = pos + len(raw) - len(raw.lstrip()), pos + len(raw.rstrip())
        pos = cut
        if end > start:
            out.append((start, end))
    return out


def sentence_acts(text: str) -> list[tuple[int, int, Act]]:
    """Every sentence of ``text`` with its act: (start, end, act), offsets into ``text``."""
    return [(s, e, sentence_act(text[s:e])) for s, e in split_sentences(text)]


def answer_act(text: str) -> Act:
    """The act of a whole answer.

    "question" when questions to the interviewer (and the "I ask because…" behind them) carry at
    least as many words as the narration around them; "closing" when sign-offs do and nothing is
    asked; "narration" otherwise, including a story that contains a rhetorical or reported question.
    Acknowledgements ("Sure.", "Good question.") count for nothing.
    """
    words = {"narration": 0, "question": 0, "closing": 0}
    previous: Act | None = None
    for start, end, act in sentence_acts(text):
        t = _norm(text[start:end])
        n = len(_WORD.findall(t))
        if act == "narration" and _ACK.match(t):
            continue
        if act == "narration" and previous == "question" and _SUPPORT.match(_strip_fillers(t)):
            act = "question"
        words[act] += n
        previous = act
    if words["question"] and words["question"] + words["closing"] >= words["narration"]:
        return "question"
    if words["closing"] and words["closing"] >= words["narration"]:
        return "closing"
    return "narration"
