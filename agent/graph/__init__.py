"""The interview as a LangGraph state machine."""
