"""The workshop's story editor: what is on screen after edits, cursor moves, selections and new colours is what a
fresh render of the same state shows (its line cache never shows a stale line), and a keystroke redraws the edited
line, not the whole story."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import App, ComposeResult

from agent.tui.widgets.story_editor import StoryEditor

TEXT = (
    "# Flaky tests\n\n"
    + "My manager approved the rollback after a long review with the platform team and the release managers. " * 3
    + "\n\nI picked the ten worst tests because they failed most often, and I told the team why.\n"
)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    text: str
    locus: str


class _EditorApp(App):
    def compose(self) -> ComposeResult:
        yield StoryEditor(TEXT, id="ed")


def _screen_matches_a_fresh_render(editor: StoryEditor) -> None:
    for y in range(editor.size.height):
        shown = editor.render_line(y)
        fresh = editor._render_line(y)
        assert shown.text == fresh.text, f"line {y}: {shown.text!r} != {fresh.text!r}"
        assert list(shown) == list(fresh), f"line {y} is drawn with stale styles"


def _marks(text: str, phrase: str, locus: str) -> list[_Mark]:
    at = text.find(phrase)
    return [_Mark(at, at + len(phrase), phrase, locus)] if at >= 0 else []


async def test_the_editor_never_shows_a_stale_line() -> None:
    app = _EditorApp()
    async with app.run_test(size=(60, 20)) as pilot:
        editor = app.query_one(StoryEditor)
        editor.focus()
        await pilot.pause()
        _screen_matches_a_fresh_render(editor)
        editor.set_marks(_marks(editor.text, "My manager approved the rollback", "authority"))
        await pilot.pause()
        _screen_matches_a_fresh_render(editor)
        editor.move_cursor((2, 10))
        await pilot.press("x", "y", "z")
        _screen_matches_a_fresh_render(editor)
        # Typing moved the text under the first mark: it is no longer drawn, and the screen shows that.
        assert all(text != "My manager approved the rollback" for text, _ in editor.marked)
        editor.set_marks(_marks(editor.text, "I picked the ten worst tests", "self"))
        await pilot.press("shift+down", "shift+right")
        _screen_matches_a_fresh_render(editor)
        await pilot.press("enter", "ctrl+end")
        _screen_matches_a_fresh_render(editor)
        await pilot.resize_terminal(44, 18)
        await pilot.pause()
        _screen_matches_a_fresh_render(editor)
        await pilot.press("ctrl+home", "backspace", "delete")
        _screen_matches_a_fresh_render(editor)


async def test_a_keystroke_redraws_the_edited_line_only() -> None:
    app = _EditorApp()
    async with app.run_test(size=(60, 20)) as pilot:
        editor = app.query_one(StoryEditor)
        editor.focus()
        editor.move_cursor((2, 5))
        await pilot.pause()
        drawn: list[int] = []
        render = editor._render_line

        def counting(y: int):
            drawn.append(y)
            return render(y)

        editor._render_line = counting
        await pilot.press("a")
        await pilot.pause()
        # The edited row is a wrapped paragraph of several screen lines; the other rows come from the cache.
        assert 0 < len(drawn) <= 8, str(drawn)
