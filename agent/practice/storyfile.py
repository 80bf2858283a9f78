"""Reading one story file: a title line, an optional ``kind:`` line, then free text.

A story file is plain Markdown so candidates can keep it in any editor or in git::

    # Moving billing to the new cluster
    kind: migration

    I noticed the old cluster ...

Anything that cannot be a story (not a regular file, too big, binary, not
UTF-8, no title, no text) raises :class:`StoryError` with a message that says
what is wrong and how to fix it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from agent.practice.kinds import KINDS, kind_from_label
from agent.util.files import FileRefused, read_regular

MAX_STORY_BYTES = 100_000
MAX_TITLE_CHARS = 120
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_KIND_LINE = re.compile(r"^[ \t]*kind[ \t]*:[ \t]*(.*?)[ \t]*$", re.IGNORECASE)


class StoryError(Exception):
    """The file cannot be read as a story; the message names the file and the fix."""


@dataclass(frozen=True)
class Story:
    """One story: where it lives, its title, its declared kind and its text.

    ``text`` is the whole file; ``body`` the narration after the title (and kind)
    lines, starting at ``body_start`` in ``text``.
    """

    id: str
    path: Path
    title: str
    declared_kind: str | None
    text: str
    body: str
    body_start: int


def read_story_text(path: Path) -> str:
    """The file's text, refusing devices, FIFOs, directories, huge and binary files."""
    try:
        data = read_regular(path, MAX_STORY_BYTES, "story file")
    except FileRefused as exc:
        hint = "; split it" if "too large" in str(exc) else ""
        raise StoryError(f"{path}: {exc.reason}{hint}") from None
    if b"\x00" in data:
        raise StoryError(f"{path}: looks binary (contains NUL bytes); a story is plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise StoryError(f"{path}:{line}: not valid UTF-8; save the file as UTF-8 text") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_story(text: str, path: Path) -> Story:
    """Split ``text`` into title, declared kind and body; raise :class:`StoryError` if it is no story."""
    lines = text.split("\n")
    offset = 0
    index = 0
    while index < len(lines) and not lines[index].strip():
        offset += len(lines[index]) + 1
        index += 1
    if index == len(lines):
        raise StoryError(f"{path}: empty file; write a title on the first line, then the story")
    title_line = lines[index]
    title = _HEADING.sub("", title_line).strip().rstrip("#").strip()
    if not title:
        raise StoryError(f"{path}:{index + 1}: the title line is empty; start with a title such as '# Moving billing'")
    if len(title) > MAX_TITLE_CHARS:
        raise StoryError(
            f"{path}:{index + 1}: the first line is {len(title)} characters; it should be a short title "
            f"(at most {MAX_TITLE_CHARS}), with the story below it"
        )
    offset += len(title_line) + 1
    index += 1
    declared = None
    probe = index
    skip = offset
    while probe < len(lines) and not lines[probe].strip():
        skip += len(lines[probe]) + 1
        probe += 1
    if probe < len(lines):
        match = _KIND_LINE.match(lines[probe])
        if match:
            declared = kind_from_label(match.group(1))
            if declared is None:
                raise StoryError(
                    f"{path}:{probe + 1}: unknown kind {match.group(1)[:40]!r}; use one of {', '.join(KINDS)} "
                    "(or remove the line and Locus guesses)"
                )
            offset = skip + len(lines[probe]) + 1
    offset = min(offset, len(text))
    body = text[offset:]
    lead = len(body) - len(body.lstrip())
    body_start = offset + lead
    body = text[body_start:].rstrip()
    if not body:
        raise StoryError(f"{path}: only a title; write the story below the title line")
    return Story(
        id=path.stem, path=path, title=title, declared_kind=declared, text=text, body=body, body_start=body_start
    )


def load_story(path: Path) -> Story:
    """Read and parse one story file."""
    return parse_story(read_story_text(path), path)
