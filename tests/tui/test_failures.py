"""Any worker failure is shown with the next step; the app stays up and the session stays resumable."""

from __future__ import annotations

from agent.graph import launch
from agent.session.store import load_session
from agent.tui.screens.interview import InterviewScreen
from tests.tui.conftest import SIZE, make_app, wait_for
from tests.tui.sessions_fixture import OWN, make_session


async def test_an_unexpected_error_while_the_engine_loads_is_shown_and_the_app_stays(options, monkeypatch):
    path = await make_session(options.sessions_dir, [OWN], finish=False)
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("the disk caught fire")

    monkeypatch.setattr(launch, "resume_interview", broken)
    app = make_app(options, path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        message = await wait_for(
            pilot, lambda: next((n for n in app.notices if "disk caught fire" in n), None), what="the failure notice"
        )
        assert "RuntimeError" in message and "resume it again" in message and str(path) in message
        assert app.is_running and app.screen is screen and screen.note == "could not start"
    assert path.read_bytes() == before and load_session(path).status == "in progress"


async def test_a_failing_background_worker_is_reported_not_fatal(options):
    app = make_app(options, start="sessions")
    async with app.run_test(size=SIZE) as pilot:

        async def explode():
            raise KeyError("no such dimension")

        app.run_worker(explode(), group="rescore", description="re-scoring the session", exit_on_error=False)
        message = await wait_for(pilot, lambda: next((n for n in app.notices if "failed" in n), None))
        assert message.startswith("re-scoring the session failed: KeyError") and "session is unchanged" in message
        assert app.is_running
