--[[
  admit.lua: may this tenant queue one more job in this lane, and at which BullMQ priority?
  Counts the tenant's waiting jobs (both lanes) against its limit and gives the job its virtual
  finish tag, in one step, so racing requests can neither overshoot the limit nor share a tag.

  KEYS[1]  the lane's state hash (fields: v = the lane's virtual clock, origin = the clock value
           priority 0 of the lane maps to, t:<tenant> = the tenant's last finish tag)
  KEYS[2]  the lane's set of tenants with jobs waiting
  KEYS[3]  the tenant's waiting jobs in this lane (sorted set: job id -> enqueue time in ms)
  KEYS[4]  the tenant's waiting jobs in the other lane (counted against the same limit)
  KEYS[5]  display names of tenants (hash: tenant -> key name), for /queue/stats
  ARGV[1]  tenant id
  ARGV[2]  job id
  ARGV[3]  cost of one job in virtual time (COST_UNIT / weight)
  ARGV[4]  most jobs the tenant may have waiting (0: no limit)
  ARGV[5]  the lane's lowest priority number (served first)
  ARGV[6]  the lane's highest priority number (jobs past the horizon share it)
  ARGV[7]  entries older than this many ms are forgotten (a job removed behind our back)
  ARGV[8]  the tenant's display name

  Returns {admitted, priority, tag, waiting}:
    admitted  1, or 0 when the tenant already has ARGV[4] jobs waiting
    priority  the BullMQ priority for the job (0 when refused)
    tag       the job's finish tag as a string ('' when refused)
    waiting   the tenant's waiting jobs, this one included when admitted
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tenant = ARGV[1]

redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - tonumber(ARGV[7]))
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[7]))
local waiting = redis.call('ZCARD', KEYS[3]) + redis.call('ZCARD', KEYS[4])
local limit = tonumber(ARGV[4])
if limit > 0 and waiting >= limit then
  return {0, 0, '', waiting}
end

local state = redis.call('HMGET', KEYS[1], 'v', 'origin', 't:' .. tenant)
local v = tonumber(state[1] or '0')
local origin = tonumber(state[2] or '0')
local last = tonumber(state[3] or '0')
-- A tenant that was idle starts at the lane's clock: it gets no credit for the time it sent nothing.
local tag = math.max(v, last) + tonumber(ARGV[3])
local tagText = string.format('%.17g', tag)
redis.call('HSET', KEYS[1], 't:' .. tenant, tagText)

local base = tonumber(ARGV[5])
local top = tonumber(ARGV[6])
local priority = math.min(top, math.max(base, base + math.floor(tag - origin)))

redis.call('ZADD', KEYS[3], now, ARGV[2])
redis.call('SADD', KEYS[2], tenant)
redis.call('HSET', KEYS[5], tenant, ARGV[8])
return {1, priority, tagText, waiting + 1}
