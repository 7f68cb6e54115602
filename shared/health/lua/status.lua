--[[
  status.lua: deployments' health as /provider/status shows it.  Reads only.

  KEYS  eleven per deployment, in the order record.lua takes them: the deployment, credential and
        base-URL scopes' state hash, failure-rate window and probe leases; the deployment's calls
        in flight; its latency samples
  ARGV[1]  window bucket length in ms
  ARGV[2]  number of buckets in the window
  ARGV[3]  how many probes a half-open scope admits at once

  Returns {now, deployment...}; each deployment is {scope, scope, scope, in_flight, samples}
    scope     {state, failures, next_probe_ms, cooldown_until, window_calls, window_faults,
               misconfigured_at, misconfigured_reason}
      next_probe_ms     -1 when closed; else ms until a probe would be admitted (0: now)
      cooldown_until    epoch ms a 429 cooldown ends, 0 when none is running
      misconfigured_at  epoch ms of the first misconfiguration since the last success, -1 when none
    in_flight  calls registered and not yet expired
    samples    the latest successful calls' latencies in ms, newest first
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

--- @include "window"

local bucket_ms, buckets, max_probes = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])

local function scope_status(s, w, p)
  local f = redis.call('HMGET', s, 'state', 'failures', 'open_until', 'cooldown_until', 'misconfigured_at', 'misconfigured_reason')
  local state = f[1] or 'closed'
  local next_probe = -1
  if state == 'open' then
    next_probe = math.max(0, tonumber(f[3] or '0') - now)
  elseif state == 'half_open' then
    if redis.call('ZCOUNT', p, '(' .. now, '+inf') < max_probes then
      next_probe = 0
    else
      local first = redis.call('ZRANGEBYSCORE', p, '(' .. now, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
      next_probe = math.max(0, tonumber(first[2]) - now)
    end
  end
  local cooldown_until = tonumber(f[4] or '0')
  if cooldown_until <= now then cooldown_until = 0 end
  local calls, faults = window_totals(w, now, bucket_ms, buckets, false)
  return {state, tonumber(f[2] or '0'), next_probe, cooldown_until, calls, faults, tonumber(f[5] or '-1'), f[6] or ''}
end

local out = {now}
for d = 0, #KEYS / 11 - 1 do
  local base = d * 11
  local entry = {}
  for i = 1, 3 do
    entry[i] = scope_status(KEYS[base + 3 * i - 2], KEYS[base + 3 * i - 1], KEYS[base + 3 * i])
  end
  entry[4] = redis.call('ZCOUNT', KEYS[base + 10], '(' .. now, '+inf')
  entry[5] = redis.call('LRANGE', KEYS[base + 11], 0, -1)
  out[#out + 1] = entry
end
return out
