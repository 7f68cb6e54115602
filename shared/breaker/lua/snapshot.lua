--[[
  snapshot.lua: a provider's breaker as /provider/status shows it.  Reads only.

  KEYS[1]  the provider's state hash
  KEYS[2]  the provider's failure-rate window
  KEYS[3]  the provider's probe leases
  ARGV[1]  window bucket length in ms
  ARGV[2]  number of buckets in the window
  ARGV[3]  how many probes a half-open circuit admits at once

  Returns {state, failures, next_probe_ms, cooldown_ms, window_calls, window_faults,
           misconfigured_at, misconfigured_reason}
    next_probe_ms  -1 when closed; else ms until a probe would be admitted (0: now)
    misconfigured_at  epoch ms of the last auth failure since the last success, or -1
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local f = redis.call('HMGET', KEYS[1], 'state', 'failures', 'open_until', 'cooldown_until', 'misconfigured_at', 'misconfigured_reason')
local state = f[1] or 'closed'

local next_probe = -1
if state == 'open' then
  next_probe = math.max(0, tonumber(f[3] or '0') - now)
elseif state == 'half_open' then
  local live = redis.call('ZRANGEBYSCORE', KEYS[3], '(' .. now, '+inf', 'WITHSCORES')
  if #live / 2 < tonumber(ARGV[3]) then
    next_probe = 0
  else
    next_probe = math.max(0, tonumber(live[2]) - now)
  end
end

local calls, faults = 0, 0
local current = math.floor(now / tonumber(ARGV[1]))
local window = redis.call('HGETALL', KEYS[2])
for i = 1, #window, 2 do
  local b, kind = string.match(window[i], '^(%d+):(%a)$')
  if tonumber(b) ~= nil and tonumber(b) > current - tonumber(ARGV[2]) then
    if kind == 'c' then calls = calls + tonumber(window[i + 1]) else faults = faults + tonumber(window[i + 1]) end
  end
end

return {state, tonumber(f[2] or '0'), next_probe, math.max(0, tonumber(f[4] or '0') - now), calls, faults,
        tonumber(f[5] or '-1'), f[6] or ''}
