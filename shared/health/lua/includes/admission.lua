--[[
  includes/admission.lua (included by acquire.lua and view.lua): may one scope admit a call now?
  Reads only.

  scope_verdict(state_key, probes_key, now, max_probes) returns wait_ms, reason, misconfigured, action
    wait_ms        0 when the scope admits a call now; else how long until it could
    reason         '' (admits), 'cooldown' (after a 429), 'circuit_open', or 'misconfigured' (open
                   after a revoked key or an unknown model)
    misconfigured  the stored reason when `reason` is 'misconfigured', else ''
    action         what admitting a call does: 'pass' (closed), 'probe' (half-open with a free
                   slot: take a lease), 'half_open' (open and its time is up: the call is its probe)
  A scope both cooling down and open reports the longer of the two waits.
]]
local function scope_verdict(state_key, probes_key, now, max_probes)
  local f = redis.call('HMGET', state_key, 'state', 'open_until', 'cooldown_until', 'misconfigured_reason')
  local state = f[1] or 'closed'
  local wait, reason = 0, ''
  local cooldown_left = tonumber(f[3] or '0') - now
  if cooldown_left > 0 then
    wait, reason = cooldown_left, 'cooldown'
  end

  local action, circuit_wait = 'pass', 0
  if state == 'open' then
    local open_left = tonumber(f[2] or '0') - now
    if open_left > 0 then circuit_wait = open_left else action = 'half_open' end
  elseif state == 'half_open' then
    -- Leases that expired are probes that hung or whose worker died: their slots are free.
    if redis.call('ZCOUNT', probes_key, '(' .. now, '+inf') >= max_probes then
      local first = redis.call('ZRANGEBYSCORE', probes_key, '(' .. now, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
      circuit_wait = math.max(1, tonumber(first[2]) - now)
    else
      action = 'probe'
    end
  end

  local misconfigured = ''
  if circuit_wait > 0 and circuit_wait >= wait then
    wait = circuit_wait
    if f[4] then
      reason, misconfigured = 'misconfigured', f[4]
    else
      reason = 'circuit_open'
    end
  end
  return wait, reason, misconfigured, action
end
