"""Every key binding, with an id users can remap in ``[tui.keymap]``.

Screens take their ``BINDINGS`` from here so the help screen lists exactly
what is bound.  Keys avoid ones a focused text box uses and ones tmux eats.
"""

from __future__ import annotations

from textual.binding import Binding

APP = [
    Binding("f1", "help", "Help", id="help"),
    Binding("f3", "sessions", "Sessions", id="sessions"),
    Binding("f4", "stories", "Stories", id="stories", show=False),
    Binding("f8", "progress", "Progress", id="progress", show=False),
    Binding("ctrl+r", "reload_rubric", "Reload rubric", id="reload_rubric"),
    Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
]

INTERVIEW = [
    Binding("ctrl+s", "send", "Send answer", id="send"),
    Binding("escape", "cancel_reply", "Cancel reply", id="cancel_reply"),
    Binding("f2", "coach", "Coach", id="coach"),
    Binding("f9", "save_elsewhere", "Save elsewhere", id="save_elsewhere"),
]

SCORECARD = [
    Binding("e", "export", "Export", id="export"),
    Binding("enter", "open_evidence", "Go to turn", id="open_evidence", show=False),
    Binding("r", "replay", "Replay", id="replay"),
    Binding("escape", "back", "Back", id="back"),
]

SESSIONS = [
    Binding("enter", "open", "Replay", id="open"),
    Binding("u", "resume", "Resume", id="resume"),
    Binding("d", "delete", "Delete", id="delete"),
    Binding("e", "export", "Export", id="sessions_export"),
    Binding("s", "sort", "Sort", id="sort"),
    Binding("n", "new_interview", "New interview", id="new_interview"),
    Binding("escape", "back", "Back", id="sessions_back"),
]

REPLAY = [
    Binding("right", "step(1)", "Next", id="next_turn"),
    Binding("left", "step(-1)", "Prev", id="prev_turn"),
    Binding("home", "jump_start", "First", id="first_turn", show=False),
    Binding("end", "jump_end", "Last", id="last_turn", show=False),
    Binding("c", "scorecard", "Scorecard", id="replay_scorecard"),
    Binding("o", "rescore", "Re-score", id="rescore"),
    Binding("v", "view_rescore", "Re-scored card", id="view_rescore"),
    Binding("escape", "back", "Back", id="replay_back"),
]

STORIES = [
    Binding("enter", "open_story", "Workshop", id="open_story"),
    Binding("n", "new_story", "New story", id="new_story"),
    Binding("r", "rehearse_story", "Rehearse", id="rehearse_story"),
    Binding("l", "cycle_level", "Level", id="cycle_level"),
    Binding("escape", "back", "Back", id="stories_back"),
]

WORKSHOP = [
    Binding("ctrl+s", "save", "Save version", id="save_story"),
    Binding("ctrl+t", "rehearse", "Rehearse", id="rehearse"),
    Binding("f2", "toggle_panel", "Analysis", id="workshop_panel"),
    Binding("ctrl+home", "story_start", "Start of the story", id="story_start", show=False),
    Binding("ctrl+end", "story_end", "End of the story", id="story_end", show=False),
    Binding("escape", "back", "Back", id="workshop_back"),
]

PROGRESS = [
    Binding("r", "reload", "Reload", id="progress_reload"),
    Binding("escape", "back", "Back", id="progress_back"),
]

GROUPS: list[tuple[str, list[Binding]]] = [
    ("Everywhere", APP),
    ("Interview", INTERVIEW),
    ("Scorecard", SCORECARD),
    ("Sessions", SESSIONS),
    ("Replay", REPLAY),
    ("Stories", STORIES),
    ("Workshop", WORKSHOP),
    ("Progress", PROGRESS),
]
