"""LLM mode: settings, retrying client, structured outputs, interviewer brain, classifier and judge."""
