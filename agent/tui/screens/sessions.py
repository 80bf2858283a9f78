"""Sessions screen: saved sessions in a sortable table; replay, resume, delete, export."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from agent.session.catalog import SessionSummary, delete_session, list_sessions
from agent.session.store import SessionError, load_session
from agent.tui import keys
from agent.tui.export import EXPORT_SUFFIXES, ExportError, card_context, default_export_path, export_scorecard
from agent.tui.modals.confirm import ConfirmModal
from agent.tui.modals.path_prompt import PathPrompt
from agent.util.inert import clip, inert_text

COLUMNS = [
    ("date", "Date"),
    ("scenario", "Scenario"),
    ("brain", "Brain"),
    ("status", "Status"),
    ("levels", "Levels"),
    ("turns", "Turns"),
]


def levels_text(levels: dict[str, int | None]) -> str:
    if not levels:
        return "-"
    # Spelled out ("judgment 3 · ownership 2"): single letters (O for ownership and for operating
    # independently) were ambiguous.
    return " · ".join(f"{k.replace('_', ' ')} {'?' if v is None else v}" for k, v in levels.items())


def _sort_value(row: SessionSummary, column: str):
    if column == "date":
        return row.created
    if column == "levels":
        return sum(v or 0 for v in row.levels.values())
    if column == "turns":
        return row.turns
    return str(getattr(row, column, ""))


class SessionsScreen(Screen):
    """Lists ``options.sessions_dir``."""

    CSS_PATH = "sessions.tcss"
    BINDINGS = keys.SESSIONS

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.rows: list[SessionSummary] = []
        self.sort_column = "date"
        self.sort_reverse = True

    def compose(self) -> ComposeResult:
        yield Static(f"Sessions in {self.directory}", id="sessions-title", markup=False)
        table: DataTable = DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        yield table
        yield Static("", id="sessions-empty", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.rows = list_sessions(self.directory)
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        keep = self.selected()
        table.clear()
        rows = sorted(self.rows, key=lambda r: _sort_value(r, self.sort_column), reverse=self.sort_reverse)
        for row in rows:
            status = Text(
                row.status, style={"completed": "green", "in progress": "yellow", "empty": "dim"}.get(row.status, "red")
            )
            table.add_row(
                row.created[:16].replace("T", " ") or "?",
                Text(clip(inert_text(row.scenario), 22)),
                Text(clip(inert_text(row.brain), 14)),
                status,
                levels_text(row.levels),
                str(row.turns),
                key=str(row.path),
            )
        empty = self.query_one("#sessions-empty", Static)
        empty.update("" if rows else "No saved sessions yet. Press n to start an interview.")
        if keep is not None:
            for index, row in enumerate(rows):
                if row.path == keep.path:
                    table.move_cursor(row=index)

    def selected(self) -> SessionSummary | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except Exception:
            return None
        return next((r for r in self.rows if str(r.path) == key), None)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = str(event.column_key.value)
        self.sort_reverse = not self.sort_reverse if column == self.sort_column else False
        self.sort_column = column
        self._fill()

    def action_sort(self) -> None:
        names = [k for k, _ in COLUMNS]
        self.sort_column = names[(names.index(self.sort_column) + 1) % len(names)]
        self.sort_reverse = self.sort_column in {"date", "levels", "turns"}
        self._fill()
        self.notify(f"Sorted by {self.sort_column}", markup=False, timeout=2)

    def action_open(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.problem:
            self.notify(inert_text(row.problem), severity="error", markup=False)
            return
        self.app.open_replay(row.path)

    def action_resume(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.status not in ("in progress", "empty"):
            self.notify(f"This session is {row.status}; only unfinished sessions can be resumed.", markup=False)
            return
        self.app.start_interview(resume_path=row.path)

    def action_delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = f"Delete this session for good?\n\n{inert_text(row.id)}\n{row.path}"
        self.app.push_screen(ConfirmModal(question), lambda yes: self._delete(row, yes))

    def _delete(self, row: SessionSummary, yes: bool | None) -> None:
        if not yes:
            return
        try:
            delete_session(row.path)
        except SessionError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
        else:
            self.notify(f"Deleted {row.path.name}", markup=False)
        self.reload()

    def action_export(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            loaded = load_session(row.path)
        except SessionError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return
        card = loaded.scorecard
        if not card:
            self.notify("This session has no scorecard yet (it is unfinished).", markup=False)
            return
        default = default_export_path(row.path, row.id, self.app.settings.exports_dir)
        context = card_context(loaded)
        self.app.push_screen(
            PathPrompt("Export the scorecard to (.md, .json or .html):", default, EXPORT_SUFFIXES),
            lambda path: self._export(card, path, context),
        )

    def _export(self, card: dict, path: Path | None, context) -> None:
        if path is None:
            return
        try:
            written = export_scorecard(card, path, context)
        except ExportError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return
        self.notify(f"Exported to {written}", markup=False, timeout=8)

    def action_new_interview(self) -> None:
        self.app.start_interview()

    def action_back(self) -> None:
        self.app.back_from(self)
