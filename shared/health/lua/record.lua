--[[
  record.lua: a call admitted by acquire.lua has ended.  Owns the CLOSED -> OPEN, HALF_OPEN -> OPEN
  and HALF_OPEN -> CLOSED transitions.

  KEYS[1..3]  the deployment scope's state hash, failure-rate window and probe leases
  KEYS[4..6]  the credential scope's
  KEYS[7..9]  the base-URL scope's
  KEYS[10]    the deployment's calls in flight
  KEYS[11]    the deployment's latency samples (list, newest first)
  ARGV[1]   the call id acquire.lua admitted (its probe lease id wherever it took one)
  ARGV[2]   outcome: 'success', 'fault', 'misconfigured', 'rate_limited' or 'neutral'
  ARGV[3]   the scope charged with the outcome: 1, 2 or 3 (a success is applied to all three)
  ARGV[4]   cooldown in ms, for 'rate_limited'
  ARGV[5]   the misconfiguration reason, for 'misconfigured' (never empty then)
  ARGV[6]   the call's latency in ms, kept on success; -1 for none
  ARGV[7]   latency samples kept per deployment
  ARGV[8]   consecutive faults that open a scope
  ARGV[9]   failure rate (0..1) over the window that opens a scope
  ARGV[10]  calls the window must hold before the rate counts
  ARGV[11]  window bucket length in ms
  ARGV[12]  number of buckets in the window
  ARGV[13]  open time in ms of a first opening
  ARGV[14]  the longest open time in ms (each re-open doubles it up to this)
  ARGV[15]  ttl of a state hash and of the latency samples in ms
  ARGV[16]  three '0'/'1' flags in scope order: acquire.lua gave this call that scope's probe lease
            (a scope it holds no lease on is not searched for one)

  Returns, for each scope in order, five values (fifteen in all): from, to, open_ms, failures, why
    from,to   the transition this call made in that scope, or '','' for none
    open_ms   how long the scope opened for (0 unless it opened)
    failures  consecutive faults when it opened (0 unless it opened)
    why       'consecutive', 'failure_rate', 'probe_failed' or 'misconfigured' when it opened, else ''
  A lease is proven by removing it: only a probe's own answer moves a half-open scope, and a late
  answer from a call admitted before its scope opened changes nothing.  Other scopes' leases are
  given back without counting anything.
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

--- @include "window"

local call_id, outcome, charged, leases = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[16]
local bucket_ms, buckets, ttl = tonumber(ARGV[11]), tonumber(ARGV[12]), tonumber(ARGV[15])
local NONE = {'', '', 0, 0, ''}

-- A state hash lives `ttl` past its last write, or longer while it is open for longer.
local function keep(state_key, ms)
  if redis.call('PTTL', state_key) < ms then redis.call('PEXPIRE', state_key, ms) end
end

local function open(s, w, p, from, why, failures)
  local opens = redis.call('HINCRBY', s, 'opens', 1)
  local open_ms = math.floor(math.min(tonumber(ARGV[13]) * 2 ^ (opens - 1), tonumber(ARGV[14])))
  redis.call('HSET', s, 'state', 'open', 'open_until', now + open_ms, 'changed_at', now)
  redis.call('DEL', w, p)
  keep(s, math.max(ttl, open_ms * 2))
  return {from, 'open', open_ms, failures, why}
end

-- Gives the lease back and says whether the call still held it (an expired lease is no proof).
local function give_back(i, p)
  return string.sub(leases, i, i) == '1' and redis.call('ZREM', p, call_id) == 1
end

local function success(i, s, w, p)
  local f = redis.call('HMGET', s, 'state', 'failures', 'misconfigured_at')
  local state = f[1] or 'closed'
  local held = give_back(i, p)
  if state == 'half_open' then
    if not held then return NONE end
    redis.call('HSET', s, 'state', 'closed', 'failures', 0, 'opens', 0, 'changed_at', now)
    redis.call('HDEL', s, 'open_until', 'misconfigured_at', 'misconfigured_reason')
    redis.call('DEL', w, p)
    keep(s, ttl)
    return {'half_open', 'closed', 0, 0, ''}
  end
  if state ~= 'closed' then return NONE end
  window_count(w, now, bucket_ms, buckets, false)
  -- A scope that never failed has no state hash; a success does not create one.
  if tonumber(f[2] or '0') > 0 then redis.call('HSET', s, 'failures', 0) end
  if f[3] then redis.call('HDEL', s, 'misconfigured_at', 'misconfigured_reason') end
  if f[1] then keep(s, ttl) end
  return NONE
end

-- A fault counts toward opening; a misconfiguration (a reason given) opens at once and is shown.
local function fault(i, s, w, p, misconfigured)
  local state = redis.call('HGET', s, 'state') or 'closed'
  local held = give_back(i, p)
  if misconfigured ~= '' then
    redis.call('HSETNX', s, 'misconfigured_at', now)
    redis.call('HSET', s, 'misconfigured_reason', misconfigured)
    keep(s, ttl)
  end
  if state == 'half_open' then
    if not held then return NONE end
    local failures = redis.call('HINCRBY', s, 'failures', 1)
    return open(s, w, p, 'half_open', misconfigured ~= '' and 'misconfigured' or 'probe_failed', failures)
  end
  -- Open already: a late answer from a call admitted before it opened adds nothing.
  if state ~= 'closed' then return NONE end

  local failures = redis.call('HINCRBY', s, 'failures', 1)
  if misconfigured ~= '' then
    return open(s, w, p, 'closed', 'misconfigured', failures)
  end
  window_count(w, now, bucket_ms, buckets, true)
  local calls, faults = window_totals(w, now, bucket_ms, buckets, true)
  if failures >= tonumber(ARGV[8]) then
    return open(s, w, p, 'closed', 'consecutive', failures)
  end
  if calls >= tonumber(ARGV[10]) and faults / calls > tonumber(ARGV[9]) then
    return open(s, w, p, 'closed', 'failure_rate', failures)
  end
  keep(s, ttl)
  return NONE
end

-- A 429: a later, longer Retry-After extends the cooldown, a shorter one does not cut it.
local function cool_down(s, ms)
  if ms <= 0 then return end
  local cooldown_until = tonumber(redis.call('HGET', s, 'cooldown_until') or '0')
  if now + ms > cooldown_until then
    redis.call('HSET', s, 'cooldown_until', now + ms)
  end
  keep(s, math.max(ttl, ms * 2))
end

local results = {}
for i = 1, 3 do
  local s, w, p = KEYS[3 * i - 2], KEYS[3 * i - 1], KEYS[3 * i]
  local r = NONE
  if outcome == 'success' then
    r = success(i, s, w, p)
  elseif i == charged and outcome == 'fault' then
    r = fault(i, s, w, p, '')
  elseif i == charged and outcome == 'misconfigured' then
    r = fault(i, s, w, p, ARGV[5])
  else
    give_back(i, p)
    if i == charged and outcome == 'rate_limited' then cool_down(s, tonumber(ARGV[4])) end
  end
  for j = 1, 5 do results[#results + 1] = r[j] end
end

redis.call('ZREM', KEYS[10], call_id)
local latency = tonumber(ARGV[6])
if outcome == 'success' and latency >= 0 then
  redis.call('LPUSH', KEYS[11], latency)
  redis.call('LTRIM', KEYS[11], 0, tonumber(ARGV[7]) - 1)
  redis.call('PEXPIRE', KEYS[11], ttl)
end
return results
