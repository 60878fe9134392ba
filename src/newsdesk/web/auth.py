"""Secrets of the reader: password hashes, session and API tokens, CSRF, login throttling.

* Passwords are hashed with argon2id (argon2-cffi's defaults); only hashes are stored.
* Session cookies and API tokens are 256-bit random strings; the store keeps their
  SHA-256 only, so a leaked database holds no usable credential.
* Every form carries a CSRF token: the session's own once logged in, else a random
  value also set as a cookie (double submit) for the login and setup forms.
* Failed logins are throttled per user name and per client address in a sliding window.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

SESSION_COOKIE = "nd_session"
CSRF_COOKIE = "nd_csrf"
SESSION_DAYS = 30
MIN_PASSWORD = 8
MAX_PASSWORD = 1024

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def N_(message: str) -> str:
    """Mark a message for translation where it is defined; it is translated when shown."""
    return message


TOO_SHORT = N_("The password must have at least 8 characters.")
TOO_LONG = N_("The password must have at most 1024 characters.")


def check_new_password(password: str) -> str | None:
    """A reason the password is unacceptable (an untranslated message id), or None."""
    if len(password) < MIN_PASSWORD:
        return TOO_SHORT
    if len(password) > MAX_PASSWORD:
        return TOO_LONG
    return None


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


class LoginThrottle:
    """At most `limit` failures per key within `window` seconds (keys: name, address)."""

    def __init__(self, limit: int = 5, window: float = 900.0) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(key, now)) >= self.limit for key in keys)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)

    def _recent(self, key: str, now: float) -> deque[float]:
        entries = self._failures[key]
        while entries and now - entries[0] > self.window:
            entries.popleft()
        return entries
