"""A small learned classifier over the parse, combined with the rules by one explicit policy (``arbiter``)."""
