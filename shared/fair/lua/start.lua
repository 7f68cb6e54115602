--[[
  start.lua: a worker is about to run this job. Takes one of the tenant's in-flight slots (or
  refuses when the tenant has none left), takes the job off the tenant's waiting count, and moves
  the lane's virtual clock up to the job's tag.

  KEYS[1]  the lane's state hash (v, origin, t:<tenant>)
  KEYS[2]  the lane's set of tenants with jobs waiting
  KEYS[3]  the tenant's waiting jobs in this lane (sorted set: job id -> enqueue time)
  KEYS[4]  the tenant's running jobs (sorted set: job id -> lease expiry in ms)
  ARGV[1]  tenant id
  ARGV[2]  job id
  ARGV[3]  the job's finish tag
  ARGV[4]  most jobs the tenant may run at once (0: no limit)
  ARGV[5]  lease length in ms: a running entry whose worker died is forgotten after this
  ARGV[6]  how far the clock may run past the origin before the lane needs a rebase

  Returns {started, running, rebase}:
    started  1, or 0 when the tenant is at its in-flight limit (nothing was changed)
    running  the tenant's running jobs (this one included when started)
    rebase   1 when the lane's clock has run far enough that rebase.lua should be called
  A job taken over after its worker died is already in KEYS[4]: it keeps its slot.
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tenant = ARGV[1]
local job = ARGV[2]

redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
local running = redis.call('ZCARD', KEYS[4])
if not redis.call('ZSCORE', KEYS[4], job) then
  local limit = tonumber(ARGV[4])
  if limit > 0 and running >= limit then
    return {0, running, 0}
  end
  running = running + 1
end
local lease = tonumber(ARGV[5])
redis.call('ZADD', KEYS[4], now + lease, job)
redis.call('PEXPIRE', KEYS[4], lease)

local state = redis.call('HMGET', KEYS[1], 'v', 'origin', 't:' .. tenant)
local v = math.max(tonumber(state[1] or '0'), tonumber(ARGV[3]))
local origin = tonumber(state[2] or '0')
redis.call('HSET', KEYS[1], 'v', string.format('%.17g', v))

redis.call('ZREM', KEYS[3], job)
if redis.call('ZCARD', KEYS[3]) == 0 then
  redis.call('SREM', KEYS[2], tenant)
  -- Its next tag would be max(v, tag) + cost = v + cost anyway: forget it, so idle tenants cost nothing.
  if tonumber(state[3] or '0') <= v then redis.call('HDEL', KEYS[1], 't:' .. tenant) end
end
if redis.call('SCARD', KEYS[2]) == 0 and v > origin then
  -- Nothing of this lane waits: the origin can move to the clock without renumbering any job.
  redis.call('HSET', KEYS[1], 'origin', string.format('%.17g', v))
  origin = v
end
local rebase = 0
if v - origin > tonumber(ARGV[6]) then rebase = 1 end
return {1, running, rebase}
