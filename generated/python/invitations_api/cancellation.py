"""Cancelling calls from another thread: :class:`CancellationToken`.

Create a token, pass it to calls (``_cancel=token``) or to a client (``ApiClient(..., cancel=token)``,
every call made through it), and call :meth:`CancellationToken.cancel` from any thread::

    token = CancellationToken()
    worker = threading.Thread(target=lambda: api.get_status(_cancel=token))
    worker.start()
    token.cancel()  # the call raises RequestAbortedError

A call whose token is cancelled before it starts sends nothing; one waiting before a retry stops
waiting at once and makes no further attempt; one with a request in flight has its socket shut down
by :meth:`~CancellationToken.cancel`, so the blocking connect, write or read ends at once. Either
way the call raises :class:`~.exceptions.RequestAbortedError`. A token stays cancelled: use a new
one for new calls. Only a host name lookup (DNS) cannot be interrupted; the call raises as soon as
it returns.
"""

import contextlib
import threading
from typing import Callable, Dict, Iterator, Optional, Sequence

from .exceptions import RequestAbortedError

__all__ = ["CancellationToken"]


class CancellationToken:
    """A flag that cancels every call using it, set once from any thread (``threading.Event``).

    Thread-safe. :meth:`cancel` takes a lock, so call it from a thread rather than from a signal
    handler (a handler may interrupt the thread that holds the lock).
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: Dict[object, Callable[[], object]] = {}

    def cancel(self) -> bool:
        """Cancels every call using this token; only the first call has an effect.

        Returns:
            ``True`` when this call cancelled the token, ``False`` when it already was.
        """
        with self._lock:
            if self._event.is_set():
                return False
            self._event.set()
            pending = list(self._callbacks.values())
            self._callbacks.clear()
        # Outside the lock: a callback may take locks of its own.
        for callback in pending:
            callback()
        return True

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` has been called."""
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Waits ``seconds``, or less when the token is cancelled meanwhile (``Event.wait``).

        Returns:
            ``True`` when the token is cancelled (the wait was cut short, or it already was).
        """
        return self._event.wait(max(0.0, seconds))

    def raise_if_cancelled(self, operation_id: str) -> None:
        """Raises :class:`~.exceptions.RequestAbortedError` naming ``operation_id`` if cancelled."""
        if self._event.is_set():
            raise RequestAbortedError(operation_id)

    def on_cancel(self, callback: Callable[[], object]) -> Optional[object]:
        """Calls ``callback`` once, on the thread that cancels the token (at once, on this thread,
        when it already is). The runtime uses it to shut down a socket in flight; a callback should
        be quick and must not raise.

        Returns:
            A handle for :meth:`remove_callback`; ``None`` when the callback already ran.
        """
        with self._lock:
            if not self._event.is_set():
                handle = object()
                self._callbacks[handle] = callback
                return handle
        callback()
        return None

    def remove_callback(self, handle: Optional[object]) -> None:
        """Forgets a callback given to :meth:`on_cancel` (a long-lived token keeps none per call)."""
        if handle is not None:
            with self._lock:
                self._callbacks.pop(handle, None)

    def __repr__(self) -> str:
        return f"CancellationToken({'cancelled' if self.cancelled else 'active'})"


@contextlib.contextmanager
def any_token(tokens: Sequence[Optional[CancellationToken]]) -> Iterator[Optional[CancellationToken]]:
    """The tokens as one: cancelled as soon as one of them is. ``None`` entries are ignored.

    Yields ``None`` when no token is given, and the token itself when one is; the links between a
    combined token and its sources are removed when the block ends.
    """
    given = [token for token in dict.fromkeys(tokens) if token is not None]
    if len(given) <= 1:
        yield given[0] if given else None
        return
    combined = CancellationToken()
    links = [(token, token.on_cancel(combined.cancel)) for token in given]
    try:
        yield combined
    finally:
        for token, handle in links:
            token.remove_callback(handle)
