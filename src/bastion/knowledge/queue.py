"""Where ingestion jobs wait for a runner: in this process, or in Redis for `bastion worker` processes.

``InProcessQueue`` (the embedded default) runs jobs on a task of the serving process. ``RedisQueue`` puts job
ids on a Redis stream read by taskiq (taskiq-redis's stream broker): the serving process only enqueues, and
every `bastion worker` that shares the index reads the stream in one consumer group. Delivery is at least
once: a job is acknowledged only when it has finished (done or failed in the index), a worker keeps its
running jobs claimed with a heartbeat, and a job whose worker died (no heartbeat for ``reclaim_after``
seconds) goes to another worker. So a job may run twice, and the runner must treat that as normal (the
service skips finished jobs, and re-ingesting a file is idempotent).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError
from taskiq import AckableMessage, Context, TaskiqDepends
from taskiq.acks import AcknowledgeType
from taskiq.exceptions import SendTaskError
from taskiq.receiver import Receiver
from taskiq_redis import RedisStreamBroker

from bastion.errors import BastionError

log = logging.getLogger("bastion.knowledge.queue")
TASK = "bastion.knowledge.ingest"
MAX_DELIVERIES = 5  # a job whose worker died this many times is failed (it may be what kills the worker)
Runner = Callable[[str], Awaitable[Any]]
GiveUp = Callable[[str, str], Awaitable[None]]


class QueueUnavailable(BastionError):
    """The job queue (Redis) cannot be reached: the upload is refused, nothing is left queued."""

    status = 503
    type = "api_error"
    code = "queue_unavailable"


class JobQueue(Protocol):
    async def put(self, job_id: str) -> None:
        """Queue a job that is stored in the index."""

    def start(self, run: Runner, pending: list[str]) -> None:
        """Run queued jobs with ``run`` in this process, starting with ``pending`` (jobs an earlier run left
        unfinished). A queue whose jobs run elsewhere does nothing."""

    async def drain(self) -> None:
        """Wait until every queued job has run."""

    async def stop(self) -> None: ...


class InProcessQueue:
    """An asyncio queue drained by one task of this process: jobs run one at a time, in order."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self._idle = asyncio.Event()  # set while no job is queued or running
        self._idle.set()

    async def put(self, job_id: str) -> None:
        self._idle.clear()
        self._queue.put_nowait(job_id)

    def start(self, run: Runner, pending: list[str]) -> None:
        for job_id in pending:
            self._idle.clear()
            self._queue.put_nowait(job_id)
        self._worker = asyncio.get_running_loop().create_task(self._work(run), name="knowledge-ingest")

    async def _work(self, run: Runner) -> None:
        while True:
            job_id = await self._queue.get()
            try:
                await run(job_id)
            except Exception as e:  # the runner records failures itself; keep the worker alive regardless
                log.error("ingestion job %s failed", job_id, exc_info=e)
            if self._queue.empty():
                self._idle.set()

    async def drain(self) -> None:
        await self._idle.wait()

    async def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker


class _Stream(RedisStreamBroker):
    """taskiq-redis's stream broker with what long ingestion jobs need: a worker keeps its deliveries claimed
    while it runs them (a heartbeat), reclaims a dead worker's deliveries even while no new job arrives,
    releases what it holds when it stops, and deletes an entry once it is acknowledged."""

    def __init__(self, url: str, stream: str, reclaim_after: float) -> None:
        super().__init__(url, queue_name=stream, consumer_group_name="bastion-workers", consumer_id="0",
                         idle_timeout=max(1, round(reclaim_after * 1000)), xread_count=1)
        self.held: dict[bytes, str] = {}  # entries delivered to this worker, not yet acknowledged: task ids
        self._cursor: Any = "0-0"

    def client(self) -> Any:
        return Redis(connection_pool=self.connection_pool)

    def _acker(self, msg_id: bytes) -> Callable[[], Awaitable[None]]:
        async def ack() -> None:
            async with self.client() as r, r.pipeline(transaction=True) as p:
                p.xack(self.queue_name, self.consumer_group_name, msg_id)
                p.xdel(self.queue_name, msg_id)
                await p.execute()
            self.held.pop(msg_id, None)

        return ack

    def forget(self, task_id: str) -> None:
        """Stop heart-beating a delivery whose run failed without an acknowledgement: after reclaim_after
        another delivery (to any worker) runs it again."""
        for msg_id in [m for m, t in self.held.items() if t == task_id]:
            del self.held[msg_id]

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        while True:
            try:
                async with self.client() as r:
                    while True:
                        entries = await self._reclaim(r)
                        if not entries:
                            fetched = await r.xreadgroup(self.consumer_group_name, self.consumer_name,
                                                         {self.queue_name: ">"}, block=self.block, count=1)
                            entries = [e for _, batch in fetched or () for e in batch]
                        for msg_id, fields in entries:
                            if fields:  # None for an entry deleted while pending
                                self.held[msg_id] = self._task_id(fields[b"data"])
                                yield AckableMessage(data=fields[b"data"], ack=self._acker(msg_id))
            except (RedisError, OSError) as e:  # Redis restarting, or the stream gone: wait, declare, go on
                log.warning("reading the job stream %s failed (%s); retrying in 2 s", self.queue_name, e)
                await asyncio.sleep(2)
                with contextlib.suppress(RedisError, OSError):
                    await self._declare_consumer_group()

    def _task_id(self, data: bytes) -> str:
        try:
            return self.formatter.loads(data).task_id
        except Exception:  # not a task message: the receiver acknowledges and skips it
            return ""

    async def _reclaim(self, r: Any) -> list[Any]:
        """A delivery whose worker stopped heart-beating (it died), if there is one."""
        for _ in range(10):  # each call scans a few pending entries, from where the last one stopped
            out = await r.xautoclaim(self.queue_name, self.consumer_group_name, self.consumer_name,
                                     self.idle_timeout, start_id=self._cursor, count=1)
            self._cursor = out[0]
            if out[1] or out[0] in (b"0-0", "0-0"):
                return list(out[1])
        return []

    async def heartbeat(self) -> None:
        """Keep this worker's deliveries claimed (their idle time reset) while it runs them."""
        while True:
            await asyncio.sleep(self.idle_timeout / 4000)
            if not self.held:
                continue
            try:
                async with self.client() as r:
                    mine = await r.xpending_range(self.queue_name, self.consumer_group_name, "-", "+",
                                                  len(self.held) + 100, consumername=self.consumer_name)
                    owned = {p["message_id"] for p in mine} & self.held.keys()
                    for lost in set(self.held) - owned:  # this worker stalled, another one took it over
                        log.warning("job stream entry %s was taken over by another worker", lost)
                        self.held.pop(lost, None)
                    if owned:
                        await r.xclaim(self.queue_name, self.consumer_group_name, self.consumer_name, 0,
                                       list(owned), justid=True)
            except (RedisError, OSError) as e:  # the next beat tries again
                log.warning("job heartbeat failed: %s", e)

    async def release(self) -> None:
        """Hand back what this worker holds: it looks idle for a year, so the next reclaim takes it."""
        if self.held:
            async with self.client() as r:
                await r.xclaim(self.queue_name, self.consumer_group_name, self.consumer_name, 0, list(self.held),
                               idle=365 * 86_400_000, justid=True)
            self.held.clear()

    async def backlog(self) -> int:
        """Entries queued or running (an acknowledged one is deleted)."""
        async with self.client() as r:
            return int(await r.xlen(self.queue_name))


class RedisQueue:
    """Jobs on the Redis stream ``{redis_prefix}knowledge:jobs``, run by `bastion worker` processes (`serve`).
    Nothing is connected until the first put or serve."""

    def __init__(self, url: str, prefix: str, reclaim_after: float = 60.0) -> None:
        self.prefix = prefix
        self.broker = _Stream(url, f"{prefix}knowledge:jobs", reclaim_after)

        async def ingest(job_id: str, context: Context = TaskiqDepends()) -> None:  # noqa: B008 - taskiq DI
            await self._deliver(job_id, context)

        self._task = self.broker.register_task(ingest, task_name=TASK)
        self._started = False
        self._lock = asyncio.Lock()
        self._running: set[asyncio.Task[Any]] = set()

    async def _startup(self) -> None:
        async with self._lock:
            if not self._started:
                await self.broker.startup()  # declares the consumer group (reading from the stream's start)
                self._started = True

    async def put(self, job_id: str) -> None:
        try:
            await self._startup()
            await self._task.kiq(job_id)
        except (RedisError, OSError, SendTaskError) as e:
            raise QueueUnavailable(f"the ingestion queue (Redis) cannot be reached ({type(e).__name__}); the "
                                   "upload was not queued: try again shortly") from None

    def start(self, run: Runner, pending: list[str]) -> None:
        if pending:  # still on the stream (acknowledged only when finished): the workers will run them
            log.info("%d unfinished ingestion jobs are left to the `bastion worker` processes", len(pending))

    async def drain(self) -> None:
        await self._startup()
        while await self.broker.backlog():  # noqa: ASYNC110 - other processes run the jobs: poll Redis
            await asyncio.sleep(0.2)

    async def stop(self) -> None:
        await self.broker.shutdown()

    async def _deliver(self, job_id: str, context: Context) -> None:
        """The task: count the delivery, run the job, and acknowledge it once it is finished. A job cut short
        by a stopping (or killed) worker is not acknowledged, so it is delivered again."""
        task = asyncio.current_task()
        assert task is not None
        self._running.add(task)
        try:
            await self._run_once(job_id, context.state.run, context.state.give_up)
            await context.ack()
        except Exception as e:  # Redis away mid-job: not acknowledged, so delivered again after reclaim_after
            log.error("ingestion job %s: the delivery failed (%s: %s); it will be delivered again", job_id,
                      type(e).__name__, e)
            self.broker.forget(context.message.task_id)
        finally:
            self._running.discard(task)

    async def _run_once(self, job_id: str, run: Runner, give_up: GiveUp) -> None:
        key = f"{self.prefix}knowledge:deliveries:{job_id}"
        async with self.broker.client() as r, r.pipeline(transaction=True) as p:
            p.incr(key)
            p.expire(key, 7 * 86_400)
            delivery = int((await p.execute())[0])
        started = time.monotonic()
        try:
            if delivery > MAX_DELIVERIES:
                log.error("ingestion job %s: its worker stopped %d times before finishing it; marked failed",
                          job_id, delivery - 1)
                await give_up(job_id, f"the worker running this job stopped {delivery - 1} times before finishing "
                                      "it (did it crash or run out of memory on these files?)")
                status = "failed"
            else:
                log.info("ingestion job %s started (delivery %d)", job_id, delivery)
                status = str(await run(job_id))
        except Exception as e:  # the index unreachable: queue it again, after a pause, for a later delivery
            log.error("ingestion job %s could not run; queued again", job_id, exc_info=e)
            await asyncio.sleep(min(60, 5 * delivery))
            await self._task.kiq(job_id)
            return
        log.info("ingestion job %s ended: %s in %.1f s", job_id, status, time.monotonic() - started)
        async with self.broker.client() as r:
            await r.delete(key)

    async def serve(self, run: Runner, give_up: GiveUp, concurrency: int, stop: asyncio.Event,
                    grace: float) -> None:
        """Run jobs, ``concurrency`` at once, until ``stop`` is set; then wait up to ``grace`` seconds for the
        running ones, cancel what is left and release it to the other workers."""
        self.broker.is_worker_process = True
        self.broker.state.run = run
        self.broker.state.give_up = give_up
        await self._startup()
        beat = asyncio.create_task(self.broker.heartbeat(), name="knowledge-heartbeat")
        receiver = Receiver(self.broker, run_startup=False, max_async_tasks=concurrency, max_prefetch=0,
                            ack_type=AcknowledgeType.MANUAL, wait_tasks_timeout=grace)
        try:
            await receiver.listen(stop)
        finally:
            for task in list(self._running):
                log.warning("stopping: a running job is cut short and released to another worker")
                task.cancel()
            await asyncio.gather(*self._running, return_exceptions=True)
            beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beat
            try:
                await self.broker.release()
            except (RedisError, OSError) as e:  # then the entries are reclaimed after reclaim_after instead
                log.warning("could not release the jobs this worker held: %s", e)
