"""Redis quota store for several workers and replicas: every reserve and adjust is one Lua script, so
checks and updates are atomic across all of them. Time comes from the Redis server, so replicas with
skewed clocks still share one window."""

from __future__ import annotations

from typing import Any

from redis import asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from bastion.quotas.base import WINDOW_SECONDS, Admitted, Charge, Denied, Initializer, Move, StoreUnavailable

# KEYS: counters. ARGV: window seconds, then kind, limit, amount, ttl per key.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local now_s = math.floor(now)
local win = tonumber(ARGV[1])
local used, oldest = {}, {}
for i, key in ipairs(KEYS) do
  local kind = ARGV[2 + (i - 1) * 4]
  local limit = tonumber(ARGV[3 + (i - 1) * 4])
  local amount = tonumber(ARGV[4 + (i - 1) * 4])
  local u = 0
  if kind == 'window' then
    local flat = redis.call('HGETALL', key)
    local stale = {}
    local buckets = {}
    for j = 1, #flat, 2 do
      local b = tonumber(flat[j])
      if b <= now_s - win then table.insert(stale, flat[j])
      else u = u + tonumber(flat[j + 1]); table.insert(buckets, {b, tonumber(flat[j + 1])}) end
    end
    if #stale > 0 then redis.call('HDEL', key, unpack(stale)) end
    table.sort(buckets, function(a, b) return a[1] < b[1] end)
    oldest[i] = buckets[1] and buckets[1][1] or -1
    if u + amount > limit then
      local retry = -1
      if amount <= limit then
        local need, freed = u + amount - limit, 0
        for _, bv in ipairs(buckets) do
          freed = freed + bv[2]
          if freed >= need then retry = bv[1] + win + 1 - now; break end
        end
      end
      return {'denied', i, tostring(u), tostring(retry)}
    end
  else
    local v = redis.call('GET', key)
    if not v then return {'missing', i} end
    u = tonumber(v)
    if u + amount > limit then return {'denied', i, tostring(u), '-1'} end
  end
  used[i] = u
end
local out = {'ok', tostring(now_s)}
for i, key in ipairs(KEYS) do
  local kind = ARGV[2 + (i - 1) * 4]
  local limit = tonumber(ARGV[3 + (i - 1) * 4])
  local amount = tonumber(ARGV[4 + (i - 1) * 4])
  local ttl = tonumber(ARGV[5 + (i - 1) * 4])
  if kind == 'window' then
    redis.call('HINCRBYFLOAT', key, now_s, amount)
    redis.call('EXPIRE', key, ttl)
    local reset = 0
    if oldest[i] >= 0 then reset = oldest[i] + win + 1 - now end
    table.insert(out, tostring(limit - used[i] - amount))
    table.insert(out, tostring(reset))
  else
    redis.call('INCRBYFLOAT', key, amount)
    if ttl > 0 then redis.call('EXPIRE', key, ttl) end
    table.insert(out, tostring(limit - used[i] - amount))
    table.insert(out, '0')
  end
end
return out
"""

# KEYS: counters. ARGV: kind, delta, bucket per key.
_ADJUST = """
for i, key in ipairs(KEYS) do
  local kind, delta, bucket = ARGV[i * 3 - 2], ARGV[i * 3 - 1], ARGV[i * 3]
  if kind == 'window' then
    if redis.call('HEXISTS', key, bucket) == 1 then redis.call('HINCRBYFLOAT', key, bucket, delta) end
  elseif redis.call('EXISTS', key) == 1 then
    redis.call('INCRBYFLOAT', key, delta)
  end
end
return 1
"""


class RedisStore:
    def __init__(self, url: str, prefix: str = "bastion:", timeout: float = 1.0) -> None:
        self.prefix = prefix
        self.client = aioredis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout,
                                        health_check_interval=15, retry_on_timeout=False)
        self._reserve = self.client.register_script(_RESERVE)
        self._adjust = self.client.register_script(_ADJUST)

    async def _call(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        try:
            return await script(keys=keys, args=args)
        except (RedisConnectionError, RedisTimeoutError, OSError) as e:
            raise StoreUnavailable(f"Redis unreachable: {type(e).__name__}") from None
        except RedisError as e:
            raise StoreUnavailable(f"Redis error: {e}") from None

    async def reserve(self, charges: list[Charge], initial: Initializer) -> Admitted | Denied:
        keys = [self.prefix + c.key for c in charges]
        args: list[Any] = [WINDOW_SECONDS]
        for c in charges:
            args += [c.kind, repr(float(c.limit)), repr(float(c.amount)), int(c.ttl)]
        for _ in range(len(charges) + 1):
            out = await self._call(self._reserve, keys, args)
            status = out[0].decode() if isinstance(out[0], bytes) else out[0]
            if status == "missing":
                c = charges[int(out[1]) - 1]
                value = await initial(c.key)
                try:  # NX: the first replica to compute the starting value wins; the others' is identical
                    await self.client.set(self.prefix + c.key, repr(float(value)), nx=True,
                                          ex=c.ttl if c.ttl > 0 else None)
                except (RedisError, OSError) as e:
                    raise StoreUnavailable(f"Redis unreachable: {type(e).__name__}") from None
                continue
            if status == "denied":
                c = charges[int(out[1]) - 1]
                retry = float(out[3])
                return Denied(c.key, c.limit, float(out[2]), retry if retry >= 0 else None)
            now_s = int(float(out[1]))
            rest = [float(x) for x in out[2:]]
            remaining = {c.key: rest[2 * i] for i, c in enumerate(charges)}
            reset = {c.key: rest[2 * i + 1] for i, c in enumerate(charges) if c.kind == "window"}
            return Admitted({c.key: now_s for c in charges if c.kind == "window"}, remaining, reset)
        raise StoreUnavailable("quota counters kept disappearing while being initialised")

    async def adjust(self, moves: list[Move]) -> None:
        args: list[Any] = []
        for m in moves:
            args += [m.kind, repr(float(m.delta)), m.bucket or 0]
        await self._call(self._adjust, [self.prefix + m.key for m in moves], args)

    async def check(self) -> str | None:
        try:
            await self.client.ping()
        except (RedisError, OSError) as e:
            return f"unreachable ({type(e).__name__})"
        return None

    async def aclose(self) -> None:
        await self.client.aclose()
