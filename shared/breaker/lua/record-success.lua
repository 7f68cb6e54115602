--[[
  record-success.lua: a call answered.  Owns the HALF_OPEN -> CLOSED transition.

  KEYS[1]  the provider's state hash
  KEYS[2]  the provider's failure-rate window (hash: "<bucket>:c" calls, "<bucket>:f" faults)
  KEYS[3]  the provider's probe leases
  ARGV[1]  the probe lease the call held, or '' when it was not a probe
  ARGV[2]  window bucket length in ms
  ARGV[3]  number of buckets in the window
  ARGV[4]  ttl of the state hash in ms

  Returns {from, to}: ('half_open','closed') when this success closed the circuit, else ('','').
  Only a probe's own success closes a half-open circuit; a late answer to a call admitted before
  the circuit opened changes nothing.
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HGET', KEYS[1], 'state') or 'closed'

if state == 'half_open' then
  if ARGV[1] ~= '' and redis.call('ZREM', KEYS[3], ARGV[1]) == 1 then
    redis.call('HSET', KEYS[1], 'state', 'closed', 'failures', 0, 'opens', 0, 'changed_at', now)
    redis.call('HDEL', KEYS[1], 'open_until', 'misconfigured_at', 'misconfigured_reason')
    redis.call('DEL', KEYS[2], KEYS[3])
    redis.call('PEXPIRE', KEYS[1], ARGV[4])
    return {'half_open', 'closed'}
  end
  return {'', ''}
end
if state ~= 'closed' then
  return {'', ''}
end

local bucket_ms = tonumber(ARGV[2])
local bucket = math.floor(now / bucket_ms)
redis.call('HINCRBY', KEYS[2], bucket .. ':c', 1)
redis.call('PEXPIRE', KEYS[2], bucket_ms * (tonumber(ARGV[3]) + 1))
redis.call('HSET', KEYS[1], 'failures', 0)
redis.call('HDEL', KEYS[1], 'misconfigured_at', 'misconfigured_reason')
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {'', ''}
