"""Write a crash report for an unexpected error, with secrets scrubbed.

The user sees one line and the path of the report; the report holds the
traceback.  Values of environment variables that look like credentials, and
anything shaped like an API key, are replaced before anything is written.
"""

from __future__ import annotations

import os
import re
import traceback
from datetime import UTC, datetime
from pathlib import Path

_SECRET_NAME = re.compile(r"KEY|TOKEN|SECRET|PASSWORD", re.IGNORECASE)
_KEY_SHAPE = re.compile(r"\b(?:sk|pk|rk)-[A-Za-z0-9_\-]{8,}")


def scrub(text: str, extra_secrets: list[str] | None = None) -> str:
    """``text`` with credential values from the environment (and ``extra_secrets``) masked."""
    secrets = [v for k, v in os.environ.items() if _SECRET_NAME.search(k) and len(v) >= 6]
    for secret in sorted(set(secrets + (extra_secrets or [])), key=len, reverse=True):
        if secret:
            text = text.replace(secret, "[redacted]")
    return _KEY_SHAPE.sub("[redacted]", text)


def write_crash_report(exc: BaseException, directory: Path) -> Path | None:
    """Save the scrubbed traceback under ``directory``; ``None`` if it cannot be written."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    body = scrub("".join(traceback.format_exception(exc)))
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = directory / f"crash-{stamp}-{os.getpid()}.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(body)
        return path
    except OSError:
        return None
