--[[
  view.lua: for each candidate deployment, would acquire.lua admit a call now, and how many calls
  are in flight on it fleet-wide?  Reads only (the chain picks the least loaded admissible one).

  KEYS  seven per deployment, in the order acquire.lua takes them: the deployment, credential and
        base-URL scopes' state hash and probe leases, then the deployment's calls in flight
  ARGV[1]  how many probes a half-open scope admits at once

  Returns one entry per deployment, in order: {scope, reason, wait_ms, misconfigured, in_flight}
    scope          0 when admissible; else 1, 2 or 3, the refusing scope with the longest wait
    reason, wait_ms, misconfigured  as acquire.lua reports a refusal ('' and 0 when admissible)
    in_flight      calls registered and not yet expired
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

--- @include "admission"

local max_probes = tonumber(ARGV[1])
local out = {}
for d = 0, #KEYS / 7 - 1 do
  local base = d * 7
  local worst_wait, worst_scope, worst_reason, worst_misconfigured = 0, 0, '', ''
  for i = 1, 3 do
    local wait, reason, misconfigured = scope_verdict(KEYS[base + 2 * i - 1], KEYS[base + 2 * i], now, max_probes)
    if reason ~= '' and wait > worst_wait then
      worst_wait, worst_scope, worst_reason, worst_misconfigured = wait, i, reason, misconfigured
    end
  end
  local in_flight = redis.call('ZCOUNT', KEYS[base + 7], '(' .. now, '+inf')
  out[#out + 1] = {worst_scope, worst_reason, worst_wait, worst_misconfigured, in_flight}
end
return out
