"""Step through a saved session: turns, decision spans and why the interviewer probed."""
