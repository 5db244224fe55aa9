"""Documents parsed in order on a pool of processes: a few batches per worker read
ahead, and a pool that outlives its workers, so that a worker that dies costs only the
document it was parsing.
"""

from __future__ import annotations

import collections
import concurrent.futures
import functools
import itertools
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Final, TypeVar

from newsseed._corpus._articles import _finished, _kept, _parse_batch, _parse_item
from newsseed._corpus._documents import _Item, _note
from newsseed._model import Article
from newsseed._read import ParseOptions

_T = TypeVar("_T")

_BATCH: Final = 16  # documents sent to a worker at a time
_AHEAD: Final = 4  # batches in flight per worker


def _parse_stream(
    documents: Iterable[_Item],
    options: ParseOptions,
    workers: int,
    timeout: float | None,
    limit: int,
) -> Generator[Article, None, None]:
    """Parse ``documents`` in order, on ``workers`` processes when above 1, reading at
    most a few batches per worker ahead; articles given (diagnostics) pass through."""
    if workers <= 1:
        for item in documents:
            yield _parse_item(item, options, timeout, limit)
        return
    work = functools.partial(_parse_batch, options=options, timeout=timeout, limit=limit)
    pool = _Pool(workers, work)
    pending: collections.deque[tuple[list[_Item], concurrent.futures.Future[list[Article]]]]
    pending = collections.deque()
    try:
        for batch in _batched(iter(documents), _BATCH):
            pending.append((batch, pool.submit(batch)))
            if len(pending) >= workers * _AHEAD:
                yield from pool.result(pending)
        while pending:
            yield from pool.result(pending)
    finally:  # the consumer stopped early, or a worker failed: drop what is queued
        for _, future in pending:
            future.cancel()
        pool.shutdown()


class _Pool:
    """A process pool that outlives its workers: when one dies (killed, out of memory),
    the batches it took down are parsed again on a new pool, and the batch at the head
    of the queue one document at a time on a pool of its own, so that only the document
    that kills a worker comes back unparsed (with an ``internal-error`` diagnostic)."""

    def __init__(self, workers: int, work: Callable[[list[_Item]], list[Article]]) -> None:
        self.workers = workers
        self.work = work
        self.pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers)

    def submit(self, batch: list[_Item]) -> concurrent.futures.Future[list[Article]]:
        """``batch`` given to the pool; a pool already broken gives a future that says so,
        which :meth:`result` handles when the batch's turn comes."""
        try:
            return self.pool.submit(self.work, batch)
        except BrokenProcessPool as error:
            future: concurrent.futures.Future[list[Article]] = concurrent.futures.Future()
            future.set_exception(error)
            return future

    def result(
        self,
        pending: collections.deque[tuple[list[_Item], concurrent.futures.Future[list[Article]]]],
    ) -> list[Article]:
        """The articles of the batch at the head of ``pending``, taken off it."""
        batch, future = pending[0]
        try:
            articles = future.result()
        except BrokenProcessPool:
            self._restart(pending)
            articles = self._one_by_one(batch)
        pending.popleft()
        return articles

    def _restart(
        self,
        pending: collections.deque[tuple[list[_Item], concurrent.futures.Future[list[Article]]]],
    ) -> None:
        """A new pool, and the batches after the head that the old one lost given to it."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = concurrent.futures.ProcessPoolExecutor(max_workers=self.workers)
        for index in range(1, len(pending)):
            batch, future = pending[index]
            if not future.done() or future.cancelled() or future.exception() is not None:
                pending[index] = (batch, self.submit(batch))

    def _one_by_one(self, batch: list[_Item]) -> list[Article]:
        """``batch`` parsed a document at a time on a pool of one process: the document
        that kills it is known."""
        articles = []
        probe = concurrent.futures.ProcessPoolExecutor(max_workers=1)
        try:
            for item in batch:
                try:
                    articles += probe.submit(self.work, [item]).result()
                except BrokenProcessPool:
                    articles.append(_died(item))
                    probe.shutdown(wait=True)
                    probe = concurrent.futures.ProcessPoolExecutor(max_workers=1)
        finally:
            probe.shutdown(wait=True, cancel_futures=True)
        return articles

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _died(item: _Item) -> Article:
    """The article of a document whose worker process died while parsing it."""
    if isinstance(item, Article):
        return item
    message = "the worker process parsing it died (killed, or out of memory)"
    if isinstance(item.data, Path):
        return _finished(_note(item.id, "internal-error", message), item)
    return _kept(item, item.data, "internal-error", f"{message}; the text is kept unparsed")


def _batched(items: Iterator[_T], size: int) -> Iterator[list[_T]]:
    while batch := list(itertools.islice(items, size)):
        yield batch
