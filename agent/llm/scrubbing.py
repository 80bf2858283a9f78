"""Secrets never leave the client: the API key is scrubbed from model output, URLs lose credentials."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MASK = "***"
_SECRET_PARAMS = ("key", "token", "secret", "password", "passwd", "auth", "signature", "sig")


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every secret replaced by ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


class StreamScrubber:
    """Scrubs secrets from streamed text, also when a secret is split across chunks.

    The end of the text seen so far is held back only while it could be the start
    of a secret, so ordinary text is never delayed.
    """

    def __init__(self, secrets: tuple[str, ...]) -> None:
        self.secrets = tuple(s for s in secrets if len(s) >= 4)
        self._held = ""

    def feed(self, piece: str) -> str:
        if not self.secrets:
            return piece
        text = scrub(self._held + piece, self.secrets)
        keep = max((_prefix_at_end(text, s) for s in self.secrets), default=0)
        self._held = text[len(text) - keep :] if keep else ""
        return text[: len(text) - keep] if keep else text

    def finish(self) -> str:
        rest, self._held = self._held, ""
        return scrub(rest, self.secrets)


def _prefix_at_end(text: str, secret: str) -> int:
    for size in range(min(len(secret) - 1, len(text)), 0, -1):
        if text.endswith(secret[:size]):
            return size
    return 0


def url_secrets(url: str | None) -> tuple[str, ...]:
    """Credentials embedded in ``url`` (user info, secret-looking query values)."""
    if not url:
        return ()
    parts = urlsplit(url)
    found = [parts.password or "", parts.username or "" if parts.password else ""]
    found += [v for k, v in parse_qsl(parts.query, keep_blank_values=True) if _secret_name(k)]
    return tuple(s for s in found if len(s) >= 4)


def mask_url(url: str) -> str:
    """``url`` with user info and secret-looking query values replaced by ``***``."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{MASK}@{netloc.rsplit('@', 1)[1]}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, MASK if _secret_name(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _secret_name(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_PARAMS)
