"""The Textual app: interview, scorecard, sessions and replay screens."""
