"""Command palette entries for the main actions."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

ENTRIES = [
    ("New interview", "Start a fresh mock interview", "start_new"),
    ("Sessions", "Browse saved sessions", "sessions"),
    ("Stories", "Your story bank: open a story in the workshop, rehearse it, check coverage", "stories"),
    ("Progress", "Levels over your sessions, recurring deflections, story rehearsals", "progress"),
    ("Reload rubric", "Re-read the rubric file and show any problems", "reload_rubric"),
    ("Toggle coach mode", "Show where the last answer's decisions sit", "coach"),
    ("Help: keys", "List every key binding", "help"),
    ("Quit", "Leave Locus (unfinished interviews can be resumed)", "quit"),
]


class LocusCommands(Provider):
    """Palette commands; each runs an app action."""

    async def discover(self) -> Hits:
        for name, help_text, action in ENTRIES:
            yield DiscoveryHit(name, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, action in ENTRIES:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self.app.run_action, action), help=help_text)
