--[[
  record-neutral.lua: a call that says nothing about the provider's health (a caller error such as
  400, context length or content filter; a 429; an auth failure).  Makes no state transition: it
  frees the probe slot the call held, and notes a 429's cooldown or an auth failure.

  KEYS[1]  the provider's state hash
  KEYS[2]  the provider's probe leases
  ARGV[1]  the probe lease the call held, or '' when it was not a probe
  ARGV[2]  cooldown in ms after a 429 (0: none); the provider is skipped until it ends
  ARGV[3]  why the provider looks misconfigured (an auth error), or '' when it does not
  ARGV[4]  ttl of the state hash in ms

  Returns the cooldown still ahead in ms (0 when none).
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

if ARGV[1] ~= '' then
  redis.call('ZREM', KEYS[2], ARGV[1])
end
local cooldown_until = tonumber(redis.call('HGET', KEYS[1], 'cooldown_until') or '0')
local cooldown_ms = tonumber(ARGV[2])
if cooldown_ms > 0 and now + cooldown_ms > cooldown_until then
  cooldown_until = now + cooldown_ms
  redis.call('HSET', KEYS[1], 'cooldown_until', cooldown_until)
end
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'misconfigured_at', now, 'misconfigured_reason', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], math.max(tonumber(ARGV[4]), cooldown_ms * 2))
return math.max(0, cooldown_until - now)
