"""The interviewer's brains and its question bank."""
