"""Bracketed paste is taken whole: escape sequences removed, order kept, what is shown is what is saved."""

from __future__ import annotations

import pytest
from textual import events
from textual.drivers import linux_driver

from agent.session.store import load_session
from agent.tui.paste import PASTE_END, PASTE_START, PasteSafeParser, PasteSplitter, paste_safe_driver
from agent.tui.screens.interview import InterviewScreen
from tests.tui.conftest import SIZE, make_app, wait_for

CASES = [
    ("abc \x1b[2J def", "abc  def"),
    ("one \x1b]0;pwned\x07 two", "one  two"),
    ("red \x1b[31mtext\x1b[0m end\r\nline two", "red text end\nline two"),
    ("bidi \u202eevil\u202c and \x00nul \x7f", "bidi evil and nul "),
]


def _parse(chunks: list[str]) -> list[events.Event]:
    parser = PasteSafeParser()
    out: list[events.Event] = []
    for chunk in chunks:
        out.extend(parser.feed(chunk))
    return out


@pytest.mark.parametrize(("pasted", "expected"), CASES)
def test_a_paste_with_escape_sequences_becomes_one_clean_paste_event(pasted, expected):
    stream = "x" + PASTE_START + pasted + PASTE_END + "y"
    for chunks in ([stream], list(stream)):  # whole, and one character per read (markers split across reads)
        got = _parse(chunks)
        pastes = [e.text for e in got if isinstance(e, events.Paste)]
        keys = [e.character for e in got if isinstance(e, events.Key)]
        assert pastes == [expected]
        assert keys == ["x", "y"], "keys before and after the paste keep their order; nothing leaks out as keys"


def test_splitter_keeps_order_across_several_pastes():
    splitter = PasteSplitter()
    parts = splitter.split(f"a{PASTE_START}one{PASTE_END}b{PASTE_START}tw")
    parts += splitter.split(f"o{PASTE_END[:3]}")
    parts += splitter.split(f"{PASTE_END[3:]}c")
    assert parts == [("keys", "a"), ("paste", "one"), ("keys", "b"), ("paste", "two"), ("keys", "c")]


def test_the_linux_driver_still_builds_its_parser_from_the_name_we_replace():
    assert linux_driver.XTermParser is not None
    driver = paste_safe_driver(linux_driver.LinuxDriver)
    assert issubclass(driver, linux_driver.LinuxDriver) and driver is not linux_driver.LinuxDriver
    import inspect

    assert "XTermParser(" in inspect.getsource(linux_driver.LinuxDriver.run_input_thread)


async def test_pasted_answer_is_saved_exactly_as_shown(options):
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        await wait_for(pilot, lambda: screen.pending is not None)
        box = screen.query_one("#answer")
        box.focus()
        await pilot.press(*"I decided ")
        # What a terminal sends, through our parser, into the app:
        for event in _parse([PASTE_START + "abc \x1b[2J def" + PASTE_END]):
            app.post_message(event)  # the driver posts to the app, which hands a paste to the focused widget
        await pilot.pause(0.1)
        # A paste that did not come through the parser is made inert by the box itself.
        app.post_message(events.Paste(" one \x1b]0;pwned\x07 two"))
        await pilot.pause(0.1)
        shown = box.text
        assert shown == "I decided abc  def one  two"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.pending is not None and screen.pending.turn >= 3)
    saved = [t.text for t in load_session(screen.runner.session_path).turns if t.speaker == "candidate"]
    assert saved == [shown.strip()]
