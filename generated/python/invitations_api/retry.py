"""When a failed attempt is sent again, and how long to wait first."""

import email.utils
from typing import Callable, Mapping, Optional, Sequence

from .base_configuration import RetryPolicy, RetryStatus
from .exceptions import ApiConnectionError, ApiException

#: Methods that mean the same thing when repeated (RFC 9110, section 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

#: Statuses that say the request itself is wrong: sending it again cannot help.
NEVER_RETRIED_STATUSES = frozenset({400, 401, 403, 404, 422})


def is_retryable_status(status: int, status_codes: Sequence[RetryStatus]) -> bool:
    """Whether ``status`` may be retried: listed in ``status_codes`` (``429``, ``"5XX"``...)."""
    if status in NEVER_RETRIED_STATUSES:
        return False
    status_class = f"{status // 100}XX"
    return any(
        code == status or (isinstance(code, str) and code.upper() == status_class)
        for code in status_codes
    )


def is_retryable_error(error: BaseException, policy: RetryPolicy) -> bool:
    """Whether a failed attempt may be retried: a retryable status, or no response at all."""
    if isinstance(error, ApiException):
        return is_retryable_status(error.status, policy.status_codes)
    # ApiTimeoutError is an ApiConnectionError.
    return isinstance(error, ApiConnectionError) and policy.retry_connection_errors


def server_requested_delay(headers: Mapping[str, str], now: float) -> Optional[float]:
    """The wait a response asks for, in seconds: ``retry-after-ms``, else ``Retry-After``.

    ``Retry-After`` may be seconds or an HTTP date (``now`` is the wall clock, in seconds since
    the epoch). Unreadable or negative values count as absent.
    """
    milliseconds = _number(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    retry_after = (headers.get("retry-after") or "").strip()
    if not retry_after:
        return None
    seconds = _number(retry_after)
    if seconds is not None:
        return seconds
    try:
        date = email.utils.parsedate_to_datetime(retry_after)
    except (TypeError, ValueError, IndexError):
        return None
    if date is None or date.tzinfo is None:
        return None
    return max(0.0, date.timestamp() - now)


def _number(text: Optional[str]) -> Optional[float]:
    if text is None or not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value >= 0 and value == value and value != float("inf") else None


def retry_delay(
    retry_index: int,
    policy: RetryPolicy,
    headers: Optional[Mapping[str, str]],
    random: Callable[[], float],
    now: float,
) -> float:
    """Seconds to wait before retry number ``retry_index`` (0 for the first retry).

    A server's ``retry-after-ms`` or ``Retry-After`` is obeyed without jitter; otherwise the wait
    is ``initial_delay * exponent ** retry_index`` times a random factor in [0.5, 1). Either way
    it is capped at ``policy.max_delay``.
    """
    requested = server_requested_delay(headers, now) if headers is not None else None
    if requested is not None:
        return min(requested, policy.max_delay)
    backoff = min(policy.initial_delay * policy.exponent**retry_index, policy.max_delay)
    return backoff * (0.5 + random() / 2)
