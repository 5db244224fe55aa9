"""Time budgets: a ``timeout`` checked at the call, work interrupted when its budget
runs out (where POSIX timers allow it), and a file opened under a budget.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final, TypeVar

_T = TypeVar("_T")

#: The longest time budget: POSIX timers take no more (about 31 years: no limit).
_LONGEST: Final = 1e9


def _budget(timeout: float | None) -> float | None:
    """``timeout`` checked: None or 0 mean no limit; a budget must be a finite number of
    seconds, not negative."""
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"timeout must be a number of seconds or None, not {timeout!r}")
    if not math.isfinite(timeout) or timeout < 0:
        raise ValueError(
            f"timeout must be a finite number of seconds, 0 or more (0 or None: no limit), "
            f"not {timeout!r}"
        )
    return None if timeout == 0 else min(float(timeout), _LONGEST)


class _Timeout(BaseException):
    """A document ran past its time budget (a BaseException, so that the parser's
    guard against internal errors does not take it for one)."""


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout


#: After the budget, the alarm repeats this often until the work stops: Python swallows
#: an exception raised while it runs a finaliser (``__del__``, a weakref callback), so one
#: alarm may be lost; the next one is not.
_AGAIN: Final = 0.05


def _within(timeout: float | None, work: Callable[[], _T]) -> _T:
    """``work()``, interrupted after ``timeout`` seconds where POSIX timers allow it."""
    usable = (
        timeout is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        return work()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout, _AGAIN)  # type: ignore[arg-type]
    try:
        return work()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _opened(path: Path, timeout: float | None) -> Iterator[tuple[io.BufferedReader, float | None]]:
    """The file at ``path``, opened within ``timeout``, and the budget its reads are held
    to: ``timeout`` for what is not a regular file (a FIFO may never send a byte), else
    none (a regular file cannot stall)."""
    file = _within(timeout, lambda: path.open("rb"))
    with file:
        regular = stat.S_ISREG(os.fstat(file.fileno()).st_mode)
        yield file, None if regular else timeout
