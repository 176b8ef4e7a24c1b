"""Where per-page work runs: this process, a local process pool, or a Dask cluster.

:func:`page_executor` returns a ``map(fn, items)`` that yields ``fn(*item)`` **in the
order of items** while keeping at most a small window of tasks (a few items each) in
flight, so a build streams through thousands of pages without holding them all. ``fn``
must be a module-level function and its arguments and results picklable (they cross
process and machine boundaries); workers need no shared file system.

On a Dask cluster every worker needs the same version of ``kg`` installed
(``pip install kg[dask]``).
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = ["ExecutorError", "MapFn", "can_fork", "default_jobs", "page_executor", "run_now",
           "start_forked"]

MapFn = Callable[[Callable[..., Any], Iterable[tuple]], Iterator[Any]]
# Tasks in flight per worker: enough to keep workers busy, few enough to stream.
WINDOW_PER_WORKER = 4
# Pages per task sent to a local process: one task costs the main process ~0.5 ms of
# pickling and queue threads that contend with its own work (building the graph); at
# 8 pages per task the main process's CPU in the passes fell from 20.6 to 15.7 s
# (6,000 pages, 2 jobs).
LOCAL_CHUNK = 8
# Pages per Dask task: the scheduler spends up to ~1 ms per task and Dask's best
# practices ask for tasks of ~100 ms (docs.dask.org, "Best Practices"); a page takes ~6 ms.
# 600 pages on a 2-worker LocalCluster: the passes 11.5 → 7.1 s.
DASK_CHUNK = 16


class ExecutorError(Exception):
    """The requested executor cannot be started (bad job count, unreachable scheduler)."""


def default_jobs() -> int:
    return os.cpu_count() or 1


def _serial_map(fn: Callable[..., Any], items: Iterable[tuple]) -> Iterator[Any]:
    for item in items:
        yield fn(*item)


def _chunks(items: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_chunk(fn: Callable[..., Any], chunk: list[tuple]) -> list[Any]:
    return [fn(*item) for item in chunk]


def _chunked(submit: Callable[..., Any], result: Callable[[Any], Any], window: int,
             size: int, fn: Callable[..., Any], items: Iterable[tuple]) -> Iterator[Any]:
    """:func:`_windowed` over tasks of ``size`` items each (``window`` tasks in flight)."""
    chunks = _windowed(submit, result, window, _run_chunk,
                       ((fn, chunk) for chunk in _chunks(items, size)))
    return (value for chunk in chunks for value in chunk)


def _windowed(submit: Callable[..., Any], result: Callable[[Any], Any], window: int,
              fn: Callable[..., Any], items: Iterable[tuple]) -> Iterator[Any]:
    pending: deque = deque()
    for item in items:
        pending.append(submit(fn, *item))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


@contextlib.contextmanager
def _pool(jobs: int) -> Iterator[MapFn]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: workers inherit the loaded gazetteer and rule tables instead of re-reading them.
    context = multiprocessing.get_context("fork" if can_fork() else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        def run(fn: Callable[..., Any], items: Iterable[tuple]) -> Iterator[Any]:
            return _chunked(pool.submit, lambda f: f.result(), jobs * WINDOW_PER_WORKER,
                            LOCAL_CHUNK, fn, items)

        yield run


@contextlib.contextmanager
def _dask(address: str) -> Iterator[MapFn]:
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise ExecutorError("--scheduler needs Dask: pip install 'kg[dask]'") from exc
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        workers = max(1, sum(client.nthreads().values()))

        def run(fn: Callable[..., Any], items: Iterable[tuple]) -> Iterator[Any]:
            return _chunked(lambda f, *a: client.submit(f, *a, pure=False),
                            lambda fut: fut.result(), workers * WINDOW_PER_WORKER, DASK_CHUNK,
                            fn, items)

        yield run
    finally:
        client.close()


@contextlib.contextmanager
def page_executor(jobs: int = 1, scheduler: str | None = None) -> Iterator[MapFn]:
    """An ordered, streaming ``map`` over ``jobs`` local processes or a Dask scheduler.

    >>> with page_executor(1) as run:
    ...     list(run(divmod, [(7, 2), (9, 4)]))
    [(3, 1), (2, 1)]
    """
    if scheduler:
        with _dask(scheduler) as run:
            yield run
        return
    if jobs < 1:
        raise ExecutorError(f"--jobs must be at least 1, got {jobs}")
    if jobs == 1:
        yield _serial_map
        return
    with _pool(jobs) as run:
        yield run


def can_fork() -> bool:
    """Whether this system can fork (Linux, macOS): :func:`start_forked` runs in a child."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def start_forked(fn: Callable[..., Any], *args: Any, nice: int = 0) -> Callable[[], Any]:
    """Start ``fn(*args)`` in a forked child process (``nice``: lower its priority by
    that much); returns ``wait()``, which returns its result or raises its exception.
    The child inherits ``args`` (a whole graph, say) instead of receiving them pickled.
    Without fork (not Linux), ``fn`` runs here now.
    """
    import multiprocessing

    if not can_fork():
        return run_now(fn, *args)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        with contextlib.suppress(OSError):  # a system that refuses is no reason to fail
            os.nice(nice)
        try:
            outcome = (True, fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the parent to raise
            outcome = (False, exc)
        try:
            send.send(outcome)
        except Exception as exc:  # noqa: BLE001 - the exception itself did not pickle
            send.send((False, ExecutorError(f"{fn.__name__}: {outcome[1]!r} ({exc})")))

    process = context.Process(target=child, name=f"kg-{fn.__name__}")
    process.start()
    send.close()

    def wait() -> Any:
        try:
            ok, value = receive.recv()
        except EOFError:
            process.join()
            raise ExecutorError(f"{fn.__name__} died in its process "
                                f"(exit code {process.exitcode})") from None
        finally:
            receive.close()
        process.join()
        if not ok:
            raise value
        return value

    return wait


def run_now(fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """``fn(*args)`` run here, now, behind the same ``wait()`` as :func:`start_forked`."""
    value = fn(*args)
    return lambda: value
