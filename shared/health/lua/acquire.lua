--[[
  acquire.lua: may one call go to this deployment now?  Atomic over the deployment's three scopes
  (deployment, credential, base URL).  Owns the OPEN -> HALF_OPEN transition.

  KEYS[1], KEYS[2]  the deployment scope's state hash and probe leases (sorted set: call id -> expiry ms)
  KEYS[3], KEYS[4]  the credential scope's state hash and probe leases
  KEYS[5], KEYS[6]  the base-URL scope's state hash and probe leases
  KEYS[7]           the deployment's calls in flight (sorted set: call id -> expiry ms)
  ARGV[1]  the call id; it is also the call's probe lease in every half-open scope
  ARGV[2]  how many probes a half-open scope admits at once, fleet-wide
  ARGV[3]  probe lease length in ms (a probe that never reports frees its slot after this)
  ARGV[4]  how long the call counts as in flight unless recorded first, in ms (a dead worker's calls expire)
  ARGV[5]  ttl of a state hash in ms

  Returns, when refused (no scope is changed):
    {'refused', scope, reason, wait_ms, misconfigured}
      scope          1, 2 or 3: of the scopes that refuse, the one with the longest wait
      reason         'cooldown', 'circuit_open' or 'misconfigured'
      misconfigured  the scope's misconfiguration reason when that is the reason, else ''
  when admitted:
    {'admitted', probes, half_opened}
      probes       three '0'/'1' flags in scope order: the call holds that scope's probe lease
      half_opened  three flags: the call moved that scope from open to half-open
  Time comes from Redis TIME so every worker agrees whatever its own clock says.
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

--- @include "admission"

local max_probes = tonumber(ARGV[2])
local actions = {}
local worst_wait, worst_scope, worst_reason, worst_misconfigured = 0, 0, '', ''
for i = 1, 3 do
  local wait, reason, misconfigured, action = scope_verdict(KEYS[2 * i - 1], KEYS[2 * i], now, max_probes)
  actions[i] = action
  if reason ~= '' and wait > worst_wait then
    worst_wait, worst_scope, worst_reason, worst_misconfigured = wait, i, reason, misconfigured
  end
end
if worst_scope > 0 then
  return {'refused', worst_scope, worst_reason, worst_wait, worst_misconfigured}
end

local call_id, lease_ms, hold_ms = ARGV[1], tonumber(ARGV[3]), tonumber(ARGV[4])
local probes, half_opened = '', ''
for i = 1, 3 do
  local state_key, probes_key = KEYS[2 * i - 1], KEYS[2 * i]
  local action = actions[i]
  if action == 'half_open' then
    redis.call('HSET', state_key, 'state', 'half_open', 'changed_at', now)
    redis.call('DEL', probes_key)
  end
  if action == 'pass' then
    probes = probes .. '0'
  else
    redis.call('ZREMRANGEBYSCORE', probes_key, '-inf', now)
    redis.call('ZADD', probes_key, now + lease_ms, call_id)
    if redis.call('PTTL', probes_key) < lease_ms then redis.call('PEXPIRE', probes_key, lease_ms) end
    if redis.call('PTTL', state_key) < tonumber(ARGV[5]) then redis.call('PEXPIRE', state_key, ARGV[5]) end
    probes = probes .. '1'
  end
  half_opened = half_opened .. (action == 'half_open' and '1' or '0')
end

redis.call('ZREMRANGEBYSCORE', KEYS[7], '-inf', now)
redis.call('ZADD', KEYS[7], now + hold_ms, call_id)
if redis.call('PTTL', KEYS[7]) < hold_ms then redis.call('PEXPIRE', KEYS[7], hold_ms) end
return {'admitted', probes, half_opened}
