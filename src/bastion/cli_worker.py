"""`bastion worker`: run knowledge-base ingestion jobs that the gateway queued in Redis (knowledge.queue: redis).

A worker needs the same configuration as the gateway: the same index (the SQLite file on this machine, or the
shared PostgreSQL), the same Redis (redis_url, redis_prefix) and the embedding routes. Start as many as the
embedding work needs, on any machine that reaches both. Each job is acknowledged when it has finished; a job
whose worker dies is taken over by another worker once the dead one's heartbeat has been silent for
``--reclaim-after`` seconds. SIGINT or SIGTERM stops taking jobs, lets the running ones finish for
``--grace`` seconds, and hands back what is left (a second signal stops at once).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path
from typing import Any

import click

from bastion.cli_admin import _CONFIG, _DATA_DIR

log = logging.getLogger("bastion.worker")


@click.command()
@_CONFIG
@_DATA_DIR
@click.option("--concurrency", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Jobs this worker runs at once.")
@click.option("--grace", type=click.FloatRange(0), default=30.0, show_default=True,
              help="Seconds a stopping worker lets its running jobs finish before handing them back.")
@click.option("--reclaim-after", type=click.FloatRange(1), default=60.0, show_default=True,
              help="Seconds without a heartbeat after which another worker's job is taken over.")
@click.option("--log-level", default=None, help="debug, info, warning or error.")
def worker(config_file: Path | None, data_dir: Path | None, concurrency: int, grace: float,
           reclaim_after: float, log_level: str | None) -> None:
    """Run ingestion jobs from Redis (knowledge.queue: redis) until SIGINT or SIGTERM."""
    from bastion.cli import _settings
    from bastion.observability.logging import configure

    s = _settings(config_file, data_dir=data_dir, log_level=log_level)
    if s.knowledge.queue != "redis":
        raise click.ClickException(
            f"knowledge.queue is '{s.knowledge.queue}': the gateway runs ingestion jobs itself, so a worker has "
            "nothing to do. Set knowledge.queue: redis (and redis_url) in the configuration the gateway and the "
            "workers share")
    configure(s.log_level)
    for name in ("taskiq", "taskiq.receiver", "taskiq.receiver.receiver"):
        logging.getLogger(name).setLevel(logging.WARNING)  # it logs every task at info; the worker logs jobs
    import uvloop

    uvloop.run(_work(s, concurrency, grace, reclaim_after))


async def _work(s: Any, concurrency: int, grace: float, reclaim_after: float) -> None:
    from bastion.knowledge.queue import RedisQueue
    from bastion.server.knowledge_runtime import standalone

    queue = RedisQueue(s.redis_url, s.redis_prefix, reclaim_after)
    rt = await standalone(s, queue=queue)
    stop = asyncio.Event()
    main = asyncio.current_task()
    assert main is not None
    loop = asyncio.get_running_loop()

    def on_signal(signum: int) -> None:
        if stop.is_set():  # the second signal: no more grace
            log.warning("stopping now (%s again)", signal.Signals(signum).name)
            main.cancel()
            return
        log.info("stopping (%s): no new jobs; running ones get %.0f s to finish", signal.Signals(signum).name,
                 grace)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    log.info("worker started: %d job(s) at once from the Redis stream %s", concurrency, queue.broker.queue_name)
    try:
        await queue.serve(rt.knowledge.run_queued, rt.knowledge.fail_job, concurrency, stop, grace)
    except asyncio.CancelledError:
        pass
    finally:
        await rt.close()
        log.info("worker stopped")
