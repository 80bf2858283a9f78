"""Allow ``python -m agent``."""

from agent.cli.main import main

if __name__ == "__main__":  # a spawned child process (the workshop's analyser) re-imports this module
    raise SystemExit(main())
