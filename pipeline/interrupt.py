"""Stop a batch cleanly on Ctrl-C (SIGINT) or SIGTERM.

Inside `interruptible()` either signal raises `Interrupted` in the main thread, so
the batch can stop its workers, keep what is finished and exit with 128 + the
signal number (130, 143), as shells expect. Inside `deferred()` a signal waits
until the block ends: a document's files and its cache entry are written whole or
not at all. After the first signal the next ones are ignored while the batch
cleans up, which takes well under a second.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """The batch got SIGINT or SIGTERM."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name

    @property
    def exit_status(self) -> int:
        return 128 + self.signum


@dataclass
class _State:
    active: bool = False
    deferring: int = 0
    pending: int | None = None
    fired: bool = False


_state = _State()


@contextmanager
def interruptible() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise Interrupted (main thread only)."""
    if threading.current_thread() is not threading.main_thread() or _state.active:
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in SIGNALS}
    _reset(active=True)
    for sig in SIGNALS:
        signal.signal(sig, _handler)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _reset(active=False)


@contextmanager
def deferred() -> Iterator[None]:
    """A signal arriving within the block takes effect (raises Interrupted) at its end."""
    _state.deferring += 1
    try:
        yield
    finally:
        _state.deferring -= 1
        if not _state.deferring and _state.pending is not None and not _state.fired:
            signum, _state.pending = _state.pending, None
            _state.fired = True
            raise Interrupted(signum)


def ignore_in_worker() -> None:
    """Process-pool initializer: Ctrl-C (sent to the whole process group) is the main
    process's to handle, and SIGTERM ends a worker at once (the main process sends it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _reset(active: bool) -> None:
    _state.active, _state.deferring, _state.pending, _state.fired = active, 0, None, False


def _handler(signum: int, frame: object) -> None:
    if _state.fired:
        return  # one interrupt is enough: the batch is already stopping
    if _state.deferring:
        _state.pending = signum
        return
    _state.fired = True
    raise Interrupted(signum)
