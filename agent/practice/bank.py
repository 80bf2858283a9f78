"""The story bank: a directory of Markdown story files, listed, created and saved.

Listing never stops at a bad file: each one that cannot be read as a story is
reported with its problem while the others are listed.  Saving writes the file
atomically and appends the telling to the story's version history.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from agent.practice.storyfile import (
    MAX_STORY_BYTES,
    Story,
    StoryError,
    load_story,
    parse_story,
    read_story_text,
)
from agent.practice.versions import Version, append_version, load_versions
from agent.util.atomic import write_text_atomic

STORY_SUFFIXES = (".md", ".markdown", ".txt")
MAX_STORIES = 500


@dataclass
class Listing:
    """What a stories directory holds: readable stories (by file name) and the files that are not."""

    directory: Path
    stories: list[Story] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)
    exists: bool = True


def story_paths(directory: Path) -> list[Path]:
    """Candidate story files in ``directory`` (hidden files and sub-folders are ignored), by name."""
    if not directory.is_dir():
        return []
    found = [p for p in directory.iterdir() if p.suffix.lower() in STORY_SUFFIXES and not p.name.startswith(".")]
    return sorted(found, key=lambda p: p.name.lower())[:MAX_STORIES]


def list_stories(directory: Path) -> Listing:
    """Every story in ``directory``; unreadable files go to ``problems`` with a clear message."""
    listing = Listing(directory=directory, exists=directory.is_dir())
    for path in story_paths(directory):
        try:
            listing.stories.append(load_story(path))
        except StoryError as exc:
            listing.problems.append((path, str(exc)))
    return listing


def find_story(directory: Path, ref: str) -> Path:
    """A story file from its id (file name without suffix), a unique id prefix, or a path."""
    candidate = Path(ref)
    if candidate.suffix.lower() in STORY_SUFFIXES and candidate.is_file():
        return candidate
    paths = story_paths(directory)
    exact = [p for p in paths if p.stem == ref]
    if exact:
        return exact[0]
    matches = [p for p in paths if p.stem.startswith(ref)] if ref else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise StoryError(f"story {ref!r} is ambiguous in {directory}: {', '.join(p.stem for p in matches[:5])}")
    raise StoryError(f"no story {ref!r} in {directory}")


def slugify(title: str) -> str:
    """A file-name-safe id from a title: ``Moving billing!`` -> ``moving-billing``."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "story"


def new_story_path(directory: Path, title: str) -> Path:
    """A path for a new story that does not exist yet."""
    base = slugify(title)
    path = directory / f"{base}.md"
    n = 2
    while path.exists():
        path = directory / f"{base}-{n}.md"
        n += 1
    return path


NEW_STORY_PROMPT = "Write the story here: the situation, the call you made, why, and how it ended."


def create_story(directory: Path, title: str, text: str = "") -> Story:
    """Write a new story file (title line plus ``text``) and return it."""
    title = " ".join(title.split())
    if not title:
        raise StoryError("a new story needs a title")
    body = text.strip() or NEW_STORY_PROMPT
    content = f"# {title}\n\n{body}\n"
    path = new_story_path(directory, title)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, content, mode=0o600)
    except OSError as exc:
        raise StoryError(f"cannot create {path}: {exc.strerror or exc}") from None
    return parse_story(content, path)


@dataclass
class SaveResult:
    """What a save did: the story as saved and the versions now on record."""

    story: Story
    versions: list[Version]
    external_kept: bool = False


def _norm(text: str) -> str:
    return text.rstrip("\n") + "\n"


def save_story(path: Path, text: str, opened_text: str | None = None) -> SaveResult:
    """Write ``text`` to ``path`` atomically and append it to the version history.

    The history starts with the telling as it was when first opened.  If the file
    changed on disk since (another editor), that text is kept as a version of its
    own before this one, so nothing written anywhere is lost.
    """
    text = _norm(text)
    if len(text.encode("utf-8")) > MAX_STORY_BYTES:
        raise StoryError(f"{path}: the story is over the {MAX_STORY_BYTES} byte limit; split it")
    story = parse_story(text, path)  # refuse to save what would not load again
    history = load_versions(path)

    def keep(version_text: str, source: str) -> bool:
        version_text = _norm(version_text)
        if history and history[-1].text == version_text:
            return False
        history.append(append_version(path, version_text, source=source))
        return True

    if not history and opened_text is not None:
        keep(opened_text, "original")
    external = False
    if path.exists():
        try:
            on_disk = read_story_text(path)
        except StoryError:
            on_disk = None
        if on_disk is not None and _norm(on_disk) != text:
            external = keep(on_disk, "external" if history else "original") and len(history) > 1
    try:
        write_text_atomic(path, text, mode=0o600)
    except OSError as exc:
        raise StoryError(f"cannot save {path}: {exc.strerror or exc}") from None
    keep(text, "workshop")
    return SaveResult(story=story, versions=history, external_kept=external)
