"""The turn guard: what a model worded is shown as the interviewer only when it is a clean turn.

:func:`clean_start` removes what a small model puts before the turn (speaker
labels with any Markdown around them, headings, "Sure! Here's your next
question:") and :func:`clean_turn` also the wrappers around it (bold, quotes,
code fences).  :func:`early_problem` is cheap enough to run on every streamed
chunk; :func:`turn_problem` judges the finished turn.  Both return a short
reason, or ``None`` for a usable turn; the reasons end up in the notice the
candidate sees when the prepared wording is said instead.
"""

from __future__ import annotations

import difflib
import re

from agent.interviewer.brain import PhraseRequest
from agent.llm import turn_patterns as tp
from agent.llm.quotes import canonical, contains

MAX_TURN_CHARS = 1200
ECHO_WORDS = 8  # a run this long copied from the answer is an echo, not a quote
RECAP_SHARE = 0.7
REPEAT_RATIO = 0.85
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FENCE = re.compile(r"^```[a-z]*\s*\n?(.*?)\n?```$", re.S)
_BOLD = re.compile(r"\*\*|__")
_LEAD_MARKS = re.compile(r"^[ \t]*(?:[>#*`~]+[ \t]*)+")


def sentences(text: str) -> list[str]:
    """Sentences and lines of ``text`` (a number such as 99.9 stays whole)."""
    out: list[str] = []
    start = 0
    for match in tp.SENTENCE_END.finditer(text):
        piece = text[start : match.end()].strip()
        if piece:
            out.append(piece)
        start = match.end()
    rest = text[start:].strip()
    return [*out, rest] if rest else out


def clean_start(text: str) -> tuple[str, bool]:
    """``text`` without labels, headings and preambles at its start; also whether a preamble went."""
    preamble = False
    while True:
        before = text
        heading = tp.HEADING.match(text.lstrip())
        text = text.lstrip()[heading.end() :] if heading else text
        text = _LEAD_MARKS.sub("", text.lstrip())
        for pattern, is_preamble in ((tp.LABEL, False), (tp.PREAMBLE, True), (tp.INTERJECTION, True)):
            match = pattern.match(text)
            if match and match.end() > 0:
                text = text[match.end() :]
                preamble = preamble or is_preamble
        if text == before:
            return text, preamble


def clean_turn(text: str) -> str:
    """The finished turn without anything wrapped around it."""
    text = text.strip()
    fence = _FENCE.match(text)
    if fence:
        text = fence.group(1)
    text, _ = clean_start(_BOLD.sub("", text))
    text = text.strip()
    if len(text) >= 2 and text[0] in '"“' and text[-1] in '"”' and sum(text.count(q) for q in '"“”') == 2:
        text = text[1:-1].strip()
    return re.sub(r"[ \t]+\n", "\n", text).strip()


def asks(text: str) -> int:
    """How many questions or requests ``text`` makes."""
    count = 0
    for sentence in sentences(text):
        bare = sentence.strip("\"'“”‘’()*_ ")
        if bare.endswith("?") or tp.REQUEST.match(bare) or tp.REQUEST_INSIDE.search(bare):
            count += 1
    return count


def early_problem(text: str) -> str | None:
    """Problems visible in a partial turn (checked as the stream arrives)."""
    if tp.SCAFFOLDING.search(text):
        return "contains prompt scaffolding"
    if tp.SECOND_SPEAKER.search(text, 1):
        return "adds another speaker's line"
    if tp.ASSESSMENT.search(text):
        return "mentions the assessment"
    if len(text) > MAX_TURN_CHARS:
        return "reply too long"
    return None


def partial_problem(text: str, request: PhraseRequest) -> str | None:
    """Problems of the complete sentences ``text`` holds so far; what the stream checks before showing them."""
    problem = early_problem(text)
    if problem:
        return problem
    if tp.META.search(text):
        return "talks about the turn instead of saying it"
    if tp.ROLE_SLIP.search(text):
        return "speaks as the candidate or an assistant"
    if tp.PRAISE.search(text):
        return "praises or grades the answer"
    if any(tp.PREAMBLE.match(s) for s in sentences(text)[1:]):
        return "announces the turn instead of saying it"
    if _says_twice(text):
        return "says the same thing twice"
    problem = _echo_problem(text, request)
    if problem:
        return problem
    if asks(text) > max(1, asks(request.draft)):
        return "asks more than one question"
    return None


def turn_problem(text: str, request: PhraseRequest, finish_reason: str | None = None) -> str | None:
    """Why the cleaned, finished turn ``text`` must not be said for ``request``, or ``None``."""
    if not text.strip():
        return "empty reply"
    if finish_reason == "length":
        return "cut off at the length limit"
    problem = partial_problem(text, request)
    if problem:
        return problem
    if not tp.ENDS_SENTENCE.search(text):
        return "ends mid-sentence"
    if request.kind != "wrapup" and asks(request.draft) and not asks(text):
        return "asks no question"
    if request.kind == "probe" and request.quote and not contains(text, request.quote):
        return "probe does not quote the candidate"
    if repeats(text, request.asked, request.quote if request.kind == "probe" else None):
        return "repeats an earlier question"
    if invented_numbers(text, request):
        return "states figures the scenario does not give"
    return None


def _says_twice(text: str) -> bool:
    seen: set[str] = set()
    for sentence in sentences(text):
        key = canonical(sentence).strip(" .?!")
        if len(key) >= 12 and key in seen:
            return True
        seen.add(key)
    half = canonical(text)
    middle = len(half) // 2
    return len(half) >= 40 and half[:middle].strip() == half[middle:].strip()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", canonical(text))


def longest_shared_run(text: str, source: str) -> int:
    """Length in words of the longest word sequence ``text`` copies from ``source``."""
    mine, theirs = _words(text), _words(source)
    if not mine or not theirs:
        return 0
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    return matcher.find_longest_match(0, len(mine), 0, len(theirs)).size


def _stem(word: str) -> str:
    """A crude stem, enough to see "ranks"/"rank" and "failing"/"fail" as one word."""
    for end in ("'s", "ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _echo_problem(text: str, request: PhraseRequest) -> str | None:
    answer = request.last_answer or ""
    own = canonical(text)
    if request.quote:
        own = own.replace(canonical(request.quote), " ")
    if answer and longest_shared_run(own, answer) >= ECHO_WORDS:
        return "repeats the candidate's answer"
    if request.phase == "opening" and longest_shared_run(own, request.scenario_brief) >= ECHO_WORDS + 4:
        return "restates the scenario brief"
    answer_words = {_stem(w) for w in _words(answer) if w not in tp.STOPWORDS}
    for sentence in sentences(own):
        bare = sentence.strip("\"'()*_ ")
        if bare.endswith("?") or tp.REQUEST.match(bare):
            continue
        content = [_stem(w) for w in _words(sentence) if w not in tp.STOPWORDS]
        if tp.RECAP.match(bare) and len(content) >= 5:
            return "recaps the candidate's answer"
        if answer_words and len(content) >= 6 and sum(w in answer_words for w in content) >= RECAP_SHARE * len(content):
            return "recaps the candidate's answer"
    return None


def repeats(text: str, asked: list[str], quote: str | None = None) -> bool:
    """True when ``text`` is (nearly) an interviewer turn already said.

    A probe quoting words no earlier turn quoted asks about a new decision, so it
    is only a repeat of a similar turn that carried the same quote.
    """
    mine = canonical(text)
    for earlier in asked:
        if not earlier.strip() or (quote and not contains(earlier, quote)):
            continue
        matcher = difflib.SequenceMatcher(None, mine, canonical(earlier), autojunk=False)
        # the quick ratios are cheap upper bounds: most turns are ruled out without the full ratio
        if matcher.real_quick_ratio() >= REPEAT_RATIO and matcher.quick_ratio() >= REPEAT_RATIO:
            if matcher.ratio() >= REPEAT_RATIO:
                return True
    return False


def _numbers(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _NUMBER.finditer(text)}


def invented_numbers(text: str, request: PhraseRequest) -> set[str]:
    """Numbers in ``text`` that neither the scenario, the draft nor the conversation contains."""
    known = " ".join(
        [
            request.scenario_brief,
            request.draft,
            request.last_question or "",
            request.last_answer or "",
            *request.scenario_facts,
            *request.asked,
        ]
    )
    return _numbers(text) - _numbers(known)
