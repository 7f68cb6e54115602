--[[
  acquire.lua: may one call go to this provider now?  Owns the OPEN -> HALF_OPEN transition.

  KEYS[1]  the provider's state hash   (fields: state, open_until, cooldown_until, ...)
  KEYS[2]  the provider's probe leases (sorted set: lease id -> expiry in ms)
  ARGV[1]  a fresh lease id, used when the call is admitted as a half-open probe
  ARGV[2]  how many probes a half-open circuit admits across the fleet at once
  ARGV[3]  lease length in ms (a probe that never answers frees its slot after this)
  ARGV[4]  ttl of the state hash in ms (forgets providers that are no longer called)

  Returns {verdict, from, to, wait_ms}:
    verdict  'allow' (closed), 'probe' (admitted holding lease ARGV[1]),
             'open' (refused: circuit open or every probe slot taken), 'cooldown' (refused: after a 429)
    from,to  the transition made ('open','half_open'), or '','' when none
    wait_ms  when refused, how long until a call could be admitted
  Time comes from Redis TIME so every worker agrees whatever its own clock says.
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

local fields = redis.call('HMGET', KEYS[1], 'state', 'open_until', 'cooldown_until')
local state = fields[1] or 'closed'
local cooldown_until = tonumber(fields[3] or '0')
if cooldown_until > now then
  return {'cooldown', '', '', cooldown_until - now}
end
if state == 'closed' then
  return {'allow', '', '', 0}
end

local from, to = '', ''
if state == 'open' then
  local open_until = tonumber(fields[2] or '0')
  if now < open_until then
    return {'open', '', '', open_until - now}
  end
  redis.call('HSET', KEYS[1], 'state', 'half_open', 'changed_at', now)
  redis.call('DEL', KEYS[2])
  from, to = 'open', 'half_open'
end

-- Half-open: an expired lease is a probe that hung or whose worker died; its slot is free again.
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then
  local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return {'open', from, to, math.max(0, tonumber(first[2]) - now)}
end
local lease_ms = tonumber(ARGV[3])
redis.call('ZADD', KEYS[2], now + lease_ms, ARGV[1])
redis.call('PEXPIRE', KEYS[2], lease_ms)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {'probe', from, to, 0}
