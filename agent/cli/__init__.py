"""Command-line entry point ``locus``; one module per command."""
