"""Where the per-document function runs: this process, a process pool, or Dask.

Each run is an iterable of Results in the order they finish, plus two things an
interrupted batch needs: `finished()` (results that are done but not yet taken,
so no finished document is lost) and `stop()` (end the work now: cancel what has
not started, and terminate pool workers rather than wait for them).
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from .inputs import Input
from .interrupt import ignore_in_worker

STOP_GRACE_SECONDS = 1.0  # how long terminated workers get before they are killed


class InProcessRun:
    """One document after the other in this process (one job, or --debug)."""

    def __init__(self, todo: list[Input], work: Callable[..., Any], options: Any) -> None:
        self.todo, self.work, self.options = todo, work, options

    def __iter__(self) -> Iterator[Any]:
        for item in self.todo:
            yield self.work(str(item.path), self.options, item.name)

    def finished(self) -> list[Any]:
        return []

    def stop(self) -> None:
        pass


class PoolRun:
    """Worker processes, one task each at a time; results as they finish.

    Not a ProcessPoolExecutor: terminating its workers can leave half a result in its
    shared result pipe, and its manager thread then waits for the rest forever (the
    process hangs at exit). Here each worker has its own pipe, read by this thread
    only; a worker that dies closes its end, so a half-sent result is an EOFError,
    never a hang.
    """

    def __init__(self, todo: list[Input], work: Callable[..., Any], options: Any,
                 jobs: int) -> None:
        self.todo, self.work, self.options, self.jobs = todo, work, options, jobs
        self.queue: deque[Input] = deque()
        self.busy: dict[Connection, tuple[BaseProcess, Input]] = {}
        self.idle: list[tuple[Connection, BaseProcess]] = []

    def __iter__(self) -> Iterator[Any]:
        # largest inputs first: a long act started last would leave the other workers idle
        # while it finishes (results come in as they finish either way)
        self.queue = deque(sorted(self.todo, key=_input_size, reverse=True))
        for _ in range(min(self.jobs, len(self.todo))):
            self._give(*self._start())
        while self.busy:
            for conn in wait(list(self.busy)):
                process, item = self.busy.pop(conn)
                try:
                    result = conn.recv()
                except (EOFError, OSError):  # the worker died (killed, out of memory)
                    conn.close()
                    process.join()
                    result = self._died(item)
                    if self.queue:
                        conn, process = self._start()
                        self._give(conn, process)
                else:
                    self._give(conn, process)
                yield result

    def finished(self) -> list[Any]:
        """Results already sent by workers that were not yet read."""
        results = []
        for conn in list(self.busy):
            try:
                if conn.poll(0):
                    results.append(conn.recv())
                    del self.busy[conn]
            except (EOFError, OSError):
                pass
        return results

    def stop(self) -> None:
        """Terminate every worker (SIGTERM, then SIGKILL after a grace period)."""
        workers = [(c, p) for c, (p, _) in self.busy.items()] + self.idle
        self.busy, self.idle, self.queue = {}, [], deque()
        for _, process in workers:
            if process.is_alive():
                process.terminate()
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for conn, process in workers:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
            conn.close()

    def _start(self) -> tuple[Connection, BaseProcess]:
        ours, theirs = multiprocessing.Pipe()
        process = multiprocessing.Process(target=_worker, args=(theirs, self.work), daemon=True)
        process.start()
        theirs.close()  # only the worker holds its end: its death is our EOF
        return ours, process

    def _give(self, conn: Connection, process: BaseProcess) -> None:
        """The next input to this worker; with none left, tell it to return."""
        while self.queue:
            item = self.queue[0]
            try:
                conn.send((str(item.path), self.options, item.name))
            except OSError:  # it died while idle: a new worker takes the input
                conn.close()
                process.join()
                conn, process = self._start()
                continue
            self.queue.popleft()
            self.busy[conn] = (process, item)
            return
        try:
            conn.send(None)
        except OSError:
            pass  # already gone
        self.idle.append((conn, process))

    @staticmethod
    def _died(item: Input) -> Any:
        from .batch import Result

        return Result(str(item.path), item.name,
                      error="internal error: the worker process converting it died")


def _input_size(item: Input) -> int:
    """The input's size in bytes (0 when it cannot be read: it fails quickly anyway)."""
    try:
        return item.path.stat().st_size
    except OSError:
        return 0


def _worker(conn: Connection, work: Callable[..., Any]) -> None:
    """A worker's loop: (path, options, name) in, the Result out, until None."""
    ignore_in_worker()
    while True:
        task = conn.recv()
        if task is None:
            return
        conn.send(work(*task))


class DaskRun:
    """The same function on a dask.distributed cluster (`pip install kazlegal[dask]`)."""

    def __init__(self, todo: list[Input], work: Callable[..., Any], options: Any,
                 scheduler: str) -> None:
        try:
            from dask.distributed import Client  # noqa: F401
        except ImportError:
            raise RuntimeError("the dask executor needs dask.distributed: "
                               "pip install -e \".[dask]\"") from None
        self.todo, self.work, self.options, self.scheduler = todo, work, options, scheduler
        self.client: Any = None
        self.pending: dict[Any, Input] = {}

    def __iter__(self) -> Iterator[Any]:
        from dask.distributed import Client, as_completed

        self.client = Client(self.scheduler)
        futures = self.client.map(self.work, [str(i.path) for i in self.todo],
                                  [self.options] * len(self.todo),
                                  [i.name for i in self.todo], pure=False)
        self.pending = dict(zip(futures, self.todo))
        for future in as_completed(futures):
            self.pending.pop(future, None)
            yield future.result()

    def finished(self) -> list[Any]:
        done = [f for f in self.pending if f.status == "finished"]
        for future in done:
            self.pending.pop(future)
        return [f.result() for f in done]

    def stop(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        if self.pending:
            client.cancel(list(self.pending))
        client.close()


def make_run(todo: list[Input], work: Callable[..., Any], options: Any, *, jobs: int,
             executor: str = "local", scheduler: str | None = None
             ) -> InProcessRun | PoolRun | DaskRun:
    """The run for these options: Dask, a pool (two jobs or more), or this process."""
    if executor == "dask":
        return DaskRun(todo, work, options, scheduler or "")
    if jobs <= 1 or len(todo) <= 1:
        return InProcessRun(todo, work, options)
    return PoolRun(todo, work, options, jobs)


