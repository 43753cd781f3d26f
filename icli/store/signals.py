"""Holding the signals that stop an ingest (Ctrl-C's SIGINT, SIGTERM) while a step must not be
cut in half: the step runs whole and the signal is delivered at its end."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def stop_signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held (blocked) in this thread while the block runs, delivered after
    it; what the block starts (a forked worker, a thread) starts with them held."""
    if not hasattr(signal, "pthread_sigmask"):  # not on this platform
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
