"""Story files and their append-only versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.practice.bank import create_story, list_stories, save_story
from agent.practice.storyfile import StoryError, parse_story
from agent.practice.versions import history_path, load_versions


def test_title_kind_and_body_offsets() -> None:
    text = "\n# Moving billing #\nKind: Incident or rollback\n\n  I decided to move it.\n"
    story = parse_story(text, Path("b.md"))
    assert story.title == "Moving billing" and story.declared_kind == "incident"
    assert story.body == "I decided to move it."
    assert text[story.body_start : story.body_start + len(story.body)] == story.body


def test_plain_first_line_is_the_title() -> None:
    story = parse_story("Paged at 2am\nI rolled back.", Path("p.md"))
    assert story.title == "Paged at 2am" and story.body == "I rolled back." and story.declared_kind is None


def test_a_paragraph_as_first_line_is_refused() -> None:
    with pytest.raises(StoryError, match="should be a short title"):
        parse_story("I " + "really " * 40 + "did it.\nMore.", Path("long.md"))


def test_save_keeps_every_version_append_only(tmp_path: Path) -> None:
    story = create_story(tmp_path, "Flaky tests")
    first = story.text
    one = first.replace("Write the story here", "The team decided to wait")
    save_story(story.path, one, opened_text=first)
    versions = load_versions(story.path)
    assert [v.source for v in versions] == ["original", "workshop"]
    raw_before = history_path(story.path).read_bytes()
    two = one + "\nThen I fixed the tests myself.\n"
    result = save_story(story.path, two, opened_text=one)
    assert [v.n for v in result.versions] == [1, 2, 3]
    assert history_path(story.path).read_bytes().startswith(raw_before)  # never rewritten
    assert story.path.read_text(encoding="utf-8") == two
    # Saving the same text again adds nothing.
    assert len(save_story(story.path, two, opened_text=two).versions) == 3


def test_an_edit_made_elsewhere_is_kept_before_the_save(tmp_path: Path) -> None:
    story = create_story(tmp_path, "Outage")
    save_story(story.path, story.text + "\nMine.\n", opened_text=story.text)
    mine = story.path.read_text(encoding="utf-8")
    story.path.write_text(mine + "\nEdited in vim.\n", encoding="utf-8")  # another editor
    result = save_story(story.path, mine + "\nFrom the workshop.\n", opened_text=mine)
    assert result.external_kept
    assert [v.source for v in result.versions] == ["original", "workshop", "external", "workshop"]
    assert "Edited in vim." in result.versions[2].text


def test_a_torn_history_line_is_skipped_and_the_next_append_starts_clean(tmp_path: Path) -> None:
    story = create_story(tmp_path, "Torn")
    save_story(story.path, story.text + "\nOne.\n", opened_text=story.text)
    with open(history_path(story.path), "ab") as fh:
        fh.write(b'{"n": 3, "text": "half')
    assert len(load_versions(story.path)) == 2
    save_story(story.path, story.text + "\nTwo.\n")
    lines = history_path(story.path).read_bytes().split(b"\n")
    assert json.loads(lines[-2])["text"].endswith("Two.\n")
    assert [v.n for v in load_versions(story.path)] == [1, 2, 3]


def test_save_refuses_text_that_would_not_load_again(tmp_path: Path) -> None:
    story = create_story(tmp_path, "Keep")
    with pytest.raises(StoryError, match="only a title"):
        save_story(story.path, "# Keep\n")
    assert "Write the story here" in story.path.read_text(encoding="utf-8")


def test_history_and_hidden_files_are_not_stories(tmp_path: Path) -> None:
    story = create_story(tmp_path, "Only one")
    save_story(story.path, story.text + "\nMore.\n", opened_text=story.text)
    (tmp_path / ".draft.md").write_text("# Hidden\n\nx", encoding="utf-8")
    listing = list_stories(tmp_path)
    assert [s.id for s in listing.stories] == ["only-one"] and not listing.problems
